/**
 * Numbers and dates in the interface language: Vietnamese formats in vi
 * (68,07 %; 1.234; 20/12/2025, from @ioc/shared), English ones in en
 * (68.07%; 1,234; 20 Dec 2025). Always in Asia/Ho_Chi_Minh time.
 */
import {
  TIME_ZONE,
  formatDate as formatDateVi,
  formatDateTime as formatDateTimeVi,
  formatNumber as formatNumberVi,
  formatPercent as formatPercentVi,
  formatPointChange as formatPointChangeVi,
  formatTime,
} from '@ioc/shared';
import type { Lang } from './lang.js';

export interface Formatter {
  number(value: number, fractionDigits?: number): string;
  percent(value: number | null, fractionDigits?: number): string;
  /** Percentage points with a sign: "+1,25 điểm %" / "+1.25 pts". */
  pointChange(delta: number | null, fractionDigits?: number): string;
  /** A distance in percentage points, without a sign: "29,41 điểm %" / "29.41 pts". */
  points(value: number, fractionDigits?: number): string;
  date(date: Date | string | number): string;
  /** Axis labels: "20/12" / "20 Dec". */
  shortDate(date: Date | string | number): string;
  dateTime(date: Date | string | number): string;
}

const vi: Formatter = {
  number: (v, d = 0) => formatNumberVi(v, d),
  percent: (v, d = 2) => formatPercentVi(v, d),
  pointChange: (delta, d = 2) => formatPointChangeVi(delta, 'điểm %', d),
  points: (v, d = 2) => `${formatNumberVi(v, d)}\u00a0điểm %`,
  date: formatDateVi,
  shortDate: (date) => formatDateVi(date).slice(0, 5),
  dateTime: formatDateTimeVi,
};

const enNumbers = new Map<number, Intl.NumberFormat>();
function enNumber(v: number, digits: number): string {
  let f = enNumbers.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    enNumbers.set(digits, f);
  }
  return f.format(v);
}
const enDate = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, day: 'numeric', month: 'short', year: 'numeric' });
const enShortDate = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, day: 'numeric', month: 'short' });

const en: Formatter = {
  number: (v, d = 0) => enNumber(v, d),
  percent: (v, d = 2) => (v === null ? '—' : `${enNumber(v, d)}%`),
  pointChange(delta, d = 2) {
    if (delta === null) return '—';
    const rounded = Number(delta.toFixed(d));
    const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '±';
    return `${sign}${enNumber(Math.abs(rounded), d)}\u00a0pts`;
  },
  points: (v, d = 2) => `${enNumber(v, d)}\u00a0pts`,
  date: (date) => enDate.format(new Date(date)),
  shortDate: (date) => enShortDate.format(new Date(date)),
  dateTime: (date) => `${formatTime(date)}, ${enDate.format(new Date(date))}`,
};

export function formatterFor(lang: Lang): Formatter {
  return lang === 'en' ? en : vi;
}
