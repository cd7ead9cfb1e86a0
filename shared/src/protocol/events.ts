/** Typed Socket.IO events, used by `new Server<…>()` on the server and `Socket<…>` on the client. */
import type { MetricsSnapshot, MetricsSubscribeRequest, MetricsUpdate, SubscribeAck } from './metrics.js';

/** Sent by the client in the handshake's `auth`; bumped on any incompatible change of this folder. */
export const PROTOCOL_VERSION = 1;

export interface HandshakeAuth {
  protocolVersion: number;
}

export interface ServerToClientEvents {
  'metrics:snapshot': (snapshot: MetricsSnapshot) => void;
  'metrics:updated': (update: MetricsUpdate) => void;
}

export interface ClientToServerEvents {
  'metrics:subscribe': (request: MetricsSubscribeRequest, ack?: (result: SubscribeAck) => void) => void;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- no inter-server events yet; kept for the Server<…> signature
export interface InterServerEvents {}

export interface SocketData {
  subscribed: string[];
}
