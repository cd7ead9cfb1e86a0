import { Router } from 'express';
import { z } from 'zod';
import { localParts } from '@ioc/shared';
import { NotFoundError } from '../errors.js';
import { parseOrThrow } from '../http/validate.js';
import type { UnitsRepository } from '../units/units-repository.js';
import type { ConnectivityRepository } from './connectivity-repository.js';

const querySchema = z.object({ commune: z.string().regex(/^\d{5}$/, 'a 5-digit commune code').optional() });

/** yyyy-mm-dd of the local (Asia/Ho_Chi_Minh) day. */
export function localDay(now: Date): string {
  const p = localParts(now);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

export function connectivityRoutes(deps: { connectivity: ConnectivityRepository; units: UnitsRepository; clock: () => Date }): Router {
  const router = Router();
  router.get('/connectivity', async (req, res) => {
    const { commune } = parseOrThrow(querySchema, req.query, 'query');
    if (commune) {
      const unit = await deps.units.find(commune);
      if (!unit || unit.level !== 'commune') throw new NotFoundError(`No commune ${commune}`);
    }
    const now = deps.clock();
    res.json(await deps.connectivity.list(commune ?? null, localDay(now), now));
  });
  return router;
}
