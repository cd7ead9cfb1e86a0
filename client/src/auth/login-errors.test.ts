import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.js';
import { vi } from '../i18n/vi.js';
import { HttpError } from '../lib/http.js';
import { formatStamp, lockedUntilOf, loginErrorKind, loginErrorText } from './login-errors.js';

describe('formatStamp', () => {
  it('writes day first and the time of Asia/Ho_Chi_Minh', () => {
    expect(formatStamp('2025-12-20T07:05:00Z')).toBe('20/12/2025 14:05');
    expect(formatStamp('2025-12-31T17:30:00Z')).toBe('01/01/2026 00:30');
  });
});

describe('lockedUntilOf', () => {
  it('reads the lock end from the server message', () => {
    const message = 'Tài khoản bị tạm khoá sau 5 lần đăng nhập sai, đến 2025-12-20T07:05:00.000Z. Account locked after 5 failed logins.';
    expect(lockedUntilOf(message)?.toISOString()).toBe('2025-12-20T07:05:00.000Z');
    expect(lockedUntilOf('locked')).toBeNull();
  });
});

describe('loginErrorText', () => {
  const locked = new HttpError(423, 'account_locked', 'Tài khoản bị tạm khoá sau 5 lần đăng nhập sai, đến 2025-12-20T07:05:00.000Z. Account locked.');
  it('names each refusal', () => {
    expect(loginErrorKind(new HttpError(401, 'invalid_credentials', 'x'))).toBe('invalid');
    expect(loginErrorKind(locked)).toBe('locked');
    expect(loginErrorKind(new HttpError(429, 'rate_limited', 'x'))).toBe('rate-limited');
    expect(loginErrorKind(new HttpError(0, 'network', 'x'))).toBe('network');
    expect(loginErrorKind(new HttpError(400, 'bad_request', 'Invalid login: username: Required'))).toBe('other');
  });
  it('gives the lock end as dd/mm/yyyy HH:mm in both languages', () => {
    expect(loginErrorText(locked, vi)).toContain('đến 20/12/2025 14:05');
    expect(loginErrorText(locked, en)).toContain('until 20/12/2025 14:05');
    expect(loginErrorText(new HttpError(423, 'account_locked', 'locked'), vi)).toBe(vi.auth.login.errors.lockedNoTime);
  });
  it('passes the server message on for anything else', () => {
    expect(loginErrorText(new HttpError(400, 'bad_request', 'Invalid login: username: Required'), vi)).toBe('Không đăng nhập được: Invalid login: username: Required');
  });
});
