/**
 * The video wall in Debian's Chromium against the real server with the
 * embedded TimescaleDB and the simulator: communes drawn, tiles equal to the
 * API, values changing live, the simulated badge, and both wall sizes.
 * The same data directory is then reopened with a boundary file, which also
 * shows that a restart keeps the data.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAMILY_HEADLINE, formatPercent, type SnapshotResponse } from '@ioc/shared';
import { launchBrowser, wallContext } from '../fixtures/browser.js';
import { apiGet, startIocServer, type IocServerProcess } from '../fixtures/ioc-server.js';
import { ARTIFACTS_DIR, SHARED_BOUNDARIES, hasSharedBoundaries } from '../fixtures/paths.js';
import { WallPage } from '../fixtures/wall-page.js';

process.env.TZ = 'Asia/Ho_Chi_Minh';

/** The overview scene alone, for as long as a test needs it (the default playlist rotates). */
const OVERVIEW = '?scenes=overview:3600';

async function snapshot(server: IocServerProcess): Promise<SnapshotResponse> {
  return apiGet<SnapshotResponse>(server, '/api/snapshot');
}

describe('the wall (/wall)', () => {
  let browser: Browser;
  let server: IocServerProcess;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    server = await startIocServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('draws the 75 communes as the schematic map when no boundary file is given', async () => {
    const context = await wallContext(browser, 1920, 1080, server);
    const wall = new WallPage(await context.newPage());
    await wall.open(server.url, OVERVIEW);
    expect(await wall.waitForCommunes(75)).toBe('schematic');
    expect(await wall.communeLabels().count()).toBe(75);
    await expect.poll(() => wall.page.getByText('Chiềng Cơi').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('shows each family tile with the province value the API serves, and the simulated badge', async () => {
    const context = await wallContext(browser, 1920, 1080, server);
    const wall = new WallPage(await context.newPage());
    await wall.open(server.url, OVERVIEW);
    await wall.waitForCommunes(75);
    await expect.poll(() => wall.simulatedBadge().isVisible()).toBe(true);
    expect(await wall.simulatedBadge().textContent()).toContain('Dữ liệu mô phỏng');
    // Budget and archive figures move slowly: compare them exactly with the API.
    for (const family of ['budget', 'connectivity'] as const) {
      await expect.poll(() => wall.tileRawValue(family), { timeout: 30_000 }).not.toBeNull();
      const api = (await snapshot(server)).values.find((v) => v.indicator === FAMILY_HEADLINE[family] && v.unit === '14');
      const shown = await wall.tileRawValue(family);
      expect(shown).toBeCloseTo(api!.value!, 6);
      const spaces = (t: string) => t.replace(/\s/g, ' ');
      expect(spaces(await wall.tileValue(family).innerText())).toContain(spaces(formatPercent(api!.value)));
    }
    await context.close();
  });

  it('changes a value live, without reloading, to what the API says', async () => {
    const context = await wallContext(browser, 1920, 1080, server);
    const wall = new WallPage(await context.newPage());
    await wall.open(server.url, OVERVIEW);
    await wall.waitForCommunes(75);
    const family = 'public_services';
    await expect.poll(() => wall.tileRawValue(family), { timeout: 30_000 }).not.toBeNull();
    const before = await wall.tileRawValue(family);
    const navigations: string[] = [];
    wall.page.on('framenavigated', (f) => navigations.push(f.url()));
    await expect.poll(() => wall.tileRawValue(family), { timeout: 60_000, interval: 500 }).not.toBe(before);
    expect(navigations).toEqual([]);
    // Once the simulator's next tick has landed too, the wall and the API agree.
    await expect
      .poll(async () => {
        const api = (await snapshot(server)).values.find((v) => v.indicator === FAMILY_HEADLINE[family] && v.unit === '14');
        return Math.abs((await wall.tileRawValue(family))! - api!.value!) < 0.05;
      }, { timeout: 30_000 })
      .toBe(true);
    expect(await wall.connection().getAttribute('data-state')).toBe('online');
    await context.close();
  });

  it('lays out for 1920×1080 and 3840×2160 (screenshots in e2e/artifacts)', async () => {
    for (const [width, height] of [
      [1920, 1080],
      [3840, 2160],
    ] as const) {
      const context = await wallContext(browser, width, height, server);
      const wall = new WallPage(await context.newPage());
      await wall.open(server.url, OVERVIEW);
      await wall.waitForCommunes(75);
      await expect.poll(() => wall.tileRawValue('digitisation'), { timeout: 30_000 }).not.toBeNull();
      // Nothing may scroll on a wall.
      const overflow = await wall.page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]);
      expect(overflow).toEqual([width, height]);
      await wall.page.screenshot({ path: path.join(ARTIFACTS_DIR, `wall-schematic-${width}x${height}.png`) });
      await context.close();
    }
  });

  it.runIf(hasSharedBoundaries())('after a restart with IOC_BOUNDARIES, keeps the data and draws the real boundaries', async () => {
    const before = await snapshot(server);
    await server.stop();
    server = await startIocServer({ dataDir: server.dataDir, env: { IOC_BOUNDARIES: SHARED_BOUNDARIES } });
    const after = await snapshot(server);
    // The restart kept the history: the budget figure (weekly stock) is unchanged or moved on, never reset.
    const budget = (s: SnapshotResponse) => s.values.find((v) => v.indicator === 'NGANSACH.GIAI_NGAN_KHCN' && v.unit === '14')!;
    expect(budget(after).denominator).toBe(budget(before).denominator);
    const dossiers = (s: SnapshotResponse) => s.values.find((v) => v.indicator === 'DVC.NOP_TRUC_TUYEN' && v.unit === '14')!;
    expect(dossiers(after).denominator).toBeGreaterThanOrEqual(dossiers(before).denominator);

    const context = await wallContext(browser, 1920, 1080, server);
    const wall = new WallPage(await context.newPage());
    await wall.open(server.url, OVERVIEW);
    expect(await wall.waitForCommunes(75)).toBe('boundaries');
    await expect.poll(() => wall.tileRawValue('public_services'), { timeout: 30_000 }).not.toBeNull();
    await wall.page.screenshot({ path: path.join(ARTIFACTS_DIR, 'wall-boundaries-1920x1080.png') });
    await context.close();
    const big = await wallContext(browser, 3840, 2160, server);
    const bigWall = new WallPage(await big.newPage());
    await bigWall.open(server.url, OVERVIEW);
    await bigWall.waitForCommunes(75);
    await expect.poll(() => bigWall.tileRawValue('public_services'), { timeout: 30_000 }).not.toBeNull();
    await bigWall.page.screenshot({ path: path.join(ARTIFACTS_DIR, 'wall-boundaries-3840x2160.png') });
    await big.close();
  });

  it.runIf(hasSharedBoundaries())('names the small wards in the numbered list on the boundary map, and draws the schematic map when asked', async () => {
    const context = await wallContext(browser, 1920, 1080, server);
    const wall = new WallPage(await context.newPage());
    await wall.open(server.url, OVERVIEW);
    expect(await wall.waitForCommunes(75)).toBe('boundaries');
    const callout = wall.page.locator('.map-callout');
    await expect.poll(() => callout.isVisible()).toBe(true);
    // Tô Hiệu (12 km²), Chiềng Sinh, Mộc Sơn, Thảo Nguyên, Vân Sơn: numbered on the map, named with their value in the list.
    for (const [code, name] of [['03646', 'Tô Hiệu'], ['03679', 'Chiềng Sinh'], ['03979', 'Mộc Sơn'], ['03982', 'Thảo Nguyên'], ['04033', 'Vân Sơn']]) {
      await expect.poll(() => wall.page.locator(`[data-testid="wall-map-commune-${code}"]`).getAttribute('data-fit')).toBe('callout');
      expect(await callout.innerText()).toContain(name);
    }
    await context.close();

    const schematic = await wallContext(browser, 1920, 1080, server);
    const switched = new WallPage(await schematic.newPage());
    await switched.open(server.url, `${OVERVIEW}&map=schematic`);
    expect(await switched.waitForCommunes(75)).toBe('schematic');
    await schematic.close();
  });
});
