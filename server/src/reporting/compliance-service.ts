/**
 * Compliance on a day (Điều 12 of seed 002): for every report and every unit that
 * files it, the current period, its deadline, and whether it was delivered on
 * time, late, or not at all — with the reminders due.
 */
import type pg from 'pg';
import { summariseCompliance, complianceStatus, toLocalIsoDate, type ComplianceResponse, type ComplianceRow, type ReportingUnitRef, type SubmissionStatus } from '@ioc/shared';
import { currentPeriods } from './filing-periods.js';
import type { ReportTemplates } from './report-templates-repository.js';
import type { ReportingUnits } from './reporting-units.js';

export class ComplianceService {
  /** The last answer and what it was computed from: every wall refetches after each change, and most refetches find nothing new. */
  private cache: { key: string; value: ComplianceResponse } | null = null;

  constructor(
    private readonly pool: pg.Pool,
    private readonly templates: ReportTemplates,
    private readonly units: ReportingUnits,
    private readonly clock: () => Date,
  ) {}

  async compute(): Promise<ComplianceResponse> {
    const now = this.clock();
    const key = `${toLocalIsoDate(now)}|${await this.dataVersion()}`;
    if (this.cache?.key === key) return { ...this.cache.value, asOf: now.toISOString() };
    const rows = await this.rows(now);
    const value: ComplianceResponse = { asOf: now.toISOString(), today: toLocalIsoDate(now), rows, ...summariseCompliance(rows), includesDemo: rows.some((r) => r.isDemo) };
    this.cache = { key, value };
    return value;
  }

  /**
   * Changes whenever a filing or the catalogue changes, in this process or another
   * (every transition raises a filing's version): statuses otherwise depend only on the day.
   */
  private async dataVersion(): Promise<string> {
    const r = await this.pool.query<{ v: string }>(
      `SELECT (SELECT count(*) FROM report_submission) || ':' || (SELECT coalesce(sum(version), 0) FROM report_submission) || ':' || (SELECT count(*) FROM report_template) AS v`,
    );
    return r.rows[0]!.v;
  }

  /** One row per report × filing unit × current period on `now`; with `only`, that unit's rows. */
  async rows(now: Date, only?: ReportingUnitRef): Promise<ComplianceRow[]> {
    const [templates, allUnits] = await Promise.all([this.templates.list(), this.units.all()]);
    const mine = (u: ReportingUnitRef) => !only || (u.kind === only.kind && u.code === only.code);
    const communes = allUnits.filter((u) => u.kind === 'commune' && mine(u));
    const agencies = new Map(allUnits.filter((u) => u.kind === 'agency').map((u) => [u.code, u]));
    const submissions = await this.pool.query<{ template_code: string; unit_code: string; period_key: string; status: SubmissionStatus; submitted_at: Date | null; is_demo: boolean }>(
      'SELECT template_code, unit_code, period_key, status, submitted_at, is_demo FROM report_submission WHERE $1::text IS NULL OR unit_code = $1',
      [only?.code ?? null],
    );
    const byKey = new Map(submissions.rows.map((s) => [`${s.template_code}|${s.unit_code}|${s.period_key}`, s]));
    const rows: ComplianceRow[] = [];
    for (const template of templates) {
      const filers = (
        template.participants === 'communes' ? communes : [agencies.get(template.responsibleAgencyCode) ?? { kind: 'agency' as const, code: template.responsibleAgencyCode, name: template.responsibleAgencyName }]
      ).filter(mine);
      for (const unit of filers) {
        for (const period of currentPeriods(template, unit.kind, now)) {
          const s = byKey.get(`${template.code}|${unit.code}|${period.key}`);
          const delivered = s && (s.status === 'submitted' || s.status === 'approved') ? s.submitted_at : null;
          rows.push({
            template: template.code,
            reportName: template.nameVi,
            reportKind: template.kind,
            unit,
            period: period.key,
            periodLabel: period.label,
            due: period.due,
            status: complianceStatus(period.due, delivered, now),
            workflowStatus: s?.status ?? null,
            deliveredAt: delivered?.toISOString() ?? null,
            isDemo: template.isDemo || (s?.is_demo ?? false),
          });
        }
      }
    }
    return rows;
  }
}
