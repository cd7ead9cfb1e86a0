/**
 * Compliance live (issue 5, Điều 12 of seed 002): an ad hoc report whose deadline
 * has passed is overdue for every commune; when Chiềng Cơi's specialist submits it
 * (signed, through the API), the wall's compliance scene and the /ops/compliance
 * page move it from overdue to delivered late, without a reload. Then the
 * commune's leader approves it on its page; and a specialist signs a submission
 * in the browser with a WebCrypto key kept there, which the server verifies;
 * and a lead agency's leader creates an ad hoc report on /reports/new.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, canonicalSubmission, testIds, toLocalIsoDate, type ReportTemplate, type SubmissionDto } from '@ioc/shared';
import { launchBrowser, signInContext, wallContext } from '../fixtures/browser.js';
import { deskContext } from '../fixtures/desk-pages.js';
import { startIocServer, type IocServerProcess } from '../fixtures/ioc-server.js';
import { WallPage } from '../fixtures/wall-page.js';

const COMMUNE = '03670'; // Phường Chiềng Cơi, whose demo accounts exist

describe('compliance scene and page, live', () => {
  let browser: Browser;
  let server: IocServerProcess;
  const contexts: BrowserContext[] = [];
  let template: ReportTemplate;

  /** Signs in over HTTP and returns the session's Cookie header. */
  async function session(username: string): Promise<string> {
    const res = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: server.demo!.password }) });
    expect(res.status).toBe(200);
    return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  }
  async function call<T>(method: string, path: string, cookie: string, body?: unknown): Promise<{ status: number; body: T }> {
    const res = await fetch(`${server.url}${path}`, { method, headers: { cookie, 'content-type': 'application/json', origin: server.url }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    return { status: res.status, body: (await res.json()) as T };
  }

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startIocServer({ env: { IOC_SIMULATOR: 'off' } })]);
    // An ad hoc report of the Office of the People's Committee, due a month ago, filed by every commune.
    const admin = await session('admin');
    const due = addDays(toLocalIsoDate(new Date()), -30);
    const created = await call<ReportTemplate>('POST', '/api/reports/templates', admin, {
      kind: 'ad-hoc',
      agencyCode: 'VPUBND',
      nameVi: 'Báo cáo đột xuất: số tổ công nghệ số cộng đồng đang hoạt động',
      participants: 'communes',
      fields: [{ code: 'TO_CNS', nameVi: 'Số tổ công nghệ số cộng đồng đang hoạt động', measure: 'count', unitLabel: 'tổ' }],
      dueDate: due,
    });
    expect(created.status).toBe(201);
    template = created.body;
  }, 300_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
  });

  it('moves a commune’s report from overdue to delivered late on the wall and on /ops/compliance', async () => {
    const wallCtx = await wallContext(browser, 1920, 1080, server);
    const opsCtx = await deskContext(browser, server, 'vanhanh');
    contexts.push(wallCtx, opsCtx);
    const wall = new WallPage(await wallCtx.newPage());
    await wall.open(server.url, '?scenes=compliance:600&screen=e2e-compliance');
    await wall.waitForScene('compliance');
    const count = (status: string) => wall.page.locator(`[data-testid="${testIds.compliance.statusCount('commune', status)}"]`);
    await count('overdue').waitFor();
    const lateBefore = Number(await count('late').getAttribute('data-value'));
    const overdueBefore = Number(await count('overdue').getAttribute('data-value'));
    expect(overdueBefore).toBeGreaterThanOrEqual(75);

    const ops = await opsCtx.newPage();
    await ops.goto(`${server.url}/ops/compliance`);
    const row = ops.locator(`[data-testid="${testIds.compliance.filingRow(COMMUNE, template.code, 'once')}"]`);
    // The page lists the first rows only until asked for all of them.
    const showAll = ops.locator('section[aria-labelledby="compliance-rows-title"] button[aria-pressed="false"]');
    await showAll.click();
    await row.waitFor({ state: 'attached', timeout: 60_000 });
    expect(await row.getAttribute('data-status')).toBe('overdue');

    // The commune's leader registers the unit's key; its specialist signs and submits.
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const key = await call<{ id: string }>('POST', '/api/reports/keys', await session('chiengcoi.lanhdao'), {
      algorithm: 'ECDSA-P256',
      publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }),
      label: 'Khoá thử nghiệm',
    });
    expect(key.status).toBe(201);
    const figures = { TO_CNS: { value: 31 } };
    const narrative = 'Các tổ công nghệ số cộng đồng của phường đều hoạt động.';
    const content = { template: template.code, unit: COMMUNE, period: 'once', version: 0, figures, narrative };
    const signature = sign('sha256', Buffer.from(canonicalSubmission(content), 'utf8'), { key: privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64');
    const submitted = await call<SubmissionDto>('POST', `/api/reports/filings/${template.code}/commune/${COMMUNE}/once/submit`, await session('chiengcoi.chuyenvien'), {
      version: 0,
      figures,
      narrative,
      signature: { keyId: key.body.id, value: signature },
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body.compliance).toBe('late');

    // Both screens follow without a reload.
    await wall.page.waitForFunction(
      ([id, n]) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-value') === String(n),
      [testIds.compliance.statusCount('commune', 'late'), lateBefore + 1] as const,
      { timeout: 30_000 },
    );
    expect(Number(await count('overdue').getAttribute('data-value'))).toBe(overdueBefore - 1);
    await ops.waitForFunction(
      (id) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-status') === 'late',
      testIds.compliance.filingRow(COMMUNE, template.code, 'once'),
      { timeout: 30_000 },
    );
    expect(await row.getAttribute('data-workflow-status')).toBe('submitted');
  });

  it('lets the commune’s leader approve the submitted report in the browser', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    contexts.push(ctx);
    ctx.setDefaultTimeout(60_000);
    await signInContext(ctx, server, 'chiengcoi.lanhdao');
    const page = await ctx.newPage();
    await page.goto(`${server.url}/reports/${template.code}/commune/${COMMUNE}/once`);
    const status = page.locator(`[data-testid="${testIds.reports.filingStatus}"]`);
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 60_000 }).toBe('submitted');
    await page.locator(`[data-testid="${testIds.reports.approve}"]`).click();
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 30_000 }).toBe('approved');
  });

  it('signs a submission in the browser with a key kept in the browser, which the server verifies', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    contexts.push(ctx);
    ctx.setDefaultTimeout(60_000);
    await signInContext(ctx, server, 'chiengcoi.chuyenvien');
    const page = await ctx.newPage();

    // The specialist creates this browser's key; the commune's leader registers its public key.
    await page.goto(`${server.url}/reports/keys`);
    await page.locator(`[data-testid="${testIds.reports.createKey}"]`).click();
    const browserKey = page.locator(`[data-testid="${testIds.reports.browserKey}"]`);
    await expect.poll(() => browserKey.getAttribute('data-state')).toBe('unregistered');
    const pem = await page.locator('textarea.reports-pem').inputValue();
    expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    const registered = await call<{ id: string }>('POST', '/api/reports/keys', await session('chiengcoi.lanhdao'), { algorithm: 'ECDSA-P256', publicKeyPem: pem, label: 'Trình duyệt chuyên viên' });
    expect(registered.status).toBe(201);

    // The demo thematic report of Sở KH&CN, filed by every commune each month.
    const period = toLocalIsoDate(new Date()).slice(0, 7);
    await page.goto(`${server.url}/reports/CD-SKHCN-1/commune/${COMMUNE}/${period}`);
    await page.locator(`[data-testid="${testIds.reports.fieldInput('GIAI_NGAN_KHCN', 'numerator')}"]`).fill('412,5');
    await page.locator(`[data-testid="${testIds.reports.fieldInput('GIAI_NGAN_KHCN', 'denominator')}"]`).fill('1000');
    await page.locator(`[data-testid="${testIds.reports.narrative}"]`).fill('Giải ngân theo tiến độ của phường.');
    await page.locator(`[data-testid="${testIds.reports.submit}"]`).click();
    const status = page.locator(`[data-testid="${testIds.reports.filingStatus}"]`);
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 30_000 }).toBe('submitted');

    const filing = await call<SubmissionDto>('GET', `/api/reports/filings/CD-SKHCN-1/commune/${COMMUNE}/${period}`, await session('vanhanh'));
    expect(filing.body.figures).toEqual({ GIAI_NGAN_KHCN: { numerator: 412.5, denominator: 1000 } });
    expect(filing.body.signature).toMatchObject({ keyId: registered.body.id, algorithm: 'ECDSA-P256' });
  });

  it('lets a lead agency’s leader create an ad hoc report in the browser, which every commune then owes', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    contexts.push(ctx);
    ctx.setDefaultTimeout(60_000);
    await signInContext(ctx, server, 'skhcn.lanhdao');
    const page = await ctx.newPage();
    const id = (value: string) => page.locator(`[data-testid="${value}"]`);
    await page.goto(`${server.url}/reports/new`);
    await id(testIds.reports.newReportName).fill('Báo cáo đột xuất: điểm phát sóng 4G mới trong tháng');
    await id(testIds.reports.newReportKind).selectOption('ad-hoc');
    await id(testIds.reports.newReportParticipants).selectOption('communes');
    await id(testIds.reports.newReportDueDate).fill(addDays(toLocalIsoDate(new Date()), 20));
    await id(testIds.reports.newReportField(0, 'code')).fill('TRAM_4G_MOI');
    await id(testIds.reports.newReportField(0, 'name')).fill('Số trạm phát sóng 4G mới đưa vào hoạt động');
    await id(testIds.reports.newReportField(0, 'measure')).selectOption('count');
    await id(testIds.reports.newReportSubmit).click();
    const message = id(testIds.reports.message);
    await expect.poll(() => message.getAttribute('data-kind'), { timeout: 30_000 }).toBe('success');
    const code = await message.getAttribute('data-code');
    expect(code).toMatch(/^DX-SKHCN-\d+$/);

    const compliance = await call<{ rows: { template: string; unit: { kind: string } }[] }>('GET', '/api/compliance', await session('vanhanh'));
    expect(compliance.body.rows.filter((r) => r.template === code && r.unit.kind === 'commune')).toHaveLength(75);
  });
});
