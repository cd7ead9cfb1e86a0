import { describe, expect, it } from 'vitest';
import { summariseCompliance, type ComplianceRow, type ComplianceStatus } from '@ioc/shared';
import {
  communeCells,
  daysBetween,
  filterReminders,
  filterRows,
  filterUnits,
  isKindFilter,
  isStatusFilter,
  lateness,
  longestOverdue,
  shortUnitName,
  tallies,
  totalsOf,
} from './compliance-model.js';

const commune = (code: string, name: string) => ({ kind: 'commune' as const, code, name });
const agency = (code: string, name: string) => ({ kind: 'agency' as const, code, name });
const CHIENG_COI = commune('03670', 'Phường Chiềng Cơi');
const TO_HIEU = commune('03646', 'Phường Tô Hiệu');
const MUONG_LA = commune('04018', 'Xã Mường La');
const SKHCN = agency('SKHCN', 'Sở Khoa học và Công nghệ');
const SYT = agency('SYT', 'Sở Y tế');

function row(unit: ComplianceRow['unit'], template: string, status: ComplianceStatus, due: string): ComplianceRow {
  return {
    template,
    reportName: `Báo cáo ${template}`,
    reportKind: 'periodic',
    unit,
    period: '2026-05',
    periodLabel: 'Tháng 5/2026',
    due,
    status,
    workflowStatus: status === 'on-time' || status === 'late' ? 'submitted' : null,
    deliveredAt: null,
    isDemo: false,
  };
}

// Today: Wednesday 20/5/2026.
const TODAY = '2026-05-20';
const rows = [
  row(CHIENG_COI, 'CD-1', 'overdue', '2026-05-18'),
  row(CHIENG_COI, 'CD-2', 'on-time', '2026-05-18'),
  row(TO_HIEU, 'CD-1', 'late', '2026-05-18'),
  row(MUONG_LA, 'CD-1', 'overdue', '2026-04-17'),
  row(MUONG_LA, 'CD-2', 'overdue', '2026-05-18'),
  row(SKHCN, 'QD228-01', 'due-soon', '2026-05-22'),
  row(SYT, 'QD228-02', 'not-due', '2026-06-18'),
  row(SYT, 'QD228-03', 'overdue', '2026-05-19'),
];
const data = { ...summariseCompliance(rows), rows };

describe('filters', () => {
  it('recognises the filters of the URL', () => {
    expect(isKindFilter('commune')).toBe(true);
    expect(isKindFilter('district')).toBe(false);
    expect(isStatusFilter('due-soon')).toBe(true);
    expect(isStatusFilter(null)).toBe(false);
  });

  it('lists units worst first, more overdue filings first among equals', () => {
    expect(filterUnits(data.units, { kind: 'all', status: 'all' }).map((u) => u.unit.code)).toEqual(['04018', '03670', 'SYT', 'SKHCN', '03646']);
    expect(filterUnits(data.units, { kind: 'commune', status: 'all' }).map((u) => u.unit.code)).toEqual(['04018', '03670', '03646']);
    // A status filter keeps the units having a filing of that status, whatever their worst.
    expect(filterUnits(data.units, { kind: 'all', status: 'on-time' }).map((u) => u.unit.code)).toEqual(['03670']);
  });

  it('lists filings worst first, then the oldest deadline', () => {
    expect(filterRows(rows, { kind: 'all', status: 'overdue' }).map((r) => `${r.unit.code}/${r.template}`)).toEqual(['04018/CD-1', '03670/CD-1', '04018/CD-2', 'SYT/QD228-03']);
    expect(filterReminders(data.reminders, { kind: 'agency', status: 'all' }).map((r) => r.unit.code)).toEqual(['SYT', 'SKHCN']);
  });

  it('adds the totals of both kinds', () => {
    expect(totalsOf(data, 'all')).toEqual({ overdue: 4, 'due-soon': 1, late: 1, 'on-time': 1, 'not-due': 1 });
    expect(totalsOf(data, 'agency')).toEqual({ overdue: 1, 'due-soon': 1, late: 0, 'on-time': 0, 'not-due': 1 });
  });
});

describe('how late', () => {
  it('counts calendar days late, working days left', () => {
    expect(daysBetween('2026-04-17', TODAY)).toBe(33);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // across the change to summer time elsewhere: still whole days
    expect(lateness({ status: 'overdue', due: '2026-05-18' }, TODAY)).toEqual({ kind: 'late', days: 2 });
    // Thursday 21 and Friday 22 are working days.
    expect(lateness({ status: 'due-soon', due: '2026-05-22' }, TODAY)).toEqual({ kind: 'left', workingDays: 2 });
    expect(lateness({ status: 'due-soon', due: TODAY }, TODAY)).toEqual({ kind: 'left', workingDays: 0 });
    expect(lateness({ status: 'on-time', due: '2026-05-18' }, TODAY)).toBeNull();
  });

  it('ranks the units overdue longest', () => {
    expect(longestOverdue(rows, TODAY, 8)).toEqual([
      { unit: MUONG_LA, overdue: 2, longestDays: 33 },
      { unit: CHIENG_COI, overdue: 1, longestDays: 2 },
      { unit: SYT, overdue: 1, longestDays: 1 },
    ]);
    expect(longestOverdue(rows, TODAY, 1)).toHaveLength(1);
  });
});

describe('the communes of the wall', () => {
  it('orders communes worst first with their status', () => {
    expect(communeCells(data.units).map((c) => [c.code, c.status])).toEqual([
      ['04018', 'overdue'],
      ['03670', 'overdue'],
      ['03646', 'late'],
    ]);
  });

  it('shortens names and tallies statuses', () => {
    expect(shortUnitName('Phường Chiềng Cơi')).toBe('Chiềng Cơi');
    expect(shortUnitName('Xã Mường La')).toBe('Mường La');
    expect(shortUnitName('Sở Y tế')).toBe('Sở Y tế');
    expect(tallies({ overdue: 2, 'due-soon': 0, late: 1, 'on-time': 0, 'not-due': 3 })).toEqual([
      { status: 'overdue', count: 2 },
      { status: 'late', count: 1 },
      { status: 'not-due', count: 3 },
    ]);
  });
});
