/** The data behind a commune page: current values, the charted series, the hamlets. */
import { PROVINCE_CODE, type AdminUnit } from '@ioc/shared';
import { t } from '../../i18n/index.js';
import { metricsStore } from '../../store/metrics-store.js';
import { valueKey } from '../../store/metrics-reducers.js';
import type { ExportTable } from '../../export/export-table.js';
import { col, simulatedCell } from '../../screens/export-tables.js';
import { indicatorName } from '../../screens/names.js';
import { COMMUNE_INDICATORS } from '../ops-params.js';
import type { IndicatorSeries } from './commune-series.js';
import type { HamletRow } from './hamlets.js';

/** The newest bucket start among the loaded series (ISO), or null. */
export function newestPoint(series: Record<string, IndicatorSeries> | null): string | null {
  let newest = 0;
  for (const byUnit of Object.values(series ?? {})) for (const s of Object.values(byUnit)) for (const p of s.points) newest = Math.max(newest, Date.parse(p.bucket));
  return newest ? new Date(newest).toISOString() : null;
}

export function communeExportTables(input: {
  code: string;
  unit: AdminUnit | null;
  compareUnit: AdminUnit | null;
  series: Record<string, IndicatorSeries> | null;
  hamlets: HamletRow[];
}): ExportTable[] {
  const { values } = metricsStore.getState();
  const units = [input.unit ?? { code: input.code, name: input.code }, ...(input.compareUnit ? [input.compareUnit] : []), { code: PROVINCE_CODE, name: t.ops.commune.province }];
  const current: ExportTable = {
    name: t.ops.commune.current,
    columns: [col('code'), col('commune'), col('indicatorCode'), col('indicator'), col('value', 'percent'), col('numerator', 'number'), col('denominator', 'number'), col('asOf', 'datetime'), col('simulated')],
    rows: COMMUNE_INDICATORS.flatMap((i) =>
      units.map((u) => {
        const v = values[valueKey(i.code, u.code)];
        return { code: u.code, commune: u.name, indicatorCode: i.code, indicator: indicatorName(i), value: v?.value ?? null, numerator: v?.numerator ?? null, denominator: v?.denominator ?? null, asOf: v?.asOf ?? null, simulated: v ? simulatedCell(v.simulated) : null };
      }),
    ),
  };
  const history: ExportTable = {
    name: t.ops.commune.chartsTitle,
    columns: [col('date', 'datetime'), col('code'), col('commune'), col('indicatorCode'), col('value', 'percent'), col('numerator', 'number'), col('denominator', 'number'), col('simulated')],
    rows: COMMUNE_INDICATORS.flatMap((i) =>
      units.flatMap((u) => {
        const s = input.series?.[i.code]?.[u.code];
        if (!s) return [];
        return s.points.map((p) => ({
          date: p.bucket,
          code: u.code,
          commune: u.name,
          indicatorCode: i.code,
          value: i.kind === 'flow' ? p.cumulativeValue : p.value,
          numerator: p.numerator,
          denominator: p.denominator,
          simulated: simulatedCell(s.simulated),
        }));
      }),
    ),
  };
  const hamlets: ExportTable = {
    name: t.ops.hamlets.title,
    columns: [col('code'), col('hamlet'), col('technology'), col('status'), col('coveredSince', 'datetime'), col('plannedDate'), col('operator'), col('simulated')],
    rows: input.hamlets.flatMap((h) =>
      Object.values(h.byTechnology).map((r) => ({
        code: h.code,
        hamlet: h.name,
        technology: r.technology === '4g' ? t.ops.hamlets.fourG : t.ops.hamlets.fixed,
        status: t.ops.hamlets.status[r.status],
        coveredSince: r.coveredSince,
        plannedDate: r.plannedDate,
        operator: r.operator,
        simulated: simulatedCell(r.simulated),
      })),
    ),
  };
  return [current, history, hamlets];
}
