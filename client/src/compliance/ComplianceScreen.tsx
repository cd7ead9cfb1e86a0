/**
 * /ops/compliance — who delivered their reports (Điều 12 of seed 002: the Office
 * of the People's Committee checks daily which agencies and communes have
 * updated their data): totals of agencies and of communes per status, the
 * units worst first, the reminders (overdue and due soon) and every filing of
 * the filter. Live: refetched after each workflow transition and every 5
 * minutes. Filters live in the address (?kind=commune&status=overdue).
 */
import { useCallback, useId } from 'react';
import {
  COMPLIANCE_LABELS,
  COMPLIANCE_STATUSES,
  SUBMISSION_STATUS_LABELS,
  testIds,
  type ComplianceCounts,
  type ComplianceResponse,
  type ComplianceRow,
  type ComplianceUnitSummary,
} from '@ioc/shared';
import { fmt, t } from '../i18n/index.js';
import { linkProps, navigate, useLocation } from '../lib/navigation.js';
import { useExportSource } from '../export/export-context.js';
import { DeskShell } from '../screens/DeskShell.js';
import { formatDay, labelOf, periodLabelOf } from '../reports/labels.js';
import { filingHref, reportsHref } from '../reports/reports-api.js';
import { ComplianceBadge, COMPLIANCE_ICON } from './ComplianceBadge.js';
import { complianceExportTables } from './compliance-export.js';
import {
  KIND_FILTERS,
  STATUS_FILTERS,
  countAll,
  filterReminders,
  filterRows,
  filterUnits,
  isKindFilter,
  isStatusFilter,
  lateness,
  totalsOf,
  type ComplianceFilter,
  type UnitKind,
} from './compliance-model.js';
import { formatAsOf } from './format-as-of.js';
import { useLiveCompliance } from './compliance-store.js';
import '../styles/compliance.css';

/** Filings listed before "show all": enough for a day's work, not the whole province at once. */
const ROWS_SHOWN = 100;

export function ComplianceScreen() {
  return (
    <DeskShell screen="compliance" title={t.compliance.title} documentTitle={t.compliance.documentTitle} testId={testIds.compliance.page}>
      <ComplianceBody />
    </DeskShell>
  );
}

function readParams(href: string): ComplianceFilter & { all: boolean } {
  const p = new URLSearchParams(href.includes('?') ? href.slice(href.indexOf('?')) : '');
  const kind = p.get('kind');
  const status = p.get('status');
  return { kind: isKindFilter(kind) ? kind : 'all', status: isStatusFilter(status) ? status : 'all', all: p.get('rows') === 'all' };
}

function ComplianceBody() {
  const href = useLocation();
  const params = readParams(href);
  const { data } = useLiveCompliance();
  const set = (key: string, value: string | null) => {
    const p = new URLSearchParams(href.includes('?') ? href.slice(href.indexOf('?')) : '');
    if (value === null) p.delete(key);
    else p.set(key, value);
    const q = p.toString();
    navigate(q ? `/ops/compliance?${q}` : '/ops/compliance', { replace: true });
  };
  const response = data.data;

  const { kind, status } = params;
  useExportSource(
    useCallback(
      () => ({
        title: t.compliance.title,
        tables: () => (response ? complianceExportTables(response, { kind, status }) : []),
        dataAsOf: () => response?.asOf ?? null,
        simulated: () => response?.includesDemo ?? false,
      }),
      [response, kind, status],
    ),
  );

  return (
    <>
      <Toolbar filter={params} onKind={(k) => set('kind', k === 'all' ? null : k)} onStatus={(s) => set('status', s === 'all' ? null : s)} />
      {data.status === 'error' && <p className="desk-error">{response ? t.compliance.refreshError(data.error) : t.compliance.loadError(data.error)}</p>}
      {!response ? (
        data.status === 'loading' && <p className="desk-muted">{t.compliance.loading}</p>
      ) : (
        <>
          <AsOf data={response} />
          <div className="compliance-totals">
            {(['agency', 'commune'] as const)
              .filter((k) => params.kind === 'all' || params.kind === k)
              .map((kind) => (
                <Totals key={kind} kind={kind} counts={totalsOf(response, kind)} onStatus={(s) => set('status', s)} />
              ))}
          </div>
          <Reminders data={response} filter={params} />
          <Units units={filterUnits(response.units, params)} filter={params} />
          <Rows rows={filterRows(response.rows, params)} today={response.today} all={params.all} onAll={(all) => set('rows', all ? 'all' : null)} />
        </>
      )}
    </>
  );
}

