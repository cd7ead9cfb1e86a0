import { describe, expect, it } from 'vitest';
import { asUnitCode, type ConnectivityResponse, type HamletConnectivityRecord } from '@ioc/shared';
import { summariseConnectivity } from './connectivity-model.js';

const rec = (hamletCode: string, communeCode: string, technology: '4g' | 'fixed', status: HamletConnectivityRecord['status'], plannedDate: string | null, operator: string | null): HamletConnectivityRecord => ({
  hamletCode,
  hamletName: hamletCode,
  communeCode,
  technology,
  status,
  coveredSince: status === 'covered' ? '2025-10-01T03:00:00Z' : null,
  plannedDate,
  operator,
  tracked: true,
  simulated: true,
});

const data: ConnectivityResponse = {
  commune: null,
  generatedAt: '2026-01-05T00:00:00Z',
  simulated: true,
  totals: { '4g': { hamlets: 100, covered: 97 }, fixed: { hamlets: 100, covered: 98 } },
  hamlets: [
    rec('a1', '04000', '4g', 'covered', '2025-12-31', 'Viettel'),
    rec('a2', '04000', '4g', 'planned', '2026-03-31', 'Viettel'),
    rec('a3', '04000', '4g', 'no_plan', null, null),
    rec('b1', '03700', '4g', 'overdue', '2025-12-31', 'VNPT'),
    rec('b1', '03700', 'fixed', 'planned', '2026-02-01', 'VNPT'),
    rec('c1', '03800', 'fixed', 'planned', '2026-06-30', 'Viettel'),
  ],
};

describe('summariseConnectivity', () => {
  it('counts tracked hamlets by status and waiting ones by operator', () => {
    const s = summariseConnectivity(data, [{ code: asUnitCode('04000'), name: 'Đoàn Kết' }]);
    expect(s.technologies['4g'].byStatus).toEqual({ covered: 1, planned: 1, overdue: 1, no_plan: 1 });
    expect(s.technologies['4g'].waitingByOperator).toEqual([
      { operator: 'Viettel', count: 1 },
      { operator: 'VNPT', count: 1 },
      { operator: null, count: 1 },
    ]);
    expect(s.technologies.fixed).toMatchObject({ hamlets: 100, covered: 98 });
  });

  it('lists communes with waiting hamlets, most waiting for 4G first, with the nearest plan', () => {
    const s = summariseConnectivity(data, [{ code: asUnitCode('04000'), name: 'Đoàn Kết' }]);
    expect(s.communes.map((c) => [c.name, c.waiting['4g'], c.waiting.fixed, c.nextPlanned])).toEqual([
      ['Đoàn Kết', 2, 0, '2026-03-31'],
      ['03700', 1, 1, '2026-02-01'],
      ['03800', 0, 1, '2026-06-30'],
    ]);
    expect(s.communes[0]).toMatchObject({ noPlan: 1, overdue: 0 });
  });
});
