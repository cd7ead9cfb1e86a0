/**
 * The form of /reports/new as plain data (pure, tested): a lead agency's thematic
 * or ad hoc report (Quy định 228/QĐ-UBND, Điều 4 and 6.3: "đơn vị được giao nhiệm
 * vụ chủ trì phải thực hiện xây dựng bộ chỉ tiêu, biểu mẫu"). The form state
 * becomes the body of POST /api/reports/templates; the checks are the shared
 * schema's (thematicReportSchema) plus the server's own rules on indicators
 * (ReportTemplates.createThematic), so the page says before sending what the
 * server would refuse, next to the input concerned.
 */
import {
  INDICATORS,
  can,
  onOrNextWorkingDay,
  thematicReportSchema,
  type FieldMeasure,
  type IndicatorCode,
  type IndicatorDefinition,
  type IsoDate,
  type PrincipalInfo,
  type ReportParticipants,
  type ReportTemplate,
  type UnitLevel,
} from '@ioc/shared';

/** The periods a thematic report may repeat over (the schema's list), in the order the form shows them. */
export const NEW_REPORT_PERIODS = ['month', 'quarter', 'half-year', 'nine-months', 'year'] as const;
export type NewReportPeriod = (typeof NEW_REPORT_PERIODS)[number];

export const NEW_REPORT_KINDS = ['thematic', 'ad-hoc'] as const;
export type NewReportKind = (typeof NEW_REPORT_KINDS)[number];

/** The parts of a field's row, as the form and the test ids name them, and the request's key for each. */
export const FIELD_PARTS = { code: 'code', name: 'nameVi', measure: 'measure', unit: 'unitLabel', indicator: 'indicator' } as const;
export type FieldPart = keyof typeof FIELD_PARTS;

export interface FieldDraft {
  /** Stable across removals (the row's React key); not sent. */
  id: number;
  code: string;
  nameVi: string;
  measure: FieldMeasure;
  unitLabel: string;
  indicator: IndicatorCode | null;
}

export interface NewReportDraft {
  kind: NewReportKind;
  nameVi: string;
  participants: ReportParticipants;
  periods: NewReportPeriod[];
  /** yyyy-mm-dd as a date input gives it, or ''; used only when no period is checked. */
  dueDate: string;
  /** The lead agency an administrator chooses ('' until chosen); a leader's own agency is used otherwise. */
  agencyCode: string;
  fields: FieldDraft[];
  nextFieldId: number;
}

/** The body of POST /api/reports/templates. */
export interface NewReportRequest {
  kind: NewReportKind;
  nameVi: string;
  periods: NewReportPeriod[];
  participants: ReportParticipants;
  fields: { code: string; nameVi: string; measure: FieldMeasure; unitLabel: string; indicator?: IndicatorCode }[];
  dueDate: string | null;
  agencyCode?: string;
}

export function emptyField(id: number): FieldDraft {
  return { id, code: '', nameVi: '', measure: 'count', unitLabel: '', indicator: null };
}

export function emptyDraft(): NewReportDraft {
  return { kind: 'thematic', nameVi: '', participants: 'self', periods: [], dueDate: '', agencyCode: '', fields: [emptyField(1)], nextFieldId: 2 };
}

/** May this person create a thematic or ad hoc report? A leader only for an agency (the server refuses a commune). */
export function mayCreateReports(principal: Pick<PrincipalInfo, 'role' | 'unit'>): boolean {
  if (!can(principal.role, 'createThematicReports')) return false;
  return principal.role === 'leader' ? principal.unit?.kind === 'agency' : true;
}

/** An administrator names the lead agency; a leader's own agency is used. */
export function choosesAgency(principal: Pick<PrincipalInfo, 'role'>): boolean {
  return principal.role !== 'leader';
}

/** The level at which the filers report: the agency itself reports for the province, each commune for itself. */
export function levelOf(participants: ReportParticipants): UnitLevel {
  return participants === 'communes' ? 'commune' : 'province';
}

/** The wall's indicators a field may feed: those recorded at the level of the units that file the report. */
export function indicatorsOffered(participants: ReportParticipants): IndicatorDefinition[] {
  const level = levelOf(participants);
  return INDICATORS.filter((i) => (i.reportedAt as readonly UnitLevel[]).includes(level));
}

function offers(participants: ReportParticipants, indicator: IndicatorCode): boolean {
  return indicatorsOffered(participants).some((i) => i.code === indicator);
}

