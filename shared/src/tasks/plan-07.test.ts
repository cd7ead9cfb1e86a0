import { describe, expect, it } from 'vitest';
import { PLAN_07_TASKS } from './plan-07.js';
import { countTasks, isPastDeadline } from './tasks.js';

describe('Kế hoạch 07/KH-BCĐ tasks (seed 001 annexes)', () => {
  const counts = countTasks(PLAN_07_TASKS);

  it('counts as the report does: urgent 14/14, breakthrough 15/19 + 4 in progress, additional 3/6', () => {
    expect(counts.urgent).toMatchObject({ total: 14, done: 14 });
    expect(counts.breakthrough).toMatchObject({ total: 19, done: 15, in_progress: 4 });
    expect(counts.additional).toMatchObject({ total: 6, done: 3, in_progress: 3 });
  });

  it('has unique ids and cites the seed, annex and row', () => {
    const ids = PLAN_07_TASKS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const task of PLAN_07_TASKS) expect(task.source).toMatch(/^001_efedd52ede19b928\.txt, Phụ lục (I|II), TT \d+\*?$/);
  });

  it('links the starred urgent row counted twice', () => {
    const u04 = PLAN_07_TASKS.find((t) => t.id === 'U04');
    const a04 = PLAN_07_TASKS.find((t) => t.id === 'A04');
    expect(u04?.sameAs).toBe('A04');
    expect(a04?.sameAs).toBe('U04');
    expect(PLAN_07_TASKS.filter((t) => t.sameAs).length).toBe(2);
  });

  it('marks only the starred rows as additional', () => {
    for (const task of PLAN_07_TASKS) {
      expect(task.source.endsWith('*')).toBe(task.group === 'additional' || task.id === 'U04');
    }
  });

  it('has ISO deadlines or none', () => {
    for (const task of PLAN_07_TASKS) if (task.deadline) expect(task.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('isPastDeadline', () => {
  const now = new Date('2026-01-05T00:00:00Z');
  it('flags unfinished tasks whose date has passed (local end of day)', () => {
    expect(isPastDeadline({ status: 'in_progress', deadline: '2025-12-20' }, now)).toBe(true);
    expect(isPastDeadline({ status: 'in_progress', deadline: '2026-01-05' }, now)).toBe(false);
  });
  it('never flags done or undated tasks', () => {
    expect(isPastDeadline({ status: 'done', deadline: '2025-12-20' }, now)).toBe(false);
    expect(isPastDeadline({ status: 'in_progress', deadline: null }, now)).toBe(false);
  });
});
