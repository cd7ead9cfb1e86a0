import { describe, expect, it } from 'vitest';
import type { FilingSummary, PrincipalInfo, SubmissionDto } from '@ioc/shared';
import { filingMode, groupFilings, lastRejection, rejectionReasonValid, sortFilings } from './filing-model.js';

const unit = { kind: 'commune' as const, code: '03670', name: 'Phường Chiềng Cơi' };
const who = (role: PrincipalInfo['role'], u: PrincipalInfo['unit'] = unit): Pick<PrincipalInfo, 'role' | 'unit'> => ({ role, unit: u });

describe('filingMode', () => {
  it('lets the unit’s specialist edit until it is submitted, and again after a rejection', () => {
    for (const status of [null, 'draft', 'rejected'] as const) expect(filingMode(who('specialist'), { unit, status })).toBe('edit');
    for (const status of ['submitted', 'approved'] as const) expect(filingMode(who('specialist'), { unit, status })).toBe('read');
  });

  it('lets the unit’s leader decide only what was submitted', () => {
    expect(filingMode(who('leader'), { unit, status: 'submitted' })).toBe('decide');
    for (const status of [null, 'draft', 'rejected', 'approved'] as const) expect(filingMode(who('leader'), { unit, status })).toBe('read');
  });

  it('shows other units’ filings and every reader read-only', () => {
    const other = { kind: 'commune' as const, code: '03646', name: 'Phường Tô Hiệu' };
    expect(filingMode(who('specialist', other), { unit, status: 'draft' })).toBe('read');
    expect(filingMode(who('leader', { ...unit, kind: 'agency' }), { unit, status: 'submitted' })).toBe('read');
    for (const role of ['operator', 'viewer', 'admin', 'device'] as const) expect(filingMode(who(role, null), { unit, status: 'submitted' })).toBe('read');
  });
});

const filing = (template: string, compliance: FilingSummary['compliance'], due: string, status: FilingSummary['status'] = null): FilingSummary => ({
  template,
  reportName: `Báo cáo ${template}`,
  reportKind: 'periodic',
  unit,
  period: '2026-05',
  periodLabel: 'Tháng 5/2026',
  due,
  status,
  compliance,
  hasFields: true,
  isDemo: false,
});

describe('sortFilings and groupFilings', () => {
  const list = [
    filing('A', 'on-time', '2026-05-18', 'approved'),
    filing('B', 'overdue', '2026-05-18'),
    filing('C', 'not-due', '2026-06-30'),
    filing('D', 'due-soon', '2026-05-20', 'submitted'),
    filing('E', 'overdue', '2026-04-17', 'rejected'),
    filing('F', 'late', '2026-05-18', 'submitted'),
  ];

  it('puts overdue first, the oldest deadline first within a status', () => {
    expect(sortFilings(list).map((f) => f.template)).toEqual(['E', 'B', 'D', 'F', 'A', 'C']);
  });

  it('gives a leader what waits for approval first', () => {
    const { pending, others } = groupFilings(list, 'leader');
    expect(pending.map((f) => f.template)).toEqual(['D', 'F']);
    expect(others.map((f) => f.template)).toEqual(['E', 'B', 'A', 'C']);
    expect(groupFilings(list, 'specialist').pending).toEqual([]);
  });
});

describe('lastRejection and the reason', () => {
  const base: Pick<SubmissionDto, 'history' | 'rejectionReason' | 'status'> = {
    status: 'rejected',
    rejectionReason: 'Số hồ sơ trực tuyến chưa khớp với Cổng DVC',
    history: [
      { from: null, to: 'draft', at: '2026-05-10T02:00:00Z', actor: 'chiengcoi.chuyenvien', actorName: 'Lò Thị Mai', reason: null },
      { from: 'draft', to: 'submitted', at: '2026-05-11T02:00:00Z', actor: 'chiengcoi.chuyenvien', actorName: 'Lò Thị Mai', reason: null },
      { from: 'submitted', to: 'rejected', at: '2026-05-12T03:00:00Z', actor: 'chiengcoi.lanhdao', actorName: 'Cầm Văn Hùng', reason: 'Số hồ sơ trực tuyến chưa khớp với Cổng DVC' },
    ],
  };

  it('names who sent it back, when and why', () => {
    expect(lastRejection(base)).toEqual({ reason: 'Số hồ sơ trực tuyến chưa khớp với Cổng DVC', actorName: 'Cầm Văn Hùng', at: '2026-05-12T03:00:00Z' });
    expect(lastRejection({ ...base, status: 'draft' })).toBeNull();
  });

  it('needs at least five characters, spaces aside', () => {
    expect(rejectionReasonValid('  sai  ')).toBe(false);
    expect(rejectionReasonValid('Sai số')).toBe(true);
  });
});
