/**
 * The ingestion API's input: a batch of observations, checked row by row.
 * Everything that can be checked without the database is checked here, so the
 * client-side tools of agencies can run the same rules; the server adds the
 * unit and permission checks. Every error names the row, the field and the reason.
 */
import { z } from 'zod';
import { getIndicator, isIndicatorCode, type IndicatorCode } from '../indicators/catalogue.js';
import { PERIOD_FORMATS, periodStart } from './period.js';

/** Most rows one request may carry (larger batches are answered 413). */
export const MAX_OBSERVATIONS_PER_BATCH = 5_000;

/** Earliest period start accepted: the IOC keeps nothing older. */
export const EARLIEST_PERIOD = new Date('2015-01-01T00:00:00+07:00');

export const observationSchema = z.object({
  indicator: z.string().min(1, 'is required'),
  unit: z.string().regex(/^\d{2,12}$|^[0-9A-Za-z._-]{1,32}$/, 'must be a unit code (GET /api/units)'),
  period: z.string().min(1, 'is required'),
  numerator: z.number({ error: 'must be a number' }).finite('must be finite').nonnegative('must not be negative'),
  denominator: z.number({ error: 'must be a number' }).finite('must be finite').nonnegative('must not be negative'),
  /** The source system or report; part of the natural key. Defaults to the agency's code. */
  source: z.string().min(1).max(100).optional(),
});
export type ObservationInput = z.infer<typeof observationSchema>;

export const observationBatchSchema = z.object({
  observations: z.array(z.unknown()).min(1, 'must hold at least one observation'),
});

export interface RowError {
  /** 0-based index of the observation in the batch (the line number − 2 for a file with a header). */
  row: number;
  field: string;
  reason: string;
}

export interface CheckedObservation {
  indicator: IndicatorCode;
  unit: string;
  period: string;
  periodStart: Date;
  numerator: number;
  denominator: number;
  source: string | undefined;
}

/** Checks one observation; returns it normalised, or its errors. */
export function checkObservation(raw: unknown, row: number, now: Date): { ok: true; value: CheckedObservation } | { ok: false; errors: RowError[] } {
  const parsed = observationSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => ({ row, field: String(i.path[0] ?? 'observation'), reason: i.message })) };
  }
  const o = parsed.data;
  const errors: RowError[] = [];
  if (!isIndicatorCode(o.indicator)) {
    errors.push({ row, field: 'indicator', reason: `${o.indicator} is not an indicator code of the catalogue (codes are fixed: Quy định 228, Điều 6.2)` });
    return { ok: false, errors };
  }
  const kind = getIndicator(o.indicator).period;
  const start = periodStart(kind, o.period);
  if (!start) errors.push({ row, field: 'period', reason: `${o.indicator} is reported per ${kind}: period must be ${PERIOD_FORMATS[kind]}` });
  else if (start < EARLIEST_PERIOD) errors.push({ row, field: 'period', reason: 'is before 2015' });
  else if (start.getTime() > now.getTime() + 86_400_000) errors.push({ row, field: 'period', reason: 'starts in the future' });
  if (o.numerator > o.denominator) errors.push({ row, field: 'numerator', reason: `must not exceed the denominator (${o.numerator} > ${o.denominator})` });
  if (errors.length || !start) return { ok: false, errors };
  return {
    ok: true,
    value: { indicator: o.indicator, unit: o.unit, period: o.period, periodStart: start, numerator: o.numerator, denominator: o.denominator, source: o.source },
  };
}
