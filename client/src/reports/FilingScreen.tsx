/**
 * /reports/:template/:unitKind/:unitCode/:period — one unit's report for one
 * period through the workflow of Điều 7 (seed 002): the specialist fills and
 * signs it, the leader approves or sends it back with a reason, everyone else
 * reads. The page follows the server live ('reporting:changed'); after a
 * conflict (someone acted first) it says who and reloads.
 */
import { useState } from 'react';
import { testIds, type PrincipalInfo, type SubmissionDto } from '@ioc/shared';
import { fmt, t } from '../i18n/index.js';
import { linkProps } from '../lib/navigation.js';
import { useQuery } from '../lib/use-query.js';
import { DeskShell } from '../screens/DeskShell.js';
import { ComplianceBadge } from '../compliance/ComplianceBadge.js';
import type { ActionMessage } from './action-result.js';
import { DecisionPanel } from './DecisionPanel.js';
import { FigureForm } from './FigureForm.js';
import { FiguresView } from './FiguresView.js';
import { filingMode, lastRejection, type FilingMode } from './filing-model.js';
import { FilingHistory } from './FilingHistory.js';
import { formatDay, periodLabelOf } from './labels.js';
import { filingHref, reportsApi, reportsHref, type FilingRef } from './reports-api.js';
import { usePrincipal } from './use-principal.js';
import { useReportingChanges } from './use-reporting-changes.js';
import { WorkflowBadge } from './WorkflowBadge.js';
import '../styles/reports.css';

export function FilingScreen({ template, unitKind, unitCode, period }: { template: string; unitKind: string; unitCode: string; period: string }) {
  return (
    <DeskShell screen="reports" title={t.reports.filingTitle} documentTitle={t.reports.filingDocumentTitle(template, period)} testId={testIds.reports.filing}>
      {unitKind === 'agency' || unitKind === 'commune' ? (
        <FilingBody filingRef={{ template, unitKind, unitCode, period }} />
      ) : (
        <p className="desk-error">{t.reports.badAddress}</p>
      )}
    </DeskShell>
  );
}

function FilingBody({ filingRef }: { filingRef: FilingRef }) {
  const principal = usePrincipal();
  const changes = useReportingChanges();
  const [reloads, setReloads] = useState(0);
  const [message, setMessage] = useState<ActionMessage | null>(null);
  const filing = useQuery(`${filingHref(filingRef)}#${changes}:${reloads}`, (signal) => reportsApi.filing(filingRef, signal));

  if (!principal.data) return <p className={principal.status === 'error' ? 'desk-error' : 'desk-muted'}>{principal.status === 'error' ? t.reports.principalError(principal.error) : t.reports.loading}</p>;
  if (!filing.data) return <p className={filing.status === 'error' ? 'desk-error' : 'desk-muted'}>{filing.status === 'error' ? t.reports.loadError(filing.error) : t.reports.loading}</p>;

  const dto = filing.data;
  const mode = filingMode(principal.data, dto);
  const onDone = (m: ActionMessage, changed: boolean) => {
    setMessage(m);
    if (changed) setReloads((n) => n + 1);
  };
  return (
    <>
      <FilingHeader filing={dto} principal={principal.data} />
      {filing.status === 'error' && <p className="desk-error">{t.reports.loadError(filing.error)}</p>}
      {message && (message.version === undefined || message.version >= dto.version) && <ActionNotice message={message} onClose={() => setMessage(null)} />}
      <RejectionNotice filing={dto} />
      <ModeNote filing={dto} mode={mode} principal={principal.data} />
      {mode === 'edit' ? (
        // A new version (saved, uploaded, or changed by someone else) starts the form again from the server's figures.
        <FigureForm key={`${dto.version}:${dto.status ?? 'none'}`} filing={dto} filingRef={filingRef} principal={principal.data} onDone={onDone} />
      ) : (
        <FiguresView filing={dto} />
      )}
      {mode === 'decide' && <DecisionPanel key={dto.version} filing={dto} filingRef={filingRef} onDone={onDone} />}
      <FilingHistory filing={dto} />
    </>
  );
}

