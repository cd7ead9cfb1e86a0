/** A compliance status in colour, icon and words (never colour alone). */
import { COMPLIANCE_LABELS, type ComplianceStatus } from '@ioc/shared';
import { labelOf } from '../reports/labels.js';
import '../styles/compliance.css';

export const COMPLIANCE_ICON: Record<ComplianceStatus, string> = {
  overdue: '!',
  'due-soon': '◷',
  late: '✓',
  'on-time': '✓',
  'not-due': '○',
};

export function ComplianceBadge({ status, testId }: { status: ComplianceStatus; testId?: string }) {
  return (
    <span className={`compliance-badge is-${status}`} data-status={status} data-testid={testId}>
      <span className="compliance-icon" aria-hidden="true">
        {COMPLIANCE_ICON[status]}
      </span>
      {labelOf(COMPLIANCE_LABELS[status])}
    </span>
  );
}
