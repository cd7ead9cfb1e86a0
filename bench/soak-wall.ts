/**
 * `npm run soak`: the wall for a long time against a fast simulator, looking
 * for anything that grows without bound. Starts the real server (embedded
 * TimescaleDB, simulator ×600, tick 1 s, serving a frozen copy of client/dist
 * so a rebuild meanwhile does not reload the page), opens /wall in Chromium with
 * a playlist that rotates every scene fast and switches the map between the
 * schematic and the boundaries, and samples after a forced GC (CDP
 * HeapProfiler.collectGarbage), always a few seconds into the playlist's first
 * scene so that like is compared with like: JS heap, DOM nodes (attached and all live),
 * event listeners, pending timers, canvases, the server's RSS.
 *
 *   SOAK_MINUTES=60 (default)  SOAK_SAMPLE_MINUTES=5  SOAK_SCENE_SECONDS=10
 *
 * Prints a Markdown table and writes bench/results/soak-<time>.json.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser, wallContext } from '../e2e/fixtures/browser.js';
import { frozenClientDist } from '../e2e/fixtures/client-dist.js';
import { startIocServer } from '../e2e/fixtures/ioc-server.js';
import { REPO_ROOT, SHARED_BOUNDARIES, hasSharedBoundaries } from '../e2e/fixtures/paths.js';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 60);
const SAMPLE_MINUTES = Number(process.env.SOAK_SAMPLE_MINUTES ?? 5);
const SCENE_SECONDS = Number(process.env.SOAK_SCENE_SECONDS ?? 10);
const WARMUP_MS = 90_000;

/** Counts the page's pending timers and scene changes; installed before the app's own code runs. */
const INSTRUMENT = `(() => {
  const timeouts = new Set();
  const intervals = new Set();
  const st = window.setTimeout, ct = window.clearTimeout, si = window.setInterval, ci = window.clearInterval;
  window.setTimeout = function (fn, ms, ...a) { const id = st(function () { timeouts.delete(id); return typeof fn === 'function' ? fn.apply(this, arguments) : undefined; }, ms, ...a); timeouts.add(id); return id; };
  window.clearTimeout = function (id) { timeouts.delete(id); return ct(id); };
  window.setInterval = function (...a) { const id = si(...a); intervals.add(id); return id; };
  window.clearInterval = function (id) { intervals.delete(id); return ci(id); };
  const soak = { sceneChanges: 0, scenes: {}, timeouts: () => timeouts.size, intervals: () => intervals.size };
  window.__soak = soak;
  let last = null;
  new MutationObserver(() => {
    const el = document.querySelector('[data-testid="wall-scene"]');
    const scene = el && el.getAttribute('data-scene');
    if (scene && scene !== last) { last = scene; soak.sceneChanges++; soak.scenes[scene] = (soak.scenes[scene] || 0) + 1; }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-scene'], childList: true });
})();`;

interface Sample {
  minute: number;
  heapUsedMB: number;
  heapTotalMB: number;
  domNodesAttached: number;
  domNodesLive: number;
  listeners: number;
  timeouts: number;
  intervals: number;
  canvases: number;
  documents: number;
  sceneChanges: number;
  serverRssMB: number | null;
  scene: string;
}

function serverRssMB(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 102.4) / 10 : null;
  } catch {
    return null;
  }
}

/** Samples are taken in the same state each time: a few seconds into the playlist's first scene. */
async function atFirstScene(page: Page): Promise<void> {
  // Polled from here: the page's CSP forbids the eval behind a string waitForFunction.
  const deadline = Date.now() + 10 * 60_000;
  while ((await page.evaluate<string | null>(`document.querySelector('[data-testid="wall-scene"]')?.getAttribute('data-index') ?? null`)) !== '0') {
    if (Date.now() > deadline) throw new Error('the first scene never came back');
    await new Promise((r) => setTimeout(r, 500));
  }
  await new Promise((r) => setTimeout(r, Math.min(5_000, (SCENE_SECONDS * 1000) / 2)));
}

