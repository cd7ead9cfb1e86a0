/**
 * The operator's drill-down (/ops) in Chromium against the real server: search
 * without diacritics, a commune's page (charts against the province and the
 * target, hamlets, digitisation), ranking rows and map clicks, comparison, the
 * time range, the whole flow by keyboard only, the English switch, and the
 * exports (CSV and XLSX read back; PNG and PDF produced).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testIds } from '@ioc/shared';
import { launchBrowser } from '../fixtures/browser.js';
import { deskContext, OpsPage } from '../fixtures/desk-pages.js';
import { startIocServer, type IocServerProcess } from '../fixtures/ioc-server.js';
import { ARTIFACTS_DIR } from '../fixtures/paths.js';
import { xlsxContent } from '../fixtures/zip-reader.js';

process.env.TZ = 'Asia/Ho_Chi_Minh';

/** expect.poll with room for a loaded machine (its default is one second). */
const poll = <T>(fn: () => T | Promise<T>, options: { timeout?: number; interval?: number } = {}) => expect.poll(fn, { timeout: 20_000, ...options });

const CHIENG_COI = '03670';
const TO_HIEU = '03646';

describe('the operator drill-down (/ops)', () => {
  let browser: Browser;
  let server: IocServerProcess;

  const openOps = async (path = '/ops') => {
    const context = await deskContext(browser, server);
    const ops = new OpsPage(await context.newPage());
    await ops.open(server.url, path);
    return { ops, context };
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

  it('finds Chiềng Cơi from "chieng coi" and opens its page: charts against the province and the target, hamlets, digitisation', async () => {
    const { ops, context } = await openOps();
    await ops.waitForMap();
    await ops.search().fill('chieng coi');
    const option = ops.byId(testIds.ops.searchOption(CHIENG_COI));
    await option.waitFor();
    expect(await option.innerText()).toContain('Chiềng Cơi');
    await option.click();
    await poll(() => ops.page.url()).toContain(`/ops/commune/${CHIENG_COI}`);
    expect(await ops.communeName().innerText()).toBe('Phường Chiềng Cơi');
    await ops.waitForCharts();
    expect(await ops.chart('DVC.NOP_TRUC_TUYEN').getAttribute('data-series')).toBe('Chiềng Cơi|Toàn tỉnh');
    // Seed 003 sets 60 % for communes: the target line of the digitisation chart.
    expect(await ops.chart('SOHOA.TIEP_NHAN').getAttribute('data-target')).toBe('60');
    await poll(() => ops.hamlets().getAttribute('data-count'), { timeout: 30_000 }).not.toBe('0');
    const hamletText = await ops.hamlets().innerText();
    expect(hamletText).toContain('Sóng 4G');
    expect(hamletText).toContain('Băng rộng cố định');
    const digitisation = ops.byId(testIds.ops.digitisation).locator('[data-indicator="SOHOA.TIEP_NHAN"]');
    await poll(() => digitisation.getAttribute('data-denominator')).not.toBe('');
    await ops.page.screenshot({ path: path.join(ARTIFACTS_DIR, 'ops-commune-1920x1080.png') });
    await context.close();
  });

  it('opens a commune from a ranking row and from the map, and goes back', async () => {
    const { ops, context } = await openOps();
    await ops.waitForMap();
    await poll(() => ops.rankingRows().count(), { timeout: 30_000 }).toBeGreaterThan(10);
    await ops.page.screenshot({ path: path.join(ARTIFACTS_DIR, 'ops-1920x1080.png') });
    const first = ops.rankingRows().first();
    const code = (await first.getAttribute('data-testid'))!.replace('desk-ranking-row-', '');
    await first.locator('td').first().click();
    await poll(() => ops.communeName().getAttribute('data-code')).toBe(code);
    await ops.byId(testIds.ops.back).click();
    await ops.waitForMap();
    // The map: a click on Tô Hiệu's cell (its label is drawn at its centre).
    const label = ops.byId(testIds.ops.map).locator(`[data-code="${TO_HIEU}"]`);
    const box = (await label.boundingBox())!;
    await ops.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await poll(() => ops.communeName().getAttribute('data-code')).toBe(TO_HIEU);
    await context.close();
  });

  it('compares two communes and changes the time range', async () => {
    const { ops, context } = await openOps(`/ops/commune/${CHIENG_COI}`);
    await ops.waitForCharts();
    await ops.byId(testIds.ops.compare).selectOption(TO_HIEU);
    await poll(() => ops.chart('DVC.NOP_TRUC_TUYEN').getAttribute('data-series')).toBe('Chiềng Cơi|Tô Hiệu|Toàn tỉnh');
    expect(ops.page.url()).toContain(`compare=${TO_HIEU}`);
    await ops.waitForCharts();
    await ops.byId(testIds.ops.rangePreset).selectOption('30d');
    const shown = ops.byId(testIds.ops.rangeShown);
    const to = await shown.getAttribute('data-to');
    const expectedFrom = new Date(Date.parse(`${to}T00:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10);
    await poll(() => shown.getAttribute('data-from')).toBe(expectedFrom);
    await ops.waitForCharts();
    expect(Number(await ops.chart('DVC.NOP_TRUC_TUYEN').getAttribute('data-points'))).toBe(30);
    await context.close();
  });

  it('works by keyboard alone: search, choose, open, change the range, go back, open a ranking row', async () => {
    const { ops, context } = await openOps();
    await ops.waitForMap();
    await ops.tabTo(testIds.ops.search);
    await ops.page.keyboard.type('chieng coi');
    await ops.byId(testIds.ops.searchOption(CHIENG_COI)).waitFor();
    await ops.page.keyboard.press('Escape');
    await poll(() => ops.search().getAttribute('aria-expanded')).toBe('false');
    await ops.page.keyboard.press('ArrowDown');
    await poll(() => ops.search().getAttribute('aria-activedescendant')).toContain(CHIENG_COI);
    await ops.page.keyboard.press('Enter');
    await poll(() => ops.communeName().getAttribute('data-code')).toBe(CHIENG_COI);
    await ops.tabTo(testIds.ops.rangePreset);
    await ops.page.keyboard.press('ArrowDown'); // 90 days → year to date
    await poll(() => ops.page.url()).toContain('range=ytd');
    await ops.tabTo(testIds.ops.back, { backwards: true });
    await ops.page.keyboard.press('Enter');
    await ops.waitForMap();
    // Space on a ranking row's link opens it too.
    const code = await ops.tabToRankingRow();
    await ops.page.keyboard.press('Space');
    await poll(() => ops.communeName().getAttribute('data-code')).toBe(code);
    // The range chosen before is kept in the links.
    expect(ops.page.url()).toContain('range=ytd');
    await context.close();
  });

  it('switches to English and back, remembering the choice', async () => {
    const { ops, context } = await openOps('/ops?lang=en');
    await poll(() => ops.page.locator('h1').innerText()).toBe('Operations drill-down by commune');
    expect(await ops.lang('en').getAttribute('aria-pressed')).toBe('true');
    expect(await ops.page.locator('html').getAttribute('lang')).toBe('en');
    await ops.lang('vi').click();
    await poll(() => ops.page.locator('h1').innerText()).toBe('Điều hành chi tiết theo xã, phường');
    expect(ops.page.url()).toContain('lang=vi');
    await ops.lang('en').click();
    await ops.page.goto(`${server.url}/meeting`);
    await poll(() => ops.page.locator('h1').innerText()).toBe('Steering Committee 1287 meeting');
    await context.close();
  });

  it('exports the commune page: CSV and XLSX with the source and extraction time, PNG and PDF pictures', async () => {
    const { ops, context } = await openOps(`/ops/commune/${CHIENG_COI}`);
    await ops.waitForCharts();
    await poll(() => ops.hamlets().getAttribute('data-count'), { timeout: 30_000 }).not.toBe('0');
    const nameRule = /^ioc-sonla_chieng-coi_mo-phong_trich-xuat-\d{4}-\d{2}-\d{2}_\d{4}\.(csv|xlsx|png|pdf)$/;

    const csv = await ops.export('csv');
    expect(csv.filename).toMatch(nameRule);
    const text = csv.body.toString('utf8');
    expect(text).toContain('Nguồn số liệu,Hệ thống IOC tỉnh Sơn La');
    expect(text).toMatch(/Thời điểm trích xuất,"?\d{2}:\d{2} \d{2}\/\d{2}\/\d{4} \(\d{4}-\d{2}-\d{2}T[\d:.]+Z\)/);
    expect(text).toMatch(/Dữ liệu mô phỏng,"?Có: /);
    expect(text).toContain('Quy định 228/QĐ-UBND');
    expect(text).toContain('03670,Chiềng Cơi,DVC.NOP_TRUC_TUYEN');

    const xlsx = await ops.export('xlsx');
    expect(xlsx.filename).toMatch(nameRule);
    const book = xlsxContent(xlsx.body);
    expect(book.sheets[0]).toBe('Nguồn');
    expect(book.sheets.length).toBeGreaterThanOrEqual(3);
    expect(book.strings).toContain('Thời điểm trích xuất');
    expect(book.strings).toContain('Hệ thống IOC tỉnh Sơn La (Trung tâm Điều hành thông minh)');
    expect(book.strings.some((s) => /\(\d{4}-\d{2}-\d{2}T[\d:.]+Z\)$/.test(s))).toBe(true);
    expect(book.strings).toContain('Chiềng Cơi');

    const png = await ops.export('png');
    expect(png.filename).toMatch(nameRule);
    expect(png.body.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.body.length).toBeGreaterThan(20_000);

    const pdf = await ops.export('pdf');
    expect(pdf.filename).toMatch(nameRule);
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.body.toString('latin1')).toContain('/DCTDecode');
    expect(pdf.body.length).toBeGreaterThan(20_000);
    await context.close();
  });
});
