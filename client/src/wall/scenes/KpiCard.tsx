/** One indicator's province value as a large card: value, verdict against the target, counts, time of the data. */
import { useMemo } from 'react';
import { PROVINCE_CODE, formatDate, formatPercent, targetFor, testIds, type IndicatorCode } from '@ioc/shared';
import { selectValue, useMetrics } from '../../store/metrics-store.js';
import { useIndicator } from '../../store/indicators.js';
import { provinceTarget, tileStatus } from '../tiles/tile-model.js';
import { formatCounts } from '../tiles/format.js';
import { StatusPill } from '../tiles/StatusPill.js';
import { TileExtra } from '../tiles/TileExtra.js';
import { AsOfLine } from '../AsOfLine.js';
import { useStale } from '../staleness.js';

export function KpiCard({ code, size = 'large' }: { code: IndicatorCode; size?: 'large' | 'medium' }) {
  const indicator = useIndicator(code);
  const value = useMetrics(useMemo(() => selectValue(code, PROVINCE_CODE), [code]));
  const target = provinceTarget(indicator);
  const due = targetFor(indicator, 'province')?.due ?? null;
  const { status, gap } = tileStatus(value?.value, target, indicator.higherIsBetter);
  const stale = useStale(indicator.period, value?.asOf);
  return (
    <article
      className={`kpi-card is-${size} is-${status}${stale ? ' is-stale' : ''}`}
      data-testid={testIds.wall.kpi(code)}
      data-value={value?.value ?? ''}
      data-stale={stale}
    >
      <h3 className="kpi-name">{indicator.nameVi}</h3>
      <div className="kpi-main">
        <p className="kpi-value">{formatPercent(value?.value ?? null)}</p>
        <StatusPill family={indicator.family} status={status} gap={gap} target={target} due={due ? formatDate(due) : null} testId={testIds.wall.kpiStatus(code)} />
      </div>
      <p className="kpi-counts">{value ? formatCounts(value.numerator, value.denominator, indicator.countUnitVi) : '\u00a0'}</p>
      <TileExtra indicator={code} value={value} />
      <AsOfLine asOf={value?.asOf} stale={stale} testId={testIds.wall.kpiAsOf(code)} />
    </article>
  );
}