function Toolbar({ filter, onKind, onStatus }: { filter: ComplianceFilter; onKind: (k: ComplianceFilter['kind']) => void; onStatus: (s: ComplianceFilter['status']) => void }) {
  const statusId = useId();
  return (
    <div className="compliance-toolbar">
      <div className="desk-lang" role="group" aria-label={t.compliance.filter.kind} data-testid={testIds.compliance.filterKind}>
        <span className="desk-export-label">{t.compliance.filter.kind}</span>
        {KIND_FILTERS.map((k) => (
          <button key={k} type="button" className="desk-button" aria-pressed={filter.kind === k} onClick={() => onKind(k)}>
            {t.compliance.kind[k]}
          </button>
        ))}
      </div>
      <div className="compliance-status-filter">
        <label className="desk-inline-label" htmlFor={statusId}>
          {t.compliance.filter.status}
          <select
            id={statusId}
            className="desk-input"
            value={filter.status}
            data-testid={testIds.compliance.filterStatus}
            onChange={(e) => onStatus(isStatusFilter(e.target.value) ? e.target.value : 'all')}
          >
            {STATUS_FILTERS.map((s) => (
              <option key={s} value={s}>
                {s === 'all' ? t.compliance.filter.allStatuses : labelOf(COMPLIANCE_LABELS[s])}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}

function AsOf({ data }: { data: ComplianceResponse }) {
  return (
    <p className="compliance-as-of" data-testid={testIds.compliance.asOf} data-as-of={data.asOf} data-includes-demo={data.includesDemo}>
      <span>{t.compliance.asOf(formatAsOf(data.asOf))}</span>
      <span className="desk-muted">{t.compliance.rule}</span>
      {data.includesDemo && (
        <span className="desk-sim-tag" role="note">
          {t.compliance.demo}
        </span>
      )}
    </p>
  );
}

function Totals({ kind, counts, onStatus }: { kind: UnitKind; counts: ComplianceCounts; onStatus: (s: ComplianceFilter['status']) => void }) {
  return (
    <section className="desk-panel compliance-total" data-testid={testIds.compliance.totals(kind)} aria-labelledby={`compliance-total-${kind}`}>
      <h2 id={`compliance-total-${kind}`} className="desk-panel-title">
        {t.compliance.totalsTitle[kind](fmt.number(countAll(counts)))}
      </h2>
      <ul className="compliance-counts">
        {COMPLIANCE_STATUSES.map((s) => (
          <li key={s} className={`compliance-count is-${s}`} data-testid={testIds.compliance.statusCount(kind, s)} data-value={counts[s]}>
            <button type="button" className="compliance-count-button" title={t.compliance.filter.showStatus} onClick={() => onStatus(s)}>
              <span className="compliance-count-value">{fmt.number(counts[s])}</span>
              <span className="compliance-count-label">
                <span className="compliance-icon" aria-hidden="true">
                  {COMPLIANCE_ICON[s]}
                </span>
                {labelOf(COMPLIANCE_LABELS[s])}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Lateness({ row, today }: { row: ComplianceRow; today: string }) {
  const l = lateness(row, today);
  if (!l) return null;
  if (l.kind === 'late') return <span className="compliance-late">{t.compliance.daysLate(l.days)}</span>;
  return <span className="compliance-left">{l.workingDays === 0 ? t.compliance.dueToday : t.compliance.workingDaysLeft(l.workingDays)}</span>;
}

const rowHref = (r: ComplianceRow) => filingHref({ template: r.template, unitKind: r.unit.kind, unitCode: r.unit.code, period: r.period });

function Reminders({ data, filter }: { data: ComplianceResponse; filter: ComplianceFilter }) {
  const reminders = filterReminders(data.reminders, filter);
  return (
    <section className="desk-panel" aria-labelledby="compliance-reminders-title" data-count={reminders.length}>
      <h2 id="compliance-reminders-title" className="desk-panel-title">
        {t.compliance.remindersTitle(fmt.number(reminders.length))}
      </h2>
      <p className="desk-muted">{t.compliance.remindersHint}</p>
      {reminders.length === 0 ? (
        <p className="desk-muted">{t.compliance.noReminders}</p>
      ) : (
        <div className="desk-scroll">
          <table className="desk-table">
            <thead>
              <tr>
                <th scope="col">{t.compliance.col.unit}</th>
                <th scope="col">{t.compliance.col.report}</th>
                <th scope="col">{t.compliance.col.period}</th>
                <th scope="col" className="num">
                  {t.compliance.col.due}
                </th>
                <th scope="col">{t.compliance.col.status}</th>
                <th scope="col">{t.compliance.col.lateness}</th>
              </tr>
            </thead>
            <tbody>
              {reminders.map((r) => (
                <tr key={`${r.unit.code}|${r.template}|${r.period}`} data-testid={testIds.compliance.reminderRow(r.unit.code, r.template, r.period)} data-status={r.status}>
                  <th scope="row">{r.unit.name}</th>
                  <td>
                    <a {...linkProps(rowHref(r))}>{r.reportName}</a>
                    {r.isDemo && <span className="desk-sim-tag">{t.compliance.demoTag}</span>}
                  </td>
                  <td className="compliance-nowrap">{periodLabelOf(r.period, r.periodLabel)}</td>
                  <td className="num">{formatDay(r.due)}</td>
                  <td>
                    <ComplianceBadge status={r.status} />
                  </td>
                  <td>
                    <Lateness row={r} today={data.today} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Units({ units, filter }: { units: ComplianceUnitSummary[]; filter: ComplianceFilter }) {
  return (
    <section className="desk-panel" aria-labelledby="compliance-units-title" data-count={units.length}>
      <h2 id="compliance-units-title" className="desk-panel-title">
        {t.compliance.unitsTitle(fmt.number(units.length))}
      </h2>
      {units.length === 0 ? (
        <p className="desk-muted">{t.compliance.noUnits}</p>
      ) : (
        <div className="desk-scroll compliance-units">
          <table className="desk-table">
            <thead>
              <tr>
                <th scope="col">{t.compliance.col.unit}</th>
                <th scope="col">{t.compliance.col.kind}</th>
                <th scope="col">{t.compliance.col.worst}</th>
                {COMPLIANCE_STATUSES.map((s) => (
                  <th key={s} scope="col" className={`num${filter.status === s ? ' is-filtered' : ''}`}>
                    {labelOf(COMPLIANCE_LABELS[s])}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {units.map((u) => (
                <tr
                  key={`${u.unit.kind}:${u.unit.code}`}
                  className={`compliance-unit is-${u.worst}`}
                  data-testid={testIds.compliance.unitRow(u.unit.code)}
                  data-status={u.worst}
                  data-kind={u.unit.kind}
                  data-overdue={u.counts.overdue}
                >
                  <th scope="row">
                    <a {...linkProps(reportsHref(u.unit))}>{u.unit.name}</a>
                  </th>
                  <td>{t.compliance.kindOne[u.unit.kind]}</td>
                  <td>
                    <ComplianceBadge status={u.worst} />
                  </td>
                  {COMPLIANCE_STATUSES.map((s) => (
                    <td key={s} className={`num${u.counts[s] > 0 && (s === 'overdue' || s === 'due-soon') ? ' strong' : ''}`} data-status={s}>
                      {u.counts[s] > 0 ? fmt.number(u.counts[s]) : <span className="faint">0</span>}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Rows({ rows, today, all, onAll }: { rows: ComplianceRow[]; today: string; all: boolean; onAll: (all: boolean) => void }) {
  const shown = all ? rows : rows.slice(0, ROWS_SHOWN);
  return (
    <section className="desk-panel" aria-labelledby="compliance-rows-title" data-count={rows.length}>
      <div className="desk-panel-head">
        <h2 id="compliance-rows-title" className="desk-panel-title">
          {t.compliance.rowsTitle(fmt.number(rows.length))}
        </h2>
        {rows.length > ROWS_SHOWN && (
          <button type="button" className="desk-button" aria-pressed={all} onClick={() => onAll(!all)}>
            {all ? t.compliance.showFewer(ROWS_SHOWN) : t.compliance.showAll(fmt.number(rows.length))}
          </button>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="desk-muted">{t.compliance.noRows}</p>
      ) : (
        <div className="compliance-rows">
          <table className="desk-table">
            <thead>
              <tr>
                <th scope="col">{t.compliance.col.unit}</th>
                <th scope="col">{t.compliance.col.report}</th>
                <th scope="col">{t.compliance.col.period}</th>
                <th scope="col" className="num">
                  {t.compliance.col.due}
                </th>
                <th scope="col">{t.compliance.col.status}</th>
                <th scope="col">{t.compliance.col.workflow}</th>
                <th scope="col">{t.compliance.col.delivered}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr
                  key={`${r.unit.code}|${r.template}|${r.period}`}
                  data-testid={testIds.compliance.filingRow(r.unit.code, r.template, r.period)}
                  data-status={r.status}
                  data-workflow-status={r.workflowStatus ?? ''}
                >
                  <th scope="row">{r.unit.name}</th>
                  <td>
                    <a {...linkProps(rowHref(r))}>{r.reportName}</a>
                    {r.isDemo && <span className="desk-sim-tag">{t.compliance.demoTag}</span>}
                  </td>
                  <td className="compliance-nowrap">{periodLabelOf(r.period, r.periodLabel)}</td>
                  <td className="num">{formatDay(r.due)}</td>
                  <td>
                    <ComplianceBadge status={r.status} /> <Lateness row={r} today={today} />
                  </td>
                  <td>{r.workflowStatus ? labelOf(SUBMISSION_STATUS_LABELS[r.workflowStatus]) : t.compliance.notStarted}</td>
                  <td className="compliance-nowrap">{r.deliveredAt ? fmt.dateTime(r.deliveredAt) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
