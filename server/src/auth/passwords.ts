/**
 * Password hashing for people: argon2id with the parameters of OWASP's
 * password-storage guidance (19 MiB, 2 passes, 1 lane — the library's defaults),
 * through @node-rs/argon2 (prebuilt, no compiler needed on the server).
 */
import { hash, verify } from '@node-rs/argon2';
import { PASSWORD_MIN_LENGTH } from '@ioc/shared';
import { BadRequestError } from '../errors.js';

export async function hashPassword(password: string): Promise<string> {
  checkPasswordStrength(password);
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of nothing, verified when the username is unknown so that both answers take as long. */
let dummyHash: Promise<string> | null = null;
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hash('dummy password for timing only');
  await verifyPassword(await dummyHash, password);
  return false;
}

export function checkPasswordStrength(password: string): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw new BadRequestError(`password: at least ${PASSWORD_MIN_LENGTH} characters`, [{ field: 'password', reason: `at least ${PASSWORD_MIN_LENGTH} characters` }]);
  }
  if (password.length > 256) throw new BadRequestError('password: at most 256 characters', [{ field: 'password', reason: 'at most 256 characters' }]);
}
