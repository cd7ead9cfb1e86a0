/**
 * Vietnamese formats for every screen: 68,07 %; 197.548; 20/12/2025; times in
 * Asia/Ho_Chi_Minh whatever the time zone of the browser or server.
 */
import { TZDate } from '@date-fns/tz';
import { format as formatDateFns } from 'date-fns';

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const numberFormats = new Map<number, Intl.NumberFormat>();
function numberFormat(digits: number): Intl.NumberFormat {
  let f = numberFormats.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    numberFormats.set(digits, f);
  }
  return f;
}

/** 197548 → "197.548"; 94.1432 with 2 digits → "94,14". */
export function formatNumber(value: number, fractionDigits = 0): string {
  return numberFormat(fractionDigits).format(value);
}

/** 68.07 → "68,07 %" (a no-break space keeps the sign with its number); null → "—". */
export function formatPercent(value: number | null, fractionDigits = 2): string {
  return value === null ? '—' : `${formatNumber(value, fractionDigits)}\u00a0%`;
}

/** A change in percentage points with its sign: "+1,25 điểm %", "−0,40 điểm %". */
export function formatPointChange(delta: number | null, unitLabel = 'điểm %', fractionDigits = 2): string {
  if (delta === null) return '—';
  const rounded = Number(delta.toFixed(fractionDigits));
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '±';
  return `${sign}${formatNumber(Math.abs(rounded), fractionDigits)}\u00a0${unitLabel}`;
}

function inZone(date: Date | string | number): TZDate {
  return new TZDate(new Date(date).getTime(), TIME_ZONE);
}

/** → "20/12/2025" */
export function formatDate(date: Date | string | number): string {
  return formatDateFns(inZone(date), 'dd/MM/yyyy');
}

/** → "14:05" */
export function formatTime(date: Date | string | number, withSeconds = false): string {
  return formatDateFns(inZone(date), withSeconds ? 'HH:mm:ss' : 'HH:mm');
}

/** → "14:05 20/12/2025" (time first, as Vietnamese official documents write it). */
export function formatDateTime(date: Date | string | number): string {
  return `${formatTime(date)} ${formatDate(date)}`;
}

const WEEKDAYS_VI = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

/** → "Thứ Bảy" for the day in Asia/Ho_Chi_Minh. */
export function weekdayVi(date: Date | string | number): string {
  return WEEKDAYS_VI[inZone(date).getDay()] ?? '';
}

/** The calendar parts of a moment in Asia/Ho_Chi_Minh. */
export function localParts(date: Date | string | number): { year: number; month: number; day: number; hour: number; minute: number; weekday: number } {
  const d = inZone(date);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), hour: d.getHours(), minute: d.getMinutes(), weekday: d.getDay() };
}

/** Midnight of the local (Asia/Ho_Chi_Minh) day with these parts, as a UTC instant. */
export function localMidnight(year: number, month: number, day: number): Date {
  return new Date(new TZDate(year, month - 1, day, TIME_ZONE).getTime());
}
