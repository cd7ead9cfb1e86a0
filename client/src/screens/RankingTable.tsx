/**
 * The communes ranked on one indicator: the leading and trailing groups with
 * their group rates and the gap between them, or all communes. Each row opens
 * the commune's page (the name is a link: Enter or Space; the row: a click).
 */
import { useMemo, type KeyboardEvent } from 'react';
import { testIds, type IndicatorDefinition } from '@ioc/shared';
import { fmt, t } from '../i18n/index.js';
import { linkProps, navigate } from '../lib/navigation.js';
import { useMetrics } from '../store/metrics-store.js';
import { valueKey } from '../store/metrics-reducers.js';
import { indicatorName } from './names.js';
import { rankCommunes, type RankedCommune, type Ranking } from './rankings.js';

/** `size`: communes in each of the leading and trailing groups (default: 10, fewer when few communes have data). */
export function useRanking(indicator: IndicatorDefinition, size?: number): Ranking | null {
  const values = useMetrics((s) => s.values);
  const units = useMetrics((s) => s.units.data);
  return useMemo(() => {
    if (!units) return null;
    const communes = units.filter((u) => u.level === 'commune');
    return rankCommunes(indicator, communes, (i, u) => values[valueKey(i, u)], size);
  }, [indicator, units, values, size]);
}

function Rows({ rows, hrefFor }: { rows: RankedCommune[]; hrefFor: (code: string) => string }) {
  const onSpace = (e: KeyboardEvent<HTMLAnchorElement>, href: string) => {
    if (e.key === ' ') {
      e.preventDefault();
      navigate(href);
    }
  };
  return (
    <>
      {rows.map((c) => {
        const href = hrefFor(c.code);
        const link = linkProps(href);
        return (
          <tr key={c.code} className="desk-ranking-row" data-testid={testIds.desk.rankingRow(c.code)} data-value={c.value} onClick={() => navigate(href)}>
            <td className="num">{c.rank}</td>
            <th scope="row">
              <a
                href={link.href}
                title={t.desk.rankings.open(c.name)}
                onKeyDown={(e) => onSpace(e, href)}
                onClick={(e) => {
                  e.stopPropagation();
                  link.onClick(e);
                }}
              >
                {c.name}
              </a>
            </th>
            <td className="num strong">{fmt.percent(c.value, 2)}</td>
            <td className="num faint">
              {fmt.number(c.numerator)}/{fmt.number(c.denominator)}
            </td>
          </tr>
        );
      })}
    </>
  );
}

function Head() {
  return (
    <thead>
      <tr>
        <th scope="col" className="num">
          {t.desk.rankings.rank}
        </th>
        <th scope="col">{t.desk.rankings.commune}</th>
        <th scope="col" className="num">
          {t.desk.rankings.value}
        </th>
        <th scope="col" className="num">
          {t.desk.rankings.counts}
        </th>
      </tr>
    </thead>
  );
}

export function RankingTable({
  indicator,
  all,
  onToggleAll,
  hrefFor,
  groupSize,
  compact = false,
}: {
  indicator: IndicatorDefinition;
  all: boolean;
  onToggleAll: (all: boolean) => void;
  hrefFor: (code: string) => string;
  groupSize?: number;
  compact?: boolean;
}) {
  const ranking = useRanking(indicator, groupSize);
  const name = indicatorName(indicator);
  const count = ranking?.ranked.length ?? 0;

  return (
    <section className={`desk-panel desk-rankings${compact ? ' is-compact' : ''}`} aria-labelledby="rankings-title" data-testid={testIds.desk.rankings} data-indicator={indicator.code} data-count={count} data-mode={all ? 'all' : 'groups'}>
      <div className="desk-panel-head">
        <h2 id="rankings-title" className="desk-panel-title">
          {t.desk.rankings.title(name)}
          {ranking?.ranked.some((c) => c.simulated) && <span className="desk-sim-tag">{t.desk.simulatedShort}</span>}
        </h2>
        {count > 0 && (
          <button type="button" className="desk-button" data-testid={testIds.desk.rankingToggle} aria-pressed={all} onClick={() => onToggleAll(!all)} data-export-skip="">
            {all ? t.desk.rankings.showGroups : t.desk.rankings.showAll(count)}
          </button>
        )}
      </div>
      {!ranking || count === 0 ? (
        <p className="desk-muted">{ranking ? t.desk.rankings.none : t.desk.loading}</p>
      ) : (
        <>
          {ranking.gap !== null && (
            <p className="desk-gap" data-testid={testIds.desk.rankingGap} data-gap={ranking.gap}>
              {t.desk.rankings.gap(fmt.points(ranking.gap))}
            </p>
          )}
          {all ? (
            <table className="desk-table">
              <caption className="visually-hidden">{t.desk.rankings.all}</caption>
              <Head />
              <tbody>
                <Rows rows={ranking.ranked} hrefFor={hrefFor} />
              </tbody>
            </table>
          ) : (
            <div className="desk-groups">
              {(['leading', 'trailing'] as const).map((group) => (
                <table key={group} className={`desk-table is-${group}`}>
                  <caption>
                    <span className="desk-group-name">{t.desk.rankings[group]}</span>
                    <span className="desk-group-rate">{t.desk.rankings.groupRate(fmt.percent(group === 'leading' ? ranking.leadingRate : ranking.trailingRate))}</span>
                  </caption>
                  <Head />
                  <tbody>
                    <Rows rows={ranking[group]} hrefFor={hrefFor} />
                  </tbody>
                </table>
              ))}
            </div>
          )}
          {ranking.withoutData.length > 0 && <p className="desk-muted">{t.desk.rankings.withoutData(ranking.withoutData.length)}</p>}
        </>
      )}
    </section>
  );
}
