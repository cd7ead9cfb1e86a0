import { describe, expect, it } from 'vitest';
import type { SigningKeyDto } from '@ioc/shared';
import { spkiToPem } from './key-encoding.js';
import { registeredKeyFor } from './sign-and-submit.js';

const pemOf = (seed: number) => spkiToPem(Uint8Array.from({ length: 91 }, (_, i) => (i * seed) % 256));
const key = (id: string, pem: string, revokedAt: string | null = null): SigningKeyDto => ({
  id,
  unit: { kind: 'commune', code: '03670' },
  algorithm: 'ECDSA-P256',
  label: 'Máy chuyên viên',
  publicKeyPem: pem,
  registeredAt: '2026-05-01T02:00:00Z',
  registeredBy: 'chiengcoi.lanhdao',
  revokedAt,
});

describe('registeredKeyFor', () => {
  const browser = { keyId: 'aaaa', publicKeyPem: pemOf(7) };

  it('finds the unit’s active key with the same public key, whatever its line breaks', () => {
    const same = key('aaaa-server', pemOf(7).replace(/\n/g, '\r\n'));
    expect(registeredKeyFor([key('other', pemOf(3)), same], browser)).toBe(same);
  });

  it('finds it by id too', () => {
    const byId = key('aaaa', pemOf(9));
    expect(registeredKeyFor([byId], browser)).toBe(byId);
  });

  it('says when the key was revoked, and when it was never registered', () => {
    expect(registeredKeyFor([key('aaaa', pemOf(7), '2026-05-02T00:00:00Z')], browser)).toBe('revoked');
    expect(registeredKeyFor([key('other', pemOf(3))], browser)).toBeNull();
    expect(registeredKeyFor([], browser)).toBeNull();
  });
});
