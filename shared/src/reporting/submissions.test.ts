import { describe, expect, it } from 'vitest';
import { canonicalSubmission, checkFigures, decisionInputSchema } from './submissions.js';
import type { ReportField } from './report-templates.js';

describe('canonical submission content', () => {
  it('does not depend on key order or number spelling, and changes with any figure', () => {
    const a = canonicalSubmission({ template: 'T', unit: '03670', period: '2026-11', version: 1, figures: { B: { value: 1 }, A: { numerator: 2, denominator: 4 } }, narrative: 'Thuyết minh' });
    const b = canonicalSubmission({ narrative: 'Thuyết minh', figures: { A: { denominator: 4.0, numerator: 2 }, B: { value: 1.0 } }, version: 1, period: '2026-11', unit: '03670', template: 'T' });
    expect(a).toBe(b);
    expect(a).toContain('"schema":"ioc-sonla/report-submission/v1"');
    expect(canonicalSubmission({ template: 'T', unit: '03670', period: '2026-11', version: 1, figures: { B: { value: 1 }, A: { numerator: 3, denominator: 4 } }, narrative: 'Thuyết minh' })).not.toBe(a);
  });
});

describe('checkFigures', () => {
  const fields: ReportField[] = [
    { code: 'R', nameVi: 'Tỷ lệ', measure: 'ratio', unitLabel: '' },
    { code: 'C', nameVi: 'Số lượng', measure: 'count', unitLabel: 'hồ sơ' },
  ];
  it('names each missing, unknown or malformed figure', () => {
    expect(checkFigures(fields, { R: { numerator: 1, denominator: 2 }, C: { value: 3 } })).toEqual([]);
    expect(checkFigures(fields, { R: { value: 1 }, X: { value: 1 } }).map((e) => e.field)).toEqual(['figures.X', 'figures.R', 'figures.C']);
    expect(checkFigures(fields, { R: { numerator: 3, denominator: 2 }, C: { value: 1 } })[0]!.reason).toMatch(/larger than denominator/);
  });
});

describe('decisions', () => {
  it('requires a reason to reject (Điều 7.3.a)', () => {
    expect(decisionInputSchema.safeParse({ decision: 'reject', version: 2, reason: '  ' }).success).toBe(false);
    expect(decisionInputSchema.safeParse({ decision: 'reject', version: 2, reason: 'Số liệu chưa khớp' }).success).toBe(true);
    expect(decisionInputSchema.safeParse({ decision: 'approve', version: 2 }).success).toBe(true);
  });
});
