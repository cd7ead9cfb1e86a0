/**
 * /meeting — the steering committee's screen (Ban Chỉ đạo 1287): key
 * indicators against targets with the change since a chosen meeting (default:
 * the meeting of 06/5/2026, seed 004), the commune ranking, the progress of the
 * tasks of Kế hoạch 07/KH-BCĐ, and the figures of the province's reports.
 * The date, the ranked indicator and the task view live in the URL.
 */
import { useCallback, useId } from 'react';
import { LAST_STEERING_MEETING, PROVINCE_CODE, getIndicator, isIndicatorCode, testIds, type IndicatorCode } from '@ioc/shared';
import { t } from '../i18n/index.js';
import { navigate, useLocation } from '../lib/navigation.js';
import { useExportSource } from '../export/export-context.js';
import { DeskShell } from '../screens/DeskShell.js';
import { RankingTable, useRanking } from '../screens/RankingTable.js';
import { rankingTable } from '../screens/export-tables.js';
import { newestAsOf } from '../screens/as-of.js';
import { metricsStore, selectShowsSimulated } from '../store/metrics-store.js';
import { IndicatorSelect } from '../ops/IndicatorSelect.js';
import { COMMUNE_INDICATORS, DEFAULT_INDICATOR } from '../ops/ops-params.js';
import { isValidDay, localDay } from '../ops/time-range.js';
import { KpiGrid } from './KpiGrid.js';
import { meetingExportTables } from './meeting-export.js';
import { SeedFigures } from './SeedFigures.js';
import { TaskProgress, useTasks } from './TaskProgress.js';
import { useValuesOn } from './use-meeting-values.js';
import '../styles/meeting.css';

/** Five at each end: the meeting screen shows the ranking beside everything else. */
const MEETING_GROUP_SIZE = 5;

function readParams(search: string) {
  const p = new URLSearchParams(search);
  const since = p.get('since');
  const indicator = p.get('indicator');
  return {
    since: isValidDay(since) && since <= localDay(new Date()) ? since : LAST_STEERING_MEETING.date,
    indicator: indicator && isIndicatorCode(indicator) && COMMUNE_INDICATORS.some((i) => i.code === indicator) ? indicator : DEFAULT_INDICATOR,
    allTasks: p.get('tasks') === 'all',
    allCommunes: p.get('all') === '1',
  };
}

export function MeetingScreen() {
  return (
    <DeskShell screen="meeting" title={t.meeting.title} documentTitle={t.meeting.documentTitle} testId={testIds.meeting.root} scale="viewport">
      <MeetingBody />
    </DeskShell>
  );
}

/** Inside the shell, so the export menu sees what this page registers. */
function MeetingBody() {
  const href = useLocation();
  const search = href.includes('?') ? href.slice(href.indexOf('?')) : '';
  const params = readParams(search);
  const set = (key: string, value: string | null) => {
    const p = new URLSearchParams(search);
    if (value === null) p.delete(key);
    else p.set(key, value);
    const q = p.toString();
    navigate(q ? `/meeting?${q}` : '/meeting', { replace: true });
  };
  const atDate = useValuesOn(params.since);
  const tasks = useTasks();
  const indicator = getIndicator(params.indicator);
  const ranking = useRanking(indicator, MEETING_GROUP_SIZE);
  const sinceId = useId();

  useExportSource(
    useCallback(
      () => ({
        title: t.meeting.title,
        tables: () => meetingExportTables({ since: params.since, atDate, tasks: tasks.status === 'ready' ? tasks.data.tasks : [], ranking: ranking ? rankingTable(indicator, ranking) : null }),
        dataAsOf: () => newestAsOf(Object.values(metricsStore.getState().values).filter((v) => v.unit === PROVINCE_CODE)),
        simulated: () => selectShowsSimulated(metricsStore.getState()) || (atDate.data?.simulated ?? false),
      }),
      [params.since, atDate, tasks, ranking, indicator],
    ),
  );

  return (
    <>
      <div className="meeting-toolbar">
        <div className="desk-field">
          <label htmlFor={sinceId} className="desk-label">
            {t.meeting.since}
          </label>
          <input
            id={sinceId}
            type="date"
            className="desk-input"
            min="2025-07-01"
            max={localDay(new Date())}
            value={params.since}
            data-testid={testIds.meeting.since}
            onChange={(e) => {
              if (isValidDay(e.target.value)) set('since', e.target.value === LAST_STEERING_MEETING.date ? null : e.target.value);
            }}
          />
        </div>
        <IndicatorSelect value={params.indicator} onChange={(code: IndicatorCode) => set('indicator', code === DEFAULT_INDICATOR ? null : code)} />
      </div>
      <div className="meeting-grid">
        <div className="meeting-column">
          <KpiGrid day={params.since} atDate={atDate} />
          <RankingTable indicator={indicator} all={params.allCommunes} compact groupSize={MEETING_GROUP_SIZE} hrefFor={(code) => `/ops/commune/${code}`} onToggleAll={(all) => set('all', all ? '1' : null)} />
        </div>
        <div className="meeting-column">
          <TaskProgress state={tasks} showAll={params.allTasks} onToggle={(all) => set('tasks', all ? 'all' : null)} />
          <SeedFigures />
        </div>
      </div>
    </>
  );
}
