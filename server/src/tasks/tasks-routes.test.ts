import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countTasks, type TasksResponse } from '@ioc/shared';
import { tasksRoutes } from './tasks-routes.js';

describe('GET /api/tasks', () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const app = express();
    app.use('/api', tasksRoutes());
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('serves the 39 counted tasks of Kế hoạch 07/KH-BCĐ with their source', async () => {
    const res = await fetch(`${url}/api/tasks`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as TasksResponse;
    expect(body.source).toBe('001_efedd52ede19b928.txt');
    expect(body.tasks).toHaveLength(39);
    const counts = countTasks(body.tasks);
    expect([counts.urgent.done, counts.urgent.total, counts.breakthrough.done, counts.breakthrough.total, counts.additional.done, counts.additional.total]).toEqual([14, 14, 15, 19, 3, 6]);
    expect(body.tasks[0]).toMatchObject({ id: 'U01', group: 'urgent', status: 'done', deadline: '2025-06-30', source: '001_efedd52ede19b928.txt, Phụ lục I, TT 1' });
  });
});
