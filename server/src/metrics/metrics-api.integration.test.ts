/**
 * Measurements written through the one write path come back through the REST
 * API and through Socket.IO, with province values as Σ numerator / Σ denominator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUnitCode, type ApiError, type IndicatorCode, type MetricValue, type SeriesResponse, type SnapshotResponse, type UnitsResponse } from '@ioc/shared';
import type { MeasurementInput } from '../measurements/measurement.js';
import { startTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { nextEvent, startTestServer, type TestServer } from '../test-support/test-server.js';

const NOW = new Date('2025-12-20T08:00:00Z'); // 15:00 on 20/12/2025 in Sơn La

function row(indicator: IndicatorCode, unit: string, ts: string, numerator: number, denominator: number): MeasurementInput {
  return { ts: new Date(ts), indicator, unit: asUnitCode(unit), numerator, denominator, source: 'integration-test', simulated: false };
}

const find = (values: MetricValue[], indicator: string, unit: string) => values.find((v) => v.indicator === indicator && v.unit === unit);

describe('metrics through the API and Socket.IO', () => {
  let db: TestDatabase;
  let server: TestServer;
  let clock = NOW;

  beforeAll(async () => {
    db = await startTestDatabase();
    server = await startTestServer(db, { clock: () => clock });
    await server.app.store.write([
      // Tô Hiệu: 90/100 over two days, one of them last month; Chiềng Cơi: 10/100; the provincial agencies: 50/50.
      row('DVC.NOP_TRUC_TUYEN', '03646', '2025-11-10T03:00:00Z', 40, 50),
      row('DVC.NOP_TRUC_TUYEN', '03646', '2025-12-19T03:00:00Z', 50, 50),
      row('DVC.NOP_TRUC_TUYEN', '03670', '2025-12-20T02:00:00Z', 10, 100),
      row('DVC.NOP_TRUC_TUYEN', '14', '2025-12-20T02:30:00Z', 50, 50),
      // Last year's rows are outside the reporting year.
      row('DVC.NOP_TRUC_TUYEN', '03670', '2024-12-30T02:00:00Z', 0, 1000),
      // Stocks: each hamlet's latest state counts.
      row('HATANG.PHU_SONG_4G', '03646001', '2025-07-01T00:00:00Z', 0, 1),
      row('HATANG.PHU_SONG_4G', '03646001', '2025-11-01T00:00:00Z', 1, 1),
      row('HATANG.PHU_SONG_4G', '03646002', '2025-07-01T00:00:00Z', 1, 1),
      row('HATANG.PHU_SONG_4G', '03670001', '2025-07-01T00:00:00Z', 0, 1),
    ]);
  });
  afterAll(async () => {
    await server?.close();
    await db?.closeTest();
  });

  it('serves the units, with the demo hamlets marked as such', async () => {
    const communes = await server.get<UnitsResponse>('/api/units?level=commune');
    expect(communes.body.units).toHaveLength(75);
    expect(communes.body.containsDemoData).toBe(false);
    expect(communes.body.units.find((u) => u.code === '03670')).toMatchObject({ name: 'Chiềng Cơi', type: 'phường', level: 'commune' });
    const hamlets = await server.get<UnitsResponse>('/api/units?level=hamlet');
    expect(hamlets.body.units).toHaveLength(2233);
    expect(hamlets.body.containsDemoData).toBe(true);
    const bad = await server.get<ApiError>('/api/units?level=district');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details?.[0]?.field).toBe('level');
  });

  it('computes province values as Σ numerator / Σ denominator over the reporting year', async () => {
    const { body } = await server.get<SnapshotResponse>('/api/snapshot');
    const province = find(body.values, 'DVC.NOP_TRUC_TUYEN', '14');
    // (40+50+10+50) / (50+50+100+50) = 150/250 = 60 %, not the mean of 90 %, 10 % and 100 %.
    expect(province).toMatchObject({ numerator: 150, denominator: 250, value: 60, level: 'province', simulated: false });
    expect(find(body.values, 'DVC.NOP_TRUC_TUYEN', '03646')).toMatchObject({ numerator: 90, denominator: 100, value: 90 });
    expect(find(body.values, 'DVC.NOP_TRUC_TUYEN', '03670')).toMatchObject({ numerator: 10, denominator: 100 });
    expect(province?.windowStart).toBe('2024-12-31T17:00:00.000Z');
    expect(province?.asOf).toBe('2025-12-20T02:30:00.000Z');
    // Stocks: the latest state of each hamlet, summed: 2 of 3 hamlets covered.
    expect(find(body.values, 'HATANG.PHU_SONG_4G', '14')).toMatchObject({ numerator: 2, denominator: 3 });
    expect(find(body.values, 'HATANG.PHU_SONG_4G', '03646')).toMatchObject({ numerator: 2, denominator: 2, value: 100 });
    expect(find(body.values, 'HATANG.PHU_SONG_4G', '03670')).toMatchObject({ numerator: 0, denominator: 1, value: 0 });
  });

  it('serves gap-filled daily series with the cumulative figure of the year', async () => {
    const { status, body } = await server.get<SeriesResponse>(
      '/api/series?indicator=DVC.NOP_TRUC_TUYEN&unit=14&bucket=day&from=2025-12-17T17:00:00Z&to=2025-12-20T17:00:00Z',
    );
    expect(status).toBe(200);
    expect(body.points.map((p) => p.bucket)).toEqual(['2025-12-17T17:00:00.000Z', '2025-12-18T17:00:00.000Z', '2025-12-19T17:00:00.000Z']);
    expect(body.points.map((p) => [p.numerator, p.denominator])).toEqual([[0, 0], [50, 50], [60, 150]]);
    // The cumulative figure includes November's 40/50 from before the range.
    expect(body.points.map((p) => p.cumulativeValue)).toEqual([80, 90, 60]);
    const stock = await server.get<SeriesResponse>('/api/series?indicator=HATANG.PHU_SONG_4G&unit=03646&bucket=month&from=2025-06-30T17:00:00Z&to=2025-12-20T00:00:00Z');
    expect(stock.body.points.map((p) => p.numerator)).toEqual([1, 1, 1, 1, 2, 2]);
  });

  it('names the field and the reason for bad series queries', async () => {
    const unknown = await server.get<ApiError>('/api/series?indicator=NOPE&unit=14');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details).toEqual([{ field: 'indicator', reason: expect.stringContaining('not an indicator code') }]);
    const backwards = await server.get<ApiError>('/api/series?indicator=DVC.NOP_TRUC_TUYEN&from=2025-12-20T00:00:00Z&to=2025-12-01T00:00:00Z');
    expect(backwards.body.error.details?.[0]).toEqual({ field: 'from', reason: 'must be before to' });
    const missing = await server.get<ApiError>('/api/series?indicator=DVC.NOP_TRUC_TUYEN&unit=99999');
    expect(missing.status).toBe(404);
  });

  it('sends a snapshot on subscribe and the changed values once a write is committed', async () => {
    const socket = server.connectClient();
    const snapshotArrives = nextEvent(socket, 'metrics:snapshot');
    socket.emit('metrics:subscribe', {});
    const snapshot = await snapshotArrives;
    expect(find(snapshot.values, 'DVC.NOP_TRUC_TUYEN', '14')?.value).toBe(60);

    const other = server.connectClient();
    const otherSnapshot = nextEvent(other, 'metrics:snapshot');
    other.emit('metrics:subscribe', { indicators: ['HATANG.PHU_SONG_4G'] });
    await otherSnapshot;
    let otherGotDossiers = false;
    other.on('metrics:updated', (u) => (otherGotDossiers ||= u.values.some((v) => v.indicator === 'DVC.NOP_TRUC_TUYEN')));

    clock = new Date('2025-12-20T08:05:00Z');
    const updated = nextEvent(socket, 'metrics:updated');
    await server.app.store.write([row('DVC.NOP_TRUC_TUYEN', '03670', '2025-12-20T08:04:00Z', 50, 50)]);
    const update = await updated;
    expect(find(update.values, 'DVC.NOP_TRUC_TUYEN', '14')).toMatchObject({ numerator: 200, denominator: 300 });
    expect(find(update.values, 'DVC.NOP_TRUC_TUYEN', '03670')).toMatchObject({ numerator: 60, denominator: 150 });
    // Tô Hiệu did not change, so it is not sent again.
    expect(find(update.values, 'DVC.NOP_TRUC_TUYEN', '03646')).toBeUndefined();
    await server.app.live.idle();
    expect(otherGotDossiers).toBe(false);
  });

  it('refuses a client that speaks another protocol version, with the reason', async () => {
    const socket = server.connectClient({ protocolVersion: 999 });
    const error = await new Promise<Error>((resolve) => socket.once('connect_error', resolve));
    expect(error.message).toMatch(/protocol_mismatch/);
  });

  it('answers the health check with the database mode and TimescaleDB version', async () => {
    const { body } = await server.get<{ status: string; database: { mode: string; timescaledbVersion: string } }>('/api/health');
    expect(body.status).toBe('ok');
    expect(body.database.mode).toBe(process.env.TEST_DATABASE_URL ? 'external' : 'embedded');
    expect(body.database.timescaledbVersion).toMatch(/^2\.\d+/);
  });
});
