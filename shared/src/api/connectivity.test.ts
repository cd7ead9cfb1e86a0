import { describe, expect, it } from 'vitest';
import { connectivityStatus } from './connectivity.js';

describe('connectivityStatus', () => {
  it('derives the status from the dates', () => {
    expect(connectivityStatus('2025-10-01T03:00:00Z', '2025-12-31', '2026-01-05')).toBe('covered');
    expect(connectivityStatus(null, null, '2026-01-05')).toBe('no_plan');
    expect(connectivityStatus(null, '2025-12-31', '2026-01-05')).toBe('overdue');
    expect(connectivityStatus(null, '2026-01-05', '2026-01-05')).toBe('planned');
  });
});
