/**
 * A report filed by one unit for one period, as it moves through the workflow
 * of Điều 7 (seed 002): draft → submitted → approved, or rejected with a reason
 * and back to the specialist → submitted again. What is signed (Điều 10.2: "Dữ
 * liệu trước khi gửi phải được ký số") is the canonical JSON (RFC 8785) of the
 * content below, so a signature made in the browser verifies on the server
 * whatever the key order or number formatting on the way.
 */
import canonicalize from 'canonicalize';
import { z } from 'zod';
import type { ReportingUnitRef } from '../auth/roles.js';
import type { ComplianceStatus } from './compliance.js';
import type { FieldMeasure, ReportField } from './report-templates.js';

export const SUBMISSION_STATUSES = ['draft', 'submitted', 'approved', 'rejected'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, { vi: string; en: string }> = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  submitted: { vi: 'Chờ duyệt', en: 'Awaiting approval' },
  approved: { vi: 'Đã duyệt', en: 'Approved' },
  rejected: { vi: 'Bị trả lại', en: 'Rejected' },
};

export const SIGNATURE_ALGORITHMS = ['ECDSA-P256', 'Ed25519'] as const;
export type SignatureAlgorithm = (typeof SIGNATURE_ALGORITHMS)[number];

const finite = z.number().finite().nonnegative();
export const figureValueSchema = z.union([
  z.object({ numerator: finite, denominator: finite.refine((d) => d > 0, 'must be greater than 0') }).strict(),
  z.object({ value: z.number().finite() }).strict(),
]);
export type FigureValue = z.infer<typeof figureValueSchema>;
export type Figures = Record<string, FigureValue>;

export const NARRATIVE_MAX_LENGTH = 20_000;

export const draftInputSchema = z.object({
  /** The version the specialist edited; a stale one is a conflict. Omitted for a new draft. */
  version: z.number().int().nonnegative().optional(),
  figures: z.record(z.string(), figureValueSchema),
  narrative: z.string().max(NARRATIVE_MAX_LENGTH).default(''),
});
export type DraftInput = z.infer<typeof draftInputSchema>;

export const submitInputSchema = z.object({
  version: z.number().int().nonnegative(),
  figures: z.record(z.string(), figureValueSchema),
  narrative: z.string().max(NARRATIVE_MAX_LENGTH),
  signature: z.object({
    keyId: z.string().min(8).max(64),
    /** Base64 of the raw signature (IEEE P1363 r‖s for ECDSA, as WebCrypto produces). */
    value: z.string().min(16).max(1024),
  }),
});
export type SubmitInput = z.infer<typeof submitInputSchema>;

export const decisionInputSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve'), version: z.number().int().nonnegative() }),
  z.object({
    decision: z.literal('reject'),
    version: z.number().int().nonnegative(),
    reason: z.string().trim().min(5, 'a rejection needs its reason (Điều 7.3.a), at least 5 characters').max(2000),
  }),
]);
export type DecisionInput = z.infer<typeof decisionInputSchema>;

/** What is signed: the identity of the filing and its content. */
export interface SubmissionContent {
  template: string;
  unit: string;
  period: string;
  version: number;
  figures: Figures;
  narrative: string;
}

/** The exact bytes (UTF-8 of this string) that are signed and verified. */
export function canonicalSubmission(content: SubmissionContent): string {
  const text = canonicalize({ ...content, schema: 'ioc-sonla/report-submission/v1' });
  if (text === undefined) throw new Error('content cannot be canonicalised');
  return text;
}

/** Checks figures against the form: every field present with the right shape, nothing else. */
export function checkFigures(fields: readonly ReportField[], figures: Figures): { field: string; reason: string }[] {
  const errors: { field: string; reason: string }[] = [];
  const known = new Map(fields.map((f) => [f.code, f.measure] as [string, FieldMeasure]));
  for (const code of Object.keys(figures)) if (!known.has(code)) errors.push({ field: `figures.${code}`, reason: 'not a field of this report' });
  for (const f of fields) {
    const v = figures[f.code];
    if (!v) errors.push({ field: `figures.${f.code}`, reason: `missing (${f.nameVi})` });
    else if (f.measure === 'ratio' && !('numerator' in v)) errors.push({ field: `figures.${f.code}`, reason: 'a ratio needs numerator and denominator' });
    else if (f.measure === 'ratio' && 'numerator' in v && v.numerator > v.denominator) errors.push({ field: `figures.${f.code}`, reason: 'numerator is larger than denominator' });
    else if (f.measure !== 'ratio' && !('value' in v)) errors.push({ field: `figures.${f.code}`, reason: 'needs a value' });
  }
  return errors;
}

export interface SubmissionTransition {
  from: SubmissionStatus | null;
  to: SubmissionStatus;
  at: string;
  actor: string;
  actorName: string;
  reason: string | null;
}

export interface SubmissionDto {
  /** Null until the first draft is saved. */
  id: number | null;
  template: string;
  reportName: string;
  unit: ReportingUnitRef & { name: string };
  period: string;
  periodLabel: string;
  /** Null: nothing filed yet for this period. */
  status: SubmissionStatus | null;
  version: number;
  /** The form. */
  fields: ReportField[];
  figures: Figures;
  narrative: string;
  due: string;
  compliance: ComplianceStatus;
  submittedAt: string | null;
  decidedAt: string | null;
  rejectionReason: string | null;
  signature: { keyId: string; algorithm: SignatureAlgorithm; verifiedAt: string } | null;
  history: SubmissionTransition[];
  /** Ids of the measurements' ingest batch, once approved figures are on the wall. */
  ingestBatchId: number | null;
  isDemo: boolean;
}

/** One line of a unit's list of reports to file ("my reports"). */
export interface FilingSummary {
  template: string;
  reportName: string;
  reportKind: 'periodic' | 'thematic' | 'ad-hoc';
  unit: ReportingUnitRef & { name: string };
  period: string;
  periodLabel: string;
  due: string;
  status: SubmissionStatus | null;
  compliance: ComplianceStatus;
  hasFields: boolean;
  isDemo: boolean;
}

export interface SigningKeyDto {
  id: string;
  unit: ReportingUnitRef;
  algorithm: SignatureAlgorithm;
  label: string;
  publicKeyPem: string;
  registeredAt: string;
  registeredBy: string;
  revokedAt: string | null;
}
