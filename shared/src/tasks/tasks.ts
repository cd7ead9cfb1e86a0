/**
 * The tasks of Kế hoạch 07/KH-BCĐ (Ban Chỉ đạo 1287) as the province's report
 * lists them in its annexes (seed 001_efedd52ede19b928.txt): the shape, the
 * counting, and the wire type of `GET /api/tasks`. The rows are in `plan-07.ts`.
 */
export const TASK_GROUPS = ['urgent', 'breakthrough', 'additional'] as const;
export type TaskGroup = (typeof TASK_GROUPS)[number];

export const TASK_STATUSES = ['done', 'in_progress', 'not_started', 'overdue'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface PlanTask {
  /** Stable id: group letter + annex row, e.g. "U04", "B16", "A22". */
  id: string;
  group: TaskGroup;
  /** The task as the annex names it (Vietnamese, the seed's wording). */
  title: string;
  titleEn: string;
  /** As reported: the annex's "Đã hoàn thành" / "Đang triển khai" column. */
  status: TaskStatus;
  /** The planned completion date (ISO yyyy-mm-dd, the end of a month or quarter given), null for recurring tasks or none given. */
  deadline: string | null;
  /** The annex's own wording of the deadline ("Trước 20/12/2025", "Nhiệm vụ thường xuyên"…), null when blank. */
  deadlineText: string | null;
  /** Seed file, annex and row. */
  source: string;
  /** The id of the same annex row when the report counts it in two groups (task 4* of Phụ lục I). */
  sameAs: string | null;
}

export interface TasksResponse {
  /** What the statuses describe: the report's cut-off and its file. */
  reportedAsOf: string;
  source: string;
  tasks: PlanTask[];
}

export type TaskCounts = Record<TaskGroup, { total: number } & Record<TaskStatus, number>>;

/** Tasks per group and status, e.g. urgent 14 of which 14 done. */
export function countTasks(tasks: readonly Pick<PlanTask, 'group' | 'status'>[]): TaskCounts {
  const counts = Object.fromEntries(
    TASK_GROUPS.map((g) => [g, { total: 0, done: 0, in_progress: 0, not_started: 0, overdue: 0 }]),
  ) as TaskCounts;
  for (const task of tasks) {
    const c = counts[task.group];
    c.total += 1;
    c[task.status] += 1;
  }
  return counts;
}

/** A task not done whose deadline has passed at `now` (the seed reports "đang triển khai"; the screen also says the date is behind it). */
export function isPastDeadline(task: Pick<PlanTask, 'status' | 'deadline'>, now: Date): boolean {
  if (task.status === 'done' || task.deadline === null) return false;
  return new Date(`${task.deadline}T23:59:59+07:00`).getTime() < now.getTime();
}
