/**
 * Administration: accounts and roles (admin), wall devices (operator or admin),
 * the audit log (admin). Every change is recorded in the audit log.
 */
import express from 'express';
import { z } from 'zod';
import { ROLES, type AccountDto } from '@ioc/shared';
import type { AuditLog } from '../audit/audit-log.js';
import { parseOrThrow } from '../http/validate.js';
import type { ReportingUnits } from '../reporting/reporting-units.js';
import type { Account, AccountRepository } from './accounts.js';
import { principalOf, requirePermission } from './auth-middleware.js';
import type { DeviceTokens } from './device-tokens.js';
import { auditActorOf } from './principal.js';
import type { SessionStore } from './sessions.js';

export interface AdminRoutesDeps {
  accounts: AccountRepository;
  sessions: SessionStore;
  devices: DeviceTokens;
  units: ReportingUnits;
  audit: AuditLog;
  /** Closes the live connections of a revoked device or a disabled person at once. */
  disconnect(room: string): void;
}

const unitRefSchema = z.object({ kind: z.enum(['agency', 'commune']), code: z.string().min(2).max(40) });
const unitSchema = unitRefSchema.nullable().default(null);
const createUserSchema = z.object({
  username: z.string().trim().toLowerCase(),
  displayName: z.string().trim().min(2).max(120),
  password: z.string(),
  role: z.enum(ROLES),
  unit: unitSchema,
});
const patchUserSchema = z
  .object({ role: z.enum(ROLES).optional(), unit: unitRefSchema.nullable().optional(), unlock: z.literal(true).optional(), disabled: z.boolean().optional(), password: z.string().optional() })
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');
const deviceSchema = z.object({ name: z.string().trim().min(2).max(80) });
const exportSchema = z.object({ screen: z.string().max(200), format: z.enum(['png', 'pdf', 'csv', 'xlsx']), file: z.string().max(200) });
const auditQuerySchema = z.object({
  action: z.string().max(60).optional(),
  actor: z.string().max(64).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

async function accountDto(a: Account, units: ReportingUnits): Promise<AccountDto> {
  return {
    id: a.id,
    username: a.username,
    displayName: a.displayName,
    role: a.role,
    unit: a.unit ? await units.named(a.unit) : null,
    lockedUntil: a.lockedUntil?.toISOString() ?? null,
    disabled: a.disabledAt !== null,
    isDemo: a.isDemo,
    createdAt: a.createdAt.toISOString(),
  };
}

export function adminRoutes(deps: AdminRoutesDeps): express.Router {
  const router = express.Router();
  const json = express.json({ limit: '16kb' });

  router.get('/admin/users', requirePermission('manageAccounts'), async (_req, res) => {
    res.json({ users: await Promise.all((await deps.accounts.list()).map((a) => accountDto(a, deps.units))) });
  });

  router.post('/admin/users', requirePermission('manageAccounts'), json, async (req, res) => {
    const input = parseOrThrow(createUserSchema, req.body, 'account');
    const account = await deps.accounts.create(input);
    await deps.audit.record({ action: 'account.create', outcome: 'success', actor: auditActorOf(principalOf(res)), target: account.username, details: { role: account.role, unit: account.unit } });
    res.status(201).json(await accountDto(account, deps.units));
  });

  router.patch('/admin/users/:id', requirePermission('manageAccounts'), json, async (req, res) => {
    const id = Number(req.params['id']);
    const input = parseOrThrow(patchUserSchema, req.body, 'account change');
    const actor = auditActorOf(principalOf(res));
    let account = await deps.accounts.get(id);
    if (input.role !== undefined || input.unit !== undefined) {
      const { before, after } = await deps.accounts.setRole(id, input.role ?? account.role, input.unit !== undefined ? input.unit : account.unit);
      account = after;
      // A new role takes effect at the next sign-in: end the current sessions.
      await deps.sessions.endAllOf(id);
      deps.disconnect(`user:${id}`);
      await deps.audit.record({ action: 'account.role-change', outcome: 'success', actor, target: account.username, details: { from: { role: before.role, unit: before.unit }, to: { role: after.role, unit: after.unit } } });
    }
    if (input.unlock) {
      account = await deps.accounts.unlock(id);
      await deps.audit.record({ action: 'account.unlock', outcome: 'success', actor, target: account.username });
    }
    if (input.disabled !== undefined) {
      account = await deps.accounts.setDisabled(id, input.disabled);
      if (input.disabled) {
        await deps.sessions.endAllOf(id);
        deps.disconnect(`user:${id}`);
      }
      await deps.audit.record({ action: 'account.disable', outcome: 'success', actor, target: account.username, details: { disabled: input.disabled } });
    }
    if (input.password !== undefined) {
      await deps.accounts.setPassword(id, input.password);
      await deps.sessions.endAllOf(id);
      await deps.audit.record({ action: 'account.password-change', outcome: 'success', actor, target: account.username });
    }
    res.json(await accountDto(account, deps.units));
  });

  router.get('/devices', requirePermission('manageDevices'), async (_req, res) => {
    res.json({ devices: await deps.devices.list() });
  });

  router.post('/devices', requirePermission('manageDevices'), json, async (req, res) => {
    const p = principalOf(res);
    const { name } = parseOrThrow(deviceSchema, req.body, 'device');
    const { token, device } = await deps.devices.create(name, p.kind === 'user' ? p.account.id : null);
    await deps.audit.record({ action: 'device.create', outcome: 'success', actor: auditActorOf(p), target: device.id, details: { name } });
    // The token is shown once; the wall opens /api/auth/device?token=… to store it.
    res.status(201).json({ device, token, pairPath: `/api/auth/device?token=${encodeURIComponent(token)}` });
  });

  router.delete('/devices/:id', requirePermission('manageDevices'), async (req, res) => {
    const p = principalOf(res);
    const device = await deps.devices.revoke(String(req.params['id']), p.kind === 'user' ? p.account.id : null);
    deps.disconnect(`device:${device.id}`);
    await deps.audit.record({ action: 'device.revoke', outcome: 'success', actor: auditActorOf(p), target: device.id, details: { name: device.name } });
    res.json(device);
  });

  router.get('/admin/audit', requirePermission('readAudit'), async (req, res) => {
    const q = parseOrThrow(auditQuerySchema, req.query, 'query');
    res.json({ entries: await deps.audit.list(q) });
  });

  // Exports are made in the browser (PNG, PDF, CSV, XLSX); the screen reports each one here.
  router.post('/audit/export', requirePermission('readDashboards'), json, async (req, res) => {
    const input = parseOrThrow(exportSchema, req.body, 'export');
    await deps.audit.record({ action: 'export', outcome: 'success', actor: auditActorOf(principalOf(res)), target: input.screen, details: { format: input.format, file: input.file }, ip: req.ip ?? null });
    res.status(204).end();
  });

  return router;
}
