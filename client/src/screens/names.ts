/** Names from the catalogue and the units in the interface language. */
import type { AdminUnit, IndicatorDefinition } from '@ioc/shared';
import { currentLang } from '../i18n/index.js';

export function indicatorName(i: Pick<IndicatorDefinition, 'nameVi' | 'nameEn'>): string {
  return currentLang() === 'en' ? i.nameEn : i.nameVi;
}

export function indicatorShort(i: Pick<IndicatorDefinition, 'shortVi' | 'shortEn'>): string {
  return currentLang() === 'en' ? i.shortEn : i.shortVi;
}

/** Vietnamese names keep their diacritics in English too ("Chiềng Cơi ward"); the full name carries the type. */
export function unitFullName(u: Pick<AdminUnit, 'fullName' | 'name' | 'type'>): string {
  if (currentLang() !== 'en') return u.fullName;
  const type = u.type === 'phường' ? 'ward' : u.type === 'xã' ? 'commune' : u.type === 'tỉnh' ? 'province' : u.type;
  return `${u.name} ${type}`;
}
