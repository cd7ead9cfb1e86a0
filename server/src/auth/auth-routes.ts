/**
 * Signing in and out, who am I, and pairing a wall screen:
 * POST /api/auth/login, POST /api/auth/logout, GET /api/auth/me,
 * POST /api/auth/pair-device (an operator turns this browser into a wall),
 * GET /api/auth/device?token=… (a wall opens the URL printed by `npm run devices`).
 */
import express, { type CookieOptions, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import type { PrincipalInfo } from '@ioc/shared';
import type { AuditLog } from '../audit/audit-log.js';
import { parseOrThrow } from '../http/validate.js';
import type { ReportingUnits } from '../reporting/reporting-units.js';
import type { AccountRepository } from './accounts.js';
import { optionalPrincipal, principalOf, requirePermission, UnauthenticatedError } from './auth-middleware.js';
import type { DeviceTokens } from './device-tokens.js';
import { auditActorOf, DEVICE_COOKIE, SESSION_COOKIE, type Principal } from './principal.js';
import type { SessionStore } from './sessions.js';

export interface AuthRoutesDeps {
  accounts: AccountRepository;
  sessions: SessionStore;
  devices: DeviceTokens;
  units: ReportingUnits;
  audit: AuditLog;
  /** Secure cookies (HTTPS only); browsers also accept them on http://localhost. */
  secureCookies: boolean;
  loginAttemptsPerMinute?: number;
}

/** Ten years: a wall is never logged out; only revoking its token ends it. */
const DEVICE_COOKIE_MAX_AGE_MS = 10 * 365 * 86_400_000;

const loginSchema = z.object({ username: z.string().trim().toLowerCase().min(1).max(64), password: z.string().min(1).max(256) });
const pairSchema = z.object({ name: z.string().trim().min(2).max(80) });

export async function principalInfo(p: Principal, units: ReportingUnits, idleMinutes: number): Promise<PrincipalInfo> {
  if (p.kind === 'device') {
    return { kind: 'device', id: p.device.id, name: p.device.name, displayName: p.device.name, role: 'device', unit: null, isDemo: false, idleTimeoutSeconds: null };
  }
  const a = p.account;
  return {
    kind: 'user',
    id: String(a.id),
    name: a.username,
    displayName: a.displayName,
    role: a.role,
    unit: a.unit ? await units.named(a.unit) : null,
    isDemo: a.isDemo,
    idleTimeoutSeconds: idleMinutes * 60,
  };
}

export function authRoutes(deps: AuthRoutesDeps): express.Router {
  const router = express.Router();
  const cookieBase: CookieOptions = { httpOnly: true, secure: deps.secureCookies, sameSite: 'strict', path: '/' };
  const setSessionCookie = (res: Response, value: string) => res.cookie(SESSION_COOKIE, value, cookieBase);
  const clearSessionCookie = (res: Response) => res.clearCookie(SESSION_COOKIE, cookieBase);
  const setDeviceCookie = (res: Response, token: string) => res.cookie(DEVICE_COOKIE, token, { ...cookieBase, maxAge: DEVICE_COOKIE_MAX_AGE_MS });

  // Slows password guessing from one address across accounts; per-account lockout is in AccountRepository.
  const loginLimiter = rateLimit({
    windowMs: 60_000,
    limit: deps.loginAttemptsPerMinute ?? 30,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    message: { error: { code: 'rate_limited', message: 'Too many sign-in attempts from this address; wait a minute.' } },
  });

  router.post('/auth/login', loginLimiter, express.json({ limit: '4kb' }), async (req, res) => {
    const input = parseOrThrow(loginSchema, req.body, 'login');
    const outcome = await deps.accounts.checkLogin(input.username, input.password);
    if (!outcome.ok) {
      const actor = { kind: 'anonymous' as const, id: outcome.account ? String(outcome.account.id) : null, name: input.username };
      await deps.audit.record({ action: 'auth.login', outcome: 'failure', actor, details: { reason: outcome.error.code }, ip: req.ip ?? null });
      if (outcome.lockedNow) await deps.audit.record({ action: 'auth.locked', outcome: 'success', actor, target: input.username, ip: req.ip ?? null });
      throw outcome.error;
    }
    const sessionId = await deps.sessions.start(outcome.account.id);
    setSessionCookie(res, sessionId);
    const principal: Principal = { kind: 'user', account: outcome.account, sessionHash: '' };
    await deps.audit.record({ action: 'auth.login', outcome: 'success', actor: auditActorOf(principal), ip: req.ip ?? null });
    res.json(await principalInfo(principal, deps.units, deps.sessions.options.idleMinutes));
  });

  router.post('/auth/logout', async (_req, res) => {
    const p = optionalPrincipal(res);
    if (p?.kind === 'user') {
      await deps.sessions.end(p.sessionHash);
      await deps.audit.record({ action: 'auth.logout', outcome: 'success', actor: auditActorOf(p) });
    }
    clearSessionCookie(res);
    res.status(204).end();
  });

  router.get('/auth/me', async (_req, res) => {
    const p = optionalPrincipal(res);
    if (!p) throw new UnauthenticatedError(res.locals['authFailure'] === 'session_expired' ? 'session_expired' : 'unauthenticated');
    res.json(await principalInfo(p, deps.units, deps.sessions.options.idleMinutes));
  });

  // An operator signed in on the wall's browser makes it a wall: the browser gets a
  // device cookie and the operator's session ends there (a wall holds no person's session).
  router.post('/auth/pair-device', requirePermission('manageDevices'), express.json({ limit: '4kb' }), async (req, res) => {
    const p = principalOf(res);
    if (p.kind !== 'user') throw new UnauthenticatedError('unauthenticated');
    const { name } = parseOrThrow(pairSchema, req.body, 'device');
    const { token, device } = await deps.devices.create(name, p.account.id);
    await deps.audit.record({ action: 'device.pair', outcome: 'success', actor: auditActorOf(p), target: device.id, details: { name }, ip: req.ip ?? null });
    await deps.sessions.end(p.sessionHash);
    clearSessionCookie(res);
    setDeviceCookie(res, token);
    res.status(201).json(device);
  });

  // The URL printed by `npm run devices -- create`: sets the device cookie and takes the token out of the address bar.
  router.get('/auth/device', async (req, res) => {
    const token = typeof req.query['token'] === 'string' ? req.query['token'] : '';
    const next = typeof req.query['next'] === 'string' && /^\/[a-z]/.test(req.query['next']) ? req.query['next'] : '/wall';
    const device = await deps.devices.verify(token);
    if (!device) {
      res.status(401).type('text/plain; charset=utf-8').send('Mã thiết bị không hợp lệ hoặc đã bị thu hồi. Invalid or revoked device token.');
      return;
    }
    setDeviceCookie(res, token);
    res.redirect(303, next);
  });

  return router;
}
