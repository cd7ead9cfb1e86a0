/**
 * Who may connect, and what a slow client costs: sockets from a foreign
 * Origin are refused before the WebSocket upgrade; a client that stops reading
 * is taken out of the broadcasts (the others keep their pace and the server
 * buffers nothing more for it) and is caught up with the latest values when it
 * reads again.
 */
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, asUnitCode, attachMetricsStream, type MetricValue } from '@ioc/shared';
import { startTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { ChangeLog } from './change-log.js';

// Every commune changes each round: changes of ~20 KB, enough to fill a stalled TCP connection quickly.
const write = (server: TestServer, round: number, communes: string[]) =>
  server.app.store.write(
    communes.map((unit) => ({
      ts: new Date(Date.now() - 60_000 + round),
      indicator: 'DVC.NOP_TRUC_TUYEN' as const,
      unit: asUnitCode(unit),
      numerator: round,
      denominator: round * 2,
      source: 'delivery-test',
      simulated: false,
    })),
  );

function follow(socket: Socket) {
  const held = new Map<string, MetricValue>();
  let snapshots = 0;
  const stream = attachMetricsStream(
    socket as never,
    {
      snapshot: (s) => {
        snapshots += 1;
        for (const v of s.values) held.set(`${v.indicator}|${v.unit}`, v);
      },
      change: (c) => {
        for (const v of c.values) held.set(`${v.indicator}|${v.unit}`, v);
      },
    },
    ['DVC.NOP_TRUC_TUYEN'],
  );
  socket.on('connect', () => stream.connected());
  return { province: () => held.get('DVC.NOP_TRUC_TUYEN|14')?.numerator, snapshots: () => snapshots };
}

describe('socket admission and slow clients', () => {
  let db: TestDatabase;
  let server: TestServer;
  beforeAll(async () => {
    db = await startTestDatabase();
    server = await startTestServer(db, { backpressure: { highWaterBytes: 8 * 1024, lowWaterBytes: 1024, checkEveryMs: 20 } });
  });
  afterAll(async () => {
    await server?.close();
    await db?.closeTest();
  });

  it('refuses a WebSocket from another origin and admits its own', async () => {
    const foreign = connect(server.url, { auth: { protocolVersion: PROTOCOL_VERSION }, transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: { origin: 'http://evil.example', cookie: server.deviceCookie } });
    const refused = await new Promise<Error>((resolve) => foreign.once('connect_error', resolve));
    expect(refused.message).toMatch(/websocket error|xhr poll error|origin/i);
    expect(foreign.connected).toBe(false);
    const own = connect(server.url, { auth: { protocolVersion: PROTOCOL_VERSION }, transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: { origin: server.url, cookie: server.deviceCookie } });
    await new Promise<void>((resolve, reject) => {
      own.once('connect', resolve);
      own.once('connect_error', reject);
    });
    own.disconnect();
  });

  it('leaves a client that stops reading out of the broadcasts, then catches it up', async () => {
    const options = { auth: { protocolVersion: PROTOCOL_VERSION }, transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: { cookie: server.deviceCookie } };
    const fastSocket = connect(server.url, options);
    const slowSocket = connect(server.url, options);
    const fast = follow(fastSocket);
    const slow = follow(slowSocket);
    await expect.poll(() => fast.snapshots() > 0 && slow.snapshots() > 0).toBe(true);

    // The slow screen stops reading from its TCP connection.
    const tcp = (slowSocket.io.engine.transport as unknown as { ws: { _socket: { pause(): void; resume(): void } } }).ws._socket;
    tcp.pause();
    const communes = (await db.pool.query<{ code: string }>("SELECT code FROM admin_unit WHERE level = 'commune'")).rows.map((r) => r.code);
    for (let round = 1; round <= 300; round++) await write(server, round, communes);
    await server.app.live.idle();
    const latest = (await new ChangeLog(db.pool, server.app.metrics).snapshot(['DVC.NOP_TRUC_TUYEN'])).values.find((v) => v.unit === '14')!.numerator;
    // The others are not held back: the fast screen is at the latest value.
    await expect.poll(() => fast.province(), { timeout: 30_000 }).toBe(latest);
    // The server stopped queueing for the slow one.
    const serverSide = [...server.app.io.of('/').sockets.values()].find((s) => s.rooms.has('slow'));
    expect(serverSide).toBeDefined();

    tcp.resume();
    // Latest value wins: it may have skipped rounds, but ends at the last one, through a catch-up snapshot.
    await expect.poll(() => slow.province(), { timeout: 30_000 }).toBe(latest);
    expect(slow.snapshots()).toBeGreaterThan(1);
    fastSocket.disconnect();
    slowSocket.disconnect();
  });
});
