/**
 * Bytes ↔ base64, SPKI ↔ PEM, and the key id the server gives a key (the first
 * 32 hex digits of SHA-256 of its SPKI; server/src/reporting/signing-keys.ts),
 * for the browser's signing key. Pure, browser and Node alike.
 */

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // In chunks: String.fromCharCode(...big) overflows the argument stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const PEM_HEAD = '-----BEGIN PUBLIC KEY-----';
const PEM_TAIL = '-----END PUBLIC KEY-----';

/** An SPKI public key as PEM, 64 characters a line, as Node and OpenSSL write it. */
export function spkiToPem(spki: Uint8Array): string {
  const body = bytesToBase64(spki).match(/.{1,64}/g) ?? [];
  return `${PEM_HEAD}\n${body.join('\n')}\n${PEM_TAIL}\n`;
}

/** The base64 body of a PEM public key without its armour and line breaks; null when it is not one. */
export function pemBody(pem: string): string | null {
  const text = pem.trim();
  if (!text.startsWith(PEM_HEAD) || !text.endsWith(PEM_TAIL)) return null;
  const body = text.slice(PEM_HEAD.length, text.length - PEM_TAIL.length).replace(/\s+/g, '');
  return /^[A-Za-z0-9+/]+={0,2}$/.test(body) ? body : null;
}

export function pemToSpki(pem: string): Uint8Array<ArrayBuffer> | null {
  const body = pemBody(pem);
  return body === null ? null : base64ToBytes(body);
}

/** Whether two PEM texts hold the same key, whatever their line breaks. */
export function samePublicKey(a: string, b: string): boolean {
  const x = pemBody(a);
  return x !== null && x === pemBody(b);
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The id the server gives a key from the SHA-256 digest of its SPKI. */
export function keyIdFromDigest(sha256: Uint8Array): string {
  return toHex(sha256).slice(0, 32);
}

/** "3f2a 9c01 …": a key id in groups of four, easier to read aloud and compare. */
export function groupedKeyId(id: string): string {
  return (id.match(/.{1,4}/g) ?? []).join(' ');
}
