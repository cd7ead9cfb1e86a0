import { describe, expect, it } from 'vitest';
import { can, ROLES } from './roles.js';

describe('permissions', () => {
  it('gives each role what Điều 7 and 10–11 of seed 002 give it', () => {
    expect(can('specialist', 'fillReports')).toBe(true);
    expect(can('leader', 'fillReports')).toBe(false);
    expect(can('leader', 'decideReports')).toBe(true);
    expect(can('specialist', 'decideReports')).toBe(false);
    expect(can('device', 'readDashboards')).toBe(true);
    expect(can('device', 'readAllReports')).toBe(false);
    expect(can('operator', 'manageDevices')).toBe(true);
    expect(can('operator', 'manageAccounts')).toBe(false);
    expect(ROLES.every((r) => can(r, 'readDashboards'))).toBe(true);
    expect(ROLES.filter((r) => can(r, 'readAudit'))).toEqual(['admin']);
  });
});
