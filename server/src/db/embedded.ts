/**
 * The embedded default: TimescaleDB (PGlite with the timescaledb extension)
 * started by the server itself, in a worker thread so that the database's
 * work runs on another core than HTTP and Socket.IO — a long query never
 * stalls the walls' sockets. The server reaches it on a loopback port with `pg`,
 * as it would a real server.
 */
import { Worker } from 'node:worker_threads';

export interface EmbeddedDatabase {
  connectionString: string;
  close(): Promise<void>;
}

type WorkerMessage = { type: 'ready'; connectionString: string } | { type: 'failed'; message: string } | { type: 'closed' };

export async function startEmbeddedDatabase(dataDir: string, port = 0): Promise<EmbeddedDatabase> {
  // The bootstrap registers tsx in the worker, which does not inherit the parent's loader.
  const worker = new Worker(new URL('./embedded-worker-bootstrap.mjs', import.meta.url), { workerData: { dataDir, port } });
  const next = () =>
    new Promise<WorkerMessage>((resolve, reject) => {
      const onError = (err: Error) => reject(err);
      worker.once('error', onError);
      worker.once('message', (m: WorkerMessage) => {
        worker.off('error', onError);
        resolve(m);
      });
    });
  const first = await next();
  if (first.type !== 'ready') {
    await worker.terminate();
    throw new Error(`The embedded database did not start: ${first.type === 'failed' ? first.message : first.type}`);
  }
  let closed: Promise<void> | null = null;
  return {
    connectionString: first.connectionString,
    close() {
      closed ??= (async () => {
        const done = next();
        worker.postMessage('close');
        await done;
        await worker.terminate();
      })();
      return closed;
    },
  };
}
