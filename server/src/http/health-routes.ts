import { Router } from 'express';
import type pg from 'pg';
import type { DatabaseMode, HealthResponse } from '@ioc/shared';

export interface HealthDeps {
  pool: pg.Pool;
  mode: DatabaseMode;
  buildId: string;
  clock: () => Date;
  simulator: () => { running: boolean; speed: number };
}

export function healthRoutes({ pool, mode, buildId, clock, simulator }: HealthDeps): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const r = await pool.query<{ ts: string | null; pg: string }>(
      "SELECT (SELECT extversion FROM pg_extension WHERE extname = 'timescaledb') AS ts, current_setting('server_version') AS pg",
    );
    const row = r.rows[0];
    const body: HealthResponse = {
      status: row?.ts ? 'ok' : 'degraded',
      database: { mode, timescaledbVersion: row?.ts ?? 'missing', postgresVersion: row?.pg ?? 'unknown' },
      simulator: simulator(),
      buildId,
      serverTime: clock().toISOString(),
    };
    res.json(body);
  });
  return router;
}
