/**
 * Imports a real hamlet registry (CSV: commune_code, hamlet_code, hamlet_name
 * [, hamlet_type]). The file is checked whole first — every error names its
 * line, field and reason — and nothing is written if any line is wrong. On
 * success, in one transaction, the generated demo hamlets and their simulated
 * rows are removed and the real hamlets inserted (or renamed, if present).
 */
import { parse } from 'csv-parse/sync';
import type pg from 'pg';
import { z } from 'zod';
import { withTransaction } from '../db/database.js';
import { refreshRollups } from '../measurements/rollups.js';

export const HAMLET_TYPES = ['bản', 'thôn', 'tổ dân phố', 'tiểu khu', 'xóm', 'bản (thôn)'] as const;

const rowSchema = z.object({
  commune_code: z.string().regex(/^\d{5}$/, 'must be a 5-digit commune code'),
  hamlet_code: z.string().regex(/^[0-9A-Za-z._-]{1,32}$/, 'must be 1–32 letters, digits, dots, dashes or underscores'),
  hamlet_name: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  hamlet_type: z.enum(HAMLET_TYPES).optional(),
});

export interface HamletRecord {
  communeCode: string;
  code: string;
  name: string;
  type: string;
}

export interface RowError {
  line: number;
  field: string;
  reason: string;
}

export class HamletImportError extends Error {
  constructor(readonly errors: RowError[]) {
    super(`Hamlet registry rejected, nothing written:\n${errors.map((e) => `  line ${e.line}, ${e.field}: ${e.reason}`).join('\n')}`);
  }
}

/** Parses and checks the CSV against itself and the known commune codes. */
export function parseHamletCsv(text: string, communeCodes: ReadonlySet<string>): HamletRecord[] {
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (err) {
    throw new HamletImportError([{ line: 0, field: 'file', reason: `not a valid CSV (${(err as Error).message})` }]);
  }
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  const out: HamletRecord[] = [];
  records.forEach((raw, i) => {
    const line = i + 2; // the header is line 1
    const parsed = rowSchema.safeParse({ ...raw, hamlet_type: raw.hamlet_type || undefined });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ line, field: String(issue.path[0] ?? 'row'), reason: issue.message });
      return;
    }
    const r = parsed.data;
    if (!communeCodes.has(r.commune_code)) errors.push({ line, field: 'commune_code', reason: `${r.commune_code} is not one of the 75 communes` });
    const previous = seen.get(r.hamlet_code);
    if (previous) errors.push({ line, field: 'hamlet_code', reason: `${r.hamlet_code} already on line ${previous}` });
    seen.set(r.hamlet_code, line);
    out.push({ communeCode: r.commune_code, code: r.hamlet_code, name: r.hamlet_name, type: r.hamlet_type ?? 'bản' });
  });
  if (records.length === 0) errors.push({ line: 1, field: 'file', reason: 'has no hamlet rows' });
  if (errors.length) throw new HamletImportError(errors);
  return out;
}

export interface HamletImportResult {
  imported: number;
  demoHamletsRemoved: number;
}

export async function importHamlets(pool: pg.Pool, hamlets: readonly HamletRecord[]): Promise<HamletImportResult> {
  const collisions = await pool.query<{ code: string }>("SELECT code FROM admin_unit WHERE code = ANY($1::text[]) AND level <> 'hamlet'", [
    hamlets.map((h) => h.code),
  ]);
  if (collisions.rowCount) {
    throw new HamletImportError(collisions.rows.map((c) => ({ line: 0, field: 'hamlet_code', reason: `${c.code} is already the code of a commune or the province` })));
  }
  const result = await withTransaction(pool, async (tx) => {
    await tx.query("DELETE FROM measurement WHERE unit_code IN (SELECT code FROM admin_unit WHERE level = 'hamlet' AND is_demo)");
    const removed = await tx.query("DELETE FROM admin_unit WHERE level = 'hamlet' AND is_demo AND NOT (code = ANY($1::text[]))", [hamlets.map((h) => h.code)]);
    await tx.query(
      `INSERT INTO admin_unit (code, level, name, full_name, name_en, unit_type, parent_code, commune_code, is_demo, source)
       SELECT code, 'hamlet', name, unit_type || ' ' || name, '', unit_type, commune_code, commune_code, false, 'hamlet registry import'
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS h(code, name, unit_type, commune_code)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, full_name = EXCLUDED.full_name, unit_type = EXCLUDED.unit_type,
         parent_code = EXCLUDED.parent_code, commune_code = EXCLUDED.commune_code, is_demo = false, source = EXCLUDED.source`,
      [hamlets.map((h) => h.code), hamlets.map((h) => h.name), hamlets.map((h) => h.type), hamlets.map((h) => h.communeCode)],
    );
    return { imported: hamlets.length, demoHamletsRemoved: removed.rowCount ?? 0 };
  });
  // The removed simulated rows may lie anywhere in the past: refresh the rollups over all of it.
  await refreshRollups(pool, new Date('2025-06-30T17:00:00Z'));
  return result;
}
