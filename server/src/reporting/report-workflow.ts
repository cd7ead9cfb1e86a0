/**
 * The workflow of Điều 7 (seed 002): a specialist fills a report for a period and
 * submits it, signed (Điều 10.2); the unit's leader approves it — its figures then
 * become measurements through the ingestion path — or rejects it with a reason,
 * and it goes back to the specialist, who resubmits. Every transition records who
 * and when. Each write names the version it was made on: of two leaders deciding
 * at once, one wins and the other gets a conflict.
 */
import type pg from 'pg';
import {
  PROVINCE_CODE,
  SUBMISSION_STATUS_LABELS,
  canonicalSubmission,
  checkFigures,
  complianceStatus,
  getIndicator,
  periodOf,
  type DecisionInput,
  type DraftInput,
  type Figures,
  type FilingSummary,
  type IndicatorCode,
  type ReportingUnitRef,
  type ReportTemplate,
  type SignatureAlgorithm,
  type SubmissionDto,
  type SubmissionStatus,
  type SubmitInput,
} from '@ioc/shared';
import type { AuditLog } from '../audit/audit-log.js';
import { ForbiddenError } from '../auth/auth-middleware.js';
import { auditActorOf, type Principal } from '../auth/principal.js';
import { withTransaction } from '../db/database.js';
import { AppError, BadRequestError, NotFoundError } from '../errors.js';
import type { IngestService } from '../ingest/ingest-service.js';
import type { ComplianceService } from './compliance-service.js';
import { resolvePeriod, type ResolvedPeriod } from './filing-periods.js';
import type { ReportTemplates } from './report-templates-repository.js';
import type { NamedUnit, ReportingUnits } from './reporting-units.js';
import type { SigningKeys } from './signing-keys.js';

export interface FilingRef {
  template: string;
  unit: ReportingUnitRef;
  period: string;
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super('conflict', message, 409);
  }
}

interface SubmissionRow {
  id: string;
  template_code: string;
  unit_kind: 'agency' | 'commune';
  unit_code: string;
  period_key: string;
  status: SubmissionStatus;
  version: number;
  figures: Figures;
  narrative: string;
  submitted_at: Date | null;
  decided_at: Date | null;
  decided_by_name: string | null;
  rejection_reason: string | null;
  signing_key_id: string | null;
  signature_algorithm: SignatureAlgorithm | null;
  signature_verified_at: Date | null;
  ingest_batch_id: string | null;
  is_demo: boolean;
}

const SELECT_SUBMISSION = `
  SELECT s.*, d.username AS decided_by_name, k.algorithm AS signature_algorithm
  FROM report_submission s LEFT JOIN app_user d ON d.id = s.decided_by LEFT JOIN signing_key k ON k.id = s.signing_key_id`;

/** Which filings a principal may touch: staff their own unit's, readers every unit's (read only). */
export function checkScope(principal: Principal, unit: ReportingUnitRef, action: 'read' | 'fill' | 'decide'): void {
  if (principal.kind === 'device') throw new ForbiddenError('a wall screen does not read filings');
  const a = principal.account;
  if (action === 'read' && (a.role === 'operator' || a.role === 'viewer' || a.role === 'admin')) return;
  const need = action === 'fill' ? 'specialist' : action === 'decide' ? 'leader' : null;
  if (need && a.role !== need) throw new ForbiddenError(`only a ${need} may ${action} a report (you are ${a.role})`);
  if (!a.unit || a.unit.kind !== unit.kind || a.unit.code !== unit.code) {
    throw new ForbiddenError(`${a.username} belongs to ${a.unit ? `${a.unit.kind} ${a.unit.code}` : 'no unit'} and may not ${action} the reports of ${unit.kind} ${unit.code}`);
  }
}

/** Whether `unit` files `template`: the responsible agency for its own reports, every commune for a commune report. */
export function filesTemplate(template: ReportTemplate, unit: ReportingUnitRef): boolean {
  return template.participants === 'communes' ? unit.kind === 'commune' : unit.kind === 'agency' && unit.code === template.responsibleAgencyCode;
}

export class ReportWorkflow {
  constructor(
    private readonly pool: pg.Pool,
    private readonly templates: ReportTemplates,
    private readonly units: ReportingUnits,
    private readonly keys: SigningKeys,
    private readonly ingest: IngestService,
    private readonly audit: AuditLog,
    private readonly compliance: ComplianceService,
    private readonly clock: () => Date,
    /** Called after every committed transition (compliance screens refresh). */
    private readonly onChange: () => void,
  ) {}

