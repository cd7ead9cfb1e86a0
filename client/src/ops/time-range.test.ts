import { describe, expect, it } from 'vitest';
import { addDays, bucketFor, isValidDay, localDay, rangeFromParams, rangeToParams, resolveRange } from './time-range.js';

// 23/11/2026 21:00 in Hanoi.
const now = new Date('2026-11-23T14:00:00Z');

describe('resolveRange', () => {
  it('counts 30 and 90 days including today, ending now', () => {
    const r = resolveRange({ preset: '30d' }, now);
    expect(r).toMatchObject({ fromDay: '2026-10-25', toDay: '2026-11-23', to: now.toISOString(), bucket: 'day' });
    expect(r.from).toBe('2026-10-24T17:00:00.000Z');
    expect(resolveRange({ preset: '90d' }, now).fromDay).toBe('2026-08-26');
  });
  it('starts the year to date on 1 January, local time', () => {
    expect(resolveRange({ preset: 'ytd' }, now)).toMatchObject({ fromDay: '2026-01-01', from: '2025-12-31T17:00:00.000Z' });
  });
  it('starts since-reform on 1/7/2025', () => {
    expect(resolveRange({ preset: 'since-reform' }, now).fromDay).toBe('2025-07-01');
  });
  it('takes a custom range through the end of its last day', () => {
    const r = resolveRange({ preset: 'custom', from: '2026-05-01', to: '2026-05-06' }, now);
    expect(r).toMatchObject({ fromDay: '2026-05-01', toDay: '2026-05-06', to: '2026-05-06T17:00:00.000Z' });
  });
  it('falls back to 90 days for an invalid custom range', () => {
    expect(resolveRange({ preset: 'custom', from: '2026-05-06', to: '2026-05-01' }, now).preset).toBe('90d');
    expect(resolveRange({ preset: 'custom', from: '2026-02-30', to: '2026-03-01' }, now).preset).toBe('90d');
    expect(resolveRange({ preset: 'custom', from: '2026-01-01', to: '2027-01-01' }, now).preset).toBe('90d');
  });
});

describe('day helpers', () => {
  it('gives the local day and adds days across months', () => {
    expect(localDay(new Date('2026-11-23T17:30:00Z'))).toBe('2026-11-24');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(isValidDay('2026-02-29')).toBe(false);
    expect(isValidDay('2024-02-29')).toBe(true);
  });
  it('uses months beyond two years', () => {
    expect(bucketFor('2025-07-01', '2026-11-23')).toBe('day');
    expect(bucketFor('2022-01-01', '2026-11-23')).toBe('month');
  });
});

describe('range in the URL', () => {
  it('round-trips presets and custom days, with 90 days as the default', () => {
    const p = new URLSearchParams('compare=03670');
    rangeToParams({ preset: 'custom', from: '2026-05-01', to: '2026-05-06' }, p);
    expect(p.toString()).toBe('compare=03670&range=custom&from=2026-05-01&to=2026-05-06');
    expect(rangeFromParams(p)).toEqual({ preset: 'custom', from: '2026-05-01', to: '2026-05-06' });
    rangeToParams({ preset: '90d' }, p);
    expect(p.toString()).toBe('compare=03670');
    expect(rangeFromParams(new URLSearchParams('range=nope'))).toEqual({ preset: '90d' });
  });
});
