/** The compliance page's data as tables for the CSV and Excel exports (the filter applied, as on screen). */
import { COMPLIANCE_LABELS, COMPLIANCE_STATUSES, SUBMISSION_STATUS_LABELS, type ComplianceResponse } from '@ioc/shared';
import { t } from '../i18n/index.js';
import type { ExportTable } from '../export/export-table.js';
import { labelOf, periodLabelOf } from '../reports/labels.js';
import { filterReminders, filterRows, filterUnits, lateness, type ComplianceFilter } from './compliance-model.js';

export function complianceExportTables(data: ComplianceResponse, filter: ComplianceFilter): ExportTable[] {
  const c = t.compliance.col;
  const rowColumns = [
    { key: 'unitCode', label: c.code, kind: 'text' as const },
    { key: 'unit', label: c.unit, kind: 'text' as const },
    { key: 'template', label: c.reportCode, kind: 'text' as const },
    { key: 'report', label: c.report, kind: 'text' as const },
    { key: 'period', label: c.period, kind: 'text' as const },
    { key: 'due', label: c.due, kind: 'text' as const },
    { key: 'status', label: c.status, kind: 'text' as const },
    { key: 'daysLate', label: c.daysLate, kind: 'number' as const },
    { key: 'workflow', label: c.workflow, kind: 'text' as const },
    { key: 'delivered', label: c.delivered, kind: 'datetime' as const },
  ];
  const toRow = (r: ComplianceResponse['rows'][number]) => {
    const l = lateness(r, data.today);
    return {
      unitCode: r.unit.code,
      unit: r.unit.name,
      template: r.template,
      report: r.reportName,
      period: periodLabelOf(r.period, r.periodLabel),
      due: r.due,
      status: labelOf(COMPLIANCE_LABELS[r.status]),
      daysLate: l?.kind === 'late' ? l.days : null,
      workflow: r.workflowStatus ? labelOf(SUBMISSION_STATUS_LABELS[r.workflowStatus]) : t.compliance.notStarted,
      delivered: r.deliveredAt,
    };
  };
  return [
    {
      name: t.compliance.export.units,
      columns: [
        { key: 'code', label: c.code, kind: 'text' },
        { key: 'unit', label: c.unit, kind: 'text' },
        { key: 'kind', label: c.kind, kind: 'text' },
        { key: 'worst', label: c.worst, kind: 'text' },
        ...COMPLIANCE_STATUSES.map((s) => ({ key: s, label: labelOf(COMPLIANCE_LABELS[s]), kind: 'number' as const })),
      ],
      rows: filterUnits(data.units, filter).map((u) => ({
        code: u.unit.code,
        unit: u.unit.name,
        kind: t.compliance.kindOne[u.unit.kind],
        worst: labelOf(COMPLIANCE_LABELS[u.worst]),
        ...u.counts,
      })),
    },
    { name: t.compliance.export.reminders, columns: rowColumns, rows: filterReminders(data.reminders, filter).map(toRow) },
    { name: t.compliance.export.filings, columns: rowColumns, rows: filterRows(data.rows, filter).map(toRow) },
  ];
}
