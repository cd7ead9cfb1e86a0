/**
 * The province's last 60 days of one indicator, large, with its axis and the
 * target as a dashed line. Fed through store subscriptions and `setOption`.
 */
import { useEffect, useRef } from 'react';
import { formatDate, formatNumber, getIndicator, testIds, type IndicatorCode } from '@ioc/shared';
import { t } from '../../i18n/index.js';
import { provinceTarget } from '../tiles/tile-model.js';
import { bindProvinceTrend } from '../trend-binding.js';

const LINE = '#8fb3ff';
const TARGET = '#fbbf24';

function option(rem: number) {
  const axisLabel = { color: '#c1cbdb', fontSize: 0.95 * rem, fontFamily: 'Be Vietnam Pro' };
  return {
    animation: false,
    grid: { left: 4.2 * rem, right: 1.2 * rem, top: 1.2 * rem, bottom: 2.2 * rem },
    xAxis: {
      type: 'time' as const,
      axisLabel: { ...axisLabel, hideOverlap: true, formatter: (v: number) => formatDate(v).slice(0, 5) },
      minInterval: 7 * 86_400_000,
      axisLine: { lineStyle: { color: '#25324c' } },
      splitLine: { show: false },
      splitNumber: 4,
    },
    yAxis: {
      type: 'value' as const,
      scale: true,
      // Enough decimals that neighbouring ticks differ (a 60-day rate may move by tenths).
      axisLabel: { ...axisLabel, formatter: (v: number) => `${formatNumber(v, Number.isInteger(v) ? 0 : Number.isInteger(v * 10) ? 1 : 2)} %` },
      splitLine: { lineStyle: { color: '#1c2740' } },
      splitNumber: 4,
    },
    series: [
      { type: 'line' as const, data: [] as unknown[], showSymbol: false, lineStyle: { color: LINE, width: 0.22 * rem }, silent: true },
      {
        type: 'line' as const,
        data: [] as unknown[],
        showSymbol: false,
        lineStyle: { color: TARGET, width: 0.12 * rem, type: 'dashed' as const },
        silent: true,
      },
    ],
  };
}

export function TrendChart({ code }: { code: IndicatorCode }) {
  const ref = useRef<HTMLDivElement>(null);
  const hasTarget = provinceTarget(getIndicator(code)) !== null;
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const target = provinceTarget(getIndicator(code));
    return bindProvinceTrend(el, code, {
      option,
      draw(chart, line) {
        const first = line[0]?.[0];
        const last = line[line.length - 1]?.[0];
        const targetLine = target !== null && first !== undefined && last !== undefined ? [[first, target], [last, target]] : [];
        chart.setOption({ series: [{ data: line }, { data: targetLine }] });
      },
    });
  }, [code]);
  return (
    <section className="scene-panel trend-panel">
      <header className="trend-head">
        <h2 className="scene-panel-title">{t.scenes.trendTitle}</h2>
        <p className="trend-legend">
          <span className="trend-key is-line" aria-hidden="true" />
          {t.scenes.trendProvince}
          {hasTarget && (
            <>
              <span className="trend-key is-target" aria-hidden="true" />
              {t.scenes.trendTarget}
            </>
          )}
        </p>
      </header>
      <div className="trend-chart" ref={ref} data-testid={testIds.wall.trend(code)} aria-hidden="true" />
    </section>
  );
}
