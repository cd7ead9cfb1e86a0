/**
 * The leader's decision (Điều 7.3): approve, or send back to the specialist with
 * a written reason (at least 5 characters). Of two leaders deciding at once, the
 * server keeps the first; the second is told who acted and when.
 */
import { useId, useState } from 'react';
import { testIds, type SubmissionDto } from '@ioc/shared';
import { fmt, t } from '../i18n/index.js';
import { describeError, type ActionMessage } from './action-result.js';
import { REJECTION_MIN_LENGTH, rejectionReasonValid } from './filing-model.js';
import { reportsApi, type FilingRef } from './reports-api.js';

export function DecisionPanel({ filing, filingRef, onDone }: { filing: SubmissionDto; filingRef: FilingRef; onDone: (message: ActionMessage, changed: boolean) => void }) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState<null | 'approve' | 'reject'>(null);
  const [touched, setTouched] = useState(false);
  const reasonId = useId();
  const valid = rejectionReasonValid(reason);

  const decide = async (decision: 'approve' | 'reject') => {
    setBusy(decision);
    try {
      const input = decision === 'approve' ? ({ decision, version: filing.version } as const) : ({ decision, version: filing.version, reason: reason.trim() } as const);
      const result = await reportsApi.decide(filingRef, input);
      const at = fmt.dateTime(result.decidedAt ?? new Date());
      onDone({ kind: 'success', text: decision === 'approve' ? t.reports.decision.approved(at) : t.reports.decision.rejected(at), version: result.version }, true);
    } catch (err) {
      const message = describeError(err);
      onDone(message.kind === 'conflict' ? message : { ...message, version: filing.version }, message.kind === 'conflict');
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="desk-panel reports-decision" aria-labelledby="reports-decision-title">
      <h2 id="reports-decision-title" className="desk-panel-title">
        {t.reports.decision.title}
      </h2>
      <p className="desk-muted">{t.reports.decision.hint}</p>
      <div className="reports-decision-grid">
        <div>
          <button type="button" className="desk-button is-primary reports-approve" disabled={busy !== null} aria-busy={busy === 'approve'} data-testid={testIds.reports.approve} onClick={() => void decide('approve')}>
            {busy === 'approve' ? t.reports.form.working : t.reports.decision.approve}
          </button>
          <p className="desk-muted">{t.reports.decision.approveHint}</p>
        </div>
        <form
          className="reports-reject"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setTouched(true);
            if (valid) void decide('reject');
          }}
        >
          <label className="desk-label" htmlFor={reasonId}>
            {t.reports.decision.reason}
          </label>
          <textarea
            id={reasonId}
            className={`desk-input reports-textarea${touched && !valid ? ' is-invalid' : ''}`}
            rows={3}
            maxLength={2000}
            required
            minLength={REJECTION_MIN_LENGTH}
            value={reason}
            disabled={busy !== null}
            aria-invalid={touched && !valid ? true : undefined}
            aria-describedby={`${reasonId}-hint`}
            data-testid={testIds.reports.rejectReason}
            onChange={(e) => setReason(e.target.value)}
            onBlur={() => setTouched(reason.length > 0)}
          />
          <p id={`${reasonId}-hint`} className={touched && !valid ? 'reports-input-error' : 'desk-muted'}>
            {t.reports.decision.reasonHint(REJECTION_MIN_LENGTH)}
          </p>
          <button type="submit" className="desk-button reports-reject-button" disabled={busy !== null || !valid} aria-busy={busy === 'reject'} data-testid={testIds.reports.reject}>
            {busy === 'reject' ? t.reports.form.working : t.reports.decision.reject}
          </button>
        </form>
      </div>
    </section>
  );
}
