/**
 * "Ký số và gửi": find this browser's key for the person, check that the unit
 * registered it (the key id is the registered key with the same public key),
 * sign the canonical content of exactly what is sent, and submit.
 */
import type { Figures, SigningKeyDto, SubmissionDto } from '@ioc/shared';
import { browserSigningSupported, loadBrowserKey, signSubmission } from './browser-key.js';
import { samePublicKey } from './key-encoding.js';
import { reportsApi, type FilingRef } from './reports-api.js';

export type SignOutcome =
  | { ok: true; filing: SubmissionDto }
  | { ok: false; reason: 'unsupported' | 'no-key' | 'not-registered' | 'revoked'; keyId: string | null };

/** The unit's active key that is this browser's key, by id or by the public key itself. */
export function registeredKeyFor(keys: readonly SigningKeyDto[], browser: { keyId: string; publicKeyPem: string }): SigningKeyDto | 'revoked' | null {
  const matching = keys.filter((k) => k.id === browser.keyId || samePublicKey(k.publicKeyPem, browser.publicKeyPem));
  const active = matching.find((k) => k.revokedAt === null);
  if (active) return active;
  return matching.length ? 'revoked' : null;
}

export async function signAndSubmit(ref: FilingRef, username: string, version: number, figures: Figures, narrative: string): Promise<SignOutcome> {
  if (!browserSigningSupported()) return { ok: false, reason: 'unsupported', keyId: null };
  const key = await loadBrowserKey(username);
  if (!key) return { ok: false, reason: 'no-key', keyId: null };
  const { keys } = await reportsApi.keys({ kind: ref.unitKind, code: ref.unitCode });
  const registered = registeredKeyFor(keys, key);
  if (registered === null) return { ok: false, reason: 'not-registered', keyId: key.keyId };
  if (registered === 'revoked') return { ok: false, reason: 'revoked', keyId: key.keyId };
  const value = await signSubmission(key.keyPair.privateKey, { template: ref.template, unit: ref.unitCode, period: ref.period, version, figures, narrative });
  const filing = await reportsApi.submit(ref, { version, figures, narrative, signature: { keyId: registered.id, value } });
  return { ok: true, filing };
}
