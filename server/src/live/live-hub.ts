/**
 * The live part of the server. After each committed write the hub records the
 * changed values in the change log (sequence numbers, in the database) and
 * sends each change to the Socket.IO room of its indicator. A screen that
 * subscribes gets a snapshot, or — resuming with its last numbers — exactly
 * the changes it missed, read from the database.
 * Recording runs one at a time; commits arriving meanwhile join the next run,
 * so a burst of writes costs one computation (a KPI's latest value wins).
 * A slow socket is taken out of the broadcasts (the SLOW room) instead of
 * buffering without bound, and gets a fresh snapshot once it has drained.
 */
import type { Server, Socket } from 'socket.io';
import {
  INDICATOR_CODES,
  isIndicatorCode,
  type ClientToServerEvents,
  type IndicatorCode,
  type InterServerEvents,
  type ServerToClientEvents,
  type SocketData,
} from '@ioc/shared';
import type { Logger } from '../logger.js';
import type { CommittedBatch, MeasurementStore } from '../measurements/measurement-store.js';
import type { ChangeLog } from './change-log.js';

export type IocServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
type IocSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

const roomOf = (indicator: IndicatorCode) => `indicator:${indicator}`;
const SLOW_ROOM = 'slow';

export interface BackpressureOptions {
  /** Bytes queued for a socket above which it stops receiving broadcasts. */
  highWaterBytes: number;
  /** Bytes below which a slow socket is caught up with a snapshot and rejoins. */
  lowWaterBytes: number;
  checkEveryMs: number;
}

export const DEFAULT_BACKPRESSURE: BackpressureOptions = { highWaterBytes: 512 * 1024, lowWaterBytes: 32 * 1024, checkEveryMs: 250 };

export interface LiveHubDeps {
  io: IocServer;
  store: MeasurementStore;
  changeLog: ChangeLog;
  clock: () => Date;
  logger: Logger;
  simulatorRunning: () => boolean;
  backpressure?: BackpressureOptions;
  /** How long changes stay replayable (seconds), and at least how many are kept. */
  retention?: { seconds: number; count: number };
}

export interface LiveHub {
  /** Resolves when every commit seen so far has been recorded and sent (tests, shutdown, subscribe). */
  idle(): Promise<void>;
  close(): void;
}

/** Bytes waiting to be written to a socket: engine.io's buffer and the WebSocket's own. */
function queuedBytes(socket: IocSocket): number {
  const conn = socket.conn as unknown as { writeBuffer: { data?: unknown }[]; transport: { socket?: { bufferedAmount?: number } } };
  let bytes = conn.transport.socket?.bufferedAmount ?? 0;
  for (const packet of conn.writeBuffer) bytes += typeof packet.data === 'string' ? packet.data.length : 256;
  return bytes;
}

export function createLiveHub({ io, store, changeLog, clock, logger, simulatorRunning, backpressure = DEFAULT_BACKPRESSURE, retention = { seconds: 86_400, count: 10_000 } }: LiveHubDeps): LiveHub {
  let pending: { indicators: Set<IndicatorCode>; committedAt: Date } | null = null;
  let running: Promise<void> = Promise.resolve();
  const slow = new Set<IocSocket>();

  // Admission (protocol and credentials) is the app's middleware, before this one (app.ts).
  io.use((socket, next) => {
    socket.data.subscribed = [];
    next();
  });

  async function sendSnapshot(socket: IocSocket, indicators: IndicatorCode[]): Promise<void> {
    const { values, seqs } = await changeLog.snapshot(indicators);
    socket.emit('metrics:snapshot', { type: 'snapshot', generatedAt: clock().toISOString(), indicators, values, seqs, simulatorRunning: simulatorRunning() });
  }

  io.on('connection', (socket: IocSocket) => {
    socket.on('disconnect', () => slow.delete(socket));
    socket.on('metrics:subscribe', async (request, ack) => {
      const asked = request?.indicators ?? [];
      const unknown = asked.filter((c) => !isIndicatorCode(c));
      if (unknown.length) {
        ack?.({ ok: false, error: `unknown indicators: ${unknown.join(', ')}` });
        return;
      }
      const indicators = asked.length ? asked : [...INDICATOR_CODES];
      try {
        // Join first, then read: a change made in between arrives twice (the client drops the duplicate), never zero times.
        for (const room of socket.rooms) if (room.startsWith('indicator:')) await socket.leave(room);
        await socket.join(indicators.map(roomOf));
        socket.data.subscribed = indicators;
        await idle();
        const replay = request?.resumeFrom ? await changeLog.since(request.resumeFrom, indicators) : null;
        ack?.({ ok: true, indicators, mode: replay ? 'replay' : 'snapshot' });
        if (replay) socket.emit('metrics:replayed', { type: 'replay', changes: replay });
        else await sendSnapshot(socket, indicators);
      } catch (err) {
        logger.error({ err }, 'subscribe failed');
        ack?.({ ok: false, error: 'the server could not read the current values; retry' });
      }
    });
  });

  async function announce(indicators: IndicatorCode[], committedAt: Date): Promise<void> {
    const changes = await changeLog.record(indicators, committedAt, clock());
    for (const change of changes) io.to(roomOf(change.indicator)).except(SLOW_ROOM).emit('metrics:updated', change);
  }

  function schedule(batch: Pick<CommittedBatch, 'indicators' | 'committedAt'>): void {
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

  async function idle(): Promise<void> {
    for (;;) {
      const current = running;
      await current;
      if (current === running && !pending) return;
    }
  }

  // Slow sockets leave the broadcasts; once drained they get the latest values as a snapshot.
  const backpressureTimer = setInterval(() => {
    for (const socket of io.of('/').sockets.values()) {
      const queued = queuedBytes(socket);
      if (!slow.has(socket) && queued > backpressure.highWaterBytes) {
        slow.add(socket);
        void socket.join(SLOW_ROOM);
      } else if (slow.has(socket) && queued < backpressure.lowWaterBytes) {
        slow.delete(socket);
        void socket.leave(SLOW_ROOM);
        sendSnapshot(socket, socket.data.subscribed as IndicatorCode[]).catch((err: unknown) => logger.warn({ err }, 'catch-up snapshot failed'));
      }
    }
  }, backpressure.checkEveryMs);
  backpressureTimer.unref();

  const pruneTimer = setInterval(() => {
    changeLog.prune(retention.seconds, retention.count).catch((err: unknown) => logger.warn({ err }, 'pruning the change log failed'));
  }, 60_000);
  pruneTimer.unref();

  const unsubscribe = store.onCommitted(schedule);
  // The first run records the current values, so the first subscriber's snapshot is complete.
  schedule({ indicators: [...INDICATOR_CODES], committedAt: clock() });

  return {
    idle,
    close() {
      unsubscribe();
      clearInterval(backpressureTimer);
      clearInterval(pruneTimer);
    },
  };
}
