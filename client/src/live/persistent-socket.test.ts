import { afterEach, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { createManualClock, setClock, type Cancel } from '../lib/clock.js';
import { AUTH_RETRY_MS, keepConnected, onSocketAuthRefused, RECONNECT_DELAY_MAX_MS, RECONNECT_DELAY_MS } from './persistent-socket.js';

/** A socket that Socket.IO has given up on (`active` false), counting reconnection attempts. */
class StoppedSocket {
  active = false;
  connects = 0;
  private handlers = new Map<string, ((arg: unknown) => void)[]>();
  on(event: string, handler: (arg: unknown) => void) {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
    return this;
  }
  emit(event: string, arg: unknown) {
    for (const h of this.handlers.get(event) ?? []) h(arg);
  }
  connect() {
    this.connects += 1;
    return this;
  }
}

describe('keepConnected', () => {
  let restore: Cancel = () => {};
  afterEach(() => restore());

  it('retries a refused socket with a doubling, capped delay, and once a minute after a refusal for credentials', () => {
    const manual = createManualClock();
    restore = setClock(manual);
    const socket = new StoppedSocket();
    const refusals: string[] = [];
    const off = onSocketAuthRefused((r) => refusals.push(r));
    keepConnected(socket as unknown as Socket);

    socket.emit('connect_error', new Error('xhr poll error'));
    manual.advance(RECONNECT_DELAY_MS - 1);
    expect(socket.connects).toBe(0);
    manual.advance(1);
    expect(socket.connects).toBe(1);
    for (let i = 0; i < 10; i++) socket.emit('connect_error', new Error('xhr poll error'));
    manual.advance(RECONNECT_DELAY_MAX_MS);
    expect(socket.connects).toBe(2); // each failure re-arms one timer, never more than the cap

    socket.emit('connect_error', new Error('unauthenticated: sign in, or pair this screen with a device token'));
    manual.advance(AUTH_RETRY_MS - 1);
    expect(socket.connects).toBe(2);
    manual.advance(1);
    expect(socket.connects).toBe(3);
    socket.emit('disconnect', 'io server disconnect');
    expect(refusals).toEqual(['refused', 'dropped']);
    off();
  });

  it('leaves a socket that Socket.IO is still reconnecting alone', () => {
    const manual = createManualClock();
    restore = setClock(manual);
    const socket = new StoppedSocket();
    socket.active = true;
    keepConnected(socket as unknown as Socket, { reportRefusals: false });
    socket.emit('disconnect', 'transport close');
    manual.advance(AUTH_RETRY_MS);
    expect(socket.connects).toBe(0);
  });
});
