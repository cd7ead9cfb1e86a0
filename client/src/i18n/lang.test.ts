import { describe, expect, it } from 'vitest';
import { isLang, pickLang } from './lang.js';

describe('pickLang', () => {
  it('defaults to Vietnamese', () => {
    expect(pickLang(null, null)).toBe('vi');
  });
  it('lets the URL win over the stored choice', () => {
    expect(pickLang('en', 'vi')).toBe('en');
    expect(pickLang('vi', 'en')).toBe('vi');
  });
  it('uses the stored choice when the URL says nothing valid', () => {
    expect(pickLang(null, 'en')).toBe('en');
    expect(pickLang('fr', 'en')).toBe('en');
  });
  it('ignores unknown values', () => {
    expect(pickLang('EN', 'de')).toBe('vi');
    expect(isLang('en')).toBe(true);
    expect(isLang(undefined)).toBe(false);
  });
});
