/**
 * Signing in and pairing a wall, in the browser: a desk screen without a session
 * sends the user to /login and back after a correct password; a wrong one is
 * refused with a message; an unpaired wall shows the pairing screen, an operator
 * pairs it there, and it plays; revoked, it says so without reloading.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testIds, type CreatedDevice } from '@ioc/shared';
import { launchBrowser } from '../fixtures/browser.js';
import { startIocServer, type IocServerProcess } from '../fixtures/ioc-server.js';

const byId = (id: string) => `[data-testid="${id}"]`;

describe('sign-in and wall pairing in the browser', () => {
  let browser: Browser;
  let server: IocServerProcess;
  const contexts: BrowserContext[] = [];
  const newContext = async () => {
    const c = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    c.setDefaultTimeout(60_000);
    contexts.push(c);
    return c;
  };

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startIocServer({ env: { IOC_SIMULATOR: 'off' } })]);
  }, 300_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
  });

  it('sends a desk screen to /login, refuses a wrong password, and comes back signed in', async () => {
    const page = await (await newContext()).newPage();
    await page.goto(`${server.url}/ops`);
    await page.waitForURL(/\/login\?next=%2Fops/);
    await page.locator(byId(testIds.auth.username)).fill('vanhanh');
    await page.locator(byId(testIds.auth.password)).fill('not the password');
    await page.locator(byId(testIds.auth.submit)).click();
    const error = page.locator(byId(testIds.auth.error));
    await error.waitFor();
    expect(await error.getAttribute('data-kind')).toBe('invalid');
    expect(await error.innerText()).toMatch(/Sai tên đăng nhập hoặc mật khẩu/);

    await page.locator(byId(testIds.auth.password)).fill(server.demo!.password);
    await page.locator(byId(testIds.auth.submit)).click();
    await page.waitForURL(`${server.url}/ops`);
    await expect.poll(() => page.locator(byId(testIds.auth.userName)).innerText()).toMatch(/vận hành/i);
  });

  it('pairs an unpaired wall by an operator signing in on it, and shows the revocation live', async () => {
    const page = await (await newContext()).newPage();
    await page.goto(`${server.url}/wall`);
    const pairing = page.locator(byId(testIds.auth.pairing));
    await pairing.waitFor();
    expect(await pairing.getAttribute('data-reason')).toBe('unpaired');

    await pairing.locator(byId(testIds.auth.username)).fill('vanhanh');
    await pairing.locator(byId(testIds.auth.password)).fill(server.demo!.password);
    await pairing.locator(byId(testIds.auth.submit)).click();
    await page.locator(byId(testIds.auth.pairName)).fill('Tường thử nghiệm');
    await page.locator(byId(testIds.auth.pairSubmit)).click();
    await page.locator(byId(testIds.wall.root)).waitFor();
    await expect.poll(async () => pairing.count(), { timeout: 60_000 }).toBe(0);

    // An operator revokes the device from elsewhere: the wall says so, without anyone touching it.
    const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'vanhanh', password: server.demo!.password }) });
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const devices = (await (await fetch(`${server.url}/api/devices`, { headers: { cookie } })).json()) as { devices: CreatedDevice['device'][] };
    const device = devices.devices.find((d) => d.name === 'Tường thử nghiệm')!;
    const revoked = await fetch(`${server.url}/api/devices/${device.id}`, { method: 'DELETE', headers: { cookie, origin: server.url } });
    expect(revoked.status).toBe(200);
    await pairing.waitFor({ timeout: 60_000 });
    expect(await pairing.getAttribute('data-reason')).toBe('revoked');
  });
});
