import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n/index.js';
import { formatDay, labelOf, periodLabelOf } from './labels.js';

afterEach(() => setLang('vi'));

describe('labels in the interface language', () => {
  it('writes days dd/mm/yyyy in Vietnamese, whatever the time zone of the machine', () => {
    expect(formatDay('2026-05-18')).toBe('18/05/2026');
    expect(formatDay('2026-12-31')).toBe('31/12/2026');
  });

  it('keeps the server’s Vietnamese period label, and says it in English in English', () => {
    expect(periodLabelOf('2026-Q4', 'Quý IV/2026')).toBe('Quý IV/2026');
    expect(labelOf({ vi: 'Định kỳ', en: 'Periodic' })).toBe('Định kỳ');
    setLang('en');
    expect(periodLabelOf('2026-Q4', 'Quý IV/2026')).toBe('Q4/2026');
    expect(periodLabelOf('2026-11', 'Tháng 11/2026')).toBe('Month 11/2026');
    expect(periodLabelOf('once', 'Hạn 30/06/2026')).toBe('Hạn 30/06/2026');
    expect(labelOf({ vi: 'Định kỳ', en: 'Periodic' })).toBe('Periodic');
  });
});
