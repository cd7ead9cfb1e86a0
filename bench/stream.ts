/**
 * Streaming benchmarks of issue 3, on one server process with the embedded
 * TimescaleDB (or DATABASE_URL), clients in a child process:
 * - ingest → client latency (HTTP POST sent → change received at each client)
 *   p50/p95/p99 with 1, 100 and 1.000 connected clients, one write every 100 ms;
 * - deliveries per second and server CPU per delivery, next to a bare
 *   Socket.IO broadcast of the same messages in the same run (the ratio);
 * - heap per connected client;
 * - rows per second through the HTTP API.
 * `npm run bench` runs it; BENCH_CLIENTS=1,100,1000 and BENCH_MESSAGES=200 tune it.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Server } from 'socket.io';
import { createApp } from '../server/src/app.js';
import { openDatabase } from '../server/src/db/database.js';
import { migrate } from '../server/src/db/migrate.js';
import { ApiKeyRepository } from '../server/src/ingest/api-keys.js';
import { createLogger } from '../server/src/logger.js';
import { loadReferenceData } from '../server/src/units/reference-loader.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const CLIENT_COUNTS = (process.env.BENCH_CLIENTS ?? '1,100,1000').split(',').map(Number);
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 200);
const LATENCY_MESSAGES = Number(process.env.BENCH_LATENCY_MESSAGES ?? 100);
const PACE_MS = Number(process.env.BENCH_PACE_MS ?? 100);
/** The broadcast comparison sends the recorded messages this many times, for a run long enough to time. */
const BROADCAST_REPEAT = Number(process.env.BENCH_BROADCAST_REPEAT ?? 5);
const logger = createLogger('silent');
const gc = (globalThis as { gc?: () => void }).gc;
const now = () => performance.timeOrigin + performance.now();

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

interface Worker {
  child: ChildProcess;
  request<T>(msg: object, reply: string): Promise<T>;
}