/** The request's field code: upper case as typed (the pattern allows no lower case). */
export function normaliseCode(raw: string): string {
  return raw.toUpperCase();
}

export function addField(draft: NewReportDraft): NewReportDraft {
  return { ...draft, fields: [...draft.fields, emptyField(draft.nextFieldId)], nextFieldId: draft.nextFieldId + 1 };
}

export function removeField(draft: NewReportDraft, id: number): NewReportDraft {
  return { ...draft, fields: draft.fields.filter((f) => f.id !== id) };
}

/**
 * A change to one field. A field tied to an indicator is a ratio (the server
 * refuses anything else): choosing an indicator sets the measure, and "%" as the
 * unit when none was given.
 */
export function updateField(draft: NewReportDraft, id: number, patch: Partial<Omit<FieldDraft, 'id'>>): NewReportDraft {
  return {
    ...draft,
    fields: draft.fields.map((f) => {
      if (f.id !== id) return f;
      const next: FieldDraft = { ...f, ...patch };
      if (patch.code !== undefined) next.code = normaliseCode(patch.code);
      if (next.indicator !== null) {
        next.measure = 'ratio';
        if (patch.indicator && next.unitLabel.trim() === '') next.unitLabel = '%';
      }
      return next;
    }),
  };
}

/** Who files it; an indicator not recorded at the new level is untied (the server would refuse it). */
export function setParticipants(draft: NewReportDraft, participants: ReportParticipants): NewReportDraft {
  return {
    ...draft,
    participants,
    fields: draft.fields.map((f) => (f.indicator !== null && !offers(participants, f.indicator) ? { ...f, indicator: null } : f)),
  };
}

/** Checks or unchecks a period; the list stays in the form's order. */
export function togglePeriod(draft: NewReportDraft, period: NewReportPeriod, on: boolean): NewReportDraft {
  const chosen = new Set(draft.periods);
  if (on) chosen.add(period);
  else chosen.delete(period);
  return { ...draft, periods: NEW_REPORT_PERIODS.filter((p) => chosen.has(p)) };
}

/** The body to send. Periods win over a one-off deadline (the deadline input is off while a period is checked). */
export function requestBody(draft: NewReportDraft, options: { withAgency: boolean }): NewReportRequest {
  const periods = NEW_REPORT_PERIODS.filter((p) => draft.periods.includes(p));
  const body: NewReportRequest = {
    kind: draft.kind,
    nameVi: draft.nameVi.trim(),
    periods,
    participants: draft.participants,
    fields: draft.fields.map((f) => ({
      code: f.code.trim(),
      nameVi: f.nameVi.trim(),
      measure: f.measure,
      unitLabel: f.unitLabel.trim(),
      ...(f.indicator ? { indicator: f.indicator } : {}),
    })),
    dueDate: periods.length > 0 ? null : draft.dueDate.trim() || null,
  };
  if (options.withAgency && draft.agencyCode) body.agencyCode = draft.agencyCode;
  return body;
}

export type IssueCode =
  | 'required'
  | 'too-short'
  | 'too-long'
  | 'code-pattern'
  | 'duplicate-code'
  | 'no-fields'
  | 'too-many-fields'
  | 'period-or-date'
  | 'invalid-date'
  | 'indicator-level'
  | 'indicator-ratio'
  | 'agency-required'
  | 'invalid'
  | 'server';

/** One thing to fix, at a path of the request ("nameVi", "fields.2.code"); `limit` for lengths, `detail` for the raw reason. */
export interface FormIssue {
  path: string;
  code: IssueCode;
  limit?: number;
  detail?: string;
}

type SchemaIssue = NonNullable<ReturnType<typeof thematicReportSchema.safeParse>['error']>['issues'][number];

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function fromSchemaIssue(issue: SchemaIssue, body: NewReportRequest): FormIssue | null {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'custom') {
    // Unique codes are checked row by row (checkDraft), so each duplicate is marked where it is.
    if (path === 'fields') return null;
    if (path === 'dueDate') return { path, code: 'period-or-date' };
    return { path, code: 'invalid', detail: issue.message };
  }
  const value = valueAt(body, issue.path);
  if (typeof value === 'string' && value.trim() === '') return { path, code: 'required' };
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'array' ? { path, code: 'no-fields' } : { path, code: 'too-short', limit: Number(issue.minimum) };
    case 'too_big':
      return issue.origin === 'array' ? { path, code: 'too-many-fields', limit: Number(issue.maximum) } : { path, code: 'too-long', limit: Number(issue.maximum) };
    case 'invalid_format':
      return issue.format === 'regex' ? { path, code: 'code-pattern' } : { path, code: 'invalid-date' };
    default:
      return { path, code: 'invalid', detail: issue.message };
  }
}

