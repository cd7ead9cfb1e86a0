/**
 * Puts the report catalogue of the annex of Quy định 228/QĐ-UBND (seed 002) in
 * the database at every start, from db/reference/qd228-*.csv: the annex's
 * agencies (with their 2025 successors) and its 182 periodic reports. Thematic
 * and ad hoc reports, created by lead agencies through the API, are left alone.
 */
import type pg from 'pg';
import { SOCIO_ECONOMIC_REPORT_CODES } from '@ioc/shared';
import { readAnnexAgencies, readAnnexReports } from './report-catalogue-file.js';

export const ANNEX_SOURCE = 'Quy định 228/QĐ-UBND, Phụ lục (seed 002; db/reference/qd228-reports.csv)';

export async function upsertReportCatalogue(tx: pg.ClientBase): Promise<{ agencies: number; reports: number }> {
  const agencies = readAnnexAgencies();
  const reports = readAnnexReports();
  // Two passes: parents and successors reference rows of the same file.
  await tx.query(
    `INSERT INTO agency (code, name_vi, name_en, annex_row)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[])
     ON CONFLICT (code) DO UPDATE SET name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en, annex_row = EXCLUDED.annex_row`,
    [agencies.map((a) => a.code), agencies.map((a) => a.nameVi), agencies.map((a) => a.nameEn), agencies.map((a) => a.annexRow)],
  );
  await tx.query(
    `UPDATE agency SET parent_code = x.parent, successor_code = x.successor
     FROM unnest($1::text[], $2::text[], $3::text[]) AS x(code, parent, successor) WHERE agency.code = x.code`,
    [agencies.map((a) => a.code), agencies.map((a) => a.parentCode), agencies.map((a) => a.successorCode)],
  );
  await tx.query(
    `INSERT INTO report_template (code, kind, agency_code, name_vi, periods, annex_period, statistics_item, regime, participants, source)
     SELECT code, 'periodic', agency, name, string_to_array(periods, '|'), annex_period, item, regime, 'self', $8
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[]) AS x(code, agency, name, periods, annex_period, item, regime)
     ON CONFLICT (code) DO UPDATE SET agency_code = EXCLUDED.agency_code, name_vi = EXCLUDED.name_vi, periods = EXCLUDED.periods,
       annex_period = EXCLUDED.annex_period, statistics_item = EXCLUDED.statistics_item, regime = EXCLUDED.regime, source = EXCLUDED.source`,
    [
      reports.map((r) => r.code),
      reports.map((r) => r.agencyCode),
      reports.map((r) => r.nameVi),
      reports.map((r) => r.periods.join('|')),
      reports.map((r) => r.annexPeriod || null),
      reports.map((r) => r.statisticsItem),
      reports.map((r) => (SOCIO_ECONOMIC_REPORT_CODES.includes(r.code) ? 'socio-economic' : 'periodic')),
      ANNEX_SOURCE,
    ],
  );
  return { agencies: agencies.length, reports: reports.length };
}
