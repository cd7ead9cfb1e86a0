/**
 * Progress of the tasks of Kế hoạch 07/KH-BCĐ: per group, done out of all with
 * the other statuses in words (never colour alone); below, the tasks not yet
 * done with their deadlines, those past their deadline marked. Data as the
 * province's report lists them (`GET /api/tasks`), with its source and date.
 */
import { useMemo } from 'react';
import { TASK_GROUPS, countTasks, formatDate, formatNumber, isPastDeadline, testIds, type PlanTask, type TaskGroup, type TaskStatus } from '@ioc/shared';
import { t } from '../../i18n/index.js';
import { useNow } from '../../lib/use-now.js';
import { useSceneData } from '../../store/scene-data-store.js';

const STATUS_ORDER: TaskStatus[] = ['done', 'in_progress', 'not_started', 'overdue'];
const STATUS_ICON: Record<TaskStatus, string> = { done: '✓', in_progress: '◷', not_started: '○', overdue: '!' };
const OPEN_ROWS = 9;

function GroupCard({ group, counts }: { group: TaskGroup; counts: ReturnType<typeof countTasks>[TaskGroup] }) {
  const complete = counts.total > 0 && counts.done === counts.total;
  return (
    <article className={`task-group${complete ? ' is-complete' : ''}`} data-testid={testIds.wall.taskGroup(group)} data-done={counts.done} data-total={counts.total}>
      <p className="task-group-name">{t.scenes.taskGroup[group]}</p>
      <p className="task-group-figure">
        <span className="task-group-done">{formatNumber(counts.done)}</span>
        <span className="task-group-total">/{formatNumber(counts.total)}</span>
        <span className="task-group-caption">{t.scenes.taskDoneCaption}</span>
      </p>
      <div className="task-bar" aria-hidden="true">
        {STATUS_ORDER.map((s) => (counts[s] > 0 ? <span key={s} className={`task-seg is-${s}`} style={{ flexGrow: counts[s] }} /> : null))}
      </div>
      <ul className="task-counts">
        {STATUS_ORDER.filter((s) => counts[s] > 0).map((s) => (
          <li key={s} className={`task-count is-${s}`}>
            <span className="task-icon" aria-hidden="true">
              {STATUS_ICON[s]}
            </span>
            {formatNumber(counts[s])} {t.scenes.taskStatus[s].toLowerCase()}
          </li>
        ))}
      </ul>
    </article>
  );
}

function OpenTask({ task, now }: { task: PlanTask; now: number }) {
  const late = isPastDeadline(task, new Date(now));
  return (
    <li className={`task-row${late ? ' is-late' : ''}`} data-testid={testIds.wall.taskRow(task.id)} data-late={late}>
      <span className={`task-status is-${task.status}`}>
        <span className="task-icon" aria-hidden="true">
          {STATUS_ICON[task.status]}
        </span>
        {t.scenes.taskStatus[task.status]}
      </span>
      <span className="task-title">{task.title}</span>
      <span className="task-group-tag">{t.scenes.taskGroupShort[task.group]}</span>
      <span className="task-deadline">
        {late && task.deadline ? `! ${t.scenes.taskLate(formatDate(`${task.deadline}T05:00:00Z`))}` : (task.deadlineText ?? '')}
      </span>
    </li>
  );
}

export function TasksScene() {
  const data = useSceneData((s) => s.tasks);
  const now = useNow();
  const tasks = useMemo(() => data.data?.tasks ?? [], [data.data]);
  const counts = useMemo(() => countTasks(tasks), [tasks]);
  // Earliest deadline first (so the late ones lead); recurring tasks (no deadline) last.
  const open = useMemo(
    () =>
      tasks
        .filter((task) => task.status !== 'done')
        .sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') || a.id.localeCompare(b.id)),
    [tasks],
  );
  if (!data.data) {
    return (
      <div className="scene tasks-scene" data-testid={testIds.wall.tasksScene}>
        <p className={`scene-message${data.status === 'error' ? ' is-error' : ''}`}>{data.status === 'error' ? t.scenes.dataError : t.scenes.dataLoading}</p>
      </div>
    );
  }
  return (
    <div className="scene tasks-scene" data-testid={testIds.wall.tasksScene}>
      <div className="task-groups">
        {TASK_GROUPS.map((group) => (
          <GroupCard key={group} group={group} counts={counts[group]} />
        ))}
      </div>
      <section className="scene-panel task-open">
        <h2 className="scene-panel-title">{t.scenes.tasksOpenTitle(formatNumber(open.length))}</h2>
        {open.length === 0 ? (
          <p className="scene-message">{t.scenes.tasksAllDone}</p>
        ) : (
          <ol className="task-list">
            {open.slice(0, OPEN_ROWS).map((task) => (
              <OpenTask key={task.id} task={task} now={now} />
            ))}
          </ol>
        )}
        {open.length > OPEN_ROWS && <p className="conn-more">{t.scenes.tasksMore(formatNumber(open.length - OPEN_ROWS))}</p>}
      </section>
      <p className="tasks-source">{t.scenes.tasksSource(data.data.source, formatDate(`${data.data.reportedAsOf}T05:00:00Z`))}</p>
    </div>
  );
}
