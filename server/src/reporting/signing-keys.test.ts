import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyFingerprint, parsePublicKey } from './signing-keys.js';

describe('signing keys', () => {
  it('accepts P-256 and Ed25519 public keys of the algorithm claimed only', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const ed = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(keyFingerprint(parsePublicKey(ec, 'ECDSA-P256'))).toMatch(/^[0-9a-f]{32}$/);
    expect(parsePublicKey(ed, 'Ed25519').asymmetricKeyType).toBe('ed25519');
    expect(() => parsePublicKey(ed, 'ECDSA-P256')).toThrow(/publicKeyPem: not an ECDSA-P256 key/);
    expect(() => parsePublicKey(p384, 'ECDSA-P256')).toThrow(/not an ECDSA-P256 key/);
    expect(() => parsePublicKey('not a key', 'Ed25519')).toThrow(/publicKeyPem: not a PEM public key/);
  });
});
