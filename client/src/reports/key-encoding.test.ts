import { describe, expect, it } from 'vitest';
import { canonicalSubmission, type SubmissionContent } from '@ioc/shared';
import { describePublicKey, signSubmission } from './browser-key.js';
import { base64ToBytes, bytesToBase64, groupedKeyId, keyIdFromDigest, pemBody, pemToSpki, samePublicKey, spkiToPem, toHex } from './key-encoding.js';

describe('base64', () => {
  it('round-trips bytes of every value, and long inputs', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(base64ToBytes(bytesToBase64(all))).toEqual(all);
    const long = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) % 256);
    expect(base64ToBytes(bytesToBase64(long))).toEqual(long);
    expect(bytesToBase64(new TextEncoder().encode('Sơn La'))).toBe('U8ahbiBMYQ==');
  });
});

describe('PEM', () => {
  const spki = Uint8Array.from({ length: 91 }, (_, i) => (i * 31) % 256);

  it('wraps SPKI at 64 characters between the armour lines', () => {
    const pem = spkiToPem(spki);
    const lines = pem.trimEnd().split('\n');
    expect(lines[0]).toBe('-----BEGIN PUBLIC KEY-----');
    expect(lines.at(-1)).toBe('-----END PUBLIC KEY-----');
    expect(lines.slice(1, -1).every((l) => l.length <= 64)).toBe(true);
    expect(pemToSpki(pem)).toEqual(spki);
  });

  it('compares keys whatever the line breaks and spaces', () => {
    const pem = spkiToPem(spki);
    const oneLine = `  ${pem.replace(/\n(?!-----END)/g, '').replace('-----BEGIN PUBLIC KEY-----', '-----BEGIN PUBLIC KEY-----\n')}  `;
    expect(samePublicKey(pem, oneLine)).toBe(true);
    expect(samePublicKey(pem, spkiToPem(spki.map((b) => b ^ 1)))).toBe(false);
    expect(samePublicKey('not a key', 'not a key')).toBe(false);
    expect(pemBody('-----BEGIN PUBLIC KEY-----\n!!!\n-----END PUBLIC KEY-----')).toBeNull();
  });

  it('makes the key id as the server does: 32 hex digits of the SHA-256', () => {
    const digest = Uint8Array.from({ length: 32 }, (_, i) => i * 8);
    expect(toHex(Uint8Array.of(0, 15, 255))).toBe('000fff');
    expect(keyIdFromDigest(digest)).toBe('00081018202830384048505860687078');
    expect(groupedKeyId('0008101820283038')).toBe('0008 1018 2028 3038');
  });
});

describe('signing a submission with WebCrypto', () => {
  const content: SubmissionContent = {
    template: 'CD-SKHCN-1',
    unit: '03670',
    period: '2026-05',
    version: 2,
    figures: { DVC_ONLINE: { numerator: 2163, denominator: 3177 }, TEAMS: { value: 31 } },
    narrative: 'Thuyết minh: số liệu đến ngày 15/5/2026.',
  };

  it('produces a P1363 signature that verifies over the canonical content with the exported PEM', async () => {
    const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
    const { publicKeyPem, keyId } = await describePublicKey(pair.publicKey);
    expect(keyId).toMatch(/^[0-9a-f]{32}$/);
    const signature = base64ToBytes(await signSubmission(pair.privateKey, content));
    expect(signature.length).toBe(64); // r‖s, 32 bytes each: not DER
    const imported = await crypto.subtle.importKey('spki', pemToSpki(publicKeyPem)!, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
    const data = new TextEncoder().encode(canonicalSubmission(content));
    expect(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, imported, signature, data)).toBe(true);
    // Any change to the figures breaks it.
    const changed = new TextEncoder().encode(canonicalSubmission({ ...content, figures: { ...content.figures, TEAMS: { value: 32 } } }));
    expect(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, imported, signature, changed)).toBe(false);
  });
});
