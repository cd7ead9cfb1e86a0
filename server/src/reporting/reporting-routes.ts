/**
 * The reporting regime over HTTP: the catalogue, a unit's filings and their
 * workflow, signing keys, and compliance. Every route checks the role
 * (requirePermission) and the unit scope (ReportWorkflow.checkScope).
 */
import express from 'express';
import { z } from 'zod';
import { SIGNATURE_ALGORITHMS, decisionInputSchema, draftInputSchema, submitInputSchema, thematicReportSchema, type ReportingUnitRef } from '@ioc/shared';
import type { AuditLog } from '../audit/audit-log.js';
import { ForbiddenError, principalOf, requirePermission } from '../auth/auth-middleware.js';
import { auditActorOf, type Principal } from '../auth/principal.js';
import { BadRequestError } from '../errors.js';
import { XLSX_TYPE } from '../ingest/ingest-files.js';
import { parseOrThrow } from '../http/validate.js';
import type { ComplianceService } from './compliance-service.js';
import type { ReportTemplates } from './report-templates-repository.js';
import { formWorkbook, readFilledForm } from './report-upload.js';
import { checkScope, type FilingRef, type ReportWorkflow } from './report-workflow.js';
import type { SigningKeys } from './signing-keys.js';

export interface ReportingRoutesDeps {
  templates: ReportTemplates;
  workflow: ReportWorkflow;
  keys: SigningKeys;
  compliance: ComplianceService;
  audit: AuditLog;
}

const unitKind = z.enum(['agency', 'commune']);
const unitQuery = z.object({ unitKind: unitKind.optional(), unitCode: z.string().min(2).max(40).optional() });
const keySchema = z.object({
  unit: z.object({ kind: unitKind, code: z.string().min(2).max(40) }).optional(),
  algorithm: z.enum(SIGNATURE_ALGORITHMS),
  publicKeyPem: z.string().min(50).max(4000),
  label: z.string().trim().min(2).max(120),
});
const thematicCreateSchema = z.object({ agencyCode: z.string().min(2).max(40).optional() });

/** The unit named in the query, or the principal's own. */
function unitFrom(principal: Principal, query: unknown): ReportingUnitRef {
  const q = parseOrThrow(unitQuery, query, 'query');
  if (q.unitKind && q.unitCode) return { kind: q.unitKind, code: q.unitCode };
  if (principal.kind === 'user' && principal.account.unit) return principal.account.unit;
  throw new BadRequestError('unitKind, unitCode: name the reporting unit', [{ field: 'unitCode', reason: 'required for an account without a unit' }]);
}

function filingRef(params: Record<string, unknown>): FilingRef {
  const kind = unitKind.safeParse(params['unitKind']);
  if (!kind.success) throw new BadRequestError('unitKind: agency or commune', [{ field: 'unitKind', reason: 'agency or commune' }]);
  return { template: String(params['template']), unit: { kind: kind.data, code: String(params['unitCode']) }, period: String(params['period']) };
}

