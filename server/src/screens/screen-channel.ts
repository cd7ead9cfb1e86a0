/**
 * The `/system` namespace: screens connect to it beside the metrics stream (the
 * same WebSocket), say who they are (`auth.screenId`), and the server can ask
 * all of them, or one, to reload. Admission checks the protocol version like
 * the metrics namespace does; a missing or malformed screen id is allowed (the
 * screen then only hears messages for all screens).
 */
import {
  SYSTEM_EVENTS,
  SYSTEM_NAMESPACE,
  isScreenId,
  screenRoom,
  type ReloadRequested,
  type ScreenReloadResponse,
} from '@ioc/shared';
import type { IocServer } from '../live/live-hub.js';
import type { Logger } from '../logger.js';

export interface ConnectedScreen {
  screen: string | null;
  connectedAt: string;
  address: string;
}

export interface ScreenChannel {
  requestReload(screen: string | null): ScreenReloadResponse;
  connected(): ConnectedScreen[];
}

export function createScreenChannel(io: IocServer, logger: Logger, clock: () => Date): ScreenChannel {
  const nsp = io.of(SYSTEM_NAMESPACE);
  const screens = new Map<string, ConnectedScreen>();

  // Admission is the same as the metrics namespace's (live/socket-admission.ts), applied in app.ts.
  nsp.on('connection', (socket) => {
    const raw = (socket.handshake.auth as Record<string, unknown>)['screenId'];
    const screen = isScreenId(raw) ? raw : null;
    if (screen) void socket.join(screenRoom(screen));
    screens.set(socket.id, { screen, connectedAt: clock().toISOString(), address: socket.handshake.address });
    socket.on('disconnect', () => screens.delete(socket.id));
  });

  return {
    requestReload(screen) {
      const requestedAt = clock().toISOString();
      const message: ReloadRequested = { type: 'reload-requested', screen, requestedAt };
      const delivered = screen === null ? nsp.sockets.size : (nsp.adapter.rooms.get(screenRoom(screen))?.size ?? 0);
      if (screen === null) nsp.emit(SYSTEM_EVENTS.reloadRequested, message);
      else nsp.to(screenRoom(screen)).emit(SYSTEM_EVENTS.reloadRequested, message);
      logger.info({ screen, delivered }, 'screen reload requested');
      return { screen, delivered, requestedAt };
    },
    connected: () => [...screens.values()],
  };
}
