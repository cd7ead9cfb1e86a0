/** Dossiers digitised at intake and results digitised: the counts behind the rates, year to date and within the range. */
import { testIds, type IndicatorCode } from '@ioc/shared';
import { fmt, t } from '../../i18n/index.js';
import { indicatorName } from '../../screens/names.js';
import { useMetrics } from '../../store/metrics-store.js';
import { valueKey } from '../../store/metrics-reducers.js';
import { COMMUNE_INDICATORS } from '../ops-params.js';
import { countsInRange, type IndicatorSeries } from './commune-series.js';

export const DIGITISATION: readonly IndicatorCode[] = ['SOHOA.TIEP_NHAN', 'SOHOA.KET_QUA'];

export function DigitisationPanel({ code, series }: { code: string; series: Record<string, IndicatorSeries> | null }) {
  const values = useMetrics((s) => s.values);
  return (
    <section className="desk-panel ops-digitisation" aria-labelledby="ops-digitisation-title" data-testid={testIds.ops.digitisation}>
      <h2 id="ops-digitisation-title" className="desk-panel-title">
        {t.ops.digitisation.title}
      </h2>
      <dl className="ops-counts">
        {DIGITISATION.map((indicatorCode) => {
          const indicator = COMMUNE_INDICATORS.find((i) => i.code === indicatorCode)!;
          const now = values[valueKey(indicatorCode, code)];
          const points = series?.[indicatorCode]?.[code]?.points;
          const inRange = points ? countsInRange(points) : null;
          return (
            <div key={indicatorCode} className="ops-count" data-indicator={indicatorCode} data-numerator={now?.numerator ?? ''} data-denominator={now?.denominator ?? ''}>
              <dt>{indicatorName(indicator)}</dt>
              <dd>
                <span className="desk-muted">{t.ops.digitisation.yearToDate}: </span>
                <strong>{now ? t.ops.digitisation.counts(fmt.number(now.numerator), fmt.number(now.denominator), indicator.countUnitVi) : '—'}</strong>
                {now && <span> ({fmt.percent(now.value)})</span>}
              </dd>
              <dd>
                <span className="desk-muted">{t.ops.digitisation.inRange}: </span>
                {inRange ? t.ops.digitisation.counts(fmt.number(inRange.numerator), fmt.number(inRange.denominator), indicator.countUnitVi) : '—'}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
