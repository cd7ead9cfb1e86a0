/** Serves the built client: hashed assets cached for good, the HTML never cached, client routes fall back to index.html. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';

export const CLIENT_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../client/dist');

/** Screens of the client; anything else under / is a 404. */
// The screens of client/src/app/routes.ts; any other path is a 404 from the server.
const CLIENT_ROUTES = ['/', '/wall', '/login', '/ops', '/ops/commune/:code', '/ops/compliance', '/meeting', '/admin', '/reports', '/reports/keys', '/reports/new', '/reports/:template/:unitKind/:unitCode/:period'];

/** Identifies the deployed client build (its index.html names the hashed bundles). */
export function clientBuildId(dist = CLIENT_DIST): string {
  const index = path.join(dist, 'index.html');
  return existsSync(index) ? createHash('sha256').update(readFileSync(index)).digest('hex').slice(0, 12) : 'no-client-build';
}

export function staticClient(dist = CLIENT_DIST): Router {
  const router = Router();
  const index = path.join(dist, 'index.html');
  router.use('/assets', express.static(path.join(dist, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }));
  router.use(express.static(dist, { index: false, maxAge: '1h' }));
  router.get(CLIENT_ROUTES, (_req, res) => {
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The client is not built: run `npm run build` (npm start does it).');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
