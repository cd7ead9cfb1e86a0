import { describe, expect, it } from 'vitest';
import { deadlineReportOf, templateDueDates, thematicReportSchema } from './report-templates.js';

const periodic = { statisticsItem: null, regime: 'periodic' as const, dueDate: null };

describe('deadlines of a report template (Điều 8 of seed 002)', () => {
  it('gives communes the 17th and agencies the 18th, moved off weekends', () => {
    // 17/10/2026 is a Saturday: the commune deadline moves to Monday 19/10.
    expect(templateDueDates(periodic, 'commune', { kind: 'month', year: 2026, month: 10 }).submit).toBe('2026-10-19');
    expect(templateDueDates(periodic, 'agency', { kind: 'month', year: 2026, month: 11 }).submit).toBe('2026-11-18');
  });

  it('uses the socio-economic regime and the Statistics Office’s own dates', () => {
    expect(deadlineReportOf({ statisticsItem: null, regime: 'socio-economic' }, 'agency')).toEqual({ reporter: 'lead-agency', regime: 'socio-economic' });
    expect(templateDueDates({ ...periodic, regime: 'socio-economic' }, 'agency', { kind: 'month', year: 2026, month: 11 }).submit).toBe('2026-11-23');
    // Item 24, CPI: the 2nd of the following month.
    expect(templateDueDates({ ...periodic, statisticsItem: 24 }, 'agency', { kind: 'month', year: 2026, month: 11 }).submit).toBe('2026-12-02');
  });

  it('moves a one-off report’s own date to a working day', () => {
    expect(templateDueDates({ ...periodic, dueDate: '2026-11-21' }, 'agency', { kind: 'year', year: 2026 })).toMatchObject({ submit: '2026-11-23', nominal: { submit: '2026-11-21' } });
  });

  it('checks a thematic report’s form', () => {
    const field = { code: 'A', nameVi: 'Chỉ tiêu A', measure: 'count' as const, unitLabel: '' };
    expect(thematicReportSchema.safeParse({ kind: 'ad-hoc', nameVi: 'Báo cáo đột xuất', participants: 'self', fields: [field] }).success).toBe(false);
    expect(thematicReportSchema.safeParse({ kind: 'ad-hoc', nameVi: 'Báo cáo đột xuất', participants: 'self', fields: [field, field], dueDate: '2026-12-01' }).success).toBe(false);
    expect(thematicReportSchema.safeParse({ kind: 'ad-hoc', nameVi: 'Báo cáo đột xuất', participants: 'self', fields: [field], dueDate: '2026-12-01' }).success).toBe(true);
  });
});
