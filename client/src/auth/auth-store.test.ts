import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PrincipalInfo } from '@ioc/shared';
import { getJson } from '../lib/http.js';
import { reportSocketAuthRefusal } from '../live/socket.js';
import { authActions, authStore, startAuth, stateAfterRefusal } from './auth-store.js';

const admin: PrincipalInfo = { kind: 'user', id: '1', name: 'admin', displayName: 'Quản trị', role: 'admin', unit: null, isDemo: true, idleTimeoutSeconds: 1800 };

function answer(status: number, body: unknown): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
  vi.unstubAllGlobals();
  authStore.setState({ status: 'loading', principal: null, lastError: null }, true);
});

describe('stateAfterRefusal', () => {
  it('tells an expired session from no session, and ignores other refusals', () => {
    expect(stateAfterRefusal('session_expired')?.status).toBe('expired');
    expect(stateAfterRefusal('unauthenticated')?.status).toBe('signed-out');
    expect(stateAfterRefusal('invalid_credentials')).toBeNull();
  });
});

describe('the sign-in state', () => {
  it('loads the principal once at start', async () => {
    const fetch = vi.fn(async () => answer(200, admin));
    vi.stubGlobal('fetch', fetch);
    stop = startAuth();
    await flush();
    expect(authStore.getState()).toMatchObject({ status: 'signed-in', principal: { name: 'admin' } });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('becomes "expired" when any request says the session expired', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => answer(200, admin)));
    stop = startAuth();
    await flush();
    vi.stubGlobal('fetch', vi.fn(async () => answer(401, { error: { code: 'session_expired', message: 'expired' } })));
    await expect(getJson('/api/snapshot')).rejects.toThrow('expired');
    expect(authStore.getState().status).toBe('expired');
  });

  it('asks again after a refused live connection', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => answer(200, admin)));
    stop = startAuth();
    await flush();
    const fetch = vi.fn(async () => answer(401, { error: { code: 'unauthenticated', message: 'Sign in first.' } }));
    vi.stubGlobal('fetch', fetch);
    reportSocketAuthRefusal('refused');
    await flush();
    expect(fetch).toHaveBeenCalledWith('/api/auth/me', expect.anything());
    expect(authStore.getState().status).toBe('signed-out');
  });

  it('does not sign out on a wrong password', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => answer(401, { error: { code: 'unauthenticated', message: 'x' } })));
    stop = startAuth();
    await flush();
    vi.stubGlobal('fetch', vi.fn(async () => answer(401, { error: { code: 'invalid_credentials', message: 'Sai tên đăng nhập hoặc mật khẩu.' } })));
    await expect(authActions.login('admin', 'wrong')).rejects.toThrow('Sai');
    expect(authStore.getState().status).toBe('signed-out');
    vi.stubGlobal('fetch', vi.fn(async () => answer(200, admin)));
    await authActions.login('admin', 'right-password');
    expect(authStore.getState().status).toBe('signed-in');
    vi.stubGlobal('fetch', vi.fn(async () => answer(204, null)));
    const order: string[] = [];
    await authActions.logout(() => order.push(authStore.getState().status));
    expect(order).toEqual(['signed-in']);
    expect(authStore.getState().status).toBe('signed-out');
  });
});
