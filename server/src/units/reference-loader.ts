/**
 * Puts the reference data in place at every start: the catalogue (from
 * shared/, so code and database agree), the province and its 75 communes (from
 * db/reference), and — only when there are no hamlets at all — the demo hamlet
 * registry, marked as demo data.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type pg from 'pg';
import { AGENCIES, INDICATORS, PROVINCE_CODE } from '@ioc/shared';
import { withTransaction } from '../db/database.js';
import { upsertReportCatalogue } from '../reporting/report-catalogue-loader.js';
import { generateDemoHamlets } from './demo-hamlets.js';

export const COMMUNES_CSV = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../db/reference/sonla-communes-2025.csv');

/** Source of the commune list, cited wherever it is stored. */
const COMMUNE_SOURCE = 'NQ 1681/NQ-UBTVQH15; CV 1027/CTK-CSCL (db/reference/sonla-communes-2025.csv)';

export interface CommuneRecord {
  code: string;
  name: string;
  type: 'xã' | 'phường';
  fullName: string;
  nameEn: string;
  areaKm2: number;
  population: number;
  centroidLon: number;
  centroidLat: number;
}

export function readCommunes(file = COMMUNES_CSV): CommuneRecord[] {
  const rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return rows.map((r) => ({
    code: r.code!,
    name: r.name!,
    type: r.type === 'phường' ? 'phường' : 'xã',
    fullName: r.full_name!,
    nameEn: r.name_en!,
    areaKm2: Number(r.area_km2),
    population: Number(r.population),
    centroidLon: Number(r.centroid_lon),
    centroidLat: Number(r.centroid_lat),
  }));
}

async function upsertCatalogue(tx: pg.ClientBase): Promise<void> {
  for (const a of AGENCIES) {
    await tx.query(
      `INSERT INTO agency (code, name_vi, name_en) VALUES ($1, $2, $3)
       ON CONFLICT (code) DO UPDATE SET name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en`,
      [a.code, a.nameVi, a.nameEn],
    );
  }
  for (const i of INDICATORS) {
    await tx.query(
      `INSERT INTO indicator (code, name_vi, name_en, unit, numerator_vi, denominator_vi, kind, period, higher_is_better,
         indicator_group, family, reported_at, owner_agency)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)
       ON CONFLICT (code) DO UPDATE SET name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en, unit = EXCLUDED.unit,
         numerator_vi = EXCLUDED.numerator_vi, denominator_vi = EXCLUDED.denominator_vi, kind = EXCLUDED.kind,
         period = EXCLUDED.period, higher_is_better = EXCLUDED.higher_is_better, indicator_group = EXCLUDED.indicator_group,
         family = EXCLUDED.family, reported_at = EXCLUDED.reported_at, owner_agency = EXCLUDED.owner_agency`,
      [i.code, i.nameVi, i.nameEn, i.unit, i.numeratorVi, i.denominatorVi, i.kind, i.period, i.higherIsBetter, i.group, i.family, [...i.reportedAt], i.ownerAgency],
    );
    await tx.query('DELETE FROM indicator_target WHERE indicator_code = $1', [i.code]);
    for (const t of i.targets) {
      await tx.query('INSERT INTO indicator_target (indicator_code, level, target_value, due_date, source) VALUES ($1,$2,$3,$4,$5)', [
        i.code,
        t.level,
        t.value,
        t.due,
        t.source,
      ]);
    }
  }
}

async function upsertCommunes(tx: pg.ClientBase, communes: CommuneRecord[]): Promise<void> {
  await tx.query(
    `INSERT INTO admin_unit (code, level, name, full_name, name_en, unit_type, parent_code, commune_code, area_km2, population, source)
     VALUES ($1, 'province', 'Sơn La', 'Tỉnh Sơn La', 'Son La', 'tỉnh', NULL, NULL, 14108.89, $2, $3)
     ON CONFLICT (code) DO NOTHING`,
    // Area: the published sum of the 75 units; population: the sum of the corrected figures (SOURCES.md §3d).
    [PROVINCE_CODE, communes.reduce((s, c) => s + c.population, 0), COMMUNE_SOURCE],
  );
  for (const c of communes) {
    await tx.query(
      `INSERT INTO admin_unit (code, level, name, full_name, name_en, unit_type, parent_code, commune_code, area_km2, population,
         centroid_lon, centroid_lat, source)
       VALUES ($1, 'commune', $2, $3, $4, $5, $6, $1, $7, $8, $9, $10, $11)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, full_name = EXCLUDED.full_name, name_en = EXCLUDED.name_en,
         unit_type = EXCLUDED.unit_type, area_km2 = EXCLUDED.area_km2, population = EXCLUDED.population,
         centroid_lon = EXCLUDED.centroid_lon, centroid_lat = EXCLUDED.centroid_lat, source = EXCLUDED.source`,
      [c.code, c.name, c.fullName, c.nameEn, c.type, PROVINCE_CODE, c.areaKm2, c.population, c.centroidLon, c.centroidLat, COMMUNE_SOURCE],
    );
  }
}

async function insertDemoHamletsIfNone(tx: pg.ClientBase, communes: CommuneRecord[]): Promise<number> {
  const existing = await tx.query<{ n: string }>("SELECT count(*) AS n FROM admin_unit WHERE level = 'hamlet'");
  if (Number(existing.rows[0]?.n ?? 0) > 0) return 0;
  const hamlets = generateDemoHamlets(communes.map((c) => ({ code: c.code as never, type: c.type, population: c.population, areaKm2: c.areaKm2 })));
  await tx.query(
    `INSERT INTO admin_unit (code, level, name, full_name, name_en, unit_type, parent_code, commune_code, is_demo, source)
     SELECT code, 'hamlet', name, name, '', unit_type, commune_code, commune_code, true, 'demo registry (generated)'
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS h(code, name, unit_type, commune_code)`,
    [hamlets.map((h) => h.code), hamlets.map((h) => h.name), hamlets.map((h) => h.type), hamlets.map((h) => h.communeCode)],
  );
  return hamlets.length;
}

export interface ReferenceLoadResult {
  communes: number;
  demoHamletsCreated: number;
  reportCatalogue: { agencies: number; reports: number };
}

export async function loadReferenceData(pool: pg.Pool, communesFile = COMMUNES_CSV): Promise<ReferenceLoadResult> {
  const communes = readCommunes(communesFile);
  return withTransaction(pool, async (tx) => {
    await upsertCatalogue(tx);
    await upsertCommunes(tx, communes);
    const demoHamletsCreated = await insertDemoHamletsIfNone(tx, communes);
    const reportCatalogue = await upsertReportCatalogue(tx);
    return { communes: communes.length, demoHamletsCreated, reportCatalogue };
  });
}
