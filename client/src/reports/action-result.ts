/**
 * The outcome of an action on a filing as the page shows it: what happened, or
 * what went wrong in words, with the server's own message (e.g. "already
 * approved by X at …") so nobody has to guess.
 */
import { t } from '../i18n/index.js';
import { HttpError } from '../lib/http.js';

export type ActionKind = 'success' | 'error' | 'conflict';

export interface ActionMessage {
  kind: ActionKind;
  text: string;
  /** Where to go to fix it (e.g. the signing-key page). */
  link?: { href: string; label: string };
  /** The version of the filing it speaks of: hidden once the filing moves on (absent: shown until closed). */
  version?: number;
}

export function describeError(err: unknown): ActionMessage {
  if (err instanceof HttpError) {
    if (err.status === 409 && err.code === 'conflict') return { kind: 'conflict', text: t.reports.errors.conflict(err.message) };
    if (err.status === 409) return { kind: 'error', text: t.reports.errors.exists(err.message) };
    if (err.code === 'signature_invalid') return { kind: 'error', text: t.reports.errors.signature(err.message) };
    if (err.status === 400) return { kind: 'error', text: t.reports.errors.invalid(err.message) };
    if (err.status === 401) return { kind: 'error', text: t.reports.errors.unauthenticated };
    if (err.status === 403) return { kind: 'error', text: t.reports.errors.forbidden(err.message) };
    if (err.status === 0) return { kind: 'error', text: t.reports.errors.network };
    return { kind: 'error', text: t.reports.errors.other(err.message) };
  }
  return { kind: 'error', text: t.reports.errors.other(err instanceof Error ? err.message : String(err)) };
}
