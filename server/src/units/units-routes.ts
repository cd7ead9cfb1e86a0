import { Router } from 'express';
import { z } from 'zod';
import { UNIT_LEVELS, type UnitsResponse } from '@ioc/shared';
import { parseOrThrow } from '../http/validate.js';
import type { UnitsRepository } from './units-repository.js';

const querySchema = z.object({ level: z.enum(UNIT_LEVELS).optional() });

export function unitsRoutes(units: UnitsRepository): Router {
  const router = Router();
  router.get('/units', async (req, res) => {
    const { level } = parseOrThrow(querySchema, req.query, 'query');
    const list = await units.list(level);
    const body: UnitsResponse = { level: level ?? 'all', units: list, containsDemoData: list.some((u) => u.isDemo) };
    res.json(body);
  });
  return router;
}
