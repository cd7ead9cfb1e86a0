/**
 * The report catalogue as both sides see it: the periodic reports of the annex
 * of Quy định 228/QĐ-UBND (seed 002, Điều 4.1 and Phụ lục), and the thematic and
 * ad hoc reports that a lead agency creates with its own indicators and
 * deadline (Điều 4.2–4.3, 6.3). A report's form is its list of fields (Điều 5.1);
 * a field tied to an indicator becomes a measurement when the report is approved.
 */
import { z } from 'zod';
import { INDICATOR_CODES, type IndicatorCode } from '../indicators/catalogue.js';
import { dueDates, type DeadlineReport, type DueDates, type ReportPeriod, type ReportPeriodKind, type StatisticsReportId } from './deadlines.js';
import { onOrNextWorkingDay, type IsoDate } from './holidays.js';

export const REPORT_KINDS = ['periodic', 'thematic', 'ad-hoc'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_KIND_LABELS: Record<ReportKind, { vi: string; en: string }> = {
  periodic: { vi: 'Định kỳ', en: 'Periodic' },
  thematic: { vi: 'Chuyên đề', en: 'Thematic' },
  'ad-hoc': { vi: 'Đột xuất', en: 'Ad hoc' },
};

/** Who files a report: the agency itself, or each of the 75 communes to the lead agency. */
export const REPORT_PARTICIPANTS = ['self', 'communes'] as const;
export type ReportParticipants = (typeof REPORT_PARTICIPANTS)[number];

export const FIELD_MEASURES = ['ratio', 'count', 'amount'] as const;
export type FieldMeasure = (typeof FIELD_MEASURES)[number];

export const FIELD_CODE_PATTERN = /^[A-Z0-9][A-Z0-9._-]{0,63}$/;

export const reportFieldSchema = z.object({
  code: z.string().regex(FIELD_CODE_PATTERN, 'upper-case letters, digits, dot, dash or underscore'),
  nameVi: z.string().trim().min(3).max(300),
  measure: z.enum(FIELD_MEASURES),
  unitLabel: z.string().trim().max(40).default(''),
  /** The wall's indicator this field feeds once approved; a ratio of that indicator. */
  indicator: z.enum(INDICATOR_CODES as unknown as [IndicatorCode, ...IndicatorCode[]]).optional(),
});
export type ReportField = z.infer<typeof reportFieldSchema>;

export interface ReportTemplate {
  code: string;
  kind: ReportKind;
  /** The agency as the annex prints it, or the lead agency of a thematic/ad hoc report. */
  agencyCode: string;
  agencyName: string;
  /** Who files it today: the agency, or its successor after the 2025 reorganisation. */
  responsibleAgencyCode: string;
  responsibleAgencyName: string;
  nameVi: string;
  periods: ReportPeriodKind[];
  /** The period cell of the annex as printed. */
  annexPeriod: string | null;
  /** Row 21 of the annex (Cục Thống kê tỉnh): the item whose own date applies. */
  statisticsItem: number | null;
  /** The socio-economic tables of Sở Kế hoạch và Đầu tư follow Điều 8.1.c. */
  regime: 'periodic' | 'socio-economic';
  participants: ReportParticipants;
  fields: ReportField[];
  /** A one-off thematic/ad hoc report's deadline, set by its lead agency. */
  dueDate: IsoDate | null;
  isDemo: boolean;
  source: string;
}

/** The annex's reports of row 2, items 1–3 ("Biểu chỉ tiêu kinh tế - xã hội chủ yếu"): Điều 8.1.c. */
export const SOCIO_ECONOMIC_REPORT_CODES: readonly string[] = ['QD228-02-01', 'QD228-02-02', 'QD228-02-03'];

/** What determines the deadline of `template` filed by a unit of `unitKind`. */
export function deadlineReportOf(template: Pick<ReportTemplate, 'statisticsItem' | 'regime'>, unitKind: 'agency' | 'commune'): DeadlineReport {
  if (template.statisticsItem !== null) return { reporter: 'statistics-office', statisticsReportId: template.statisticsItem as StatisticsReportId };
  if (unitKind === 'commune') return { reporter: 'commune', regime: template.regime };
  // The socio-economic tables are the planning department's own compilation, published by the 23rd.
  if (template.regime === 'socio-economic') return { reporter: 'lead-agency', regime: 'socio-economic' };
  return { reporter: 'agency', regime: 'periodic' };
}

/** The due dates of a filing; a one-off thematic/ad hoc report has its own date, moved off holidays like the rest. */
export function templateDueDates(template: Pick<ReportTemplate, 'statisticsItem' | 'regime' | 'dueDate'>, unitKind: 'agency' | 'commune', period: ReportPeriod): DueDates {
  if (template.dueDate) {
    const moved = onOrNextWorkingDay(template.dueDate);
    return { submit: moved, publish: moved, nominal: { submit: template.dueDate, publish: template.dueDate } };
  }
  return dueDates(deadlineReportOf(template, unitKind), period);
}

export const thematicReportSchema = z
  .object({
    kind: z.enum(['thematic', 'ad-hoc']),
    nameVi: z.string().trim().min(5).max(300),
    periods: z.array(z.enum(['month', 'quarter', 'half-year', 'nine-months', 'year'])).max(5).default([]),
    participants: z.enum(REPORT_PARTICIPANTS),
    fields: z.array(reportFieldSchema).min(1).max(50),
    dueDate: z.iso.date().nullable().default(null),
  })
  .refine((t) => t.periods.length > 0 || t.dueDate !== null, { message: 'a report without a period needs a dueDate', path: ['dueDate'] })
  .refine((t) => new Set(t.fields.map((f) => f.code)).size === t.fields.length, { message: 'field codes must be unique', path: ['fields'] });
export type ThematicReportInput = z.infer<typeof thematicReportSchema>;