export function reportingRoutes(deps: ReportingRoutesDeps): express.Router {
  const router = express.Router();
  const json = express.json({ limit: '512kb' });
  const filing = '/reports/filings/:template/:unitKind/:unitCode/:period';

  router.get('/reports/templates', requirePermission('readDashboards'), async (_req, res) => {
    res.json({ templates: await deps.templates.list() });
  });

  router.get('/reports/templates/:code', requirePermission('readDashboards'), async (req, res) => {
    res.json(await deps.templates.get(String(req.params['code'])));
  });

  router.get('/reports/templates/:code/form.xlsx', requirePermission('readDashboards'), async (req, res) => {
    const template = await deps.templates.get(String(req.params['code']));
    res.type(XLSX_TYPE).attachment(`${template.code}.xlsx`).send(await formWorkbook(template));
  });

  // A thematic or ad hoc report (Điều 4, 6.3): a leader creates it for their own agency; an administrator for any.
  router.post('/reports/templates', requirePermission('createThematicReports'), json, async (req, res) => {
    const p = principalOf(res);
    const input = parseOrThrow(thematicReportSchema, req.body, 'report');
    let agencyCode: string;
    if (p.kind === 'user' && p.account.role === 'leader') {
      if (p.account.unit?.kind !== 'agency') throw new ForbiddenError('only an agency leads a thematic or ad hoc report');
      agencyCode = p.account.unit.code;
    } else {
      const a = parseOrThrow(thematicCreateSchema, req.body, 'report');
      if (!a.agencyCode) throw new BadRequestError('agencyCode: the lead agency is required', [{ field: 'agencyCode', reason: 'required' }]);
      agencyCode = a.agencyCode;
    }
    const template = await deps.templates.createThematic(agencyCode, input, p.kind === 'user' ? p.account.id : 0);
    await deps.audit.record({ action: 'report.template-create', outcome: 'success', actor: auditActorOf(p), target: template.code, details: { kind: template.kind, agencyCode } });
    res.status(201).json(template);
  });

  router.get('/reports/filings', requirePermission('readDashboards'), async (req, res) => {
    const p = principalOf(res);
    res.json({ filings: await deps.workflow.listForUnit(p, unitFrom(p, req.query)) });
  });

  router.get(filing, requirePermission('readDashboards'), async (req, res) => {
    res.json(await deps.workflow.view(principalOf(res), filingRef(req.params)));
  });

  router.put(`${filing}/draft`, requirePermission('fillReports'), json, async (req, res) => {
    res.json(await deps.workflow.saveDraft(principalOf(res), filingRef(req.params), parseOrThrow(draftInputSchema, req.body, 'draft')));
  });

  // A filled Excel form becomes the draft's figures (the narrative is kept).
  router.post(`${filing}/upload`, requirePermission('fillReports'), express.raw({ type: XLSX_TYPE, limit: '2mb' }), async (req, res) => {
    const p = principalOf(res);
    const ref = filingRef(req.params);
    if (!Buffer.isBuffer(req.body) || !req.body.length) throw new BadRequestError(`file: send the filled form as ${XLSX_TYPE}`, [{ field: 'file', reason: 'missing' }]);
    const current = await deps.workflow.view(p, ref);
    const template = await deps.templates.get(ref.template);
    const figures = await readFilledForm(template, req.body);
    const saved = await deps.workflow.saveDraft(p, ref, { version: current.version, figures, narrative: current.narrative });
    await deps.audit.record({ action: 'report.upload', outcome: 'success', actor: auditActorOf(p), target: `${ref.template}/${ref.unit.code}/${ref.period}`, details: { fields: Object.keys(figures).length } });
    res.json(saved);
  });

  router.post(`${filing}/submit`, requirePermission('fillReports'), json, async (req, res) => {
    res.json(await deps.workflow.submit(principalOf(res), filingRef(req.params), parseOrThrow(submitInputSchema, req.body, 'submission')));
  });

  router.post(`${filing}/decision`, requirePermission('decideReports'), json, async (req, res) => {
    res.json(await deps.workflow.decide(principalOf(res), filingRef(req.params), parseOrThrow(decisionInputSchema, req.body, 'decision')));
  });

  router.get('/reports/keys', requirePermission('readDashboards'), async (req, res) => {
    const p = principalOf(res);
    const unit = unitFrom(p, req.query);
    checkScope(p, unit, 'read');
    res.json({ keys: await deps.keys.list(unit) });
  });

  // A leader registers keys for their own unit; an administrator for any unit.
  router.post('/reports/keys', requirePermission('registerSigningKeys'), json, async (req, res) => {
    const p = principalOf(res);
    const input = parseOrThrow(keySchema, req.body, 'signing key');
    if (p.kind !== 'user') throw new ForbiddenError('only people register keys');
    const unit = p.account.role === 'admin' ? input.unit : p.account.unit;
    if (!unit) throw new BadRequestError('unit: the unit the key signs for is required', [{ field: 'unit', reason: 'required' }]);
    if (input.unit && (input.unit.kind !== unit.kind || input.unit.code !== unit.code)) throw new ForbiddenError(`a leader registers keys for their own unit (${unit.code}) only`);
    const key = await deps.keys.register({ unit, algorithm: input.algorithm, publicKeyPem: input.publicKeyPem, label: input.label }, p.account.id);
    await deps.audit.record({ action: 'signing-key.register', outcome: 'success', actor: auditActorOf(p), target: key.id, details: { unit, algorithm: key.algorithm, label: key.label } });
    res.status(201).json(key);
  });

  router.delete('/reports/keys/:id', requirePermission('registerSigningKeys'), async (req, res) => {
    const p = principalOf(res);
    const existing = await deps.keys.get(String(req.params['id']));
    if (p.kind === 'user' && p.account.role !== 'admin') checkScope(p, existing.unit, 'decide');
    const key = await deps.keys.revoke(existing.id);
    await deps.audit.record({ action: 'signing-key.revoke', outcome: 'success', actor: auditActorOf(p), target: key.id });
    res.json(key);
  });

  router.get('/compliance', requirePermission('readDashboards'), async (_req, res) => {
    res.json(await deps.compliance.compute());
  });

  return router;
}
