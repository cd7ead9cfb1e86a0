/**
 * The operator's time range: a preset or two local days, turned into the
 * instants and bucket `GET /api/series` takes. Days are Asia/Ho_Chi_Minh days
 * (yyyy-mm-dd); `to` is inclusive (the whole day), or now when it is today.
 */
import { localMidnight, localParts, type SeriesBucket } from '@ioc/shared';

export const RANGE_PRESETS = ['30d', '90d', 'ytd', 'since-reform', 'custom'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

/** The 75 communes came into being on 1/7/2025: no commune data before it. */
export const REFORM_DAY = '2025-07-01';

export interface RangeChoice {
  preset: RangePreset;
  /** Only for 'custom'. */
  from?: string;
  to?: string;
}

export interface ResolvedRange {
  preset: RangePreset;
  fromDay: string;
  toDay: string;
  from: string;
  to: string;
  bucket: SeriesBucket;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function localDay(at: Date | number): string {
  const p = localParts(at);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const utc = new Date(Date.UTC(y, m - 1, d + days));
  return utc.toISOString().slice(0, 10);
}

export function isValidDay(day: string | undefined | null): day is string {
  if (!day || !DAY.test(day)) return false;
  return addDays(day, 0) === day;
}

function midnight(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return localMidnight(y, m, d);
}

/** Days across a range → bucket: days up to two years, months beyond (the series API allows 6 years of days, but a line of 2,000 points tells no more). */
export function bucketFor(fromDay: string, toDay: string): SeriesBucket {
  const days = (midnight(toDay).getTime() - midnight(fromDay).getTime()) / 86_400_000;
  return days > 731 ? 'month' : 'day';
}

/** The range for a choice at `now`; an invalid custom choice falls back to 90 days. */
export function resolveRange(choice: RangeChoice, now: Date): ResolvedRange {
  const today = localDay(now);
  let fromDay: string;
  let toDay = today;
  switch (choice.preset) {
    case '30d':
      fromDay = addDays(today, -29);
      break;
    case 'ytd':
      fromDay = `${today.slice(0, 4)}-01-01`;
      break;
    case 'since-reform':
      fromDay = REFORM_DAY;
      break;
    case 'custom':
      if (isValidDay(choice.from) && isValidDay(choice.to) && choice.from <= choice.to && choice.to <= today) {
        fromDay = choice.from;
        toDay = choice.to;
        break;
      }
      return resolveRange({ preset: '90d' }, now);
    default:
      fromDay = addDays(today, -89);
  }
  const to = toDay === today ? now : midnight(addDays(toDay, 1));
  return { preset: choice.preset, fromDay, toDay, from: midnight(fromDay).toISOString(), to: to.toISOString(), bucket: bucketFor(fromDay, toDay) };
}

/** `?range=30d` or `?range=custom&from=…&to=…` ↔ a choice (so a link keeps the range). */
export function rangeFromParams(params: URLSearchParams): RangeChoice {
  const preset = params.get('range');
  if (!preset || !(RANGE_PRESETS as readonly string[]).includes(preset)) return { preset: '90d' };
  if (preset !== 'custom') return { preset: preset as RangePreset };
  return { preset: 'custom', from: params.get('from') ?? '', to: params.get('to') ?? '' };
}

export function rangeToParams(choice: RangeChoice, params: URLSearchParams): void {
  params.delete('from');
  params.delete('to');
  if (choice.preset === '90d') params.delete('range');
  else params.set('range', choice.preset);
  if (choice.preset === 'custom') {
    if (choice.from) params.set('from', choice.from);
    if (choice.to) params.set('to', choice.to);
  }
}
