import { describe, expect, it } from 'vitest';
import type { HamletConnectivityRecord } from '@ioc/shared';
import { hamletRows } from './hamlets.js';

const rec = (hamletCode: string, technology: '4g' | 'fixed', status: HamletConnectivityRecord['status'], simulated = false): HamletConnectivityRecord => ({
  hamletCode,
  hamletName: `Bản ${hamletCode}`,
  communeCode: '03670',
  technology,
  status,
  coveredSince: null,
  plannedDate: null,
  operator: null,
  tracked: status !== 'covered',
  simulated,
});

describe('hamletRows', () => {
  it('joins both technologies of a hamlet and lists hamlets still waiting first', () => {
    const rows = hamletRows([rec('001', '4g', 'covered'), rec('001', 'fixed', 'covered'), rec('002', '4g', 'covered'), rec('002', 'fixed', 'planned', true)]);
    expect(rows.map((r) => r.code)).toEqual(['002', '001']);
    expect(rows[0]?.byTechnology.fixed?.status).toBe('planned');
    expect(rows[0]?.simulated).toBe(true);
    expect(rows[1]?.simulated).toBe(false);
  });
});
