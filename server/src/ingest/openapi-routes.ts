/** Serves the checked-in OpenAPI description (docs/openapi.json) at /api/v1/openapi.json. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Router } from 'express';

export const OPENAPI_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/openapi.json');

export function openApiRoutes(file = OPENAPI_FILE): Router {
  const body = readFileSync(file, 'utf8');
  const router = Router();
  router.get('/v1/openapi.json', (_req, res) => {
    res.type('application/json').send(body);
  });
  return router;
}
