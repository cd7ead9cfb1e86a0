/**
 * /ops/commune/:code — one commune: its indicators over time against the
 * province and the target (optionally against a second commune), its current
 * values, its digitisation counts and its hamlets' connectivity.
 */
import { useCallback, useMemo, useState } from 'react';
import { PROVINCE_CODE, testIds, type AdminUnit } from '@ioc/shared';
import { fmt, t } from '../../i18n/index.js';
import { linkProps, navigate } from '../../lib/navigation.js';
import { useExportSource } from '../../export/export-context.js';
import { unitFullName } from '../../screens/names.js';
import { metricsStore, selectShowsSimulated, useMetrics } from '../../store/metrics-store.js';
import { COMMUNE_INDICATORS, withOpsParams, type OpsParams } from '../ops-params.js';
import { RangePicker } from '../RangePicker.js';
import { resolveRange } from '../time-range.js';
import { chartPoints } from './commune-series.js';
import { communeExportTables, newestPoint } from './commune-export.js';
import { ComparePicker } from './ComparePicker.js';
import { CurrentValues } from './CurrentValues.js';
import { DigitisationPanel } from './DigitisationPanel.js';
import { HamletsPanel, useHamlets } from './HamletsPanel.js';
import { IndicatorChart, type ChartLine } from './IndicatorChart.js';
import { useCommuneSeries } from './use-commune-series.js';

export function CommunePage({ code, params, search }: { code: string; params: OpsParams; search: string }) {
  const units = useMetrics((s) => s.units.data);
  const unit = units?.find((u) => u.code === code && u.level === 'commune') ?? null;
  const compareUnit = params.compare && params.compare !== code ? (units?.find((u) => u.code === params.compare) ?? null) : null;
  // The range is resolved once per choice: "now" must not move at each render.
  const [rangeKey, setRangeKey] = useState(() => ({ choice: params.range, at: new Date() }));
  if (JSON.stringify(rangeKey.choice) !== JSON.stringify(params.range)) setRangeKey({ choice: params.range, at: new Date() });
  const range = useMemo(() => resolveRange(rangeKey.choice, rangeKey.at), [rangeKey]);
  const series = useCommuneSeries(code, compareUnit?.code ?? null, range);
  const hamlets = useHamlets(code);
  const setParams = (change: Partial<OpsParams>) => navigate(withOpsParams(`/ops/commune/${code}`, search, change), { replace: true });

  const linesFor = useCallback(
    (indicatorCode: string): ChartLine[] => {
      const indicator = COMMUNE_INDICATORS.find((i) => i.code === indicatorCode)!;
      const bySeries = series.data?.[indicatorCode];
      const line = (u: string, name: string, role: ChartLine['role']): ChartLine => ({ name, role, points: chartPoints(indicator, bySeries?.[u]?.points ?? []) });
      const out = [line(code, unit?.name ?? code, 'commune')];
      if (compareUnit) out.push(line(compareUnit.code, compareUnit.name, 'compare'));
      out.push(line(PROVINCE_CODE, t.ops.commune.province, 'province'));
      return out;
    },
    [series.data, code, unit, compareUnit],
  );

  useExportSource(
    useCallback(
      () => ({
        title: compareUnit ? t.ops.commune.compareTitle(unit?.name ?? code, compareUnit.name) : (unit?.name ?? code),
        tables: () => communeExportTables({ code, unit, compareUnit, series: series.data, hamlets: hamlets.data?.rows ?? [] }),
        dataAsOf: () => newestPoint(series.data),
        simulated: () => selectShowsSimulated(metricsStore.getState()) || Object.values(series.data ?? {}).some((s) => Object.values(s).some((u) => u.simulated)),
      }),
      [code, unit, compareUnit, series.data, hamlets],
    ),
  );

  if (units && !unit) {
    return (
      <section className="desk-panel" data-testid={testIds.ops.commune}>
        <p className="desk-error">{t.ops.commune.notFound(code)}</p>
        <a className="desk-link" {...linkProps('/ops')}>
          {t.ops.commune.back}
        </a>
      </section>
    );
  }

  const chartState = series.status === 'ready' ? 'ready' : series.status === 'error' ? 'error' : 'loading';
  return (
    <div className="ops-commune" data-testid={testIds.ops.commune}>
      <div className="ops-commune-head">
        <a className="desk-link" data-testid={testIds.ops.back} {...linkProps(withOpsParams('/ops', search, { compare: null }))}>
          ← {t.ops.commune.back}
        </a>
        <h2 className="ops-commune-name" data-testid={testIds.ops.communeName} data-code={code}>
          {unit ? unitFullName(unit) : code}
          {compareUnit && <span className="ops-commune-vs"> — {t.ops.commune.versus(compareUnit.name)}</span>}
        </h2>
        {unit && <Facts unit={unit} />}
      </div>
      <div className="ops-commune-controls">
        <RangePicker choice={params.range} resolved={range} onChange={(choice) => setParams({ range: choice })} />
        <ComparePicker code={code} value={compareUnit?.code ?? null} onChange={(compare) => setParams({ compare })} />
      </div>
      <div className="ops-commune-top">
        <CurrentValues code={code} compare={compareUnit} />
        <DigitisationPanel code={code} series={series.data} />
      </div>
      <section aria-labelledby="ops-charts-title">
        <h2 id="ops-charts-title" className="desk-section-title">
          {t.ops.commune.chartsTitle}
        </h2>
        <div className="ops-charts">
          {COMMUNE_INDICATORS.map((indicator) => (
            <IndicatorChart key={indicator.code} indicator={indicator} lines={linesFor(indicator.code)} state={chartState} simulated={Object.values(series.data?.[indicator.code] ?? {}).some((u) => u.simulated)} />
          ))}
        </div>
      </section>
      <HamletsPanel state={hamlets} />
    </div>
  );
}

function Facts({ unit }: { unit: AdminUnit }) {
  const facts = [unit.population !== null ? t.ops.commune.population(fmt.number(unit.population)) : null, unit.areaKm2 !== null ? t.ops.commune.area(fmt.number(unit.areaKm2, 2)) : null].filter(Boolean);
  return <p className="desk-muted">{facts.join(' · ')}</p>;
}
