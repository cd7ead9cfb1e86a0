import { Router } from 'express';
import { PROFILE_NAME_PATTERN, type WallProfileResponse } from '@ioc/shared';
import { NotFoundError } from '../errors.js';
import type { WallProfiles } from './wall-profiles.js';

export function wallRoutes(profiles: WallProfiles): Router {
  const router = Router();
  router.get('/wall-profiles', (_req, res) => {
    res.json({ profiles: [...profiles].map(([name, p]): WallProfileResponse => ({ name, ...p })) });
  });
  router.get('/wall-profiles/:name', (req, res) => {
    const name = req.params.name;
    const profile = PROFILE_NAME_PATTERN.test(name) ? profiles.get(name) : undefined;
    if (!profile) throw new NotFoundError(`No wall profile named ${name}`);
    const body: WallProfileResponse = { name, ...profile };
    res.json(body);
  });
  return router;
}
