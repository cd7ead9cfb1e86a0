import { Router } from 'express';
import { z } from 'zod';
import { INDICATOR_CODES, SERIES_BUCKETS, isIndicatorCode, asUnitCode, type SeriesResponse, type SnapshotResponse } from '@ioc/shared';
import { BadRequestError, NotFoundError } from '../errors.js';
import { parseOrThrow } from '../http/validate.js';
import type { UnitsRepository } from '../units/units-repository.js';
import type { MetricsRepository } from './metrics-repository.js';

const DAY_MS = 86_400_000;
/** Longest range per bucket size: keeps a response to a few thousand points. */
const MAX_RANGE_MS = { hour: 62 * DAY_MS, day: 6 * 366 * DAY_MS, month: 30 * 366 * DAY_MS } as const;
const DEFAULT_RANGE_MS = { hour: 2 * DAY_MS, day: 60 * DAY_MS, month: 366 * DAY_MS } as const;

const seriesQuery = z.object({
  indicator: z.string().min(1).refine(isIndicatorCode, { message: 'is not an indicator code of the catalogue (GET /api/indicators)' }),
  unit: z.string().min(1).default('14'),
  bucket: z.enum(SERIES_BUCKETS).default('day'),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

export interface MetricsRoutesDeps {
  metrics: MetricsRepository;
  units: UnitsRepository;
  clock: () => Date;
  simulatorRunning: () => boolean;
}

export function metricsRoutes({ metrics, units, clock, simulatorRunning }: MetricsRoutesDeps): Router {
  const router = Router();

  router.get('/snapshot', async (_req, res) => {
    const now = clock();
    const values = await metrics.currentValues(INDICATOR_CODES, now);
    const body: SnapshotResponse = {
      generatedAt: now.toISOString(),
      simulatorRunning: simulatorRunning(),
      simulated: values.some((v) => v.simulated),
      values,
    };
    res.json(body);
  });

  router.get('/series', async (req, res) => {
    const q = parseOrThrow(seriesQuery, req.query, 'query');
    const to = q.to ? new Date(q.to) : clock();
    const from = q.from ? new Date(q.from) : new Date(to.getTime() - DEFAULT_RANGE_MS[q.bucket]);
    if (from >= to) throw new BadRequestError('Invalid query: from: must be before to', [{ field: 'from', reason: 'must be before to' }]);
    if (to.getTime() - from.getTime() > MAX_RANGE_MS[q.bucket]) {
      const days = MAX_RANGE_MS[q.bucket] / DAY_MS;
      throw new BadRequestError(`Invalid query: from: range too long for bucket=${q.bucket} (at most ${days} days)`, [
        { field: 'from', reason: `range longer than ${days} days for bucket=${q.bucket}` },
      ]);
    }
    const unit = await units.find(q.unit);
    if (!unit) throw new NotFoundError(`Unknown unit ${q.unit}`);
    const indicator = q.indicator as (typeof INDICATOR_CODES)[number];
    const { points, simulated } = await metrics.series(indicator, asUnitCode(unit.code), q.bucket, from, to);
    const body: SeriesResponse = { indicator, unit: unit.code, bucket: q.bucket, from: from.toISOString(), to: to.toISOString(), simulated, points };
    res.json(body);
  });

  return router;
}
