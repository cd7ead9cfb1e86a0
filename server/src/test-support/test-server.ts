/** A real server (Express + Socket.IO) on a loopback port over a test database, and typed Socket.IO clients for it. */
import type { AddressInfo } from 'node:net';
import { io as connect, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import { PROTOCOL_VERSION, type ClientToServerEvents, type ServerToClientEvents } from '@ioc/shared';
import { createApp, type App, type AppDeps } from '../app.js';
import { silentLogger, type TestDatabase } from './test-database.js';

export interface TestServer {
  app: App;
  url: string;
  get<T>(path: string): Promise<{ status: number; body: T }>;
  connectClient(auth?: Record<string, unknown>, options?: Partial<ManagerOptions & SocketOptions>): Socket<ServerToClientEvents, ClientToServerEvents>;
  close(): Promise<void>;
}

export async function startTestServer(db: TestDatabase, overrides: Partial<AppDeps> = {}): Promise<TestServer> {
  const app = createApp({ pool: db.pool, dbMode: db.mode, logger: silentLogger, ...overrides });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  const clients: Socket[] = [];
  return {
    app,
    url,
    async get<T>(path: string) {
      const res = await fetch(url + path);
      return { status: res.status, body: (await res.json()) as T };
    },
    connectClient(auth = { protocolVersion: PROTOCOL_VERSION }, options = {}) {
      const socket: Socket<ServerToClientEvents, ClientToServerEvents> = connect(url, { auth, transports: ['websocket'], reconnection: false, forceNew: true, ...options });
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
