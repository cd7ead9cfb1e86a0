/**
 * Which periods of a report can be filed, and the current one (what the
 * compliance check of Điều 12 looks at). A one-off thematic or ad hoc report has
 * the single period `once`; the Statistics Office's reports of one quarter or
 * one crop season only are filed for that quarter or season.
 */
import {
  STATISTICS_REPORTS,
  isFiledPeriodKind,
  parsePeriodKey,
  periodContaining,
  periodKey,
  periodKindOfKey,
  periodLabelVi,
  periodStartDay,
  templateDueDates,
  toLocalIsoDate,
  type ReportPeriod,
  type ReportTemplate,
  type StatisticsReportId,
} from '@ioc/shared';
import { BadRequestError } from '../errors.js';

export const ONE_OFF_PERIOD = 'once';

export interface ResolvedPeriod {
  key: string;
  period: ReportPeriod | null;
  label: string;
  /** The unit's deadline, moved to a working day. */
  due: string;
}

function specialise(template: ReportTemplate, period: ReportPeriod): ReportPeriod {
  if (template.statisticsItem === null) return period;
  const item = STATISTICS_REPORTS[template.statisticsItem as StatisticsReportId] as { quarter?: 1 | 2 | 3 | 4; season?: 'dong-xuan' | 'mua' };
  if (period.kind === 'quarter' && item.quarter) return { ...period, quarter: item.quarter };
  if (period.kind === 'season' && item.season) return { ...period, season: item.season };
  return period;
}

function resolved(template: ReportTemplate, unitKind: 'agency' | 'commune', period: ReportPeriod | null): ResolvedPeriod {
  if (!period) {
    return { key: ONE_OFF_PERIOD, period: null, label: template.dueDate ? `Hạn ${template.dueDate.split('-').reverse().join('/')}` : 'Một lần', due: templateDueDates(template, unitKind, { kind: 'year', year: 2000 }).submit };
  }
  return { key: periodKey(period), period, label: periodLabelVi(period), due: templateDueDates(template, unitKind, period).submit };
}

/** The periods in progress on `now` for each filed period kind of the template. */
export function currentPeriods(template: ReportTemplate, unitKind: 'agency' | 'commune', now: Date): ResolvedPeriod[] {
  if (template.periods.length === 0) return template.dueDate ? [resolved(template, unitKind, null)] : [];
  return template.periods.filter(isFiledPeriodKind).map((kind) => resolved(template, unitKind, specialise(template, periodContaining(kind, now))));
}

/** Checks that `key` is a period this report is filed for, and not one that has not started. */
export function resolvePeriod(template: ReportTemplate, unitKind: 'agency' | 'commune', key: string, now: Date): ResolvedPeriod {
  const bad = (reason: string) => new BadRequestError(`period: ${reason}`, [{ field: 'period', reason }]);
  if (key === ONE_OFF_PERIOD) {
    if (template.periods.length || !template.dueDate) throw bad(`${template.code} is a periodic report; name a period such as ${periodKey(periodContaining('month', now))}`);
    return resolved(template, unitKind, null);
  }
  const kind = periodKindOfKey(key);
  if (!kind || !template.periods.includes(kind)) throw bad(`${key} is not a period of ${template.code} (periods: ${template.periods.join(', ') || 'none'})`);
  const parsed = parsePeriodKey(kind, key)!;
  const period = specialise(template, parsed);
  if (periodKey(period) !== key) throw bad(`${template.code} is filed for ${periodLabelVi(period)} only`);
  if (periodStartDay(period) > toLocalIsoDate(now)) throw bad(`${key} has not started yet`);
  return resolved(template, unitKind, period);
}
