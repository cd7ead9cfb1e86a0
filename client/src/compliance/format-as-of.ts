/** The time of the compliance data: "20/05/2026 14:05" (day first, as the Office's daily check reads it); English in English. */
import { formatDate, formatTime } from '@ioc/shared';
import { currentLang, fmt } from '../i18n/index.js';

export function formatAsOf(iso: string): string {
  return currentLang() === 'en' ? fmt.dateTime(iso) : `${formatDate(iso)} ${formatTime(iso)}`;
}