function startClients(): Worker {
  const child = fork(path.join(here, 'stream-clients.ts'), { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  return {
    child,
    request: (msg, reply) =>
      new Promise((resolve) => {
        const on = (m: { type: string }) => {
          if (m.type === reply) {
            child.off('message', on);
            resolve(m as never);
          }
        };
        child.on('message', on);
        child.send(msg);
      }),
  };
}

/** Polls the clients until `expected` deliveries have arrived (or two minutes pass); returns how many did. */
async function collect(worker: Worker, expected: number, since: number): Promise<number> {
  let got = 0;
  while (got < expected && now() - since < 120_000) {
    got += (await worker.request<{ deliveries: number }>({ type: 'report' }, 'report')).deliveries;
    if (got < expected) await new Promise((r) => setTimeout(r, 5));
  }
  return got;
}

function heapMb(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

const dir = mkdtempSync(path.join(tmpdir(), 'ioc-bench-stream-'));
const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: dir }, logger);
await migrate(db.pool);
await loadReferenceData(db.pool);
let marker = 0;
const { key } = await new ApiKeyRepository(db.pool).create({ agencyCode: 'VPUBND', label: 'bench' });
// Warm up the write and read paths (JIT, plans) before measuring.
const warmup = async (count: number) => {
  for (let i = 0; i < count; i++) {
    marker += 1;
    await post([{ indicator: 'SOHOA.TIEP_NHAN', unit: '14', period: new Date().toISOString(), numerator: 1, denominator: 1 }]);
  }
};
const app = createApp({ pool: db.pool, dbMode: db.mode, logger, ingestLimits: { jsonBytes: 10_000_000, fileBytes: 10_000_000, requestsPerMinute: 1_000_000 } });
await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
// The clients are walls paired with one device token (enough to measure; each real wall has its own).
const wallCookie = `ioc_device=${(await app.devices.create('bench walls', null)).token}`;
await app.live.idle();
await warmup(20);
await app.live.idle();

// A bare Socket.IO server in the same process, for the same messages.
const bareHttp = createServer();
const bare = new Server(bareHttp, { serveClient: false, perMessageDeflate: false });
await new Promise<void>((resolve) => bareHttp.listen(0, '127.0.0.1', resolve));
const bareUrl = `http://127.0.0.1:${(bareHttp.address() as AddressInfo).port}`;

async function post(observations: object[]): Promise<number> {
  const res = await fetch(`${url}/api/v1/observations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ observations }),
  });
  if (res.status !== 201) throw new Error(`ingest answered ${res.status}: ${await res.text()}`);
  return res.status;
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, database ${db.mode}, ${new Date().toISOString()}`);
console.log('| clients | latency p50 | p95 | p99 | deliveries/s end to end | hub broadcast | bare | hub / bare | CPU µs/delivery end to end | hub | bare | heap/client |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');

for (const clients of CLIENT_COUNTS) {
  const heapBefore = heapMb();
  const worker = startClients();
  await worker.request({ type: 'start', url, clients, mode: 'ioc', cookie: wallCookie }, 'ready');
  const heapPerClient = (heapMb() - heapBefore) / clients;

  // Latency: a dossier digitised now at the provincial agencies, one every
  // PACE_MS (a busy source system, not a saturating one); the province's
  // year-to-date numerator is the running count — the marker.
  const sentAt = new Map<number, number>();
  for (let i = 0; i < LATENCY_MESSAGES; i++) {
    marker += 1;
    sentAt.set(marker, now());
    await post([{ indicator: 'SOHOA.TIEP_NHAN', unit: '14', period: new Date().toISOString(), numerator: 1, denominator: 1 }]);
    await new Promise((r) => setTimeout(r, PACE_MS));
  }
  await app.live.idle();
  await new Promise((r) => setTimeout(r, 300));
  const paced = await worker.request<{ deliveries: number; arrivals: [number, number[]][] }>({ type: 'report' }, 'report');
  const latencies = paced.arrivals.flatMap(([m, times]) => times.map((t) => t - (sentAt.get(m) ?? t))).sort((a, b) => a - b);

  // Throughput: the same path back to back, counting deliveries and this process's CPU.
  const cpu0 = process.cpuUsage();
  const t0 = now();
  for (let i = 0; i < MESSAGES; i++) {
    marker += 1;
    await post([{ indicator: 'SOHOA.TIEP_NHAN', unit: '14', period: new Date().toISOString(), numerator: 1, denominator: 1 }]);
  }
  await app.live.idle();
  let ioc = await worker.request<{ deliveries: number }>({ type: 'report' }, 'report');
  let iocDeliveries = ioc.deliveries;
  // Wait for the last deliveries to land (the clients report what they received so far).
  for (let quiet = 0; quiet < 5 && now() - t0 < 120_000; ) {
    await new Promise((r) => setTimeout(r, 50));
    ioc = await worker.request<{ deliveries: number }>({ type: 'report' }, 'report');
    iocDeliveries += ioc.deliveries;
    quiet = ioc.deliveries === 0 ? quiet + 1 : 0;
  }
  const elapsedIoc = (now() - t0) / 1000;
  const cpuIoc = process.cpuUsage(cpu0);

  // The hub's broadcast alone: the recorded changes sent again through the very call the hub makes.
  const recorded = await db.pool.query<{ seq: string; prev_seq: string; committed_at: Date; changed_values: unknown[] }>(
    "SELECT seq, prev_seq, committed_at, changed_values FROM metric_change WHERE indicator_code = 'SOHOA.TIEP_NHAN' ORDER BY seq DESC LIMIT $1",
    [MESSAGES],
  );
  await worker.request({ type: 'report' }, 'report');
  const cpuH = process.cpuUsage();
  const tH = now();
  const replayed = recorded.rows.reverse();
  for (let k = 0; k < BROADCAST_REPEAT; k++) for (const r of replayed) {
    app.io
      .to('indicator:SOHOA.TIEP_NHAN')
      .except('slow')
      .emit('metrics:updated', { type: 'update', seq: Number(r.seq), prevSeq: Number(r.prev_seq), indicator: 'SOHOA.TIEP_NHAN', committedAt: r.committed_at.toISOString(), values: r.changed_values as never });
    await new Promise((r2) => setImmediate(r2));
  }
  const hubDeliveries = await collect(worker, replayed.length * BROADCAST_REPEAT * clients, tH);
  const elapsedHub = (now() - tH) / 1000;
  const cpuHub = process.cpuUsage(cpuH);
  worker.child.kill();

  // The same number of messages through a bare Socket.IO broadcast, as fast as it goes.
  const bareWorker = startClients();
  await bareWorker.request({ type: 'start', url: bareUrl, clients, mode: 'bare' }, 'ready');
  const payload = recorded.rows[0] ? { type: 'update', seq: 1, prevSeq: 0, indicator: 'SOHOA.TIEP_NHAN', committedAt: new Date().toISOString(), values: recorded.rows[0].changed_values } : {};
  const cpu1 = process.cpuUsage();
  const t1 = now();
  for (let i = 0; i < MESSAGES * BROADCAST_REPEAT; i++) {
    bare.emit('bench', { ...payload, marker: i });
    // Yield like the IOC path does between messages, so the socket writes happen in between.
    await new Promise((r) => setImmediate(r));
  }
  const received = await collect(bareWorker, MESSAGES * BROADCAST_REPEAT * clients, t1);
  const elapsedBare = (now() - t1) / 1000;
  const cpuBare = process.cpuUsage(cpu1);
  bareWorker.child.kill();

  const rateIoc = iocDeliveries / elapsedIoc;
  const rateBare = received / elapsedBare;
  const rateHub = hubDeliveries / elapsedHub;
  const cpuPerHub = (cpuHub.user + cpuHub.system) / Math.max(1, hubDeliveries);
  const cpuPerIoc = (cpuIoc.user + cpuIoc.system) / Math.max(1, iocDeliveries);
  const cpuPerBare = (cpuBare.user + cpuBare.system) / Math.max(1, received);
  console.log(
    `| ${clients} | ${percentile(latencies, 50).toFixed(1)} ms | ${percentile(latencies, 95).toFixed(1)} ms | ${percentile(latencies, 99).toFixed(1)} ms | ${rateIoc.toFixed(0)} | ${rateHub.toFixed(0)} | ${rateBare.toFixed(0)} | ${(rateHub / rateBare).toFixed(2)} | ${cpuPerIoc.toFixed(1)} | ${cpuPerHub.toFixed(1)} | ${cpuPerBare.toFixed(1)} | ${(heapPerClient / 1024).toFixed(1)} KB |`,
  );
  if (iocDeliveries !== MESSAGES * clients) console.log(`  (IOC delivered ${iocDeliveries} of ${MESSAGES * clients} in the throughput run: writes that arrive while a change is being recorded are coalesced into the next one — latest value wins)`);
}

// Rows per second through the HTTP API, batches of 5.000.
const units = (await db.pool.query<{ code: string }>("SELECT code FROM admin_unit WHERE level = 'commune'")).rows.map((r) => r.code);
const batches = Number(process.env.BENCH_INGEST_BATCHES ?? 10);
const tIngest = now();
let rows = 0;
for (let b = 0; b < batches; b++) {
  const observations = Array.from({ length: 5000 }, (_, i) => {
    // Instants of the last hour: today's data, as live source systems send it.
    const tenths = b * 5000 + i;
    return { indicator: 'SOHOA.KET_QUA', unit: units[i % units.length], period: new Date(Date.now() - 3_600_000 + tenths * 60).toISOString(), numerator: 9, denominator: 10 };
  });
  await post(observations);
  rows += observations.length;
}
const ingestSeconds = (now() - tIngest) / 1000;
console.log(`\nHTTP ingestion: ${rows} rows in ${batches} batches of 5000: ${(rows / ingestSeconds).toFixed(0)} rows/s (${db.mode} database)`);

bare.close();
await app.close();
await db.close();
rmSync(dir, { recursive: true, force: true });
process.exit(0);
