/**
 * The ingestion API against the real embedded TimescaleDB and a real server:
 * whole-batch rejection with named errors, idempotency, scope, limits, files,
 * the batch record, and live delivery of what was accepted.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '@ioc/shared';
import { startTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { nextEvent, startTestServer, type TestServer } from '../test-support/test-server.js';
import { ApiKeyRepository } from './api-keys.js';
import type { IngestResult } from './ingest-service.js';

const NOW = new Date('2025-12-20T08:00:00Z');
const obs = (unit: string, numerator: number, denominator = 100, period = '2025-12-20T09:00:00+07:00') => ({
  indicator: 'SOHOA.TIEP_NHAN',
  unit,
  period,
  numerator,
  denominator,
});

describe('POST /api/v1/observations and /api/v1/imports', () => {
  let db: TestDatabase;
  let server: TestServer;
  let vpKey: string; // Văn phòng UBND tỉnh owns SOHOA.*
  let stcKey: string; // Sở Tài chính does not
  const count = async (sql: string) => Number((await db.pool.query<{ n: string }>(sql)).rows[0]!.n);

  async function post(path: string, body: unknown, key = vpKey, headers: Record<string, string> = {}) {
    const isBuffer = Buffer.isBuffer(body) || typeof body === 'string';
    const res = await fetch(server.url + path, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...headers },
      body: isBuffer ? (body as Buffer) : JSON.stringify(body),
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as IngestResult & ApiError };
  }

  beforeAll(async () => {
    db = await startTestDatabase();
    server = await startTestServer(db, { clock: () => NOW, ingestLimits: { jsonBytes: 800_000, fileBytes: 200_000, requestsPerMinute: 1000 } });
    const keys = new ApiKeyRepository(db.pool);
    vpKey = (await keys.create({ agencyCode: 'VPUBND', label: 'Hệ thống một cửa' })).key;
    stcKey = (await keys.create({ agencyCode: 'STC', label: 'Sở Tài chính' })).key;
  });
  afterAll(async () => {
    await server?.close();
    await db?.closeTest();
  });

  it('rejects a batch with any invalid row whole, naming row, field and reason', async () => {
    const r = await post('/api/v1/observations', {
      observations: [obs('03670', 90), obs('03670', 120, 100, '2025-12-20T10:00:00+07:00'), obs('99999', 1), { ...obs('03646', 1), period: '2025-12' }, obs('03670001', 1)],
    });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('invalid_batch');
    expect(r.body.error.details).toEqual([
      { field: 'observations[1].numerator', reason: 'must not exceed the denominator (120 > 100)' },
      { field: 'observations[2].unit', reason: '99999 is not a unit of the province (GET /api/units)' },
      { field: 'observations[3].period', reason: expect.stringContaining('reported per realtime') },
      { field: 'observations[4].unit', reason: 'SOHOA.TIEP_NHAN is reported per province or commune, and 03670001 is a hamlet' },
    ]);
    expect(await count('SELECT count(*) AS n FROM measurement')).toBe(0);
    expect(await count('SELECT count(*) AS n FROM ingest_batch')).toBe(0);
  });

  it('stores an accepted batch with its record, and answers a replay the same way, once', async () => {
    const batch = { observations: [obs('03670', 90), obs('03646', 45, 50)] };
    const first = await post('/api/v1/observations', batch, vpKey, { 'Idempotency-Key': 'mot-cua-2025-12-20-0900' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ rows: 2, inserted: 2, corrected: 0, unchanged: 0 });
    const again = await post('/api/v1/observations', batch, vpKey, { 'Idempotency-Key': 'mot-cua-2025-12-20-0900' });
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    // Without the header, the natural key keeps it stored once.
    const resent = await post('/api/v1/observations', batch);
    expect(resent.body).toMatchObject({ inserted: 0, unchanged: 2 });
    expect(await count('SELECT count(*) AS n FROM measurement')).toBe(2);
    const record = await db.pool.query<{ api_key_id: string; row_count: number; content_hash: string; received_at: Date; channel: string }>(
      'SELECT api_key_id, row_count, content_hash, received_at, channel FROM ingest_batch ORDER BY id LIMIT 1',
    );
    expect(record.rows[0]).toMatchObject({ api_key_id: vpKey.slice(4, 20), row_count: 2, content_hash: first.body.contentHash, received_at: NOW, channel: 'json' });
  });

  it('refuses the same Idempotency-Key with different content', async () => {
    const r = await post('/api/v1/observations', { observations: [obs('03670', 91)] }, vpKey, { 'Idempotency-Key': 'mot-cua-2025-12-20-0900' });
    expect(r.status).toBe(422);
    expect(r.body.error.message).toMatch(/already used for a batch with different content/);
  });

  it('treats a new value for a known natural key as a correction, not a duplicate', async () => {
    const r = await post('/api/v1/observations', { observations: [obs('03670', 95)] });
    expect(r.body).toMatchObject({ inserted: 0, corrected: 1 });
    const rows = await db.pool.query<{ numerator: number }>("SELECT numerator FROM measurement WHERE unit_code = '03670'");
    expect(rows.rows).toEqual([{ numerator: 95 }]);
  });

  it('gives 403 naming the indicator when an agency writes another agency\'s indicator', async () => {
    const r = await post('/api/v1/observations', { observations: [obs('03670', 1)] }, stcKey);
    expect(r.status).toBe(403);
    expect(r.body.error.message).toContain('SOHOA.TIEP_NHAN belongs to VPUBND, not to STC');
  });

  it('needs a valid, unrevoked key', async () => {
    expect((await post('/api/v1/observations', { observations: [obs('03670', 1)] }, 'ioc_0000000000000000.nope')).status).toBe(401);
    const keys = new ApiKeyRepository(db.pool);
    const { key, record } = await keys.create({ agencyCode: 'VPUBND', label: 'tạm thời' });
    await keys.revoke(record.id);
    const r = await post('/api/v1/observations', { observations: [obs('03670', 1)] }, key);
    expect(r.status).toBe(401);
  });

  it('answers 413 for too many rows or too large a body', async () => {
    const many = Array.from({ length: 5001 }, (_, i) => obs('03670', 1, 1, `2025-12-${String((i % 19) + 1).padStart(2, '0')}T09:00:00+07:00`));
    const rows = await post('/api/v1/observations', { observations: many });
    expect(rows.status).toBe(413);
    expect(rows.body.error.message).toMatch(/at most 5000/);
    const huge = await post('/api/v1/observations', { observations: [obs('03670', 1)], padding: 'x'.repeat(900_000) });
    expect(huge.status).toBe(413);
  });

  it('takes CSV and XLSX files through the same checks and write path', async () => {
    const csv = 'indicator,unit,period,numerator,denominator\nSOHOA.KET_QUA,03670,2025-12-20T11:00:00+07:00,"9,5",10\n';
    const r = await post('/api/v1/imports', csv, vpKey, { 'content-type': 'text/csv' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ inserted: 1 });
    const bad = await post('/api/v1/imports', 'indicator,unit,period,numerator,denominator\nSOHOA.KET_QUA,03670,2025-12-20T11:00:00+07:00,11,10\n', vpKey, {
      'content-type': 'text/csv',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details?.[0]?.field).toBe('observations[0].numerator');

    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Số liệu').addRows([
      ['indicator', 'unit', 'period', 'numerator', 'denominator', 'source'],
      ['DVC.TOAN_TRINH', '14', '2025-12', 941, 1065, 'Cổng DVC quốc gia'],
    ]);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const x = await post('/api/v1/imports', xlsx, vpKey, { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    expect(x.status).toBe(201);
    const stored = await db.pool.query('SELECT numerator, denominator, source, ts FROM measurement WHERE indicator_code = $1', ['DVC.TOAN_TRINH']);
    expect(stored.rows).toEqual([{ numerator: 941, denominator: 1065, source: 'Cổng DVC quốc gia', ts: new Date('2025-11-30T17:00:00Z') }]);
  });

  it('announces accepted figures to subscribed screens after the commit', async () => {
    const socket = server.connectClient();
    const snapshot = nextEvent(socket, 'metrics:snapshot');
    socket.emit('metrics:subscribe', { indicators: ['SOHOA.TIEP_NHAN'] });
    await snapshot;
    const updated = nextEvent(socket, 'metrics:updated');
    await post('/api/v1/observations', { observations: [obs('03679', 30, 40, '2025-12-20T14:00:00+07:00')] });
    const update = await updated;
    expect(update.values.find((v) => v.unit === '03679')).toMatchObject({ numerator: 30, denominator: 40, simulated: false });
  });

  it('limits requests per key with 429', async () => {
    const limited = await startTestServer(db, { clock: () => NOW, ingestLimits: { jsonBytes: 200_000, fileBytes: 200_000, requestsPerMinute: 2 } });
    try {
      const send = () =>
        fetch(`${limited.url}/api/v1/observations`, {
          method: 'POST',
          headers: { authorization: `Bearer ${vpKey}`, 'content-type': 'application/json' },
          body: JSON.stringify({ observations: [obs('03670', 95)] }),
        });
      expect((await send()).status).toBe(201);
      expect((await send()).status).toBe(201);
      const third = await send();
      expect(third.status).toBe(429);
      expect(((await third.json()) as ApiError).error.message).toMatch(/At most 2 requests per minute/);
    } finally {
      await limited.close();
    }
  });

  it('serves its OpenAPI description', async () => {
    const doc = await server.get<{ openapi: string; paths: Record<string, unknown> }>('/api/v1/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/v1/observations', '/v1/imports']));
  });
});
