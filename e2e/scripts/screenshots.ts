/**
 * `npm run screenshots`: PNGs of /wall at 1920×1080 and 3840×2160 into
 * docs/screenshots/. Uses the server at IOC_URL if given; otherwise starts one
 * (schematic map, plus boundaries when ../shared/data has the file).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, wallContext } from '../fixtures/browser.js';
import { startIocServer, type IocServerProcess } from '../fixtures/ioc-server.js';
import { REPO_ROOT, SHARED_BOUNDARIES, hasSharedBoundaries } from '../fixtures/paths.js';
import { WallPage } from '../fixtures/wall-page.js';

const OUT = path.join(REPO_ROOT, 'docs/screenshots');
const SIZES = [
  [1920, 1080],
  [3840, 2160],
] as const;

async function shoot(baseUrl: string, label: string): Promise<void> {
  const browser = await launchBrowser();
  try {
    for (const [width, height] of SIZES) {
      const context = await wallContext(browser, width, height);
      const wall = new WallPage(await context.newPage());
      await wall.open(baseUrl);
      await wall.waitForCommunes(75);
      await wall.page.waitForFunction(() => [...document.querySelectorAll('[data-testid^="wall-tile-value-"]')].every((e) => e.getAttribute('data-value')));
      // Let the sparklines finish their entry animation.
      await wall.page.waitForTimeout(1500);
      const file = path.join(OUT, `wall-${label}-${width}x${height}.png`);
      await wall.page.screenshot({ path: file });
      console.log(file);
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

mkdirSync(OUT, { recursive: true });
if (process.env.IOC_URL) {
  await shoot(process.env.IOC_URL, process.env.IOC_LABEL ?? 'current');
} else {
  let server: IocServerProcess = await startIocServer({ env: { IOC_SIMULATOR_SPEED: '1' } });
  try {
    await shoot(server.url, 'schematic');
    if (hasSharedBoundaries()) {
      await server.stop();
      server = await startIocServer({ dataDir: server.dataDir, env: { IOC_SIMULATOR_SPEED: '1', IOC_BOUNDARIES: SHARED_BOUNDARIES } });
      await shoot(server.url, 'boundaries');
    }
  } finally {
    await server.stop();
  }
}
