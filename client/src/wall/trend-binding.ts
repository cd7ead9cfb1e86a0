/**
 * An ECharts line of the province's recent trend, bound to the stores: the
 * 60-day series and the live value reach the chart through store
 * subscriptions and `setOption`, never through React renders; strokes and
 * fonts follow the root font size, so 4K looks like 1080p. Used by the tiles'
 * sparklines and the scenes' large trend charts.
 */
import { PROVINCE_CODE, type IndicatorCode } from '@ioc/shared';
import { clock } from '../lib/clock.js';
import { echarts, type EChartsOption, type EChartsType } from '../lib/echarts.js';
import { metricsStore } from '../store/metrics-store.js';
import { valueKey } from '../store/metrics-reducers.js';
import { seriesStore } from '../store/series-store.js';
import { sparklinePoints, type SparkPoint } from './tiles/tile-model.js';

export interface TrendSpec {
  /** The chart's full option for a root font size in CSS pixels. */
  option(rem: number): EChartsOption;
  /** Puts the points (the series, ending at the live value) into the chart. */
  draw(chart: EChartsType, line: SparkPoint[], rem: number): void;
}

function rootFontPx(): number {
  return Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/** Mounts the chart in `el`; returns its cleanup. */
export function bindProvinceTrend(el: HTMLElement, indicator: IndicatorCode, spec: TrendSpec): () => void {
  const chart = echarts.init(el, undefined, { renderer: 'canvas' });
  let rem = rootFontPx();
  chart.setOption(spec.option(rem));
  let lastPoints: unknown = null;
  let lastLive: number | null | undefined;
  const render = () => {
    const points = seriesStore.getState().byIndicator[indicator]?.points ?? [];
    const live = metricsStore.getState().values[valueKey(indicator, PROVINCE_CODE)]?.value ?? null;
    if (points === lastPoints && live === lastLive) return;
    lastPoints = points;
    lastLive = live;
    if (points.length === 0) return;
    spec.draw(chart, sparklinePoints(points, live, clock().now()), rem);
  };
  const unsubscribeSeries = seriesStore.subscribe(render);
  const unsubscribeValues = metricsStore.subscribe(render);
  const resizeObserver = new ResizeObserver(() => {
    chart.resize();
    const next = rootFontPx();
    if (next !== rem) {
      rem = next;
      chart.setOption(spec.option(rem));
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
}
