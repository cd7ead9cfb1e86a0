/**
 * The wall that runs for weeks: scenes rotating by a playlist, a reload command
 * reaching one screen and not another, staleness, every scene's layout, and the
 * server killed and restarted under an open wall. One server for the file; the
 * kill comes last.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FAMILY_HEADLINE,
  INDICATORS,
  METRIC_FAMILIES,
  WALL_SCENES,
  isStale,
  testIds,
  type IndicatorPeriod,
  type MetricFamily,
  type SnapshotResponse,
} from '@ioc/shared';
import { launchBrowser, wallContext } from '../fixtures/browser.js';
import { frozenClientDist } from '../fixtures/client-dist.js';
import { apiGet, startIocServer, type IocServerProcess } from '../fixtures/ioc-server.js';
import { ARTIFACTS_DIR, REPO_ROOT } from '../fixtures/paths.js';
import { WallPage } from '../fixtures/wall-page.js';

process.env.TZ = 'Asia/Ho_Chi_Minh';

const FAMILIES = Object.keys(METRIC_FAMILIES) as MetricFamily[];

async function snapshot(server: IocServerProcess): Promise<SnapshotResponse> {
  return apiGet<SnapshotResponse>(server, '/api/snapshot');
}

const provinceValue = (s: SnapshotResponse, indicator: string) => s.values.find((v) => v.indicator === indicator && v.unit === '14')!;

/** Counts main-frame navigations after the first load: a reload shows up here. */
function watchNavigations(page: Page): string[] {
  const seen: string[] = [];
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) seen.push(f.url());
  });
  return seen;
}

