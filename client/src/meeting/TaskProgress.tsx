/**
 * Kế hoạch 07/KH-BCĐ: per group, done of total and in progress (bars with the
 * numbers written), then the unfinished tasks (or all) with status and deadline,
 * each citing its annex row of seed 001.
 */
import { TASK_GROUPS, countTasks, isPastDeadline, testIds, type PlanTask, type TasksResponse } from '@ioc/shared';
import { currentLang, fmt, t } from '../i18n/index.js';
import { getJson } from '../lib/http.js';
import { useQuery, type QueryState } from '../lib/use-query.js';

export type TasksState = QueryState<TasksResponse>;

export function useTasks(): TasksState {
  return useQuery('tasks', (signal) => getJson<TasksResponse>('/api/tasks', signal));
}

export const taskTitle = (task: PlanTask) => (currentLang() === 'en' ? task.titleEn : task.title);

export function deadlineText(task: PlanTask): string {
  if (task.deadline) return fmt.date(`${task.deadline}T12:00:00+07:00`);
  return task.deadlineText ?? t.meeting.tasks.noDeadline;
}

export function TaskProgress({ state, showAll, onToggle }: { state: TasksState; showAll: boolean; onToggle: (all: boolean) => void }) {
  if (state.status !== 'ready') {
    return (
      <section className="desk-panel" aria-labelledby="meeting-tasks-title">
        <h2 id="meeting-tasks-title" className="desk-panel-title">
          {t.meeting.tasks.title}
        </h2>
        <p className={state.status === 'error' ? 'desk-error' : 'desk-muted'}>{state.status === 'error' ? t.desk.loadError : t.desk.loading}</p>
      </section>
    );
  }
  const { tasks, reportedAsOf } = state.data;
  const counts = countTasks(tasks);
  const now = new Date();
  const shown = showAll ? tasks : tasks.filter((task) => task.status !== 'done');
  return (
    <section className="desk-panel meeting-tasks" aria-labelledby="meeting-tasks-title">
      <div className="desk-panel-head">
        <h2 id="meeting-tasks-title" className="desk-panel-title">
          {t.meeting.tasks.title}
        </h2>
        <p className="desk-muted">
          <span className="desk-real-tag">{t.desk.realFigure}</span> {t.meeting.tasks.reported(fmt.date(`${reportedAsOf}T12:00:00+07:00`))}
        </p>
      </div>
      <ul className="meeting-task-groups">
        {TASK_GROUPS.map((group) => {
          const c = counts[group];
          return (
            <li key={group} className="meeting-task-group" data-testid={testIds.meeting.taskGroup(group)} data-total={c.total} data-done={c.done} data-in-progress={c.in_progress}>
              <p className="meeting-task-group-name">{t.meeting.tasks.group[group]}</p>
              <p className="meeting-task-group-count">{t.meeting.tasks.doneOf(c.done, c.total)}</p>
              <div className="meeting-bar" role="img" aria-label={`${t.meeting.tasks.doneOf(c.done, c.total)}, ${t.meeting.tasks.inProgress(c.in_progress)}`}>
                <span className="meeting-bar-done" style={{ width: `${(c.done / Math.max(1, c.total)) * 100}%` }} />
                <span className="meeting-bar-progress" style={{ width: `${(c.in_progress / Math.max(1, c.total)) * 100}%` }} />
              </div>
              <p className="desk-muted">{t.meeting.tasks.inProgress(c.in_progress)}</p>
            </li>
          );
        })}
      </ul>
      <div className="desk-panel-head meeting-task-list-head">
        <button type="button" className="desk-button" aria-pressed={showAll} data-testid={testIds.meeting.tasksToggle} onClick={() => onToggle(!showAll)} data-export-skip="">
          {showAll ? t.meeting.tasks.showOpen : t.meeting.tasks.showAll(tasks.length)}
        </button>
      </div>
      <div className="desk-scroll meeting-task-scroll" tabIndex={0} role="region" aria-label={t.meeting.tasks.title}>
        <table className="desk-table meeting-task-table">
          <thead>
            <tr>
              <th scope="col">{t.meeting.tasks.task}</th>
              <th scope="col">{t.exports.columns.status}</th>
              <th scope="col">{t.meeting.tasks.deadline}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((task) => {
              const late = isPastDeadline(task, now);
              return (
                <tr key={task.id} data-testid={testIds.meeting.taskRow(task.id)} data-status={task.status}>
                  <th scope="row">
                    <span className="meeting-task-title">{taskTitle(task)}</span>
                    <span className="desk-muted meeting-task-source">
                      {t.meeting.tasks.group[task.group]} · {task.source}
                      {task.sameAs && task.group === 'additional' ? ` · ${t.meeting.tasks.sameAs}` : ''}
                    </span>
                  </th>
                  <td>
                    <span className={`desk-status is-${task.status}`}>
                      <span aria-hidden="true">{task.status === 'done' ? '✓ ' : '◐ '}</span>
                      {t.meeting.tasks.status[task.status]}
                    </span>
                  </td>
                  <td className={late ? 'desk-error' : undefined}>
                    {deadlineText(task)}
                    {late && <span className="meeting-late"> ({t.meeting.tasks.pastDeadline})</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
