import { describe, expect, it } from 'vitest';
import { complianceStatus, summariseCompliance, workingDaysUntil, type ComplianceRow } from './compliance.js';

const at = (iso: string) => new Date(iso);

describe('complianceStatus (Điều 12 of seed 002)', () => {
  it('counts a delivery on the due day, in Sơn La time, as on time', () => {
    // 23:30 on 17/11/2026 in Sơn La is 16:30 UTC.
    expect(complianceStatus('2026-11-17', at('2026-11-17T16:30:00Z'), at('2026-11-23T03:00:00Z'))).toBe('on-time');
    // 00:30 on 18/11 in Sơn La is still 17/11 in UTC: late all the same.
    expect(complianceStatus('2026-11-17', at('2026-11-17T17:30:00Z'), at('2026-11-23T03:00:00Z'))).toBe('late');
  });

  it('is overdue the day after the deadline, and due soon within three working days', () => {
    expect(complianceStatus('2026-11-17', null, at('2026-11-18T01:00:00Z'))).toBe('overdue');
    expect(complianceStatus('2026-11-17', null, at('2026-11-17T10:00:00Z'))).toBe('due-soon');
    // Friday 11/12/2026 → Friday 18/12: five working days away; Monday 14/12 → three.
    expect(complianceStatus('2026-12-18', null, at('2026-12-11T03:00:00Z'))).toBe('not-due');
    expect(complianceStatus('2026-12-18', null, at('2026-12-15T03:00:00Z'))).toBe('due-soon');
  });

  it('skips weekends and holidays when counting working days', () => {
    expect(workingDaysUntil('2026-11-20', '2026-11-23')).toBe(1); // Friday → Monday
    expect(workingDaysUntil('2026-08-28', '2026-09-03')).toBe(1); // over the National Day holidays: 31/8–2/9/2026 off, 3/9 is the first working day
    expect(workingDaysUntil('2026-11-23', '2026-11-23')).toBe(0);
  });
});

describe('summariseCompliance', () => {
  const row = (unit: string, kind: 'agency' | 'commune', status: ComplianceRow['status'], due = '2026-11-18'): ComplianceRow => ({
    template: 'T',
    reportName: 'R',
    reportKind: 'periodic',
    unit: { kind, code: unit, name: unit },
    period: '2026-11',
    periodLabel: 'Tháng 11/2026',
    due,
    status,
    workflowStatus: null,
    deliveredAt: null,
    isDemo: false,
  });

  it('totals per kind of unit, orders units worst first, and lists reminders by due date', () => {
    const s = summariseCompliance([row('A', 'agency', 'on-time'), row('B', 'agency', 'overdue', '2026-11-10'), row('B', 'agency', 'late'), row('X', 'commune', 'due-soon', '2026-11-25'), row('Y', 'commune', 'overdue')]);
    expect(s.totals.agency).toMatchObject({ 'on-time': 1, overdue: 1, late: 1 });
    expect(s.totals.commune).toMatchObject({ 'due-soon': 1, overdue: 1 });
    expect(s.units.map((u) => [u.unit.code, u.worst])).toEqual([
      ['B', 'overdue'],
      ['Y', 'overdue'],
      ['X', 'due-soon'],
      ['A', 'on-time'],
    ]);
    expect(s.reminders.map((r) => r.unit.code)).toEqual(['B', 'Y', 'X']);
  });
});
