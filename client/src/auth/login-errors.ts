/**
 * What the sign-in page says for each refusal of POST /api/auth/login (pure, tested),
 * and times as administrators read them: dd/mm/yyyy HH:mm in Asia/Ho_Chi_Minh.
 */
import { formatDate, formatTime } from '@ioc/shared';
import type { Messages } from '../i18n/index.js';
import { HttpError } from '../lib/http.js';

/** "20/12/2025 14:05" in Asia/Ho_Chi_Minh, whatever the browser's time zone. */
export function formatStamp(date: Date | string | number): string {
  return `${formatDate(date)} ${formatTime(date)}`;
}

/** The end of a lock, read from the server's message ("…, đến 2025-12-20T07:05:00.000Z. …"). */
export function lockedUntilOf(message: string): Date | null {
  const m = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z/.exec(message);
  if (!m) return null;
  const at = new Date(m[0]);
  return Number.isNaN(at.getTime()) ? null : at;
}

export type LoginErrorKind = 'invalid' | 'locked' | 'rate-limited' | 'network' | 'other';

export function loginErrorKind(err: unknown): LoginErrorKind {
  if (!(err instanceof HttpError)) return 'other';
  if (err.status === 0 || err.code === 'network') return 'network';
  if (err.code === 'invalid_credentials' || (err.status === 401 && err.code !== 'session_expired')) return 'invalid';
  if (err.code === 'account_locked' || err.status === 423) return 'locked';
  if (err.code === 'rate_limited' || err.status === 429) return 'rate-limited';
  return 'other';
}

/** The sentence to show for a failed sign-in. */
export function loginErrorText(err: unknown, t: Messages): string {
  const e = t.auth.login.errors;
  switch (loginErrorKind(err)) {
    case 'invalid':
      return e.invalid;
    case 'locked': {
      const until = err instanceof Error ? lockedUntilOf(err.message) : null;
      return until ? e.locked(formatStamp(until)) : e.lockedNoTime;
    }
    case 'rate-limited':
      return e.rateLimited;
    case 'network':
      return e.network;
    case 'other':
      return e.other(err instanceof Error ? err.message : String(err));
  }
}