async function sample(page: Page, cdp: CDPSession, startedAt: number, pid: number): Promise<Sample> {
  await atFirstScene(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  // A string: bench/ compiles without the DOM library.
  const page_ = await page.evaluate<{ attached: number; canvases: number; timeouts: number; intervals: number; sceneChanges: number; scene: string }>(`({
    attached: document.getElementsByTagName('*').length,
    canvases: document.getElementsByTagName('canvas').length,
    timeouts: window.__soak.timeouts(),
    intervals: window.__soak.intervals(),
    sceneChanges: window.__soak.sceneChanges,
    scene: document.querySelector('[data-testid="wall-scene"]')?.getAttribute('data-scene') ?? '',
  })`);
  const mb = (b: number) => Math.round(b / 104_857.6) / 10;
  return {
    minute: Math.round((Date.now() - startedAt) / 6_000) / 10,
    heapUsedMB: mb(heap.usedSize),
    heapTotalMB: mb(heap.totalSize),
    domNodesAttached: page_.attached,
    domNodesLive: metric('Nodes'),
    listeners: metric('JSEventListeners'),
    timeouts: page_.timeouts,
    intervals: page_.intervals,
    canvases: page_.canvases,
    documents: metric('Documents'),
    sceneChanges: page_.sceneChanges,
    serverRssMB: serverRssMB(pid),
    scene: page_.scene,
  };
}

/** Least-squares slope of y over x. */
function slope(xs: number[], ys: number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

const frozenDist = frozenClientDist();

const boundaries = hasSharedBoundaries();
const env: Record<string, string> = { IOC_SIMULATOR_SPEED: '600', IOC_SIMULATOR_TICK_MS: '1000', IOC_CLIENT_DIST: frozenDist };
if (boundaries) env['IOC_BOUNDARIES'] = SHARED_BOUNDARIES;
const scenes = [
  `overview:${SCENE_SECONDS}:schematic`,
  `public-services:${SCENE_SECONDS}:boundaries`,
  `digitisation:${SCENE_SECONDS}:schematic`,
  `connectivity:${SCENE_SECONDS}:boundaries`,
  `budget:${SCENE_SECONDS}:schematic`,
  `tasks:${SCENE_SECONDS}`,
  `overview:${SCENE_SECONDS}:boundaries`,
].join(',');

console.log(`soak: ${MINUTES} min, sample every ${SAMPLE_MINUTES} min, scenes of ${SCENE_SECONDS} s, boundaries ${boundaries ? 'on' : 'off (no ../shared file)'}`);
const server = await startIocServer({ env });
const browser = await launchBrowser();
const context = await wallContext(browser, 1920, 1080, server);
await context.addInitScript({ content: INSTRUMENT });
const page = await context.newPage();
let navigations = -1; // the first load counts as 0
let consoleErrors = 0;
page.on('framenavigated', (f) => {
  if (f === page.mainFrame()) navigations++;
});
page.on('console', (m) => {
  if (m.type() === 'error') consoleErrors++;
});
page.on('pageerror', () => consoleErrors++);
const cdp = await context.newCDPSession(page);
await cdp.send('Performance.enable');
await page.goto(`${server.url}/wall?screen=soak&scenes=${scenes}`);

const samples: Sample[] = [];
const startedAt = Date.now();
let stopping = false;
process.on('SIGINT', () => (stopping = true));
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

try {
  await wait(WARMUP_MS);
  for (;;) {
    const s = await sample(page, cdp, startedAt, server.pid);
    samples.push(s);
    console.log(JSON.stringify(s));
    const elapsed = Date.now() - startedAt;
    if (stopping || elapsed >= MINUTES * 60_000) break;
    await wait(Math.min(SAMPLE_MINUTES * 60_000, MINUTES * 60_000 - elapsed));
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(frozenDist, { recursive: true, force: true });
}

const first = samples[0]!;
const last = samples[samples.length - 1]!;
const hours = samples.map((s) => s.minute / 60);
const result = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`,
  minutes: MINUTES,
  sceneSeconds: SCENE_SECONDS,
  boundaries,
  navigations,
  consoleErrors,
  heapSlopeMBPerHour: Math.round(slope(hours, samples.map((s) => s.heapUsedMB)) * 100) / 100,
  domSlopePerHour: Math.round(slope(hours, samples.map((s) => s.domNodesLive))),
  samples,
};
const resultsDir = path.join(REPO_ROOT, 'bench/results');
mkdirSync(resultsDir, { recursive: true });
const file = path.join(resultsDir, `soak-${result.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify(result, null, 2));

console.log(`\n${result.machine}; ${result.date}\n`);
console.log('| minute | JS heap used (MB) | DOM nodes attached / live | listeners | timeouts / intervals | canvases | scene changes | server RSS (MB) |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const s of samples) {
  console.log(
    `| ${s.minute} | ${s.heapUsedMB} | ${s.domNodesAttached} / ${s.domNodesLive} | ${s.listeners} | ${s.timeouts} / ${s.intervals} | ${s.canvases} | ${s.sceneChanges} | ${s.serverRssMB ?? '—'} |`,
  );
}
console.log(`\nheap ${first.heapUsedMB} → ${last.heapUsedMB} MB (slope ${result.heapSlopeMBPerHour} MB/h); live DOM nodes ${first.domNodesLive} → ${last.domNodesLive}; navigations ${navigations}; console errors ${consoleErrors}`);
console.log(`written to ${path.relative(REPO_ROOT, file)}`);
