/**
 * Compliance with the reporting regime (Quy định 228/QĐ-UBND, Điều 12): for
 * agencies and for communes, how many reports are overdue, due soon, delivered
 * late or on time, in large numerals; the units overdue longest; and the 75
 * communes, each with its worst status in colour, mark and words (never colour
 * alone). Read from metres away: no scrolling, nothing to click. Live: refetched
 * after each workflow transition, every 5 minutes, and kept between turns.
 */
import { useMemo } from 'react';
import { COMPLIANCE_STATUSES, formatNumber, testIds, type ComplianceCounts, type ComplianceStatus } from '@ioc/shared';
import { t } from '../../i18n/index.js';
import { useNow } from '../../lib/use-now.js';
import { COMPLIANCE_ICON } from '../../compliance/ComplianceBadge.js';
import { communeCells, longestOverdue, shortUnitName, type CommuneCell, type OverdueUnit, type UnitKind } from '../../compliance/compliance-model.js';
import { useLiveCompliance } from '../../compliance/compliance-store.js';
import { formatAsOf } from '../../compliance/format-as-of.js';
import '../../styles/compliance.css';

const BIG_STATUSES: ComplianceStatus[] = ['overdue', 'due-soon', 'late', 'on-time'];
const OVERDUE_ROWS = 8;
/** The data are said to be old when the last successful load is older than this (the wall lost the server). */
const STALE_MS = 15 * 60_000;

function KindTotals({ kind, counts }: { kind: UnitKind; counts: ComplianceCounts }) {
  return (
    <section className="scene-panel comp-totals" data-testid={testIds.compliance.totals(kind)}>
      <h2 className="scene-panel-title">{t.compliance.wall.totalsTitle[kind]}</h2>
      <ul className="comp-big-counts">
        {BIG_STATUSES.map((s) => (
          <li key={s} className={`comp-big is-${s}${counts[s] === 0 ? ' is-zero' : ''}`} data-testid={testIds.compliance.statusCount(kind, s)} data-value={counts[s]}>
            <span className="comp-big-value">{formatNumber(counts[s])}</span>
            <span className="comp-big-label">
              <span className="comp-icon" aria-hidden="true">
                {COMPLIANCE_ICON[s]}
              </span>
              {t.compliance.wall.short[s]}
            </span>
          </li>
        ))}
      </ul>
      <p className="comp-not-due" data-testid={testIds.compliance.statusCount(kind, 'not-due')} data-value={counts['not-due']}>
        {t.compliance.wall.notDue(formatNumber(counts['not-due']))}
      </p>
    </section>
  );
}

function OverdueList({ units }: { units: OverdueUnit[] }) {
  return (
    <section className="scene-panel comp-overdue">
      <h2 className="scene-panel-title">{t.compliance.wall.overdueTitle}</h2>
      {units.length === 0 ? (
        <p className="comp-none">
          <span className="comp-icon is-on-time" aria-hidden="true">
            ✓{' '}
          </span>
          {t.compliance.wall.noOverdue}
        </p>
      ) : (
        <ol className="comp-overdue-list">
          {units.map((u, i) => (
            <li key={`${u.unit.kind}:${u.unit.code}`} className="comp-overdue-row" data-testid={testIds.compliance.unitRow(u.unit.code)} data-status="overdue" data-kind={u.unit.kind} data-overdue={u.overdue}>
              <span className="comp-overdue-rank">{i + 1}</span>
              <span className="comp-overdue-name">{u.unit.name}</span>
              <span className="comp-overdue-figures">
                <span className="comp-overdue-count">
                  <span aria-hidden="true">! </span>
                  {t.compliance.wall.overdueReports(formatNumber(u.overdue))}
                </span>
                <span className="comp-overdue-days">{t.compliance.wall.overdueDays(formatNumber(u.longestDays))}</span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function CommuneGrid({ cells }: { cells: CommuneCell[] }) {
  const counts = useMemo(() => {
    const c: Record<ComplianceStatus, number> = { overdue: 0, 'due-soon': 0, late: 0, 'on-time': 0, 'not-due': 0 };
    for (const cell of cells) if (cell.status) c[cell.status] += 1;
    return c;
  }, [cells]);
  return (
    <section className="scene-panel comp-communes" data-count={cells.length}>
      <div className="comp-communes-head">
        <h2 className="scene-panel-title">{t.compliance.wall.communesTitle(formatNumber(cells.length))}</h2>
        <ul className="comp-legend">
          {COMPLIANCE_STATUSES.filter((s) => counts[s] > 0).map((s) => (
            <li key={s} className={`comp-legend-item is-${s}`}>
              <span className="comp-swatch" aria-hidden="true">
                {COMPLIANCE_ICON[s]}
              </span>
              <span className="comp-legend-count">{formatNumber(counts[s])}</span> {t.compliance.wall.short[s]}
            </li>
          ))}
        </ul>
      </div>
      {cells.length === 0 ? (
        <p className="scene-message">{t.compliance.wall.noCommunes}</p>
      ) : (
        <ol className="comp-grid">
          {cells.map((c) => (
            <li key={c.code} className={`comp-cell is-${c.status ?? 'none'}`} data-testid={testIds.compliance.communeCell(c.code)} data-status={c.status ?? 'none'}>
              <span className="comp-cell-name">{shortUnitName(c.name)}</span>
              {c.status && (
                <span className="comp-cell-status">
                  <span className="comp-icon" aria-hidden="true">
                    {COMPLIANCE_ICON[c.status]}
                  </span>
                  {t.compliance.wall.cell[c.status]}
                  {c.status === 'overdue' && c.counts.overdue > 1 ? ` ×${formatNumber(c.counts.overdue)}` : ''}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The time of the data, grey and said in words when the wall has not reached the server for a while. */
function SourceLine({ asOf, includesDemo, loadedAt }: { asOf: string; includesDemo: boolean; loadedAt: number | null }) {
  const now = useNow();
  const stale = loadedAt !== null && now - loadedAt > STALE_MS;
  return (
    <p className="comp-source">
      <span className={`as-of${stale ? ' is-stale' : ''}`} data-testid={testIds.compliance.asOf} data-as-of={asOf} data-includes-demo={includesDemo} data-stale={stale}>
        {stale ? t.scenes.stale(formatAsOf(asOf)) : t.compliance.asOf(formatAsOf(asOf))}
      </span>
      <span>{t.compliance.rule}</span>
      {includesDemo && <span className="comp-demo">{t.compliance.demo}</span>}
    </p>
  );
}

export function ComplianceScene() {
  const { data, loadedAt } = useLiveCompliance();
  const response = data.data;
  const overdue = useMemo(() => (response ? longestOverdue(response.rows, response.today, OVERDUE_ROWS) : []), [response]);
  const cells = useMemo(() => (response ? communeCells(response.units) : []), [response]);
  if (!response) {
    return (
      <div className="scene compliance-scene" data-testid={testIds.compliance.scene}>
        <p className={`scene-message${data.status === 'error' ? ' is-error' : ''}`}>{data.status === 'error' ? t.scenes.dataError : t.scenes.dataLoading}</p>
      </div>
    );
  }
  return (
    <div className="scene compliance-scene" data-testid={testIds.compliance.scene}>
      <div className="comp-totals-row">
        <KindTotals kind="agency" counts={response.totals.agency} />
        <KindTotals kind="commune" counts={response.totals.commune} />
      </div>
      <CommuneGrid cells={cells} />
      <OverdueList units={overdue} />
      <SourceLine asOf={response.asOf} includesDemo={response.includesDemo} loadedAt={loadedAt} />
    </div>
  );
}
