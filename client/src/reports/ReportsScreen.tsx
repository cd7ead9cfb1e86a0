/**
 * /reports — a unit's reports for the current periods (Quy định 228/QĐ-UBND):
 * what is due, by when, where each stands in the workflow (Điều 7) and whether
 * it was delivered on time (Điều 12), overdue first. A leader sees first what
 * waits for their approval. Readers (operators, viewers, administrators) name
 * the unit in the address (`?unitKind=commune&unitCode=03670`), as the
 * compliance page links to it.
 */
import { REPORT_KIND_LABELS, testIds, type FilingSummary, type PrincipalInfo, type ReportingUnitRef } from '@ioc/shared';
import { t } from '../i18n/index.js';
import { linkProps, useLocation } from '../lib/navigation.js';
import { useQuery } from '../lib/use-query.js';
import { DeskShell } from '../screens/DeskShell.js';
import { ComplianceBadge } from '../compliance/ComplianceBadge.js';
import { groupFilings } from './filing-model.js';
import { mayCreateReports } from './new-report-model.js';
import { formatDay, labelOf, periodLabelOf } from './labels.js';
import { KEYS_HREF, filingHref, reportsApi } from './reports-api.js';
import { UnitPicker } from './UnitPicker.js';
import { usePrincipal } from './use-principal.js';
import { useReportingChanges } from './use-reporting-changes.js';
import { WorkflowBadge } from './WorkflowBadge.js';
import '../styles/reports.css';

export function ReportsScreen() {
  return (
    <DeskShell screen="reports" title={t.reports.title} documentTitle={t.reports.documentTitle} testId={testIds.reports.root}>
      <ReportsBody />
    </DeskShell>
  );
}

/** The unit named in the address, for readers. */
function unitFromSearch(href: string): ReportingUnitRef | null {
  const p = new URLSearchParams(href.includes('?') ? href.slice(href.indexOf('?')) : '');
  const kind = p.get('unitKind');
  const code = p.get('unitCode');
  return (kind === 'agency' || kind === 'commune') && code ? { kind, code } : null;
}

function ReportsBody() {
  const principal = usePrincipal();
  const href = useLocation();
  if (!principal.data) return <p className={principal.status === 'error' ? 'desk-error' : 'desk-muted'}>{principal.status === 'error' ? t.reports.principalError(principal.error) : t.reports.loading}</p>;
  const unit = unitFromSearch(href) ?? principal.data.unit;
  return (
    <>
      {mayCreateReports(principal.data) && (
        <p className="reports-toolbar" data-export-skip="">
          <a className="desk-button is-primary reports-link-button" {...linkProps('/reports/new')}>
            {t.reports.newReport.link}
          </a>
        </p>
      )}
      {!principal.data.unit && (
        <section className="desk-panel">
          <p>{t.reports.chooseUnit}</p>
          <UnitPicker path="/reports" current={unit} />
          <p>
            <a className="desk-link" {...linkProps('/ops/compliance')}>
              {t.reports.complianceLink}
            </a>
          </p>
        </section>
      )}
      {unit && <UnitFilings key={`${unit.kind}:${unit.code}`} principal={principal.data} unit={unit} />}
    </>
  );
}

function UnitFilings({ principal, unit }: { principal: PrincipalInfo; unit: ReportingUnitRef }) {
  const changes = useReportingChanges();
  const own = principal.unit?.kind === unit.kind && principal.unit.code === unit.code;
  const filings = useQuery(`filings:${unit.kind}:${unit.code}:${changes}`, (signal) => reportsApi.filings(own ? null : unit, signal));
  const list = filings.data?.filings ?? [];
  const { pending, others } = groupFilings(list, own ? principal.role : 'viewer');
  const unitName = list[0]?.unit.name ?? principal.unit?.name ?? unit.code;
  return (
    <>
      <section className="desk-panel reports-intro">
        <div className="desk-panel-head">
          <h2 className="desk-panel-title">{t.reports.unitTitle(unitName)}</h2>
          <a className="desk-link" {...linkProps(KEYS_HREF)}>
            {t.reports.keysLink}
          </a>
        </div>
        <p className="desk-muted">{t.reports.intro}</p>
        {list.some((f) => f.isDemo) && (
          <p className="reports-demo" role="note">
            {t.reports.demoNote}
          </p>
        )}
      </section>
      {filings.status === 'error' && <p className="desk-error">{t.reports.loadError(filings.error)}</p>}
      {!filings.data && filings.status === 'loading' && <p className="desk-muted">{t.reports.loading}</p>}
      {filings.data && own && principal.role === 'leader' && (
        <section className="desk-panel reports-pending" data-testid={testIds.reports.pending} data-count={pending.length} aria-labelledby="reports-pending-title">
          <h2 id="reports-pending-title" className="desk-panel-title">
            {t.reports.pendingTitle(pending.length)}
          </h2>
          {pending.length === 0 ? <p className="desk-muted">{t.reports.pendingNone}</p> : <FilingTable filings={pending} caption={t.reports.pendingCaption} />}
        </section>
      )}
      {filings.data && (
        <section className="desk-panel" aria-labelledby="reports-all-title">
          <h2 id="reports-all-title" className="desk-panel-title">
            {own && principal.role === 'leader' ? t.reports.othersTitle : t.reports.allTitle}
          </h2>
          {others.length === 0 ? <p className="desk-muted">{own && principal.role === 'leader' && pending.length > 0 ? t.reports.noOthers : t.reports.none}</p> : <FilingTable filings={others} caption={t.reports.allCaption} />}
        </section>
      )}
    </>
  );
}

function FilingTable({ filings, caption }: { filings: FilingSummary[]; caption: string }) {
  return (
    <div className="reports-table-wrap">
      <table className="desk-table reports-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.reports.col.report}</th>
            <th scope="col">{t.reports.col.kind}</th>
            <th scope="col">{t.reports.col.period}</th>
            <th scope="col">{t.reports.col.due}</th>
            <th scope="col">{t.reports.col.workflow}</th>
            <th scope="col">{t.reports.col.compliance}</th>
          </tr>
        </thead>
        <tbody>
          {filings.map((f) => (
            <tr
              key={`${f.template}|${f.period}`}
              className={`reports-row is-${f.compliance}`}
              data-testid={testIds.reports.filingRow(f.template, f.period)}
              data-status={f.status ?? ''}
              data-compliance={f.compliance}
            >
              <th scope="row">
                <a {...linkProps(filingHref({ template: f.template, unitKind: f.unit.kind, unitCode: f.unit.code, period: f.period }))}>{f.reportName}</a>
                <span className="reports-code">{f.template}</span>
                {f.isDemo && <span className="desk-sim-tag">{t.reports.demoTag}</span>}
                {!f.hasFields && <span className="reports-note">{t.reports.noForm}</span>}
              </th>
              <td className="reports-nowrap">{labelOf(REPORT_KIND_LABELS[f.reportKind])}</td>
              <td className="reports-nowrap">{periodLabelOf(f.period, f.periodLabel)}</td>
              <td className="num">{formatDay(f.due)}</td>
              <td>
                <WorkflowBadge status={f.status} />
              </td>
              <td>
                <ComplianceBadge status={f.compliance} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