  private async context(principal: Principal, ref: FilingRef, action: 'read' | 'fill' | 'decide') {
    checkScope(principal, ref.unit, action);
    const template = await this.templates.get(ref.template);
    const unit = await this.units.named(ref.unit);
    if (unit.name === unit.code) throw new NotFoundError(`no reporting unit ${ref.unit.kind} ${ref.unit.code}`);
    if (!filesTemplate(template, ref.unit)) throw new BadRequestError(`${ref.unit.code} does not file ${template.code}`, [{ field: 'unit', reason: `${template.code} is filed by ${template.participants === 'communes' ? 'the communes' : template.responsibleAgencyCode}` }]);
    const period = resolvePeriod(template, ref.unit.kind, ref.period, this.clock());
    return { template, unit, period };
  }

  private async row(ref: FilingRef, tx: pg.ClientBase | pg.Pool = this.pool): Promise<SubmissionRow | null> {
    const r = await tx.query<SubmissionRow>(`${SELECT_SUBMISSION} WHERE s.template_code = $1 AND s.unit_code = $2 AND s.period_key = $3`, [ref.template, ref.unit.code, ref.period]);
    return r.rows[0] ?? null;
  }

  private async dto(template: ReportTemplate, unit: NamedUnit, period: ResolvedPeriod, row: SubmissionRow | null): Promise<SubmissionDto> {
    const history = row
      ? (
          await this.pool.query<{ from_status: SubmissionStatus | null; to_status: SubmissionStatus; at: Date; username: string; display_name: string; reason: string | null }>(
            `SELECT t.from_status, t.to_status, t.at, u.username, u.display_name, t.reason FROM report_transition t JOIN app_user u ON u.id = t.actor_id WHERE t.submission_id = $1 ORDER BY t.id`,
            [row.id],
          )
        ).rows.map((t) => ({ from: t.from_status, to: t.to_status, at: t.at.toISOString(), actor: t.username, actorName: t.display_name, reason: t.reason }))
      : [];
    const delivered = row && (row.status === 'submitted' || row.status === 'approved') ? row.submitted_at : null;
    return {
      id: row ? Number(row.id) : null,
      template: template.code,
      reportName: template.nameVi,
      unit,
      period: period.key,
      periodLabel: period.label,
      status: row?.status ?? null,
      version: row?.version ?? 0,
      fields: template.fields,
      figures: row?.figures ?? {},
      narrative: row?.narrative ?? '',
      due: period.due,
      compliance: complianceStatus(period.due, delivered, this.clock()),
      submittedAt: row?.submitted_at?.toISOString() ?? null,
      decidedAt: row?.decided_at?.toISOString() ?? null,
      rejectionReason: row?.rejection_reason ?? null,
      signature:
        row?.signing_key_id && row.signature_verified_at && row.signature_algorithm
          ? { keyId: row.signing_key_id, algorithm: row.signature_algorithm, verifiedAt: row.signature_verified_at.toISOString() }
          : null,
      history,
      ingestBatchId: row?.ingest_batch_id ? Number(row.ingest_batch_id) : null,
      isDemo: row?.is_demo ?? false,
    };
  }

  async view(principal: Principal, ref: FilingRef): Promise<SubmissionDto> {
    const { template, unit, period } = await this.context(principal, ref, 'read');
    return this.dto(template, unit, period, await this.row(ref));
  }

  private checkVersion(row: SubmissionRow | null, version: number | undefined, editable: readonly SubmissionStatus[]): void {
    const current = row?.version ?? 0;
    if (row && !editable.includes(row.status)) {
      throw new ConflictError(`Báo cáo đang ở trạng thái "${SUBMISSION_STATUS_LABELS[row.status].vi}", không sửa được lúc này. The report is ${row.status} and cannot be changed now.`);
    }
    if (version !== undefined && version !== current) {
      throw new ConflictError(`the report changed since you opened it (version ${version}, now ${current}); reload it`);
    }
  }

  private userId(principal: Principal): number {
    if (principal.kind !== 'user') throw new ForbiddenError('only people file reports');
    return principal.account.id;
  }

