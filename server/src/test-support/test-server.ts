/** A real server (Express + Socket.IO) on a loopback port over a test database, and typed Socket.IO clients for it. */
import type { AddressInfo } from 'node:net';
import { io as connect, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import { PROTOCOL_VERSION, type ClientToServerEvents, type ServerToClientEvents } from '@ioc/shared';
import { createApp, type App, type AppDeps } from '../app.js';
import { silentLogger, type TestDatabase } from './test-database.js';
import { DEVICE_COOKIE } from '../auth/principal.js';
import type { NewAccount } from '../auth/accounts.js';

export interface TestServer {
  app: App;
  url: string;
  /** The Cookie header of a wall device paired for the test: dashboards' data and sockets need one. */
  deviceCookie: string;
  /** GET as the test's wall device (or with `cookie`). */
  get<T>(path: string, cookie?: string): Promise<{ status: number; body: T }>;
  /** Any request with a JSON body, as `cookie` (none: anonymous). */
  send<T>(method: string, path: string, body?: unknown, cookie?: string): Promise<{ status: number; body: T; setCookie: string[] }>;
  /** Creates an account and signs it in; returns its Cookie header. */
  signIn(account: Omit<NewAccount, 'password'> & { password?: string }): Promise<string>;
  connectClient(auth?: Record<string, unknown>, options?: Partial<ManagerOptions & SocketOptions>): Socket<ServerToClientEvents, ClientToServerEvents>;
  close(): Promise<void>;
}

export const TEST_PASSWORD = 'correct horse battery staple';

/** The Cookie header that a response's Set-Cookie lines would make a browser send. */
export function cookieHeader(setCookie: readonly string[]): string {
  return setCookie.map((c) => c.split(';')[0]).join('; ');
}

export async function startTestServer(db: TestDatabase, overrides: Partial<AppDeps> = {}): Promise<TestServer> {
  const app = createApp({ pool: db.pool, dbMode: db.mode, logger: silentLogger, ...overrides });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  const clients: Socket[] = [];
  const { token } = await app.devices.create(`test wall ${Math.random().toString(36).slice(2, 8)}`, null);
  const deviceCookie = `${DEVICE_COOKIE}=${token}`;
  const send = async <T>(method: string, path: string, body?: unknown, cookie?: string) => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (cookie) headers['cookie'] = cookie;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(url + path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T, setCookie: res.headers.getSetCookie() };
  };
  return {
    app,
    url,
    deviceCookie,
    async get<T>(path: string, cookie = deviceCookie) {
      const res = await fetch(url + path, { headers: { cookie } });
      return { status: res.status, body: (await res.json()) as T };
    },
    send,
    async signIn(account) {
      const password = account.password ?? TEST_PASSWORD;
      await app.accounts.create({ ...account, password });
      const res = await send('POST', '/api/auth/login', { username: account.username, password });
      if (res.status !== 200) throw new Error(`sign-in of ${account.username} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return cookieHeader(res.setCookie);
    },
    connectClient(auth = { protocolVersion: PROTOCOL_VERSION }, options = {}) {
      const socket: Socket<ServerToClientEvents, ClientToServerEvents> = connect(url, {
        auth,
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        extraHeaders: { cookie: deviceCookie },
        ...options,
      });
      clients.push(socket);
      return socket;
    },
    async close() {
      for (const c of clients) c.disconnect();
      await app.close();
    },
  };
}

/** Resolves with the next event of that name (no sleeping in tests: wait for the event itself). */
export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: Socket<ServerToClientEvents, ClientToServerEvents>,
  event: E,
  timeoutMs = 20_000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    socket.once(event as never, ((payload: Parameters<ServerToClientEvents[E]>[0]) => {
      clearTimeout(timer);
      resolve(payload);
    }) as never);
  });
}
