/** The data behind the meeting screen: KPIs with their change, the ranking, the tasks, the report figures. */
import { INDICATORS, PROVINCE_CODE, SEED_FIGURES, targetFor, type PlanTask } from '@ioc/shared';
import { currentLang, t } from '../i18n/index.js';
import type { ExportTable } from '../export/export-table.js';
import { col, simulatedCell } from '../screens/export-tables.js';
import { indicatorName } from '../screens/names.js';
import { metricsStore } from '../store/metrics-store.js';
import { valueKey } from '../store/metrics-reducers.js';
import { changeSince } from './kpi-change.js';
import { figureText } from './SeedFigures.js';
import type { AtDate } from './use-meeting-values.js';

export function meetingExportTables(input: { since: string; atDate: AtDate; tasks: readonly PlanTask[]; ranking: ExportTable | null }): ExportTable[] {
  const { values } = metricsStore.getState();
  const kpis: ExportTable = {
    name: t.meeting.kpi.title,
    columns: [col('indicatorCode'), col('indicator'), col('value', 'percent'), col('atDate', 'percent'), col('change', 'number'), col('target', 'percent'), col('asOf', 'datetime'), col('simulated')],
    rows: INDICATORS.map((i) => {
      const v = values[valueKey(i.code, PROVINCE_CODE)];
      const then = input.atDate.status === 'ready' ? (input.atDate.data.values[i.code] ?? null) : null;
      const change = changeSince(v?.value ?? null, then);
      return {
        indicatorCode: i.code,
        indicator: indicatorName(i),
        value: v?.value ?? null,
        atDate: then,
        change: change === null ? null : Number(change.toFixed(4)),
        target: targetFor(i, 'province')?.value ?? null,
        asOf: v?.asOf ?? null,
        simulated: v ? simulatedCell(v.simulated) : null,
      };
    }),
  };
  const tasks: ExportTable = {
    name: t.meeting.tasks.title,
    columns: [col('id'), col('group'), col('task'), col('status'), col('deadline'), col('source')],
    rows: input.tasks.map((task) => ({
      id: task.id,
      group: t.meeting.tasks.group[task.group],
      task: currentLang() === 'en' ? task.titleEn : task.title,
      status: t.meeting.tasks.status[task.status],
      deadline: task.deadline ?? task.deadlineText,
      source: task.source,
    })),
  };
  const figures: ExportTable = {
    name: t.meeting.figures.title,
    columns: [col('figure'), col('indicator'), col('date'), col('source'), col('quote'), col('simulated')],
    rows: SEED_FIGURES.map((f) => ({
      figure: `${f.atLeast ? '≥ ' : ''}${figureText(f)}`,
      indicator: currentLang() === 'en' ? f.labelEn : f.labelVi,
      date: f.asOf,
      source: f.file,
      quote: f.quote,
      simulated: simulatedCell(false),
    })),
  };
  return [kpis, ...(input.ranking ? [input.ranking] : []), tasks, figures];
}
