/**
 * The signing key of this browser (Điều 10.2 of seed 002: "Dữ liệu trước khi gửi
 * phải được ký số"). An ECDSA P-256 key pair made by WebCrypto with a
 * non-extractable private key: the page can sign with it but nobody can read it
 * out, not even this code. The pair is kept in IndexedDB (which is per origin),
 * one per user name, so two people sharing a browser do not share a key.
 *
 * In production the key lives on the unit's USB token with its certificate from
 * the government's specialised CA (chữ ký số chuyên dùng); this browser key
 * stands in for it, and the server verifies both the same way.
 */
import { canonicalSubmission, type SubmissionContent } from '@ioc/shared';
import { bytesToBase64, keyIdFromDigest, spkiToPem } from './key-encoding.js';

export interface BrowserKey {
  username: string;
  keyPair: CryptoKeyPair;
  publicKeyPem: string;
  /** The id the server will give this key once registered. */
  keyId: string;
  createdAt: string;
}

interface StoredKey {
  id: string;
  username: string;
  keyPair: CryptoKeyPair;
  publicKeyPem: string;
  keyId: string;
  createdAt: string;
}

const DB_NAME = 'ioc-signing-keys';
const STORE = 'keys';
const ALGORITHM: EcKeyGenParams = { name: 'ECDSA', namedCurve: 'P-256' };
const SIGN: EcdsaParams = { name: 'ECDSA', hash: 'SHA-256' };

/** WebCrypto needs a secure context (https, or http://localhost); IndexedDB may be disabled. */
export function browserSigningSupported(): boolean {
  return typeof window !== 'undefined' && window.isSecureContext && typeof crypto !== 'undefined' && crypto.subtle !== undefined && typeof indexedDB !== 'undefined';
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE, { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
  });
}

async function withStore<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      let result: T;
      request.onsuccess = () => {
        result = request.result;
      };
      tx.oncomplete = () => resolve(result);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

/** The key of this browser for `username`, or null when none was made here. */
export async function loadBrowserKey(username: string): Promise<BrowserKey | null> {
  const stored = await withStore<StoredKey | undefined>('readonly', (s) => s.get(storeId(username)));
  if (!stored) return null;
  return { username: stored.username, keyPair: stored.keyPair, publicKeyPem: stored.publicKeyPem, keyId: stored.keyId, createdAt: stored.createdAt };
}

/** The public half of a key pair as SPKI PEM, and the id the server will give it. */
export async function describePublicKey(publicKey: CryptoKey): Promise<{ publicKeyPem: string; keyId: string }> {
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', publicKey));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', spki));
  return { publicKeyPem: spkiToPem(spki), keyId: keyIdFromDigest(digest) };
}

/** A new key pair for `username` in this browser, replacing any earlier one. */
export async function createBrowserKey(username: string): Promise<BrowserKey> {
  // Not extractable: the private key never leaves WebCrypto (the public key of a pair always can).
  const keyPair = await crypto.subtle.generateKey(ALGORITHM, false, ['sign', 'verify']);
  const { publicKeyPem, keyId } = await describePublicKey(keyPair.publicKey);
  const key: StoredKey = { id: storeId(username), username, keyPair, publicKeyPem, keyId, createdAt: new Date().toISOString() };
  await withStore('readwrite', (s) => s.put(key));
  return { username, keyPair, publicKeyPem, keyId, createdAt: key.createdAt };
}

function storeId(username: string): string {
  // The database is per origin already; the origin in the id keeps the record honest if it is ever exported.
  return `${window.location.origin}|${username}`;
}

/**
 * Signs the submission's canonical JSON (the exact string the server verifies)
 * and returns the signature as base64: ECDSA P-256 over SHA-256, r‖s (IEEE P1363)
 * as WebCrypto produces it.
 */
export async function signSubmission(privateKey: CryptoKey, content: SubmissionContent): Promise<string> {
  const data = new TextEncoder().encode(canonicalSubmission(content));
  return bytesToBase64(new Uint8Array(await crypto.subtle.sign(SIGN, privateKey, data)));
}
