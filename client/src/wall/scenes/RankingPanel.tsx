/**
 * The leading and trailing communes on one indicator, with the gap between the
 * groups (seed 004 asks about it). Values are written out and the bars carry the
 * rank's group in a shape as well as a colour (▲ leading, ▼ trailing).
 */
import { useMemo } from 'react';
import { formatNumber, formatPercent, formatPointChange, testIds, type IndicatorCode, type MetricValue } from '@ioc/shared';
import { t } from '../../i18n/index.js';
import { rankCommunes, type RankedCommune } from '../../screens/rankings.js';
import { useMetrics, type MetricsState } from '../../store/metrics-store.js';
import { valueKey } from '../../store/metrics-reducers.js';
import { useIndicator } from '../../store/indicators.js';

export const RANKING_ROWS = 10;

function Row({ c, max, kind }: { c: RankedCommune; max: number; kind: 'leading' | 'trailing' }) {
  return (
    <li className={`rank-row is-${kind}`} data-code={c.code}>
      <span className="rank-no">{c.rank}</span>
      <span className="rank-name">{c.name}</span>
      <span className="rank-bar" aria-hidden="true">
        <span className="rank-bar-fill" style={{ width: `${Math.max(2, (c.value / max) * 100)}%` }} />
      </span>
      <span className="rank-value">{formatPercent(c.value, 1)}</span>
    </li>
  );
}

export function RankingPanel({ code }: { code: IndicatorCode }) {
  const indicator = useIndicator(code);
  const values = useMetrics((s: MetricsState) => s.values);
  const units = useMetrics((s) => s.units.data);
  const ranking = useMemo(
    () => rankCommunes(indicator, units ?? [], (i, u): MetricValue | undefined => values[valueKey(i, u)], RANKING_ROWS),
    [indicator, units, values],
  );
  const max = Math.max(1, ...ranking.ranked.map((r) => r.value));
  return (
    <section className="scene-panel ranking-panel" data-testid={testIds.wall.ranking(code)}>
      <h2 className="scene-panel-title">{t.scenes.rankingTitle}</h2>
      <p className="ranking-group-title is-leading">▲ {t.scenes.leading(formatPercent(ranking.leadingRate, 1))}</p>
      <ol className="rank-list">
        {ranking.leading.map((c) => (
          <Row key={c.code} c={c} max={max} kind="leading" />
        ))}
      </ol>
      <p className="ranking-group-title is-trailing">▼ {t.scenes.trailing(formatPercent(ranking.trailingRate, 1))}</p>
      <ol className="rank-list">
        {ranking.trailing.map((c) => (
          <Row key={c.code} c={c} max={max} kind="trailing" />
        ))}
      </ol>
      <p className="ranking-gap">
        {ranking.gap === null ? t.scenes.noRanking : t.scenes.gap(formatPointChange(ranking.gap).replace(/^[+±]/, ''))}
        {ranking.withoutData.length > 0 && ` · ${t.scenes.withoutData(formatNumber(ranking.withoutData.length))}`}
      </p>
    </section>
  );
}
