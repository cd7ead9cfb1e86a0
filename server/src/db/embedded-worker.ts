/** Worker-thread entry of the embedded database (embedded.ts): serves it, reports the address, closes on request. */
import { parentPort, workerData } from 'node:worker_threads';
import { serveEmbeddedDatabase } from './embedded-server.js';

const { dataDir, port } = workerData as { dataDir: string; port: number };
try {
  const db = await serveEmbeddedDatabase(dataDir, port);
  parentPort!.on('message', async (message: string) => {
    if (message !== 'close') return;
    await db.close();
    parentPort!.postMessage({ type: 'closed' });
  });
  parentPort!.postMessage({ type: 'ready', connectionString: db.connectionString });
} catch (err) {
  parentPort!.postMessage({ type: 'failed', message: (err as Error).stack ?? String(err) });
}
