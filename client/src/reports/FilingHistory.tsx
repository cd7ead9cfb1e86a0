/** Who did what and when (Điều 8: the time of every submission is recorded), and the signature the server verified. */
import { SUBMISSION_STATUS_LABELS, testIds, type SubmissionDto } from '@ioc/shared';
import { fmt, t } from '../i18n/index.js';
import { groupedKeyId } from './key-encoding.js';
import { labelOf } from './labels.js';

export function FilingHistory({ filing }: { filing: SubmissionDto }) {
  return (
    <section className="desk-panel" aria-labelledby="reports-history-title" data-testid={testIds.reports.history} data-count={filing.history.length}>
      <h2 id="reports-history-title" className="desk-panel-title">
        {t.reports.history.title}
      </h2>
      <div className="reports-signature" data-testid={testIds.reports.signature} data-key-id={filing.signature?.keyId ?? ''}>
        <h3 className="reports-subtitle">{filing.status === 'submitted' || filing.status === 'approved' ? t.reports.history.signature : t.reports.history.previousSignature}</h3>
        {filing.signature ? (
          <dl className="reports-facts">
            <div>
              <dt>{t.reports.history.keyId}</dt>
              <dd className="reports-mono">{groupedKeyId(filing.signature.keyId)}</dd>
            </div>
            <div>
              <dt>{t.reports.history.algorithm}</dt>
              <dd>{filing.signature.algorithm}</dd>
            </div>
            <div>
              <dt>{t.reports.history.verifiedAt}</dt>
              <dd>{fmt.dateTime(filing.signature.verifiedAt)}</dd>
            </div>
          </dl>
        ) : (
          <p className="desk-muted">{t.reports.history.unsigned}</p>
        )}
      </div>
      {filing.history.length === 0 ? (
        <p className="desk-muted">{t.reports.history.none}</p>
      ) : (
        <table className="desk-table">
          <caption className="visually-hidden">{t.reports.history.title}</caption>
          <thead>
            <tr>
              <th scope="col">{t.reports.history.at}</th>
              <th scope="col">{t.reports.history.who}</th>
              <th scope="col">{t.reports.history.change}</th>
              <th scope="col">{t.reports.history.reason}</th>
            </tr>
          </thead>
          <tbody>
            {[...filing.history].reverse().map((h, i) => (
              <tr key={`${h.at}|${i}`}>
                <td className="reports-nowrap">{fmt.dateTime(h.at)}</td>
                <td>
                  {h.actorName} <span className="reports-code">{h.actor}</span>
                </td>
                <td className="reports-nowrap">
                  {h.from ? labelOf(SUBMISSION_STATUS_LABELS[h.from]) : t.reports.notStarted} → <strong>{labelOf(SUBMISSION_STATUS_LABELS[h.to])}</strong>
                </td>
                <td>{h.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
