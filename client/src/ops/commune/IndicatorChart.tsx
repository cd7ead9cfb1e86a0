/**
 * One indicator over time: the commune, the province, the compared commune and
 * the commune's target as a dashed line. Lines differ by colour and by dash, so
 * colour is never the only cue; the chart's text alternative states the latest values.
 */
import { useEffect, useRef } from 'react';
import { targetFor, testIds, type IndicatorDefinition } from '@ioc/shared';
import { fmt, t } from '../../i18n/index.js';
import { indicatorName } from '../../screens/names.js';
import { echarts } from './chart-echarts.js';
import type { ChartPoint } from './commune-series.js';

export interface ChartLine {
  name: string;
  points: ChartPoint[];
  role: 'commune' | 'province' | 'compare';
}

const STYLE = {
  commune: { color: '#8fb3ff', type: 'solid', width: 3 },
  province: { color: '#e2e8f0', type: 'dashed', width: 2 },
  compare: { color: '#fbbf24', type: 'dotted', width: 3 },
} as const;
const TARGET = '#34d399';

interface TooltipParam {
  axisValue: number;
  marker: string;
  seriesName: string;
  value: [number, number | null];
}

/** The day and each line's value, in the interface's formats (ECharts' own would be English). */
function tooltip(params: TooltipParam | TooltipParam[]): string {
  const list = Array.isArray(params) ? params : [params];
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const head = list[0] ? escape(fmt.date(list[0].axisValue)) : '';
  return [head, ...list.map((p) => `${p.marker}${escape(p.seriesName)}: <b>${escape(fmt.percent(p.value[1], 2))}</b>`)].join('<br/>');
}

const last = (points: ChartPoint[]) => [...points].reverse().find((p) => p.value !== null)?.value ?? null;

export function IndicatorChart({ indicator, lines, state, simulated }: { indicator: IndicatorDefinition; lines: ChartLine[]; state: 'loading' | 'ready' | 'error'; simulated: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const target = targetFor(indicator, 'commune');
  const name = indicatorName(indicator);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: 'canvas' });
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, []);

  useEffect(() => {
    const el = ref.current;
    const chart = el ? echarts.getInstanceByDom(el) : undefined;
    if (!chart) return;
    chart.setOption(
      {
        animation: false,
        grid: { left: 44, right: 16, top: 34, bottom: 26 },
        legend: { top: 0, left: 0, textStyle: { color: '#c1cbdb', fontFamily: 'Be Vietnam Pro' }, itemWidth: 22 },
        tooltip: { trigger: 'axis', formatter: tooltip },
        xAxis: {
          type: 'time',
          axisLabel: { color: '#c1cbdb', hideOverlap: true, formatter: (v: number) => fmt.shortDate(v) },
          axisLine: { lineStyle: { color: '#4a5a78' } },
        },
        yAxis: {
          type: 'value',
          // Keep the target line in view even when every value is far from it; bounds on
          // multiples of 5 let ECharts' steps divide the range (no crowded top label).
          min: (e: { min: number }) => Math.max(0, Math.floor((Math.min(e.min, target?.value ?? e.min) - 0.5) / 5) * 5),
          max: (e: { max: number }) => Math.min(100, Math.ceil((Math.max(e.max, target?.value ?? e.max) + 0.5) / 5) * 5),
          axisLabel: { color: '#c1cbdb', formatter: (v: number) => fmt.number(v, Number.isInteger(v) ? 0 : 1) },
          splitLine: { lineStyle: { color: '#25324c' } },
        },
        series: lines.map((line, i) => ({
          type: 'line',
          name: line.name,
          data: line.points.map((p) => [p.at, p.value]),
          showSymbol: false,
          connectNulls: false,
          sampling: 'lttb',
          lineStyle: STYLE[line.role],
          itemStyle: { color: STYLE[line.role].color },
          markLine:
            i === 0 && target
              ? {
                  silent: true,
                  symbol: 'none',
                  lineStyle: { color: TARGET, type: [6, 4], width: 2 },
                  label: { color: TARGET, formatter: t.ops.commune.target(fmt.percent(target.value, 0)), position: 'insideEndTop' },
                  data: [{ yAxis: target.value }],
                }
              : undefined,
        })),
      },
      { replaceMerge: ['series'] },
    );
  }, [lines, target]);

  const summary = [
    ...lines.map((l) => `${l.name}: ${fmt.percent(last(l.points))}`),
    target ? t.ops.commune.target(fmt.percent(target.value, 0)) : t.ops.commune.noTarget,
  ].join('; ');

  return (
    <figure className="desk-panel ops-chart" data-testid={testIds.ops.chart(indicator.code)} data-series={lines.map((l) => l.name).join('|')} data-points={lines[0]?.points.length ?? 0} data-target={target?.value ?? ''} data-state={state}>
      <figcaption>
        <span className="ops-chart-title">
          {name}
          {simulated && <span className="desk-sim-tag">{t.desk.simulatedShort}</span>}
        </span>
        <span className="desk-muted">{indicator.kind === 'flow' ? t.ops.commune.flowCaption : t.ops.commune.stockCaption}</span>
      </figcaption>
      <div className="ops-chart-canvas" ref={ref} role="img" aria-label={`${name}. ${summary}`} />
      {state !== 'ready' && <p className={`ops-chart-state${state === 'error' ? ' desk-error' : ' desk-muted'}`}>{state === 'error' ? t.ops.commune.seriesError : t.ops.commune.seriesLoading}</p>}
    </figure>
  );
}
