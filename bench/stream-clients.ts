/**
 * A child process of bench/stream.ts: opens N Socket.IO clients to a URL,
 * subscribes them, and records when each marker arrives at each client. The
 * clients run here, not in the measured server process, so their CPU is not
 * counted as the server's. Talks to its parent over IPC.
 */
import { io, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION, type MetricsUpdate } from '@ioc/shared';

type Mode = 'ioc' | 'bare';
interface Start {
  url: string;
  clients: number;
  mode: Mode;
  /** The Cookie header of a paired wall device (the IOC server admits only credentialed sockets). */
  cookie?: string;
}

const now = () => performance.timeOrigin + performance.now();
const arrivals = new Map<number, number[]>();
let deliveries = 0;
const sockets: Socket[] = [];

function record(marker: number): void {
  deliveries += 1;
  const list = arrivals.get(marker) ?? [];
  list.push(now());
  arrivals.set(marker, list);
}

async function start({ url, clients, mode, cookie }: Start): Promise<void> {
  let ready = 0;
  await new Promise<void>((resolve) => {
    for (let i = 0; i < clients; i++) {
      const socket = io(url, { auth: { protocolVersion: PROTOCOL_VERSION }, transports: ['websocket'], forceNew: true, reconnection: false, ...(cookie ? { extraHeaders: { cookie } } : {}) });
      sockets.push(socket);
      const done = () => (++ready === clients ? resolve() : undefined);
      if (mode === 'ioc') {
        socket.on('connect', () => socket.emit('metrics:subscribe', { indicators: ['SOHOA.TIEP_NHAN'] }, () => undefined));
        socket.once('metrics:snapshot', done);
        socket.on('metrics:updated', (change: MetricsUpdate) => {
          const province = change.values.find((v) => v.unit === '14');
          if (province) record(province.numerator);
        });
      } else {
        socket.on('connect', done);
        socket.on('bench' as never, ((m: { marker: number }) => record(m.marker)) as never);
      }
    }
  });
  process.send!({ type: 'ready' });
}

process.on('message', (msg: { type: string } & Partial<Start>) => {
  if (msg.type === 'start') void start(msg as Start);
  if (msg.type === 'report') {
    process.send!({ type: 'report', deliveries, arrivals: [...arrivals] });
    arrivals.clear();
    deliveries = 0;
  }
  if (msg.type === 'stop') {
    for (const s of sockets) s.disconnect();
    process.exit(0);
  }
});
