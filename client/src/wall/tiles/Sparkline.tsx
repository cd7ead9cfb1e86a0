/**
 * The last 60 days of the province's value as a small ECharts line. Data reach
 * the chart through store subscriptions and `setOption`, not through React renders.
 */
import { useEffect, useMemo, useRef } from 'react';
import { PROVINCE_CODE, testIds, type IndicatorCode, type MetricFamily } from '@ioc/shared';
import { t } from '../../i18n/index.js';
import { clock } from '../../lib/clock.js';
import { echarts } from '../../lib/echarts.js';
import { metricsStore } from '../../store/metrics-store.js';
import { valueKey } from '../../store/metrics-reducers.js';
import { selectSeries, seriesStore, useSeries } from '../../store/series-store.js';
import { sparklinePoints, type SparkPoint } from './tile-model.js';

const LINE = '#8fb3ff';

/** ECharts draws in CSS pixels: scale strokes with the root font size so 4K looks like 1080p. */
function pxScale(): number {
  return (Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16) / 16;
}

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
    const chart = echarts.init(el, undefined, { renderer: 'canvas' });
    let k = pxScale();
    chart.setOption(baseOption(k));
    let lastPoints: unknown = null;
    let lastLive: number | null | undefined;
    const render = () => {
      const points = seriesStore.getState().byIndicator[indicator]?.points ?? [];
      const live = metricsStore.getState().values[valueKey(indicator, PROVINCE_CODE)]?.value ?? null;
      if (points === lastPoints && live === lastLive) return;
      lastPoints = points;
      lastLive = live;
      if (points.length === 0) return;
      chart.setOption({ series: [{ data: toData(sparklinePoints(points, live, clock().now()), k) }] });
    };
    const unsubscribeSeries = seriesStore.subscribe(render);
    const unsubscribeValues = metricsStore.subscribe(render);
    const resizeObserver = new ResizeObserver(() => {
      chart.resize();
      const next = pxScale();
      if (next !== k) {
        k = next;
        chart.setOption(baseOption(k));
        lastPoints = null;
        render();
      }
    });
    resizeObserver.observe(el);
    render();
    return () => {
      unsubscribeSeries();
      unsubscribeValues();
      resizeObserver.disconnect();
      chart.dispose();
    };
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
