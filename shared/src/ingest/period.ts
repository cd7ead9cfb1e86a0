/**
 * Reporting periods as agencies write them, and the instant each one starts in
 * Asia/Ho_Chi_Minh. An observation's period must be of its indicator's kind of
 * period; the measurement is stored at the period's start.
 */
import { TZDate } from '@date-fns/tz';
import { format, startOfISOWeek, setISOWeek } from 'date-fns';
import type { IndicatorPeriod } from '../indicators/catalogue.js';
import { TIME_ZONE } from '../format.js';

/** What a period of each kind looks like, for error messages and docs. */
export const PERIOD_FORMATS: Record<IndicatorPeriod, string> = {
  realtime: 'an ISO 8601 instant with offset, e.g. 2025-12-20T09:30:00+07:00',
  day: 'YYYY-MM-DD, e.g. 2025-12-20',
  week: 'YYYY-Www (ISO week), e.g. 2025-W51',
  month: 'YYYY-MM, e.g. 2025-12',
  quarter: 'YYYY-Qn, e.g. 2025-Q4',
  year: 'YYYY, e.g. 2025',
};

const PATTERNS: Record<Exclude<IndicatorPeriod, 'realtime'>, RegExp> = {
  day: /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  week: /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/,
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  year: /^(\d{4})$/,
};

const REALTIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

const local = (y: number, m: number, d: number) => new TZDate(y, m - 1, d, TIME_ZONE);

/** The start of `period` if it is a well-formed period of kind `kind`, else null. */
export function periodStart(kind: IndicatorPeriod, period: string): Date | null {
  if (kind === 'realtime') {
    if (!REALTIME.test(period)) return null;
    const t = new Date(period);
    return Number.isNaN(t.getTime()) ? null : t;
  }
  const m = PATTERNS[kind].exec(period);
  if (!m) return null;
  const year = Number(m[1]);
  switch (kind) {
    case 'day': {
      const d = local(year, Number(m[2]), Number(m[3]));
      // Reject 2025-02-30 and the like: the date must not roll over.
      return d.getMonth() + 1 === Number(m[2]) ? new Date(d.getTime()) : null;
    }
    case 'week': {
      const monday = startOfISOWeek(setISOWeek(local(year, 1, 4), Number(m[2])));
      return new Date(monday.getTime());
    }
    case 'month':
      return new Date(local(year, Number(m[2]), 1).getTime());
    case 'quarter':
      return new Date(local(year, (Number(m[2]) - 1) * 3 + 1, 1).getTime());
    case 'year':
      return new Date(local(year, 1, 1).getTime());
  }
}

const PERIOD_PATTERNS: Record<Exclude<IndicatorPeriod, 'realtime'>, string> = {
  day: 'yyyy-MM-dd',
  week: "RRRR-'W'II",
  month: 'yyyy-MM',
  quarter: "yyyy-'Q'Q",
  year: 'yyyy',
};

/** The period of kind `kind` that contains the instant `at` (as seen in Asia/Ho_Chi_Minh), written as agencies write it. */
export function periodOf(kind: IndicatorPeriod, at: Date): string {
  if (kind === 'realtime') return at.toISOString();
  return format(new TZDate(at.getTime(), TIME_ZONE), PERIOD_PATTERNS[kind]);
}
