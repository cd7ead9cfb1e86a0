/**
 * The streaming guarantee: a client whose connection is cut several times
 * during a stream of 10.000 changes ends with exactly the server's state,
 * having applied every sequence number once — with the same stream client the
 * wall runs (shared/src/protocol/stream-client.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUnitCode, attachMetricsStream, type IndicatorCode, type MetricValue } from '@ioc/shared';
import type { MeasurementInput } from '../measurements/measurement.js';
import { startTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { ChangeLog } from './change-log.js';

const CHANGES = 10_000;
const CUTS = 6;
// One row per indicator and round, each round changing every indicator's province value.
const WRITES: [IndicatorCode, string][] = [
  ['DVC.NOP_TRUC_TUYEN', '03670'],
  ['DVC.XU_LY_TRUC_TUYEN', '03670'],
  ['SOHOA.TIEP_NHAN', '03646'],
  ['SOHOA.KET_QUA', '03646'],
  ['DVC.TOAN_TRINH', '14'],
  ['SOHOA.LUU_TRU', '14'],
  ['HATANG.PHU_SONG_4G', '03670001'],
  ['HATANG.BANG_RONG_CO_DINH', '03670002'],
  ['NGANSACH.GIAI_NGAN_KHCN', '03679'],
];

describe('resuming the change stream across cut connections', () => {
  let db: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    db = await startTestDatabase();
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server?.close();
    await db?.closeTest();
  });

  it(`applies each of ${CHANGES} changes once and ends at the server's state`, { timeout: 600_000 }, async () => {
    const socket = server.connectClient(undefined, { reconnection: true, reconnectionDelay: 50, reconnectionDelayMax: 200 });
    const held = new Map<string, MetricValue>();
    const applied: number[] = [];
    let snapshots = 0;
    const stream = attachMetricsStream(socket, {
      snapshot: (s) => {
        snapshots += 1;
        held.clear();
        for (const v of s.values) held.set(`${v.indicator}|${v.unit}`, v);
      },
      change: (c) => {
        applied.push(c.seq);
        for (const v of c.values) held.set(`${v.indicator}|${v.unit}`, v);
      },
    });
    socket.on('connect', () => stream.connected());
    await new Promise<void>((resolve) => socket.once('metrics:snapshot', () => resolve()));
    const startSeq = Math.max(0, ...Object.values(stream.sequencer.position()).map(Number));

    let round = 0;
    let lastSeq = startSeq;
    let cuts = 0;
    const cutEvery = Math.floor(CHANGES / (CUTS + 1));
    while (lastSeq - startSeq < CHANGES) {
      round += 1;
      const ts = new Date(Date.now() - 60_000 + round);
      const rows: MeasurementInput[] = WRITES.map(([indicator, unit]) => {
        const stock = indicator.startsWith('HATANG');
        return { ts, indicator, unit: asUnitCode(unit), numerator: stock ? round % 2 : round, denominator: stock ? 1 : round * 2, source: 'resume-test', simulated: false };
      });
      await server.app.store.write(rows);
      // Let the hub coalesce some writes, but keep it busy.
      if (round % 4 === 0) await server.app.live.idle();
      lastSeq = Number((await db.pool.query<{ last_seq: string }>('SELECT last_seq FROM metric_stream_counter')).rows[0]!.last_seq);
      if (cuts < CUTS && lastSeq - startSeq >= cutEvery * (cuts + 1)) {
        cuts += 1;
        // A network drop: the transport closes under the client, which reconnects by itself.
        (socket.io.engine as unknown as { close(): void }).close();
      }
    }
    await server.app.live.idle();

    const server_ = await new ChangeLog(db.pool, server.app.metrics).snapshot(WRITES.map(([i]) => i));
    await expect.poll(() => stream.sequencer.position(), { timeout: 60_000, interval: 100 }).toEqual(server_.seqs);
    expect(cuts).toBe(CUTS);
    // Every change after the first snapshot applied exactly once, in order.
    expect(snapshots).toBe(1);
    expect(applied.length).toBe(lastSeq - startSeq);
    expect(applied).toEqual(Array.from({ length: lastSeq - startSeq }, (_, i) => startSeq + i + 1));
    // And the values held are the server's.
    const serverValues = new Map(server_.values.map((v) => [`${v.indicator}|${v.unit}`, v]));
    expect(new Map([...held].sort())).toEqual(new Map([...serverValues].sort()));
  });
});
