/** The data behind the desk screens as export tables (column labels in the interface language). */
import type { IndicatorDefinition } from '@ioc/shared';
import { t } from '../i18n/index.js';
import type { ExportColumn, ExportTable } from '../export/export-table.js';
import { indicatorName } from './names.js';
import type { Ranking } from './rankings.js';

export const simulatedCell = (simulated: boolean) => (simulated ? t.desk.simulatedShort : t.desk.realFigure);

export function col(key: keyof typeof t.exports.columns, kind: ExportColumn['kind'] = 'text'): ExportColumn {
  return { key, label: t.exports.columns[key], kind };
}

export function rankingTable(indicator: IndicatorDefinition, ranking: Ranking): ExportTable {
  const name = indicatorName(indicator);
  const group = (code: string) =>
    ranking.leading.some((c) => c.code === code) ? t.desk.rankings.leading : ranking.trailing.some((c) => c.code === code) ? t.desk.rankings.trailing : '';
  return {
    name: t.desk.rankings.title(indicator.code),
    columns: [col('rank', 'number'), col('code'), col('commune'), col('group'), col('indicatorCode'), col('indicator'), col('value', 'percent'), col('numerator', 'number'), col('denominator', 'number'), col('asOf', 'datetime'), col('simulated')],
    rows: [
      ...ranking.ranked.map((c) => ({
        rank: c.rank,
        code: c.code,
        commune: c.name,
        group: group(c.code),
        indicatorCode: indicator.code,
        indicator: name,
        value: Number(c.value.toFixed(4)),
        numerator: c.numerator,
        denominator: c.denominator,
        asOf: c.asOf,
        simulated: simulatedCell(c.simulated),
      })),
      ...ranking.withoutData.map((c) => ({ rank: null, code: c.code, commune: c.name, group: '', indicatorCode: indicator.code, indicator: name, value: null, numerator: null, denominator: null, asOf: null, simulated: null })),
    ],
  };
}
