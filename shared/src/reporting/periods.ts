/**
 * Periods of a report as keys ('2026-11', '2026-Q4', '2026-H1', '2026-9M',
 * '2026', '2026-dong-xuan'), their Vietnamese labels, and the period that a
 * given day falls in — what the compliance check of Điều 12 calls "the current
 * period".
 */
import { CROP_SEASONS, type CropSeason, type ReportPeriod, type ReportPeriodKind } from './deadlines.js';
import { toLocalIsoDate, type IsoDate } from './holidays.js';

/** Period kinds that the workflow files by period; day and real-time reports come from source systems. */
export const FILED_PERIOD_KINDS = ['month', 'quarter', 'half-year', 'nine-months', 'year', 'season'] as const satisfies readonly ReportPeriodKind[];
export type FiledPeriodKind = (typeof FILED_PERIOD_KINDS)[number];

export function isFiledPeriodKind(kind: string): kind is FiledPeriodKind {
  return (FILED_PERIOD_KINDS as readonly string[]).includes(kind);
}

export function periodKey(period: ReportPeriod): string {
  switch (period.kind) {
    case 'month':
      return `${period.year}-${String(period.month).padStart(2, '0')}`;
    case 'quarter':
      return `${period.year}-Q${period.quarter}`;
    case 'half-year':
      return `${period.year}-H1`;
    case 'nine-months':
      return `${period.year}-9M`;
    case 'year':
      return String(period.year);
    case 'season':
      return `${period.year}-${period.season}`;
  }
}

const KEY_PATTERNS: Record<FiledPeriodKind, RegExp> = {
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  'half-year': /^(\d{4})-H1$/,
  'nine-months': /^(\d{4})-9M$/,
  year: /^(\d{4})$/,
  season: /^(\d{4})-(dong-xuan|mua)$/,
};

/** The period of `kind` written as `key`, or null when the key is not of that kind. */
export function parsePeriodKey(kind: FiledPeriodKind, key: string): ReportPeriod | null {
  const m = KEY_PATTERNS[kind].exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  switch (kind) {
    case 'month':
      return { kind, year, month: Number(m[2]) };
    case 'quarter':
      return { kind, year, quarter: Number(m[2]) as 1 | 2 | 3 | 4 };
    case 'season':
      return { kind, year, season: m[2] as CropSeason };
    default:
      return { kind, year };
  }
}

/** The kind of a period key, trying each kind in turn. */
export function periodKindOfKey(key: string): FiledPeriodKind | null {
  return FILED_PERIOD_KINDS.find((kind) => KEY_PATTERNS[kind].test(key)) ?? null;
}

/**
 * The period of `kind` that `day` falls in (local day in Asia/Ho_Chi_Minh). The
 * 6- and 9-month reports cover the first half and first nine months of the year
 * ("6 tháng đầu năm", "9 tháng"), and a season report the season of that year:
 * on any day of a year they are that year's, whether or not their months are over.
 * For seasons, the Đông xuân season until June, the Mùa season after.
 */
export function periodContaining(kind: FiledPeriodKind, day: Date | IsoDate): ReportPeriod {
  const iso = toLocalIsoDate(day);
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  switch (kind) {
    case 'month':
      return { kind, year, month };
    case 'quarter':
      return { kind, year, quarter: Math.ceil(month / 3) as 1 | 2 | 3 | 4 };
    case 'season':
      return { kind, year, season: month <= 6 ? 'dong-xuan' : 'mua' };
    default:
      return { kind, year };
  }
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** "Tháng 11/2026", "Quý IV/2026", "6 tháng đầu năm 2026", "9 tháng năm 2026", "Năm 2026", "Vụ Đông xuân 2026". */
export function periodLabelVi(period: ReportPeriod): string {
  switch (period.kind) {
    case 'month':
      return `Tháng ${period.month}/${period.year}`;
    case 'quarter':
      return `Quý ${ROMAN[period.quarter - 1]}/${period.year}`;
    case 'half-year':
      return `6 tháng đầu năm ${period.year}`;
    case 'nine-months':
      return `9 tháng năm ${period.year}`;
    case 'year':
      return `Năm ${period.year}`;
    case 'season': {
      const name = CROP_SEASONS[period.season];
      return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${period.year}`;
    }
  }
}

/** "Month 11/2026", "Q4/2026", "First half of 2026", … */
export function periodLabelEn(period: ReportPeriod): string {
  switch (period.kind) {
    case 'month':
      return `Month ${period.month}/${period.year}`;
    case 'quarter':
      return `Q${period.quarter}/${period.year}`;
    case 'half-year':
      return `First half of ${period.year}`;
    case 'nine-months':
      return `Nine months of ${period.year}`;
    case 'year':
      return `Year ${period.year}`;
    case 'season':
      return `${period.season === 'mua' ? 'Main (Mùa) season' : 'Winter–spring season'} ${period.year}`;
  }
}

/** The first instant of the period, for the measurement a report's figure becomes. */
export function periodStartDay(period: ReportPeriod): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (period.kind) {
    case 'month':
      return `${period.year}-${pad(period.month)}-01`;
    case 'quarter':
      return `${period.year}-${pad(period.quarter * 3 - 2)}-01`;
    case 'season':
      return `${period.year}-${period.season === 'dong-xuan' ? '01' : '07'}-01`;
    default:
      return `${period.year}-01-01`;
  }
}
