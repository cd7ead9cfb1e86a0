import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUnitCode } from '@ioc/shared';
import { MeasurementStore } from '../measurements/measurement-store.js';
import { startTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { HamletImportError, importHamlets, parseHamletCsv } from './hamlet-import.js';
import { readCommunes } from './reference-loader.js';

const communeCodes = new Set(readCommunes().map((c) => c.code));
const count = async (db: TestDatabase, sql: string) => Number((await db.pool.query<{ n: string }>(sql)).rows[0]!.n);

describe('importing a real hamlet registry', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await startTestDatabase();
    await new MeasurementStore(db.pool).write([
      { ts: new Date('2025-08-01T03:00:00Z'), indicator: 'HATANG.PHU_SONG_4G', unit: asUnitCode('03670001'), numerator: 1, denominator: 1, source: 'simulator', simulated: true },
    ]);
  });
  afterAll(() => db?.closeTest());

  it('writes nothing when any line is wrong', async () => {
    const csv = 'commune_code,hamlet_code,hamlet_name\n03670,0367001,Bản Hài\n03670,03670,Bản trùng mã xã\n';
    const hamlets = parseHamletCsv(csv, communeCodes);
    await expect(importHamlets(db.pool, hamlets)).rejects.toBeInstanceOf(HamletImportError);
    expect(await count(db, "SELECT count(*) AS n FROM admin_unit WHERE level = 'hamlet' AND is_demo")).toBe(2233);
    expect(await count(db, 'SELECT count(*) AS n FROM measurement')).toBe(1);
  });

  it('replaces the demo hamlets and their simulated rows in one step', async () => {
    const csv = 'commune_code,hamlet_code,hamlet_name,hamlet_type\n03670,0367001,Hài,bản\n03646,0364601,Tổ 1,tổ dân phố\n';
    const result = await importHamlets(db.pool, parseHamletCsv(csv, communeCodes));
    expect(result).toEqual({ imported: 2, demoHamletsRemoved: 2233 });
    const hamlets = await db.pool.query<{ code: string; full_name: string; is_demo: boolean }>(
      "SELECT code, full_name, is_demo FROM admin_unit WHERE level = 'hamlet' ORDER BY code",
    );
    expect(hamlets.rows).toEqual([
      { code: '0364601', full_name: 'tổ dân phố Tổ 1', is_demo: false },
      { code: '0367001', full_name: 'bản Hài', is_demo: false },
    ]);
    expect(await count(db, 'SELECT count(*) AS n FROM measurement')).toBe(0);
    expect(await count(db, 'SELECT count(*) AS n FROM measurement_daily')).toBe(0);
  });
});
