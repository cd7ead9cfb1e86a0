/**
 * The steering-meeting screen (/meeting) in Chromium against the real server:
 * the tasks of Kế hoạch 07/KH-BCĐ as seed 001 counts them, the change of each
 * key indicator since a chosen meeting date (equal to the series API), the
 * report figures with their source, the English switch, and an XLSX export.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localMidnight, testIds, type SeriesResponse } from '@ioc/shared';
import { launchBrowser } from '../fixtures/browser.js';
import { deskContext, MeetingPage } from '../fixtures/desk-pages.js';
import { apiGet, startIocServer, type IocServerProcess } from '../fixtures/ioc-server.js';
import { ARTIFACTS_DIR } from '../fixtures/paths.js';
import { xlsxContent } from '../fixtures/zip-reader.js';

process.env.TZ = 'Asia/Ho_Chi_Minh';

/** expect.poll with room for a loaded machine (its default is one second). */
const poll = <T>(fn: () => T | Promise<T>, options: { timeout?: number; interval?: number } = {}) => expect.poll(fn, { timeout: 20_000, ...options });

describe('the steering-meeting screen (/meeting)', () => {
  let browser: Browser;
  let server: IocServerProcess;

  const openMeeting = async (query = '') => {
    const context = await deskContext(browser, server);
    const meeting = new MeetingPage(await context.newPage());
    await meeting.open(server.url, query);
    return { meeting, context };
  };

  /** The province's year-to-date online-submission rate at the end of a local day, from the API. */
  const ytdOn = async (day: string): Promise<number | null> => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    const q = new URLSearchParams({ indicator: 'DVC.NOP_TRUC_TUYEN', unit: '14', from: localMidnight(y, m, d).toISOString(), to: localMidnight(y, m, d + 1).toISOString(), bucket: 'day' });
    const r = await apiGet<SeriesResponse>(server, `/api/series?${q.toString()}`);
    return r.points.at(-1)?.cumulativeValue ?? null;
  };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    server = await startIocServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the tasks of Kế hoạch 07/KH-BCĐ as seed 001 counts them: 14/14, 15/19 (+4), 3/6 (+3)', async () => {
    const { meeting, context } = await openMeeting();
    const expected = { urgent: [14, 14, 0], breakthrough: [19, 15, 4], additional: [6, 3, 3] } as const;
    for (const [group, [total, done, inProgress]] of Object.entries(expected)) {
      const card = meeting.taskGroup(group);
      await poll(() => card.getAttribute('data-total'), { timeout: 30_000 }).toBe(String(total));
      expect(await card.getAttribute('data-done')).toBe(String(done));
      expect(await card.getAttribute('data-in-progress')).toBe(String(inProgress));
      expect(await card.innerText()).toContain(`${done}/${total} hoàn thành`);
    }
    // The unfinished tasks by default, every task on request; each cites its annex row.
    await poll(() => meeting.taskRows().count()).toBe(7);
    expect(await meeting.byId(testIds.meeting.taskRow('B04')).innerText()).toContain('001_efedd52ede19b928.txt, Phụ lục II, TT 4');
    await meeting.byId(testIds.meeting.tasksToggle).click();
    await poll(() => meeting.taskRows().count()).toBe(39);
    await context.close();
  });

  it('shows each indicator against its target and its change since the meeting of 06/5/2026, then since another date', async () => {
    const { meeting, context } = await openMeeting();
    await meeting.page.waitForFunction(() => [...document.querySelectorAll('[data-testid^="meeting-kpi-"]')].some((e) => e.getAttribute('data-value')), undefined, { timeout: 60_000 });
    await meeting.page.waitForTimeout(300);
    await meeting.page.screenshot({ path: path.join(ARTIFACTS_DIR, 'meeting-1920x1080.png') });
    const kpi = meeting.kpi('DVC.NOP_TRUC_TUYEN');
    await poll(() => kpi.getAttribute('data-at-date'), { timeout: 30_000 }).not.toBe('');
    expect(Number(await kpi.getAttribute('data-at-date'))).toBeCloseTo((await ytdOn('2026-05-06'))!, 6);
    const now = Number(await kpi.getAttribute('data-value'));
    const change = Number(await kpi.getAttribute('data-change'));
    expect(change).toBeCloseTo(now - Number(await kpi.getAttribute('data-at-date')), 6);
    expect(await kpi.innerText()).toContain('06/05/2026');

    await meeting.byId(testIds.meeting.since).fill('2026-02-02');
    await poll(() => meeting.page.url()).toContain('since=2026-02-02');
    await poll(async () => Number(await kpi.getAttribute('data-at-date'))).toBeCloseTo((await ytdOn('2026-02-02'))!, 6);
    await context.close();
  });

  it('shows the figures of the province reports as real figures with their source', async () => {
    const { meeting, context } = await openMeeting();
    const teams = meeting.byId(testIds.meeting.figure('community-digital-teams'));
    const text = await teams.innerText();
    expect(text).toContain('2.233');
    expect(text).toContain('13.574');
    expect(text).toContain('001_efedd52ede19b928.txt');
    expect((await meeting.byId(testIds.meeting.figure('vneid-target')).innerText()).replace(/\s/g, ' ')).toContain('≥ 65 %');
    expect(await meeting.byId(testIds.meeting.figures).innerText()).toContain('Số liệu thật');
    await context.close();
  });

  it('speaks English on request', async () => {
    const { meeting, context } = await openMeeting('?lang=en');
    await poll(() => meeting.taskGroup('urgent').innerText(), { timeout: 30_000 }).toContain('14/14 done');
    expect(await meeting.page.locator('h1').innerText()).toBe('Steering Committee 1287 meeting');
    expect(await meeting.byId(testIds.meeting.figure('community-digital-teams')).innerText()).toContain('2,233');
    await context.close();
  });

  it('exports the data behind the screen to XLSX with the source and the extraction time', async () => {
    const { meeting, context } = await openMeeting();
    await poll(() => meeting.taskRows().count(), { timeout: 30_000 }).toBe(7);
    await poll(() => meeting.kpi('DVC.NOP_TRUC_TUYEN').getAttribute('data-at-date'), { timeout: 30_000 }).not.toBe('');
    const xlsx = await meeting.export('xlsx');
    expect(xlsx.filename).toMatch(/^ioc-sonla_hoi-nghi-ban-chi-dao-1287_mo-phong_trich-xuat-\d{4}-\d{2}-\d{2}_\d{4}\.xlsx$/);
    const book = xlsxContent(xlsx.body);
    expect(book.sheets).toContain('Tiến độ nhiệm vụ Kế hoạch 07 KH');
    expect(book.strings).toContain('Thời điểm trích xuất');
    expect(book.strings).toContain('001_efedd52ede19b928.txt, Phụ lục II, TT 16');
    await context.close();
  });
});