/**
 * What stops the draft being created, one issue per path: the shared schema
 * (thematicReportSchema.safeParse), unique field codes, the server's rules on
 * indicators, and an administrator's lead agency. Empty: ready to send.
 */
export function checkDraft(draft: NewReportDraft, options: { withAgency: boolean }): FormIssue[] {
  const body = requestBody(draft, options);
  const issues: FormIssue[] = [];
  const add = (issue: FormIssue | null) => {
    if (issue && !issues.some((i) => i.path === issue.path)) issues.push(issue);
  };
  if (options.withAgency && !body.agencyCode) add({ path: 'agencyCode', code: 'agency-required' });
  const parsed = thematicReportSchema.safeParse(body);
  if (!parsed.success) for (const issue of parsed.error.issues) add(fromSchemaIssue(issue, body));
  const counts = new Map<string, number>();
  for (const f of body.fields) if (f.code) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  body.fields.forEach((f, i) => {
    if (f.code && (counts.get(f.code) ?? 0) > 1) add({ path: `fields.${i}.code`, code: 'duplicate-code' });
    if (f.indicator && !offers(body.participants, f.indicator)) add({ path: `fields.${i}.indicator`, code: 'indicator-level' });
    if (f.indicator && f.measure !== 'ratio') add({ path: `fields.${i}.measure`, code: 'indicator-ratio' });
  });
  return issues;
}

/** The server's 400 `error.details` ([{field, reason}]) as issues of the form. */
export function issuesFromServer(details: readonly { field: string; reason: string }[]): FormIssue[] {
  return details.map(({ field, reason }) => {
    if (field === 'agencyCode') return { path: field, code: 'agency-required' };
    if (/\.indicator$/.test(field) && reason.startsWith('not reported per')) return { path: field, code: 'indicator-level' };
    if (/\.measure$/.test(field) && reason === 'must be ratio') return { path: field, code: 'indicator-ratio' };
    return { path: field, code: 'server', detail: reason };
  });
}

/** The paths the form shows an input for (an issue elsewhere is listed above the submit button). */
export function formPaths(draft: NewReportDraft, options: { withAgency: boolean }): Set<string> {
  const paths = ['kind', 'nameVi', 'participants', 'periods', 'dueDate', 'fields'];
  if (options.withAgency) paths.push('agencyCode');
  draft.fields.forEach((_, i) => {
    for (const key of Object.values(FIELD_PARTS)) paths.push(`fields.${i}.${key}`);
  });
  return new Set(paths);
}

/** The issues of one path. */
export function issuesAt(issues: readonly FormIssue[], path: string): FormIssue[] {
  return issues.filter((i) => i.path === path);
}

/**
 * Server issues that still apply after an edit at `path`: those of that input
 * are dropped (the person is fixing them); removing a row drops every field's
 * (the rows' numbers moved).
 */
export function withoutIssuesAt(issues: readonly FormIssue[], path: string): FormIssue[] {
  return issues.filter((i) => i.path !== path && !i.path.startsWith(`${path}.`));
}

/** Lead agencies an administrator may choose: those responsible for reports in the catalogue today, by name. */
export function agenciesOf(templates: readonly Pick<ReportTemplate, 'responsibleAgencyCode' | 'responsibleAgencyName'>[]): { code: string; name: string }[] {
  const byCode = new Map<string, string>();
  for (const t of templates) if (!byCode.has(t.responsibleAgencyCode)) byCode.set(t.responsibleAgencyCode, t.responsibleAgencyName);
  return [...byCode].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.code.localeCompare(b.code));
}

/** A one-off deadline as chosen, and the day it really falls due (moved off weekends and holidays, Điều 8.1.b); null when not a date. */
export function dueDateInfo(value: string): { nominal: IsoDate; effective: IsoDate } | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  try {
    return { nominal: value, effective: onOrNextWorkingDay(value) };
  } catch {
    return null;
  }
}
