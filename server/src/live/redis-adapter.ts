/**
 * Several server processes: Socket.IO's Redis adapter carries each broadcast
 * to the clients of every process, so a change committed through process A
 * reaches a wall connected to process B. Packets published while Redis is down
 * are lost — which the change stream tolerates: a client that sees a gap, or
 * reconnects, is replayed the missed changes from the database.
 */
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import type { Logger } from '../logger.js';

export interface RedisAdapter {
  adapter: ReturnType<typeof createAdapter>;
  close(): Promise<void>;
}

export async function connectRedisAdapter(url: string, logger: Logger): Promise<RedisAdapter> {
  const pub = createClient({ url });
  const sub = pub.duplicate();
  for (const [name, client] of [['pub', pub], ['sub', sub]] as const) {
    client.on('error', (err: unknown) => logger.warn({ err, client: name }, 'redis connection error'));
  }
  await Promise.all([pub.connect(), sub.connect()]);
  logger.info({ url: url.replace(/\/\/[^@]*@/, '//***@') }, 'Socket.IO Redis adapter connected');
  return {
    adapter: createAdapter(pub, sub),
    async close() {
      await Promise.allSettled([pub.quit(), sub.quit()]);
    },
  };
}
