/**
 * The report catalogue in the database: the annex's periodic reports (loaded by
 * report-catalogue-loader.ts) and the thematic and ad hoc reports that lead
 * agencies create (Điều 4, 6.3 of seed 002).
 */
import type pg from 'pg';
import { getIndicator, type ReportField, type ReportTemplate, type ThematicReportInput } from '@ioc/shared';
import { BadRequestError, NotFoundError } from '../errors.js';

interface TemplateRow {
  code: string;
  kind: ReportTemplate['kind'];
  agency_code: string;
  agency_name: string;
  responsible_code: string;
  responsible_name: string;
  name_vi: string;
  periods: ReportTemplate['periods'];
  annex_period: string | null;
  statistics_item: number | null;
  regime: ReportTemplate['regime'];
  participants: ReportTemplate['participants'];
  fields: ReportField[];
  due_date: string | null;
  is_demo: boolean;
  source: string;
}

const toTemplate = (r: TemplateRow): ReportTemplate => ({
  code: r.code,
  kind: r.kind,
  agencyCode: r.agency_code,
  agencyName: r.agency_name,
  responsibleAgencyCode: r.responsible_code,
  responsibleAgencyName: r.responsible_name,
  nameVi: r.name_vi,
  periods: r.periods,
  annexPeriod: r.annex_period,
  statisticsItem: r.statistics_item,
  regime: r.regime,
  participants: r.participants,
  fields: r.fields,
  dueDate: r.due_date,
  isDemo: r.is_demo,
  source: r.source,
});

// A merged department's reports are filed by its successor (one level: no successor was merged again).
const SELECT = `
  SELECT t.code, t.kind, t.agency_code, a.name_vi AS agency_name,
         coalesce(a.successor_code, a.code) AS responsible_code, coalesce(s.name_vi, a.name_vi) AS responsible_name,
         t.name_vi, t.periods, t.annex_period, t.statistics_item, t.regime, t.participants, t.fields,
         to_char(t.due_date, 'YYYY-MM-DD') AS due_date, t.is_demo, t.source
  FROM report_template t JOIN agency a ON a.code = t.agency_code LEFT JOIN agency s ON s.code = a.successor_code`;

export class ReportTemplates {
  constructor(private readonly pool: pg.Pool) {}

  async list(): Promise<ReportTemplate[]> {
    const r = await this.pool.query<TemplateRow>(`${SELECT} ORDER BY t.kind, t.code`);
    return r.rows.map(toTemplate);
  }

  async get(code: string): Promise<ReportTemplate> {
    const r = await this.pool.query<TemplateRow>(`${SELECT} WHERE t.code = $1`, [code]);
    if (!r.rows[0]) throw new NotFoundError(`no report ${code} in the catalogue`);
    return toTemplate(r.rows[0]);
  }

  /**
   * A thematic or ad hoc report of `agencyCode`, with its own fields (Điều 6.3: the
   * lead agency builds the indicator set and the form). A field tied to an indicator
   * must be one that is reported at the level of the units that will file it.
   */
  async createThematic(agencyCode: string, input: ThematicReportInput, createdBy: number, isDemo = false): Promise<ReportTemplate> {
    const level = input.participants === 'communes' ? 'commune' : 'province';
    input.fields.forEach((f, i) => {
      if (!f.indicator) return;
      const def = getIndicator(f.indicator);
      if (!def.reportedAt.includes(level)) {
        throw new BadRequestError(`fields.${i}.indicator: ${f.indicator} is not reported per ${level}`, [{ field: `fields.${i}.indicator`, reason: `not reported per ${level}` }]);
      }
      if (f.measure !== 'ratio') throw new BadRequestError(`fields.${i}.measure: a field tied to an indicator is a ratio`, [{ field: `fields.${i}.measure`, reason: 'must be ratio' }]);
    });
    const prefix = input.kind === 'thematic' ? 'CD' : 'DX';
    const n = await this.pool.query<{ n: string }>(`SELECT count(*) AS n FROM report_template WHERE code LIKE $1`, [`${prefix}-${agencyCode}-%`]);
    const code = `${prefix}-${agencyCode}-${Number(n.rows[0]!.n) + 1}`;
    await this.pool.query(
      `INSERT INTO report_template (code, kind, agency_code, name_vi, periods, participants, fields, due_date, is_demo, source, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [code, input.kind, agencyCode, input.nameVi, input.periods, input.participants, JSON.stringify(input.fields), input.dueDate, isDemo, `Quy định 228/QĐ-UBND, Điều 4, 6.3: created by ${agencyCode}`, createdBy],
    );
    return this.get(code);
  }
}
