/** The sentence to show for a failed administration request: the server's own message, which names the field. */
import { HttpError } from '../lib/http.js';
import { t } from '../i18n/index.js';

export function messageOf(err: unknown): string {
  if (err instanceof HttpError) return err.status === 0 ? t.auth.login.errors.network : err.message;
  return err instanceof Error ? err.message : String(err);
}
