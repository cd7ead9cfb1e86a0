/** One metric family: the headline indicator's province value, against its target, with its trend. */
import { useMemo } from 'react';
import {
  FAMILY_HEADLINE,
  PROVINCE_CODE,
  formatDate,
  formatPercent,
  formatPointChange,
  targetFor,
  testIds,
  type MetricFamily,
} from '@ioc/shared';
import { t } from '../../i18n/index.js';
import { clock } from '../../lib/clock.js';
import { selectValue, useMetrics } from '../../store/metrics-store.js';
import { useIndicator } from '../../store/indicators.js';
import { selectSeries, useSeries } from '../../store/series-store.js';
import { useWall } from '../../store/wall-store.js';
import { provinceTarget, sevenDayChange, tileStatus } from './tile-model.js';
import { formatCounts } from './format.js';
import { StatusPill } from './StatusPill.js';
import { Sparkline } from './Sparkline.js';
import { TileSecondaryLines } from './TileSecondaryLines.js';
import { TileExtra } from './TileExtra.js';
import { AsOfLine } from '../AsOfLine.js';
import { useStale } from '../staleness.js';

/** The number large and its "%" smaller; the text reads exactly as `formatPercent` writes it ("68,07 %"). */
function BigPercent({ value }: { value: number | null }) {
  const text = formatPercent(value);
  const cut = text.lastIndexOf('\u00a0%');
  if (cut < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, cut)}
      <span className="tile-value-unit">{text.slice(cut)}</span>
    </>
  );
}

export function FamilyTile({ family }: { family: MetricFamily }) {
  const code = FAMILY_HEADLINE[family];
  const indicator = useIndicator(code);
  const value = useMetrics(useMemo(() => selectValue(code, PROVINCE_CODE), [code]));
  const hasValues = useMetrics((s) => s.snapshotSource !== null);
  const valuesError = useMetrics((s) => s.valuesError);
  const onMap = useWall((s) => s.selected === code);
  const series = useSeries(useMemo(() => selectSeries(code), [code]));

  const target = provinceTarget(indicator);
  const due = targetFor(indicator, 'province')?.due ?? null;
  const { status, gap } = tileStatus(value?.value, target, indicator.higherIsBetter);
  const change = sevenDayChange(series.points, value?.value ?? null, clock().now());
  const stale = useStale(indicator.period, value?.asOf);
  const changeDir = change === null ? 'none' : change > 0.005 ? 'up' : change < -0.005 ? 'down' : 'flat';

  return (
    <article
      className={`tile is-${status}${onMap ? ' is-on-map' : ''}${stale ? ' is-stale' : ''}`}
      data-testid={testIds.wall.tile(family)}
      data-indicator={code}
      data-stale={stale}
    >
      <header className="tile-head">
        <p className="tile-family">{t.tile.familyName[family]}</p>
        {onMap && <p className="tile-on-map">◆ {t.tile.onMap}</p>}
      </header>
      <h2 className="tile-indicator">{indicator.nameVi}</h2>

      {!hasValues && valuesError ? (
        <p className="tile-error" data-testid={testIds.wall.tileError(family)}>
          {t.tile.valuesError}
        </p>
      ) : (
        <>
          <div className="tile-main">
            <p
              className="tile-value"
              data-testid={testIds.wall.tileValue(family)}
              data-value={value?.value ?? ''}
              data-indicator={code}
              aria-label={`${t.tile.province}: ${formatPercent(value?.value ?? null)}`}
            >
              {hasValues ? <BigPercent value={value?.value ?? null} /> : <span className="tile-loading">{t.tile.loadingValues}</span>}
            </p>
            <p className={`tile-change is-${changeDir}`} data-testid={testIds.wall.tileChange(family)} data-value={change ?? ''}>
              {change === null ? (
                <span className="tile-change-none">{t.tile.change7dNone}</span>
              ) : (
                <>
                  <span className="tile-change-value">
                    {changeDir === 'up' ? '▲' : changeDir === 'down' ? '▼' : '▶'} {formatPointChange(change)}
                  </span>
                  <span className="tile-change-caption">{t.tile.change7d}</span>
                </>
              )}
            </p>
          </div>
          <StatusPill family={family} status={status} gap={gap} target={target} due={due ? formatDate(due) : null} />
          <p className="tile-counts" data-testid={testIds.wall.tileCounts(family)}>
            {value ? formatCounts(value.numerator, value.denominator, indicator.countUnitVi) : '\u00a0'}
          </p>
          <TileExtra indicator={code} value={value} />
        </>
      )}

      <Sparkline family={family} indicator={code} />
      <TileSecondaryLines family={family} headline={code} />
      <AsOfLine asOf={value?.asOf} stale={stale} testId={testIds.wall.tileAsOf(family)} />
    </article>
  );
}
