/**
 * The live part of the server: Socket.IO clients subscribe to indicators and
 * get a snapshot, then `metrics:updated` with the values that changed after
 * each committed write. Recomputation runs one at a time; commits that arrive
 * meanwhile are merged into the next run, so a burst of writes costs one query.
 */
import type { Server, Socket } from 'socket.io';
import {
  INDICATOR_CODES,
  PROTOCOL_VERSION,
  isIndicatorCode,
  type ClientToServerEvents,
  type IndicatorCode,
  type InterServerEvents,
  type MetricValue,
  type ServerToClientEvents,
  type SocketData,
} from '@ioc/shared';
import type { Logger } from '../logger.js';
import type { CommittedBatch, MeasurementStore } from '../measurements/measurement-store.js';
import type { MetricsRepository } from '../metrics/metrics-repository.js';
import { ValueCache } from './value-cache.js';

export type IocServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
type IocSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

const roomOf = (indicator: IndicatorCode) => `indicator:${indicator}`;

export interface LiveHubDeps {
  io: IocServer;
  store: MeasurementStore;
  metrics: MetricsRepository;
  clock: () => Date;
  logger: Logger;
  simulatorRunning: () => boolean;
}

export interface LiveHub {
  /** Resolves when every commit seen so far has been announced (used by tests and shutdown). */
  idle(): Promise<void>;
  close(): void;
}

export function createLiveHub({ io, store, metrics, clock, logger, simulatorRunning }: LiveHubDeps): LiveHub {
  const cache = new ValueCache();
  let pending: { indicators: Set<IndicatorCode>; committedAt: Date } | null = null;
  let running: Promise<void> = Promise.resolve();

  // The one place where a socket is admitted: protocol version now; origin and credentials join it later.
  io.use((socket, next) => {
    const version = (socket.handshake.auth as { protocolVersion?: unknown } | undefined)?.protocolVersion;
    if (version !== PROTOCOL_VERSION) {
      next(new Error(`protocol_mismatch: server speaks protocol ${PROTOCOL_VERSION}, client sent ${String(version)}; reload the page`));
      return;
    }
    socket.data.subscribed = [];
    next();
  });

  io.on('connection', (socket: IocSocket) => {
    socket.on('metrics:subscribe', async (request, ack) => {
      const asked = request?.indicators ?? [];
      const unknown = asked.filter((c) => !isIndicatorCode(c));
      if (unknown.length) {
        ack?.({ ok: false, error: `unknown indicators: ${unknown.join(', ')}` });
        return;
      }
      const indicators = asked.length ? asked : [...INDICATOR_CODES];
      for (const room of socket.rooms) if (room.startsWith('indicator:')) await socket.leave(room);
      await socket.join(indicators.map(roomOf));
      socket.data.subscribed = indicators;
      ack?.({ ok: true, indicators });
      try {
        const now = clock();
        const values = await metrics.currentValues(indicators, now);
        socket.emit('metrics:snapshot', {
          type: 'snapshot',
          generatedAt: now.toISOString(),
          indicators,
          values,
          simulatorRunning: simulatorRunning(),
        });
      } catch (err) {
        logger.error({ err }, 'snapshot for a subscriber failed');
      }
    });
  });

  async function announce(indicators: IndicatorCode[], committedAt: Date): Promise<void> {
    const values = await metrics.currentValues(indicators, clock());
    const changed = cache.update(values);
    const byIndicator = new Map<IndicatorCode, MetricValue[]>();
    for (const v of changed) byIndicator.set(v.indicator, [...(byIndicator.get(v.indicator) ?? []), v]);
    for (const [indicator, vs] of byIndicator) {
      io.to(roomOf(indicator)).emit('metrics:updated', { type: 'update', committedAt: committedAt.toISOString(), values: vs });
    }
  }

  function schedule(batch: CommittedBatch): void {
    if (pending) {
      for (const i of batch.indicators) pending.indicators.add(i);
      pending.committedAt = batch.committedAt;
      return;
    }
    pending = { indicators: new Set(batch.indicators), committedAt: batch.committedAt };
    running = running.then(async () => {
      const work = pending!;
      pending = null;
      try {
        await announce([...work.indicators], work.committedAt);
      } catch (err) {
        logger.error({ err }, 'announcing committed values failed');
      }
    });
  }

  const unsubscribe = store.onCommitted(schedule);
  return {
    idle: async () => {
      for (;;) {
        const current = running;
        await current;
        if (current === running && !pending) return;
      }
    },
    close: unsubscribe,
  };
}
