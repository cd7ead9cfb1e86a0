import { Router } from 'express';
import type { BoundaryResponseMeta } from '@ioc/shared';
import { NotFoundError } from '../errors.js';
import type { LoadedBoundaries } from './boundary-file.js';

export function boundaryRoutes(boundaries: LoadedBoundaries | null): Router {
  const router = Router();
  const body = boundaries ? JSON.stringify(boundaries.geojson) : null;
  router.get('/map', (_req, res) => {
    const meta: BoundaryResponseMeta = boundaries ? { mode: 'boundaries', source: 'IOC_BOUNDARIES' } : { mode: 'schematic', source: null };
    res.json(meta);
  });
  router.get('/boundaries.geojson', (_req, res) => {
    if (!body) throw new NotFoundError('No boundary file is configured (IOC_BOUNDARIES); the map is schematic');
    res.type('application/geo+json').send(body);
  });
  return router;
}