describe('the wall over weeks (/wall scenes, self-healing, staleness)', () => {
  let browser: Browser;
  let server: IocServerProcess;
  const contexts: BrowserContext[] = [];
  // Served from a private copy: the restart below must find the same build.
  const env = { IOC_CLIENT_DIST: frozenClientDist() };

  const openWall = async (query: string, size: [number, number] = [1920, 1080]): Promise<WallPage> => {
    const context = await wallContext(browser, ...size, server);
    contexts.push(context);
    const wall = new WallPage(await context.newPage());
    await wall.open(server.url, query);
    return wall;
  };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    server = await startIocServer({ env });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await server?.stop();
    rmSync(env.IOC_CLIENT_DIST, { recursive: true, force: true });
  });

  it('rotates through every scene of a short playlist, on boundaries of absolute time, without reloading', async () => {
    const seconds = 3;
    const playlist = WALL_SCENES.map((s) => `${s}:${seconds}`).join(',');
    const wall = await openWall(`?scenes=${playlist}`);
    const navigations = watchNavigations(wall.page);
    const seen: { scene: string; index: number; startedAt: number }[] = [];
    // A full turn and back to the first scene, observed as it happens.
    for (const scene of [...WALL_SCENES, WALL_SCENES[0]]) {
      await wall.waitForScene(scene, 3 * seconds * 1000 * WALL_SCENES.length);
      const now = await wall.scene();
      if (seen.at(-1)?.startedAt !== now.startedAt) seen.push(now);
    }
    const cycle = seconds * 1000 * WALL_SCENES.length;
    for (const s of seen) {
      // The scene is f(absolute time): its start sits on the playlist's grid.
      expect((s.startedAt % cycle) / 1000).toBe(s.index * seconds);
      expect(WALL_SCENES[s.index]).toBe(s.scene);
    }
    // Consecutive showings are exactly one duration apart (no drift between them).
    const steps = seen.slice(1).map((s, i) => s.startedAt - seen[i]!.startedAt);
    expect(steps.filter((d) => d === seconds * 1000).length).toBeGreaterThanOrEqual(steps.length - 1);
    expect(navigations).toEqual([]);
    // The header names the scene; the cursor stays hidden.
    expect(await wall.byTestId(testIds.wall.sceneProgress).getAttribute('data-scene')).toBe((await wall.scene()).scene);
    expect(await wall.page.evaluate(() => getComputedStyle(document.querySelector('.wall-viewport')!).cursor)).toBe('none');
  });

  it('plays a named profile from the server, with its map mode', async () => {
    const wall = await openWall('?profile=ha-tang');
    // ha-tang: connectivity 60 s, overview 30 s, boundaries wanted (this server has none: the schematic map is drawn).
    await expect.poll(async () => (await wall.scene()).mapMode, { timeout: 20_000 }).toBe('boundaries');
    expect(['connectivity', 'overview']).toContain((await wall.scene()).scene);
    expect(await wall.page.locator('.scene-mark').count()).toBe(2);
    expect(await wall.waitForCommunes(75)).toBe('schematic');
    await wall.page.context().close();
  });

  it('reloads one screen on the operator command, not another; then the other', async () => {
    const a = await openWall('?screen=e2e-a&scenes=tasks:600');
    const b = await openWall('?screen=e2e-b&scenes=tasks:600');
    expect(await a.screenId().textContent()).toContain('e2e-a');
    const mark = (w: WallPage) => w.page.evaluate(() => ((window as unknown as { __mark: number }).__mark = 1));
    const marked = (w: WallPage) => w.page.evaluate(() => (window as unknown as { __mark?: number }).__mark === 1);
    await Promise.all([mark(a), mark(b)]);
    const reload = (screen: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'server/src/screens/reload-cli.ts', '--screen', screen], {
        cwd: REPO_ROOT,
        env: { ...process.env, IOC_URL: server.url },
        encoding: 'utf8',
      });
    // The screens' system channel connects just after the page: wait until the server counts both.
    await expect
      .poll(async () => ((await (await fetch(`${server.url}/api/admin/screens`)).json()) as { screens: { screen: string }[] }).screens.map((s) => s.screen))
      .toEqual(expect.arrayContaining(['e2e-a', 'e2e-b']));

    const first = reload('e2e-a');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('1 connected screen');
    await expect.poll(() => marked(a).catch(() => false), { timeout: 20_000 }).toBe(false);
    await a.byTestId(testIds.wall.root).waitFor();
    expect(await marked(b)).toBe(true);

    // b was listening all along: its own command reaches it.
    expect(reload('e2e-b').status).toBe(0);
    await expect.poll(() => marked(b).catch(() => false), { timeout: 20_000 }).toBe(false);
    // Nobody by that name: a non-zero exit tells the operator.
    expect(reload('khong-co-man-hinh-nay').status).toBe(2);
  });

  it('keeps a generated screen id across reloads (localStorage)', async () => {
    const wall = await openWall('?scenes=tasks:600');
    const id = (await wall.screenId().textContent())?.replace(/^.*:\s*/, '') ?? '';
    expect(id).toMatch(/^wall-[0-9a-z]{6}$/);
    await wall.page.reload();
    await expect.poll(() => wall.screenId().textContent()).toContain(id);
  });

  it('greys out values with no new data within their period and says when they were last updated', async () => {
    // Fresh: the simulator writes real-time data every second.
    const fresh = await openWall('?scenes=overview:600');
    await expect.poll(() => fresh.tileRawValue('public_services'), { timeout: 30_000 }).not.toBeNull();
    expect(await fresh.tile('public_services').getAttribute('data-stale')).toBe('false');
    // Every tile agrees with the API's time of its data and the shared thresholds (away from the boundary).
    const api = await snapshot(server);
    const now = Date.now();
    for (const family of FAMILIES) {
      const indicator = INDICATORS.find((i) => i.code === FAMILY_HEADLINE[family])!;
      const value = provinceValue(api, indicator.code);
      const expected = isStale(indicator.period as IndicatorPeriod, value.asOf, now);
      if (isStale(indicator.period as IndicatorPeriod, value.asOf, now + 60_000) !== expected) continue;
      await expect.poll(() => fresh.tile(family).getAttribute('data-stale'), { timeout: 10_000 }).toBe(String(expected));
    }

    // The same wall two hours later (the page's clock moved on; timers keep running):
    // the real-time figures have had no data for two hours.
    const context = await wallContext(browser, 1920, 1080, server);
    contexts.push(context);
    const page = await context.newPage();
    await page.clock.setFixedTime(Date.now() + 2 * 3_600_000);
    const later = new WallPage(page);
    await later.open(server.url, '?scenes=overview:600');
    await expect.poll(() => later.tile('public_services').getAttribute('data-stale'), { timeout: 30_000 }).toBe('true');
    const text = (await later.tileAsOf('public_services').innerText()).replace(/\s+/g, ' ');
    expect(text).toMatch(/^Số liệu cũ — cập nhật lần cuối \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/);
    await later.page.screenshot({ path: path.join(ARTIFACTS_DIR, 'wall-stale-1920x1080.png') });
  });

  it('lays out every scene for 1920×1080 and the overview for 3840×2160 (screenshots in e2e/artifacts)', async () => {
    const shots: [string, [number, number]][] = [...WALL_SCENES.map((s): [string, [number, number]] => [s, [1920, 1080]]), ['overview', [3840, 2160]]];
    for (const [scene, size] of shots) {
      const wall = await openWall(`?scenes=${scene}:600&map=schematic&screen=e2e-shots`, size);
      await wall.waitForScene(scene);
      if (scene !== 'tasks' && scene !== 'compliance') await wall.waitForCommunes(75);
      await wall.page.waitForFunction(() => !document.body.innerText.includes('Đang tải'), undefined, { timeout: 30_000 });
      // Nothing may scroll on a wall.
      const overflow = await wall.page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]);
      expect(overflow).toEqual(size);
      await wall.page.screenshot({ path: path.join(ARTIFACTS_DIR, `wall-scene-${scene}-${size[0]}x${size[1]}.png`) });
      await wall.page.context().close();
    }
  });

  it('survives the server killed (SIGKILL) and restarted: shows it is disconnected, keeps its picture, recovers with current data', async () => {
    const wall = await openWall('?scenes=overview:600&screen=e2e-restart');
    await wall.waitForCommunes(75);
    await expect.poll(() => wall.tileRawValue('budget'), { timeout: 30_000 }).not.toBeNull();
    const navigations = watchNavigations(wall.page);
    const before = await wall.tileRawValue('public_services');

    await server.stop('SIGKILL');
    await expect.poll(() => wall.connection().getAttribute('data-state'), { timeout: 30_000 }).toBe('offline');
    expect((await wall.connection().innerText()).trim()).toContain('Mất kết nối — đang thử lại');
    // The last picture stays: values, map.
    expect(await wall.tileRawValue('public_services')).toBe(before);
    expect(await wall.map().getAttribute('data-commune-count')).toBe('75');

    server = await startIocServer({ port: server.port, dataDir: server.dataDir, env });
    await expect.poll(() => wall.connection().getAttribute('data-state'), { timeout: 60_000 }).toBe('online');
    // Current data, equal to the API's once the simulator's next tick has landed too.
    await expect
      .poll(
        async () => {
          const api = await snapshot(server);
          const budget = provinceValue(api, FAMILY_HEADLINE.budget).value!;
          const services = provinceValue(api, FAMILY_HEADLINE.public_services).value!;
          return Math.abs((await wall.tileRawValue('budget'))! - budget) < 1e-6 && Math.abs((await wall.tileRawValue('public_services'))! - services) < 0.05;
        },
        { timeout: 60_000, interval: 500 },
      )
      .toBe(true);
    // The control channel is back too: the restarted server knows this screen.
    await expect
      .poll(async () => ((await (await fetch(`${server.url}/api/admin/screens`)).json()) as { screens: { screen: string }[] }).screens.map((s) => s.screen), {
        timeout: 30_000,
      })
      .toContain('e2e-restart');
    expect(navigations).toEqual([]);
  });
});
