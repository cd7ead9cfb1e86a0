/**
 * The reporting API (server/src/reporting/reporting-routes.ts) as typed calls,
 * and the addresses of the report screens.
 */
import type { DecisionInput, DraftInput, FilingSummary, PrincipalInfo, ReportingUnitRef, SigningKeyDto, SubmissionDto, SubmitInput } from '@ioc/shared';
import { getJson, sendJson } from '../lib/http.js';

export interface FilingRef {
  template: string;
  unitKind: 'agency' | 'commune';
  unitCode: string;
  period: string;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const seg = encodeURIComponent;

/** The page of one unit's report for one period. */
export function filingHref(ref: FilingRef): string {
  return `/reports/${seg(ref.template)}/${ref.unitKind}/${seg(ref.unitCode)}/${seg(ref.period)}`;
}

/** A unit's list of reports; a reader (operator, viewer) names the unit. */
export function reportsHref(unit?: ReportingUnitRef): string {
  return unit ? `/reports?${new URLSearchParams({ unitKind: unit.kind, unitCode: unit.code }).toString()}` : '/reports';
}

export const KEYS_HREF = '/reports/keys';

const filingApi = (ref: FilingRef) => `/api/reports/filings/${seg(ref.template)}/${ref.unitKind}/${seg(ref.unitCode)}/${seg(ref.period)}`;

function unitQuery(unit: ReportingUnitRef | null): string {
  return unit ? `?${new URLSearchParams({ unitKind: unit.kind, unitCode: unit.code }).toString()}` : '';
}

export const reportsApi = {
  me: (signal: AbortSignal) => getJson<PrincipalInfo>('/api/auth/me', signal),
  filings: (unit: ReportingUnitRef | null, signal: AbortSignal) => getJson<{ filings: FilingSummary[] }>(`/api/reports/filings${unitQuery(unit)}`, signal),
  filing: (ref: FilingRef, signal: AbortSignal) => getJson<SubmissionDto>(filingApi(ref), signal),
  saveDraft: (ref: FilingRef, input: DraftInput) => sendJson<SubmissionDto>('PUT', `${filingApi(ref)}/draft`, input),
  upload: (ref: FilingRef, file: Blob) => sendJson<SubmissionDto>('POST', `${filingApi(ref)}/upload`, file, XLSX_TYPE),
  submit: (ref: FilingRef, input: SubmitInput) => sendJson<SubmissionDto>('POST', `${filingApi(ref)}/submit`, input),
  decide: (ref: FilingRef, input: DecisionInput) => sendJson<SubmissionDto>('POST', `${filingApi(ref)}/decision`, input),
  /** The empty Excel form of a report (a plain link: the session cookie goes with it). */
  formHref: (template: string) => `/api/reports/templates/${seg(template)}/form.xlsx`,
  keys: (unit: ReportingUnitRef | null, signal?: AbortSignal) => getJson<{ keys: SigningKeyDto[] }>(`/api/reports/keys${unitQuery(unit)}`, signal),
  registerKey: (input: { publicKeyPem: string; label: string; unit?: ReportingUnitRef }) => sendJson<SigningKeyDto>('POST', '/api/reports/keys', { algorithm: 'ECDSA-P256', ...input }),
  revokeKey: (id: string) => sendJson<SigningKeyDto>('DELETE', `/api/reports/keys/${seg(id)}`),
};
