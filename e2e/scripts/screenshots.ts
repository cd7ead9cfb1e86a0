/**
 * `npm run screenshots`: PNGs of every scene of /wall at 1920×1080 (and the
 * overview at 3840×2160) into docs/screenshots/. Uses the server at IOC_URL if given; otherwise starts one
 * (schematic map, plus boundaries when ../shared/data has the file).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, wallContext } from '../fixtures/browser.js';
import { startIocServer, type IocServerProcess } from '../fixtures/ioc-server.js';
import { REPO_ROOT, SHARED_BOUNDARIES, hasSharedBoundaries } from '../fixtures/paths.js';
import { WallPage } from '../fixtures/wall-page.js';
import { shootDesk } from './desk-screenshots.js';
import { WALL_SCENES, type WallSceneId } from '@ioc/shared';

const OUT = path.join(REPO_ROOT, 'docs/screenshots');
/** Every scene at 1920×1080, the overview also at 3840×2160. */
const SHOTS: { scene: WallSceneId; width: number; height: number }[] = [
  ...WALL_SCENES.map((scene) => ({ scene, width: 1920, height: 1080 })),
  { scene: 'overview', width: 3840, height: 2160 },
];

/** The overview keeps the names the README links (wall-LABEL-WxH.png); other scenes add theirs. */
function fileName(label: string, scene: WallSceneId, width: number, height: number): string {
  return scene === 'overview' ? `wall-${label}-${width}x${height}.png` : `wall-${label}-${scene}-${width}x${height}.png`;
}

async function shoot(server: IocServerProcess, label: string): Promise<void> {
  const baseUrl = server.url;
  const browser = await launchBrowser();
  const map = label === 'schematic' || label === 'boundaries' ? `&map=${label}` : '';
  try {
    for (const { scene, width, height } of SHOTS) {
      const context = await wallContext(browser, width, height, server);
      const wall = new WallPage(await context.newPage());
      await wall.open(baseUrl, `?scenes=${scene}:3600${map}&screen=screenshots`);
      await wall.waitForScene(scene);
      if (scene !== 'tasks' && scene !== 'compliance') await wall.waitForCommunes(75);
      if (scene === 'overview') {
        await wall.page.waitForFunction(() => [...document.querySelectorAll('[data-testid^="wall-tile-value-"]')].every((e) => e.getAttribute('data-value')));
      }
      await wall.page.waitForFunction(() => !document.body.innerText.includes('Đang tải'), undefined, { timeout: 60_000 });
      // Let the charts finish their entry animation.
      await wall.page.waitForTimeout(1500);
      const file = path.join(OUT, fileName(label, scene, width, height));
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
  // A running server: its demo password and wall token (IOC_DATA_DIR/demo-accounts.txt) come from the environment.
  const running = { url: process.env.IOC_URL, demo: { password: process.env.IOC_DEMO_PASSWORD ?? '', wallToken: process.env.IOC_WALL_TOKEN ?? '' } } as IocServerProcess;
  await shoot(running, process.env.IOC_LABEL ?? 'current');
  await shootDesk(running, OUT);
} else {
  let server: IocServerProcess = await startIocServer({ env: { IOC_SIMULATOR_SPEED: '1' } });
  try {
    await shoot(server, 'schematic');
    await shootDesk(server, OUT);
    if (hasSharedBoundaries()) {
      await server.stop();
      server = await startIocServer({ dataDir: server.dataDir, env: { IOC_SIMULATOR_SPEED: '1', IOC_BOUNDARIES: SHARED_BOUNDARIES } });
      await shoot(server, 'boundaries');
    }
  } finally {
    await server.stop();
  }
}
