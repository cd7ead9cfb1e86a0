import { describe, expect, it } from 'vitest';
import { isSupportedVersion } from './timescale.js';

describe('isSupportedVersion', () => {
  it('accepts 2.13 and newer, including development builds', () => {
    expect(isSupportedVersion('2.13.0')).toBe(true);
    expect(isSupportedVersion('2.23.0-dev')).toBe(true);
    expect(isSupportedVersion('3.0.0')).toBe(true);
  });
  it('refuses older releases', () => {
    expect(isSupportedVersion('2.12.2')).toBe(false);
    expect(isSupportedVersion('1.7.5')).toBe(false);
  });
});
