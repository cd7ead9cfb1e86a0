/** Typed Socket.IO events, used by `new Server<…>()` on the server and `Socket<…>` on the client. */
import type { MetricsReplay, MetricsSnapshot, MetricsSubscribeRequest, MetricsUpdate, SubscribeAck } from './metrics.js';
import type { ReloadRequested } from './system.js';

/** Sent by the client in the handshake's `auth`; bumped on any incompatible change of this folder. */
export const PROTOCOL_VERSION = 2;

export interface HandshakeAuth {
  protocolVersion: number;
  /** Which screen this is (`?screen=` or generated and kept in localStorage); optional. See system.ts. */
  screenId?: string;
}

export interface ServerToClientEvents {
  'metrics:snapshot': (snapshot: MetricsSnapshot) => void;
  'metrics:updated': (update: MetricsUpdate) => void;
  'metrics:replayed': (replay: MetricsReplay) => void;
  /** A filing changed state (issue 5): compliance screens refetch GET /api/compliance. */
  'reporting:changed': (event: ReportingChanged) => void;
  /** On the `/system` namespace (system.ts): an operator asked this screen, or all, to reload. */
  'system:reload-requested': (request: ReloadRequested) => void;
}

export const REPORTING_EVENTS = { changed: 'reporting:changed' } as const;

export interface ReportingChanged {
  changedAt: string;
}

export interface ClientToServerEvents {
  'metrics:subscribe': (request: MetricsSubscribeRequest, ack?: (result: SubscribeAck) => void) => void;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- no inter-server events yet; kept for the Server<…> signature
export interface InterServerEvents {}

export interface SocketData {
  subscribed: string[];
  /** The room of the socket's principal (a person or a wall device), to close its connections on revocation. */
  principalRoom?: string;
}
