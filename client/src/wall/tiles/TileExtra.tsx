/** What is still missing, in the family's own units: hamlets without 4G, money not yet disbursed. */
import { formatNumber, type IndicatorCode, type MetricValue } from '@ioc/shared';
import { t } from '../../i18n/index.js';
import { shortfall } from './tile-model.js';

const EXTRA: Partial<Record<IndicatorCode, (count: string) => string>> = {
  'HATANG.PHU_SONG_4G': t.tile.hamletsWithout4g,
  'HATANG.BANG_RONG_CO_DINH': t.tile.hamletsWithoutBroadband,
  'NGANSACH.GIAI_NGAN_KHCN': t.tile.budgetRemaining,
};

export function extraText(indicator: IndicatorCode, value: MetricValue | undefined): string | null {
  const text = EXTRA[indicator];
  const missing = shortfall(value);
  return text && missing !== null ? text(formatNumber(missing)) : null;
}

export function TileExtra({ indicator, value }: { indicator: IndicatorCode; value: MetricValue | undefined }) {
  const text = extraText(indicator, value);
  return text ? <p className="tile-extra">{text}</p> : null;
}
