/**
 * The catalogue of periodic reports of Quy định 228/QĐ-UBND of Sơn La province
 * (seed 002), "Phụ lục: Danh mục biểu mẫu báo cáo định kỳ của các sở, ban, ngành,
 * đoàn thể cấp tỉnh". db/reference/qd228-agencies.csv (the 34 rows of the annex, the
 * CDC printed inside row 14, and the 2025 successor departments) and
 * db/reference/qd228-reports.csv (its 182 reports, in annex order) are transcribed
 * from that annex; this module reads and checks them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPORT_AGENCIES_CSV = path.resolve(HERE, '../../../db/reference/qd228-agencies.csv');
export const REPORT_CATALOGUE_CSV = path.resolve(HERE, '../../../db/reference/qd228-reports.csv');

export interface AnnexAgency {
  code: string;
  /** The row ("STT") of the annex; null for a successor department the annex does not name. */
  annexRow: number | null;
  nameVi: string;
  nameEn: string;
  /** The unit it belongs to (CDC → Sở Y tế). */
  parentCode: string | null;
  /** The department that took it over in the 2025 reorganisation (Nghị định 45/2025/NĐ-CP). */
  successorCode: string | null;
}

export type AnnexPeriodKind = 'day' | 'month' | 'quarter' | 'half-year' | 'nine-months' | 'year' | 'season' | 'realtime';

export interface AnnexReport {
  /** QD228-{row}-{item}, both two digits. */
  code: string;
  agencyCode: string;
  annexRow: number;
  /** The item number printed in the annex (row 14 continues its numbering under the CDC). */
  item: number;
  nameVi: string;
  /** Empty when the annex prints no period (row 4, item 10). */
  periods: AnnexPeriodKind[];
  /** The "Kỳ báo cáo" cell as printed. */
  annexPeriod: string;
  /** For the Cục Thống kê tỉnh (row 21), the item number: the key of STATISTICS_REPORTS. */
  statisticsItem: number | null;
}

const PERIOD_KINDS = ['day', 'month', 'quarter', 'half-year', 'nine-months', 'year', 'season', 'realtime'] as const satisfies readonly AnnexPeriodKind[];

const AGENCY_COLUMNS = ['code', 'annex_row', 'name_vi', 'name_en', 'parent_code', 'successor_code'] as const;
const REPORT_COLUMNS = ['code', 'agency_code', 'annex_row', 'item', 'name_vi', 'periods', 'annex_period', 'statistics_item'] as const;

const agencyCode = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be an agency code (capitals, digits, _)');
const optional = <T extends z.ZodType>(schema: T) => z.union([z.literal('').transform(() => null), schema]);
const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
const text = z
  .string()
  .min(1, 'must not be empty')
  .refine((s) => s === s.trim() && !/\s{2}|\n/.test(s), 'must be on one line, with single spaces')
  .refine((s) => !s.includes('\uFFFD'), 'contains "\uFFFD" (a letter lost in text extraction)');

const agencyRow = z.strictObject({
  code: agencyCode,
  annex_row: optional(integer(1, 34)),
  name_vi: text,
  name_en: text,
  parent_code: optional(agencyCode),
  successor_code: optional(agencyCode),
});

const reportRow = z
  .strictObject({
    code: z.string().regex(/^QD228-\d{2}-\d{2}$/, 'must look like QD228-01-01'),
    agency_code: agencyCode,
    annex_row: integer(1, 34),
    item: integer(1, 99),
    name_vi: text,
    periods: z.string().transform((s, ctx) => {
      if (s === '') return [];
      const kinds = s.split('|');
      for (const k of kinds) {
        if (!(PERIOD_KINDS as readonly string[]).includes(k)) {
          ctx.addIssue({ code: 'custom', message: `"${k}" is not one of ${PERIOD_KINDS.join(', ')}` });
          return z.NEVER;
        }
      }
      if (new Set(kinds).size !== kinds.length) {
        ctx.addIssue({ code: 'custom', message: 'lists a period twice' });
        return z.NEVER;
      }
      return kinds as AnnexPeriodKind[];
    }),
    annex_period: z.string().refine((s) => s === s.trim() && !/\s{2}|\n/.test(s), 'must be on one line, with single spaces'),
    statistics_item: optional(integer(1, 24)),
  })
  .superRefine((r, ctx) => {
    const expected = `QD228-${String(r.annex_row).padStart(2, '0')}-${String(r.item).padStart(2, '0')}`;
    if (r.code !== expected) ctx.addIssue({ code: 'custom', path: ['code'], message: `must be ${expected} for row ${r.annex_row}, item ${r.item}` });
    if ((r.periods.length === 0) !== (r.annex_period === '')) {
      ctx.addIssue({ code: 'custom', path: ['periods'], message: 'must be empty exactly when annex_period is empty' });
    }
    if (r.statistics_item !== null && r.statistics_item !== r.item) {
      ctx.addIssue({ code: 'custom', path: ['statistics_item'], message: `must equal the item number ${r.item}` });
    }
  });

/** Parses `file` (header `columns`, exactly), validates every row with `schema` and checks that `code` is unique. */
function readRows<S extends z.ZodType>(file: string, columns: readonly string[], schema: S): z.output<S>[] {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(readFileSync(file, 'utf8'), {
      bom: true,
      info: true,
      skip_empty_lines: true,
      columns: (header: string[]) => {
        if (header.join(',') !== columns.join(',')) throw new Error(`the header must be "${columns.join(',')}", not "${header.join(',')}"`);
        return header;
      },
    }) as { record: Record<string, string>; info: { lines: number } }[];
  } catch (err) {
    throw new Error(`${file}: ${(err as Error).message}`, { cause: err });
  }
  const seen = new Set<string>();
  return records.map(({ record, info }) => {
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.length > 0 ? String(issue.path[0]) : '(row)';
      throw new Error(`${file}, line ${info.lines}, field ${field}: ${issue.message} (value "${record[field] ?? ''}")`);
    }
    const code = record.code!;
    if (seen.has(code)) throw new Error(`${file}, line ${info.lines}, field code: "${code}" appears twice`);
    seen.add(code);
    return parsed.data;
  });
}

/** The units of the annex, plus the successor departments of 2025 that it does not name. */
export function readAnnexAgencies(file: string = REPORT_AGENCIES_CSV): AnnexAgency[] {
  return readRows(file, AGENCY_COLUMNS, agencyRow).map(
    (r): AnnexAgency => ({
      code: r.code,
      annexRow: r.annex_row,
      nameVi: r.name_vi,
      nameEn: r.name_en,
      parentCode: r.parent_code,
      successorCode: r.successor_code,
    }),
  );
}

/** The 182 reports of the annex, in its order. */
export function readAnnexReports(file: string = REPORT_CATALOGUE_CSV): AnnexReport[] {
  return readRows(file, REPORT_COLUMNS, reportRow).map(
    (r): AnnexReport => ({
      code: r.code,
      agencyCode: r.agency_code,
      annexRow: r.annex_row,
      item: r.item,
      nameVi: r.name_vi,
      periods: r.periods,
      annexPeriod: r.annex_period,
      statisticsItem: r.statistics_item,
    }),
  );
}
