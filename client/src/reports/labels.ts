/** The shared catalogue's labels ({vi, en}) and ISO days in the interface language. */
import { parsePeriodKey, periodKindOfKey, periodLabelEn } from '@ioc/shared';
import { currentLang, fmt } from '../i18n/index.js';

export function labelOf(label: { vi: string; en: string }): string {
  return currentLang() === 'en' ? label.en : label.vi;
}

/** "2026-05-18" → "18/05/2026" (the day itself, whatever the browser's time zone). */
export function formatDay(isoDay: string): string {
  return fmt.date(`${isoDay}T12:00:00+07:00`);
}

/** A period as the interface language says it: the server's Vietnamese label, or "Q4/2026" in English. */
export function periodLabelOf(key: string, labelVi: string): string {
  if (currentLang() !== 'en') return labelVi;
  const kind = periodKindOfKey(key);
  const period = kind ? parsePeriodKey(kind, key) : null;
  return period ? periodLabelEn(period) : labelVi;
}
