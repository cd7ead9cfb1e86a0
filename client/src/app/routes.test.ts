import { describe, expect, it } from 'vitest';
import { filingPath, resolveRoute } from './routes.js';

describe('resolveRoute', () => {
  it('sends the root to the wall', () => {
    expect(resolveRoute('/')).toEqual({ redirect: '/wall' });
    expect(resolveRoute('')).toEqual({ redirect: '/wall' });
  });
  it('finds the wall with or without a trailing slash', () => {
    expect(resolveRoute('/wall')).toEqual({ screen: 'wall' });
    expect(resolveRoute('/wall/')).toEqual({ screen: 'wall' });
  });
  it('finds the operator and meeting screens, and a commune page by its 5-digit code', () => {
    expect(resolveRoute('/ops')).toEqual({ screen: 'ops' });
    expect(resolveRoute('/meeting/')).toEqual({ screen: 'meeting' });
    expect(resolveRoute('/ops/commune/03670')).toEqual({ screen: 'ops-commune', code: '03670' });
    expect(resolveRoute('/ops/commune/3670')).toEqual({ screen: 'not-found' });
  });
  it('finds the sign-in page, administration and the compliance board', () => {
    expect(resolveRoute('/login')).toEqual({ screen: 'login' });
    expect(resolveRoute('/login/')).toEqual({ screen: 'login' });
    expect(resolveRoute('/admin')).toEqual({ screen: 'admin' });
    expect(resolveRoute('/ops/compliance')).toEqual({ screen: 'compliance' });
    expect(resolveRoute('/ops/compliance/')).toEqual({ screen: 'compliance' });
  });
  it('finds the reports of a unit, the signing keys and one filing', () => {
    expect(resolveRoute('/reports')).toEqual({ screen: 'reports' });
    expect(resolveRoute('/reports/keys')).toEqual({ screen: 'report-keys' });
    expect(resolveRoute('/reports/new')).toEqual({ screen: 'new-report' });
    expect(resolveRoute('/reports/new/')).toEqual({ screen: 'new-report' });
    expect(resolveRoute('/reports/QD228-01-01/agency/SKHCN/2025-07')).toEqual({
      screen: 'filing',
      template: 'QD228-01-01',
      unitKind: 'agency',
      unitCode: 'SKHCN',
      period: '2025-07',
    });
    expect(resolveRoute('/reports/QD228-05-11/commune/03670/2025-dong-xuan/')).toEqual({
      screen: 'filing',
      template: 'QD228-05-11',
      unitKind: 'commune',
      unitCode: '03670',
      period: '2025-dong-xuan',
    });
  });
  it('never reads the new-report page as a filing, nor its sub-paths as anything', () => {
    expect(resolveRoute('/reports/new')).not.toHaveProperty('template');
    expect(resolveRoute('/reports/new/agency')).toEqual({ screen: 'not-found' });
  });
  it('refuses a filing address with an unknown unit kind or a missing part', () => {
    expect(resolveRoute('/reports/QD228-01-01/hamlet/03670001/2025-07')).toEqual({ screen: 'not-found' });
    expect(resolveRoute('/reports/QD228-01-01/agency/SKHCN')).toEqual({ screen: 'not-found' });
    expect(resolveRoute('/reports/QD228-01-01/agency/SK%20HCN/2025-07')).toEqual({ screen: 'not-found' });
  });
  it('says when there is no such screen', () => {
    expect(resolveRoute('/nope')).toEqual({ screen: 'not-found' });
    expect(resolveRoute('/admin/users')).toEqual({ screen: 'not-found' });
  });
});

describe('filingPath', () => {
  it('builds the address the filing route reads back', () => {
    const path = filingPath('QD228-02-01', 'agency', 'SKHCN', '2025-Q3');
    expect(path).toBe('/reports/QD228-02-01/agency/SKHCN/2025-Q3');
    expect(resolveRoute(path)).toEqual({ screen: 'filing', template: 'QD228-02-01', unitKind: 'agency', unitCode: 'SKHCN', period: '2025-Q3' });
  });
});