function FilingHeader({ filing, principal }: { filing: SubmissionDto; principal: PrincipalInfo }) {
  return (
    <section className="desk-panel reports-header" aria-labelledby="reports-filing-name">
      <p className="reports-back">
        <a className="desk-link" {...linkProps(principal.unit?.code === filing.unit.code && principal.unit.kind === filing.unit.kind ? reportsHref() : reportsHref(filing.unit))}>
          {t.reports.back}
        </a>
      </p>
      <h2 id="reports-filing-name" className="reports-filing-name">
        {filing.reportName}
        <span className="reports-code">{filing.template}</span>
        {(filing.isDemo || principal.isDemo) && (
          <span className="desk-sim-tag" title={t.reports.demoNote}>
            {t.reports.demoTag}
          </span>
        )}
      </h2>
      <dl className="reports-facts">
        <div>
          <dt>{t.reports.header.unit}</dt>
          <dd>{filing.unit.name}</dd>
        </div>
        <div>
          <dt>{t.reports.header.period}</dt>
          <dd>{periodLabelOf(filing.period, filing.periodLabel)}</dd>
        </div>
        <div>
          <dt>{t.reports.header.due}</dt>
          <dd>{formatDay(filing.due)}</dd>
        </div>
        <div>
          <dt>{t.reports.header.status}</dt>
          <dd data-testid={testIds.reports.filingStatus} data-status={filing.status ?? ''} data-version={filing.version} data-compliance={filing.compliance}>
            <WorkflowBadge status={filing.status} />
          </dd>
        </div>
        <div>
          <dt>{t.reports.header.compliance}</dt>
          <dd>
            <ComplianceBadge status={filing.compliance} />
          </dd>
        </div>
        {filing.submittedAt && (filing.status === 'submitted' || filing.status === 'approved') && (
          <div>
            <dt>{t.reports.header.submittedAt}</dt>
            <dd>{fmt.dateTime(filing.submittedAt)}</dd>
          </div>
        )}
        {filing.decidedAt && (filing.status === 'approved' || filing.status === 'rejected') && (
          <div>
            <dt>{t.reports.header.decidedAt}</dt>
            <dd>{fmt.dateTime(filing.decidedAt)}</dd>
          </div>
        )}
        <div>
          <dt>{t.reports.header.version}</dt>
          <dd>{filing.version}</dd>
        </div>
      </dl>
    </section>
  );
}

function ActionNotice({ message, onClose }: { message: ActionMessage; onClose: () => void }) {
  return (
    <div className={`reports-message is-${message.kind}`} role={message.kind === 'success' ? 'status' : 'alert'} data-testid={testIds.reports.message} data-kind={message.kind}>
      <p>
        <strong>{message.kind === 'success' ? t.reports.messageTitle.success : message.kind === 'conflict' ? t.reports.messageTitle.conflict : t.reports.messageTitle.error}</strong> {message.text}
      </p>
      {message.kind === 'conflict' && <p>{t.reports.reloaded}</p>}
      {message.link && (
        <p>
          <a className="desk-link" {...linkProps(message.link.href)}>
            {message.link.label}
          </a>
        </p>
      )}
      <button type="button" className="desk-button reports-message-close" onClick={onClose}>
        {t.reports.close}
      </button>
    </div>
  );
}

/** A rejected filing says why, prominently, to the specialist who must fix it (Điều 7.3.a). */
function RejectionNotice({ filing }: { filing: SubmissionDto }) {
  const rejection = lastRejection(filing);
  if (!rejection) return null;
  return (
    <section className="reports-rejection" role="note" data-testid={testIds.reports.rejection} aria-labelledby="reports-rejection-title">
      <h2 id="reports-rejection-title" className="reports-rejection-title">
        <span aria-hidden="true">↩ </span>
        {t.reports.rejection.title}
      </h2>
      <blockquote className="reports-rejection-reason">{rejection.reason}</blockquote>
      {rejection.actorName && rejection.at && <p className="reports-rejection-by">{t.reports.rejection.by(rejection.actorName, fmt.dateTime(rejection.at))}</p>}
    </section>
  );
}

function ModeNote({ filing, mode, principal }: { filing: SubmissionDto; mode: FilingMode; principal: PrincipalInfo }) {
  let text: string | null = null;
  if (mode === 'read') {
    const ownUnit = principal.unit?.kind === filing.unit.kind && principal.unit.code === filing.unit.code;
    if (!ownUnit) text = t.reports.mode.readOnly;
    else if (filing.status === 'submitted') text = t.reports.mode.awaiting;
    else if (filing.status === 'approved') text = filing.ingestBatchId !== null ? t.reports.mode.approvedOnWall(filing.ingestBatchId) : t.reports.mode.approved;
    else if (principal.role === 'leader') text = t.reports.mode.leaderWaits;
    else text = t.reports.mode.readOnly;
  }
  if (!text) return null;
  return <p className="reports-mode-note">{text}</p>;
}
