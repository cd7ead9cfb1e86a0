/**
 * The wall's server side: named playlists, per-hamlet connectivity, and the
 * operator's reload command reaching one screen or all over the `/system`
 * namespace (loopback only).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import {
  PROTOCOL_VERSION,
  SYSTEM_EVENTS,
  type ApiError,
  type ClientToServerEvents,
  type ConnectivityResponse,
  type ReloadRequested,
  type ScreenReloadResponse,
  type ServerToClientEvents,
  type WallProfileResponse,
} from '@ioc/shared';
import { startTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

const NOW = new Date('2026-01-05T03:00:00Z'); // 10:00 on 5/1/2026 in Sơn La

type SystemSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

describe('wall API: profiles, connectivity, screen reload', () => {
  let db: TestDatabase;
  let server: TestServer;
  const sockets: SystemSocket[] = [];

  const screen = (auth: Record<string, unknown>): SystemSocket => {
    const s: SystemSocket = connect(`${server.url}/system`, { auth, transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders: { cookie: server.deviceCookie } });
    sockets.push(s);
    return s;
  };
  const connected = (s: SystemSocket) =>
    new Promise<void>((resolve, reject) => {
      s.once('connect', () => resolve());
      s.once('connect_error', reject);
    });
  const post = async (body: string) => {
    const res = await fetch(`${server.url}/api/admin/screens/reload`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    return { status: res.status, body: (await res.json()) as ScreenReloadResponse & ApiError };
  };

  beforeAll(async () => {
    db = await startTestDatabase();
    server = await startTestServer(db, { clock: () => NOW });
    const hamlets = await db.pool.query<{ code: string }>("SELECT code FROM admin_unit WHERE level = 'hamlet' AND parent_code = '04000' ORDER BY code LIMIT 3");
    const [a, b, c] = hamlets.rows.map((r) => r.code);
    await db.pool.query(
      `INSERT INTO hamlet_connectivity (hamlet_code, technology, covered_since, planned_date, operator, is_simulated) VALUES
        ($1, '4g', '2025-10-01T03:00:00Z', '2025-12-31', 'Viettel', true),
        ($2, '4g', NULL, '2025-12-31', 'VNPT', true),
        ($3, '4g', NULL, NULL, NULL, true),
        ($3, 'fixed', NULL, '2026-06-30', 'Viettel', true)`,
      [a, b, c],
    );
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await server?.close();
    await db?.closeTest();
  });

  it('serves the named wall profiles of server/src/wall/wall-profiles.json', async () => {
    const ok = await server.get<WallProfileResponse>('/api/wall-profiles/phong-hop');
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ name: 'phong-hop', map: 'schematic' });
    expect(ok.body.scenes.length).toBeGreaterThan(1);
    expect((await server.get<ApiError>('/api/wall-profiles/khong-co')).status).toBe(404);
    expect((await server.get<ApiError>('/api/wall-profiles/..%2Fetc')).status).toBe(404);
  });

  it('lists the tracked hamlets of the province with their status, and every hamlet of a commune', async () => {
    const province = await server.get<ConnectivityResponse>('/api/connectivity');
    expect(province.status).toBe(200);
    expect(province.body.commune).toBeNull();
    expect(province.body.simulated).toBe(true);
    expect(province.body.hamlets.map((h) => [h.technology, h.status, h.operator])).toEqual(
      expect.arrayContaining([
        ['4g', 'covered', 'Viettel'],
        ['4g', 'overdue', 'VNPT'],
        ['4g', 'no_plan', null],
        ['fixed', 'planned', 'Viettel'],
      ]),
    );
    expect(province.body.hamlets).toHaveLength(4);
    expect(province.body.totals['4g']).toEqual({ hamlets: 2233, covered: 2231 });
    expect(province.body.hamlets.find((h) => h.status === 'overdue')).toMatchObject({ plannedDate: '2025-12-31', coveredSince: null, tracked: true });

    const commune = await server.get<ConnectivityResponse>('/api/connectivity?commune=04000');
    const inCommune = commune.body.hamlets;
    expect(new Set(inCommune.map((h) => h.communeCode))).toEqual(new Set(['04000']));
    // Every hamlet of the commune for both technologies; untracked ones were covered before the records.
    expect(inCommune.length).toBe(commune.body.totals['4g'].hamlets * 2);
    expect(inCommune.filter((h) => !h.tracked).every((h) => h.status === 'covered' && h.coveredSince === null)).toBe(true);

    expect((await server.get<ApiError>('/api/connectivity?commune=99999')).status).toBe(404);
    const bad = await server.get<ApiError>('/api/connectivity?commune=abc');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details?.[0]?.field).toBe('commune');
  });

  it('tells one screen to reload, not the others; then all of them', async () => {
    const a = screen({ protocolVersion: PROTOCOL_VERSION, screenId: 'phong-hop-1' });
    const b = screen({ protocolVersion: PROTOCOL_VERSION, screenId: 'sanh-chinh' });
    await Promise.all([connected(a), connected(b)]);
    const heardByA: ReloadRequested[] = [];
    const heardByB: ReloadRequested[] = [];
    a.on(SYSTEM_EVENTS.reloadRequested, (m) => heardByA.push(m));
    b.on(SYSTEM_EVENTS.reloadRequested, (m) => heardByB.push(m));

    const one = await post(JSON.stringify({ screen: 'phong-hop-1' }));
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ screen: 'phong-hop-1', delivered: 1 });
    // The request for all is sent after; b's first message must be that one.
    const all = await post('{}');
    expect(all.body).toMatchObject({ screen: null, delivered: 2 });
    await expect.poll(() => heardByB.length).toBe(1);
    await expect.poll(() => heardByA.length).toBe(2);
    expect(heardByA[0]).toMatchObject({ type: 'reload-requested', screen: 'phong-hop-1', requestedAt: NOW.toISOString() });
    expect(heardByB[0]?.screen).toBeNull();

    const listed = await server.get<{ screens: { screen: string | null }[] }>('/api/admin/screens');
    expect(listed.body.screens.map((s) => s.screen).sort()).toEqual(['phong-hop-1', 'sanh-chinh']);
  });

  it('refuses bad reload requests and screens speaking another protocol', async () => {
    expect((await post('{"screen":"no spaces allowed"}')).status).toBe(400);
    expect((await post('{"screen":"a","extra":1}')).status).toBe(400);
    expect((await post('not json')).status).toBe(400);
    expect((await post('{"screen":"nobody"}')).body.delivered).toBe(0);
    const old = screen({ protocolVersion: 0 });
    await expect(connected(old)).rejects.toThrow(/protocol_mismatch/);
  });
});
