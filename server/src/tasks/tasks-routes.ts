import { Router } from 'express';
import { PLAN_07_REPORTED_AS_OF, PLAN_07_SEED, PLAN_07_TASKS, type TasksResponse } from '@ioc/shared';

/** The tasks of Kế hoạch 07/KH-BCĐ, as the seed report's annexes list them (shared/src/tasks/plan-07.ts). */
export function tasksRoutes(): Router {
  const router = Router();
  const body: TasksResponse = { reportedAsOf: PLAN_07_REPORTED_AS_OF, source: PLAN_07_SEED, tasks: [...PLAN_07_TASKS] };
  router.get('/tasks', (_req, res) => {
    res.json(body);
  });
  return router;
}
