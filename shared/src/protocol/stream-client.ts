/**
 * The client side of the metrics stream, independent of React and of the
 * socket library (any object with `on`/`emit` will do): subscribe on each
 * connect — resuming from the last applied changes once a snapshot is held —
 * apply each change once and in order, and resume on a gap. Used by the wall
 * (client/src/live/socket.ts) and by the server's resume tests, so what is
 * tested is what runs on the screens.
 */
import { METRICS_EVENTS, type MetricsReplay, type MetricsSnapshot, type MetricsSubscribeRequest, type MetricsUpdate, type SubscribeAck } from './metrics.js';
import { ChangeSequencer } from './sequencer.js';

/** What the stream needs of a Socket.IO client socket. */
export interface StreamSocket {
  on(event: 'metrics:snapshot', listener: (snapshot: MetricsSnapshot) => void): unknown;
  on(event: 'metrics:replayed', listener: (replay: MetricsReplay) => void): unknown;
  on(event: 'metrics:updated', listener: (change: MetricsUpdate) => void): unknown;
  emit(event: 'metrics:subscribe', request: MetricsSubscribeRequest, ack: (result: SubscribeAck) => void): unknown;
}

export interface StreamHandlers {
  snapshot(snapshot: MetricsSnapshot): void;
  change(change: MetricsUpdate): void;
  subscribeFailed?(error: string): void;
}

export interface MetricsStream {
  /** Call on every (re)connect. */
  connected(): void;
  readonly sequencer: ChangeSequencer;
}

export function attachMetricsStream(socket: StreamSocket, handlers: StreamHandlers, indicators?: MetricsSubscribeRequest['indicators']): MetricsStream {
  const sequencer = new ChangeSequencer();
  let hasSnapshot = false;
  const apply = (change: MetricsUpdate) => handlers.change(change);
  const subscribe = () => {
    sequencer.beginResume();
    const request: MetricsSubscribeRequest = { ...(indicators ? { indicators } : {}), ...(hasSnapshot ? { resumeFrom: sequencer.position() } : {}) };
    socket.emit(METRICS_EVENTS.subscribe, request, (ack) => {
      if (!ack.ok) handlers.subscribeFailed?.(ack.error);
    });
  };
  const finishResume = () => {
    if (sequencer.endResume(apply)) subscribe();
  };
  socket.on(METRICS_EVENTS.snapshot, (snapshot) => {
    sequencer.reset(snapshot);
    hasSnapshot = true;
    handlers.snapshot(snapshot);
    finishResume();
  });
  socket.on(METRICS_EVENTS.replayed, (replay) => {
    for (const change of replay.changes) sequencer.offer(change, apply);
    finishResume();
  });
  socket.on(METRICS_EVENTS.updated, (change) => {
    if (sequencer.offer(change, apply) === 'gap' && !sequencer.isResuming) subscribe();
  });
  return { connected: subscribe, sequencer };
}
