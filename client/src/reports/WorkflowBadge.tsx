/** Where a filing stands in the workflow of Điều 7, in words with a mark (never colour alone). */
import { SUBMISSION_STATUS_LABELS, type SubmissionStatus } from '@ioc/shared';
import { t } from '../i18n/index.js';
import { labelOf } from './labels.js';

const ICON: Record<SubmissionStatus | 'none', string> = { none: '○', draft: '✎', submitted: '◷', approved: '✓', rejected: '↩' };

export function WorkflowBadge({ status, testId }: { status: SubmissionStatus | null; testId?: string }) {
  return (
    <span className={`workflow-badge is-${status ?? 'none'}`} data-status={status ?? ''} data-testid={testId}>
      <span className="workflow-icon" aria-hidden="true">
        {ICON[status ?? 'none']}
      </span>
      {status ? labelOf(SUBMISSION_STATUS_LABELS[status]) : t.reports.notStarted}
    </span>
  );
}
