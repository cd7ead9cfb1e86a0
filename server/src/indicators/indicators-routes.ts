import { Router } from 'express';
import { AGENCIES, INDICATORS, type IndicatorsResponse } from '@ioc/shared';

/** The catalogue as the server runs it (the same rows are upserted into the database at start). */
export function indicatorsRoutes(): Router {
  const router = Router();
  router.get('/indicators', (_req, res) => {
    const body: IndicatorsResponse = { indicators: [...INDICATORS], agencies: [...AGENCIES] };
    res.json(body);
  });
  return router;
}
