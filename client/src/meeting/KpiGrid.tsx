/** Every indicator for the province: now, at the meeting, the change (sign, arrow and words, not colour alone), the target. */
import { INDICATORS, PROVINCE_CODE, targetFor, testIds } from '@ioc/shared';
import { fmt, t } from '../i18n/index.js';
import { indicatorName } from '../screens/names.js';
import { useMetrics } from '../store/metrics-store.js';
import { valueKey } from '../store/metrics-reducers.js';
import { changeSince, improved } from './kpi-change.js';
import type { AtDate } from './use-meeting-values.js';

export function KpiGrid({ day, atDate }: { day: string; atDate: AtDate }) {
  const values = useMetrics((s) => s.values);
  const dayLabel = fmt.date(`${day}T12:00:00+07:00`);
  return (
    <section className="desk-panel meeting-kpis" aria-labelledby="meeting-kpi-title">
      <div className="desk-panel-head">
        <h2 id="meeting-kpi-title" className="desk-panel-title">
          {t.meeting.kpi.title}
        </h2>
        <p className="desk-muted">
          {INDICATORS.some((i) => values[valueKey(i.code, PROVINCE_CODE)]?.simulated) && <span className="desk-sim-tag">{t.desk.simulatedShort}</span>} {t.meeting.sinceHint(dayLabel)}
        </p>
      </div>
      <ul className="meeting-kpi-grid">
        {INDICATORS.map((i) => {
          const now = values[valueKey(i.code, PROVINCE_CODE)]?.value ?? null;
          const then = atDate.status === 'ready' ? (atDate.data.values[i.code] ?? null) : null;
          const change = changeSince(now, then);
          const better = improved(i, change);
          const target = targetFor(i, 'province');
          const met = now !== null && target !== null && (i.higherIsBetter ? now >= target.value : now <= target.value);
          return (
            <li key={i.code} className="meeting-kpi" data-testid={testIds.meeting.kpi(i.code)} data-value={now ?? ''} data-at-date={then ?? ''} data-change={change ?? ''}>
              <p className="meeting-kpi-name">{indicatorName(i)}</p>
              <p className="meeting-kpi-value">{fmt.percent(now, 1)}</p>
              <p className={`meeting-kpi-change${better === true ? ' is-better' : better === false ? ' is-worse' : ''}`}>
                <span aria-hidden="true">{better === true ? '▲ ' : better === false ? '▼ ' : '■ '}</span>
                {t.meeting.kpi.change}: {change === null ? (atDate.status === 'loading' ? t.desk.loading : t.meeting.kpi.noHistory) : fmt.pointChange(change, 1)}
                <span className="desk-muted">
                  {' '}
                  ({t.meeting.kpi.atMeeting(dayLabel)}: {fmt.percent(then, 1)})
                </span>
              </p>
              <p className={`meeting-kpi-target${target && now !== null ? (met ? ' is-met' : ' is-unmet') : ''}`}>
                {target && now === null ? (
                  `${t.meeting.kpi.target(fmt.percent(target.value, 0))} — ${t.tile.status.noData}`
                ) : target ? (
                  <>
                    <span aria-hidden="true">{met ? '✓ ' : '✗ '}</span>
                    {t.meeting.kpi.target(fmt.percent(target.value, 0))} — {met ? t.tile.status.good : t.tile.status.critical(fmt.points(Math.abs(target.value - (now ?? 0)), 1))}
                  </>
                ) : (
                  t.meeting.kpi.noTarget
                )}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