  /** Inserts or updates the filing row under a version check, and records the transition. */
  private async transition(
    tx: pg.ClientBase,
    ref: FilingRef,
    row: SubmissionRow | null,
    actorId: number,
    to: SubmissionStatus,
    set: Record<string, unknown>,
    reason: string | null = null,
  ): Promise<number> {
    const now = this.clock();
    let id: number;
    let version: number;
    if (!row) {
      const cols = Object.keys(set);
      const r = await tx.query<{ id: string; version: number }>(
        `INSERT INTO report_submission (template_code, unit_kind, unit_code, period_key, status, created_by, created_at, updated_at${cols.map((c) => `, ${c}`).join('')})
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7${cols.map((_, i) => `, $${i + 8}`).join('')})
         ON CONFLICT (template_code, unit_code, period_key) DO NOTHING RETURNING id, version`,
        [ref.template, ref.unit.kind, ref.unit.code, ref.period, to, actorId, now, ...Object.values(set)],
      );
      if (!r.rows[0]) throw new ConflictError('someone else started this report at the same moment; reload it');
      id = Number(r.rows[0].id);
      version = r.rows[0].version;
    } else {
      const cols = Object.keys(set);
      const r = await tx.query<{ version: number }>(
        `UPDATE report_submission SET status = $3, version = version + 1, updated_at = $4${cols.map((c, i) => `, ${c} = $${i + 5}`).join('')}
         WHERE id = $1 AND version = $2 RETURNING version`,
        [row.id, row.version, to, now, ...Object.values(set)],
      );
      if (!r.rows[0]) {
        const latest = await this.row(ref, tx);
        throw new ConflictError(
          latest?.status === 'approved' || latest?.status === 'rejected'
            ? `already ${latest.status} by ${latest.decided_by_name ?? 'someone'} at ${latest.decided_at?.toISOString()}; nothing was changed`
            : 'the report changed meanwhile; reload it',
        );
      }
      id = Number(row.id);
      version = r.rows[0].version;
    }
    if (!row || row.status !== to) {
      await tx.query('INSERT INTO report_transition (submission_id, from_status, to_status, version, actor_id, at, reason) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
        id,
        row?.status ?? null,
        to,
        version,
        actorId,
        now,
        reason,
      ]);
    }
    return id;
  }

  async saveDraft(principal: Principal, ref: FilingRef, input: DraftInput): Promise<SubmissionDto> {
    const { template, unit, period } = await this.context(principal, ref, 'fill');
    const actorId = this.userId(principal);
    const unknown = Object.keys(input.figures).filter((c) => !template.fields.some((f) => f.code === c));
    if (unknown.length) throw new BadRequestError(`figures: not fields of ${template.code}: ${unknown.join(', ')}`, unknown.map((c) => ({ field: `figures.${c}`, reason: 'not a field of this report' })));
    await withTransaction(this.pool, async (tx) => {
      const row = await this.row(ref, tx);
      this.checkVersion(row, input.version, ['draft', 'rejected']);
      await this.transition(tx, ref, row, actorId, 'draft', { figures: JSON.stringify(input.figures), narrative: input.narrative });
      await this.audit.record({ action: 'report.draft-save', outcome: 'success', actor: auditActorOf(principal), target: `${ref.template}/${ref.unit.code}/${ref.period}` }, tx);
    });
    this.onChange();
    return this.dto(template, unit, period, await this.row(ref));
  }

  /**
   * Submits the content the specialist signed. The signature is checked against the
   * unit's registered keys over the canonical content; a missing, unknown, revoked or
   * non-matching signature refuses the submission and nothing is written.
   */
  async submit(principal: Principal, ref: FilingRef, input: SubmitInput): Promise<SubmissionDto> {
    const { template, unit, period } = await this.context(principal, ref, 'fill');
    const actorId = this.userId(principal);
    const errors = checkFigures(template.fields, input.figures);
    if (errors.length) throw new BadRequestError(`Invalid report: ${errors.map((e) => `${e.field}: ${e.reason}`).join('; ')}`, errors);
    const content = canonicalSubmission({ template: ref.template, unit: ref.unit.code, period: ref.period, version: input.version, figures: input.figures, narrative: input.narrative });
    try {
      await this.keys.verify(ref.unit, input.signature.keyId, content, input.signature.value);
    } catch (err) {
      await this.audit.record({ action: 'report.submit', outcome: 'failure', actor: auditActorOf(principal), target: `${ref.template}/${ref.unit.code}/${ref.period}`, details: { reason: (err as Error).message } });
      throw err;
    }
    const now = this.clock();
    await withTransaction(this.pool, async (tx) => {
      const row = await this.row(ref, tx);
      this.checkVersion(row, input.version, ['draft', 'rejected']);
      await this.transition(tx, ref, row, actorId, 'submitted', {
        figures: JSON.stringify(input.figures),
        narrative: input.narrative,
        submitted_at: now,
        submitted_by: actorId,
        decided_at: null,
        decided_by: null,
        rejection_reason: null,
        signing_key_id: input.signature.keyId,
        signature: input.signature.value,
        signed_content: content,
        signature_verified_at: now,
      });
      await this.audit.record({ action: 'report.submit', outcome: 'success', actor: auditActorOf(principal), target: `${ref.template}/${ref.unit.code}/${ref.period}`, details: { keyId: input.signature.keyId } }, tx);
    });
    this.onChange();
    return this.dto(template, unit, period, await this.row(ref));
  }

  /** The leader's decision. Approval writes the figures tied to indicators as measurements, in the same transaction. */
  async decide(principal: Principal, ref: FilingRef, input: DecisionInput): Promise<SubmissionDto> {
    const { template, unit, period } = await this.context(principal, ref, 'decide');
    const actorId = this.userId(principal);
    const row = await this.row(ref);
    if (!row) throw new NotFoundError('nothing has been submitted for this period');
    this.checkVersion(row, input.version, ['submitted']);
    const target = `${ref.template}/${ref.unit.code}/${ref.period}`;
    const actor = auditActorOf(principal);
    const now = this.clock();
    if (input.decision === 'reject') {
      await withTransaction(this.pool, async (tx) => {
        await this.transition(tx, ref, row, actorId, 'rejected', { decided_at: now, decided_by: actorId, rejection_reason: input.reason }, input.reason);
        await this.audit.record({ action: 'report.reject', outcome: 'success', actor, target, details: { reason: input.reason } }, tx);
      });
    } else {
      const observations = this.observationsOf(template, ref.unit, row);
      const scope = { agencyCode: template.responsibleAgencyCode, indicators: observations.map((o) => o.indicator), units: [observations[0]?.unit ?? PROVINCE_CODE] };
      const batch = await this.ingest.ingestApprovedReport(scope, observations, Number(row.id), async (tx) => {
        await this.transition(tx, ref, row, actorId, 'approved', { decided_at: now, decided_by: actorId });
        await this.audit.record({ action: 'report.approve', outcome: 'success', actor, target, details: { measurements: observations.length } }, tx);
      });
      if (batch) await this.pool.query('UPDATE report_submission SET ingest_batch_id = $2 WHERE id = $1', [row.id, batch.batchId]);
    }
    this.onChange();
    return this.dto(template, unit, period, await this.row(ref));
  }

  /**
   * The approved figures tied to indicators, as ingestion observations: at the commune
   * for a commune's filing, at the province for an agency's, for the period of the
   * indicator's kind that contains the moment the figures were signed.
   */
  private observationsOf(template: ReportTemplate, unit: ReportingUnitRef, row: SubmissionRow) {
    const signedAt = row.submitted_at ?? this.clock();
    return template.fields
      .filter((f): f is typeof f & { indicator: IndicatorCode } => f.indicator !== undefined)
      .map((f) => {
        const value = row.figures[f.code];
        if (!value || !('numerator' in value)) throw new BadRequestError(`figures.${f.code}: missing`);
        return {
          indicator: f.indicator,
          unit: unit.kind === 'commune' ? unit.code : PROVINCE_CODE,
          period: periodOf(getIndicator(f.indicator).period, signedAt),
          numerator: value.numerator,
          denominator: value.denominator,
          source: template.code,
        };
      });
  }

  /** The filings a unit owes for the current periods, with their state. */
  async listForUnit(principal: Principal, unitRef: ReportingUnitRef): Promise<FilingSummary[]> {
    checkScope(principal, unitRef, 'read');
    const withFields = new Set((await this.templates.list()).filter((t) => t.fields.length > 0).map((t) => t.code));
    const rows = await this.compliance.rows(this.clock(), unitRef);
    return rows.map((r) => ({
      template: r.template,
      reportName: r.reportName,
      reportKind: r.reportKind,
      unit: r.unit,
      period: r.period,
      periodLabel: r.periodLabel,
      due: r.due,
      status: r.workflowStatus,
      compliance: r.status,
      hasFields: withFields.has(r.template),
      isDemo: r.isDemo,
    }));
  }
}
