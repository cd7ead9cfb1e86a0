/**
 * The last 60 days of the province's value as a small ECharts line. Data reach
 * the chart through store subscriptions and `setOption`, not through React renders.
 */
import { useEffect, useMemo, useRef } from 'react';
import { testIds, type IndicatorCode, type MetricFamily } from '@ioc/shared';
import { t } from '../../i18n/index.js';
import { selectSeries, useSeries } from '../../store/series-store.js';
import { bindProvinceTrend } from '../trend-binding.js';
import type { SparkPoint } from './tile-model.js';

const LINE = '#8fb3ff';

function baseOption(k: number) {
  return {
    animation: false,
    grid: { left: 6 * k, right: 10 * k, top: 8 * k, bottom: 6 * k },
    xAxis: { type: 'time' as const, show: false },
    yAxis: { type: 'value' as const, show: false, scale: true },
    series: [
      {
        type: 'line' as const,
        data: [] as unknown[],
        showSymbol: true,
        symbol: 'circle',
        symbolSize: 0,
        connectNulls: false,
        lineStyle: { color: LINE, width: 3 * k },
        itemStyle: { color: '#ffffff', borderColor: LINE, borderWidth: 2 * k },
        areaStyle: {
          color: {
            type: 'linear' as const,
            x: 0,
            y: 0,
            x2: 0,
            y2: 1,
            colorStops: [
              { offset: 0, color: 'rgba(143, 179, 255, 0.35)' },
              { offset: 1, color: 'rgba(143, 179, 255, 0.02)' },
            ],
          },
        },
        silent: true,
      },
    ],
  };
}

function toData(points: SparkPoint[], k: number): unknown[] {
  return points.map((p, i) => (i === points.length - 1 ? { value: p, symbolSize: 11 * k } : { value: p }));
}

export function Sparkline({ family, indicator }: { family: MetricFamily; indicator: IndicatorCode }) {
  const ref = useRef<HTMLDivElement>(null);
  const entry = useSeries(useMemo(() => selectSeries(indicator), [indicator]));

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    // The design's sizes are for a 16 px root font.
    return bindProvinceTrend(el, indicator, {
      option: (rem) => baseOption(rem / 16),
      draw: (chart, line, rem) => chart.setOption({ series: [{ data: toData(line, rem / 16) }] }),
    });
  }, [indicator]);

  const message = entry.status === 'error' ? t.tile.seriesError : entry.status === 'loading' && entry.points.length === 0 ? t.tile.seriesLoading : null;
  return (
    <div className="tile-trend">
      <span className="tile-trend-caption">{t.tile.trendCaption}</span>
      <div className="tile-sparkline" ref={ref} data-testid={testIds.wall.tileSparkline(family)} data-points={entry.points.length} aria-hidden="true" />
      {message && (
        <p className={`tile-trend-message${entry.status === 'error' ? ' is-error' : ''}`} data-testid={entry.status === 'error' ? testIds.wall.tileSeriesError(family) : undefined}>
          {message}
        </p>
      )}
    </div>
  );
}
