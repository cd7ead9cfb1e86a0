/**
 * A wall's device token (issue 5.1): it keeps working across server restarts
 * (the same data directory reopened), and an operator revokes it — its API calls
 * are refused at once and its open socket is closed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiError } from '@ioc/shared';
import { startTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { DEVICE_COOKIE } from './principal.js';

describe('wall device tokens', () => {
  let db: TestDatabase | undefined;
  let server: TestServer | undefined;

  afterAll(async () => {
    await server?.close();
    await db?.closeTest();
  });

  it('survive a restart and stop working when revoked', async () => {
    db = await startTestDatabase();
    server = await startTestServer(db);
    const operator = await server.signIn({ username: 'vanhanh', displayName: 'Vận hành', role: 'operator' });
    const created = await server.send<{ token: string; device: { id: string }; pairPath: string }>('POST', '/api/devices', { name: 'Tường chính phòng IOC' }, operator);
    expect(created.status).toBe(201);
    const wall = `${DEVICE_COOKIE}=${created.body.token}`;
    expect((await server.get('/api/snapshot', wall)).status).toBe(200);

    // Restart: stop the server, close the database keeping its files, open both again.
    await server.close();
    const dataDir = db.dataDir;
    await db.closeTest({ keepFiles: true });
    db = await startTestDatabase({ dataDir });
    server = await startTestServer(db);
    expect((await server.get('/api/snapshot', wall)).status).toBe(200);

    // The pairing URL sets the cookie and sends the screen to /wall.
    const pair = await fetch(`${server.url}${created.body.pairPath}`, { redirect: 'manual' });
    expect(pair.status).toBe(303);
    expect(pair.headers.get('location')).toBe('/wall');
    expect(pair.headers.getSetCookie().join(';')).toMatch(/ioc_device=iocdev_.*HttpOnly/i);

    const socket = server.connectClient(undefined, { extraHeaders: { cookie: wall } });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));

    const operatorAgain = await server.send('POST', '/api/auth/login', { username: 'vanhanh', password: 'correct horse battery staple' });
    const cookie = operatorAgain.setCookie.map((c) => c.split(';')[0]).join('; ');
    const revoked = await server.send<{ revokedAt: string }>('DELETE', `/api/devices/${created.body.device.id}`, undefined, cookie);
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).toBeTruthy();
    expect(await closed).toBe('io server disconnect');
    const refused = await server.send<ApiError>('GET', '/api/snapshot', undefined, wall);
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('unauthenticated');
    // A viewer may not revoke screens.
    const viewer = await server.signIn({ username: 'xem', displayName: 'Xem', role: 'viewer' });
    expect((await server.send('DELETE', `/api/devices/${created.body.device.id}`, undefined, viewer)).status).toBe(403);
  }, 240_000);
});
