/**
 * PNGs of the desk screens at 1920×1080 for docs/screenshots: /ops (map and
 * ranking), a commune page (Chiềng Cơi compared with Tô Hiệu), /meeting,
 * /meeting in English, /ops/compliance and a report's filing page. Called by
 * screenshots.ts.
 */
import path from 'node:path';
import { testIds, toLocalIsoDate } from '@ioc/shared';
import { launchBrowser } from '../fixtures/browser.js';
import { deskContext, MeetingPage, OpsPage } from '../fixtures/desk-pages.js';
import type { IocServerProcess } from '../fixtures/ioc-server.js';

export async function shootDesk(server: IocServerProcess, outDir: string): Promise<void> {
  const baseUrl = server.url;
  const browser = await launchBrowser();
  try {
    const shots: { file: string; open: (ops: OpsPage, meeting: MeetingPage) => Promise<void> }[] = [
      {
        file: 'ops-1920x1080.png',
        open: async (ops) => {
          await ops.open(baseUrl, '/ops');
          await ops.waitForMap();
          await ops.rankingRows().first().waitFor();
        },
      },
      {
        file: 'ops-commune-1920x1080.png',
        open: async (ops) => {
          await ops.open(baseUrl, '/ops/commune/03670?compare=03646');
          await ops.waitForCharts();
          await ops.page.waitForFunction((id) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-count') !== '0', testIds.ops.hamlets);
        },
      },
      { file: 'meeting-1920x1080.png', open: (_ops, meeting) => meetingReady(meeting, baseUrl, '') },
      { file: 'meeting-en-1920x1080.png', open: (_ops, meeting) => meetingReady(meeting, baseUrl, '?lang=en') },
      {
        file: 'compliance-1920x1080.png',
        open: async (ops) => {
          await ops.page.goto(`${baseUrl}/ops/compliance`);
          await ops.byId(testIds.compliance.page).waitFor();
          await ops.byId(testIds.compliance.totals('agency')).waitFor();
        },
      },
      {
        // The demo commune report of this month, as the IOC operator reads it.
        file: 'reports-filing-1920x1080.png',
        open: async (ops) => {
          await ops.page.goto(`${baseUrl}/reports/CD-SKHCN-1/commune/03670/${toLocalIsoDate(new Date()).slice(0, 7)}`);
          await ops.byId(testIds.reports.filingStatus).waitFor();
        },
      },
    ];
    for (const shot of shots) {
      const context = await deskContext(browser, server);
      const page = await context.newPage();
      await shot.open(new OpsPage(page), new MeetingPage(page));
      await page.waitForTimeout(800);
      const file = path.join(outDir, shot.file);
      await page.screenshot({ path: file });
      console.log(file);
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

async function meetingReady(meeting: MeetingPage, baseUrl: string, query: string): Promise<void> {
  await meeting.open(baseUrl, query);
  await meeting.taskRows().first().waitFor();
  await meeting.page.waitForFunction(() => [...document.querySelectorAll('[data-testid^="meeting-kpi-"]')].some((e) => e.getAttribute('data-at-date') !== ''), undefined, { timeout: 60_000 });
}
