/**
 * Operator commands for the screens: from the server machine itself
 * (`npm run screens:reload`), or by a signed-in operator or administrator.
 */
import express, { Router, type ErrorRequestHandler, type Request } from 'express';
import { z } from 'zod';
import { SCREEN_ID_PATTERN, can } from '@ioc/shared';
import { optionalPrincipal } from '../auth/auth-middleware.js';
import { roleOf } from '../auth/principal.js';
import { AppError, BadRequestError } from '../errors.js';
import { parseOrThrow } from '../http/validate.js';
import type { ScreenChannel } from './screen-channel.js';

class ForbiddenError extends AppError {
  constructor(message: string) {
    super('forbidden', message, 403);
  }
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** The TCP peer, not a forwarded header: a proxy in front would make every request look local, so none is trusted. */
export function isLoopback(req: Request): boolean {
  return LOOPBACK.has(req.socket.remoteAddress ?? '');
}

const bodySchema = z.object({ screen: z.string().regex(SCREEN_ID_PATTERN, 'letters, digits, ".", "_" or "-", at most 64').optional() }).strict();

export function screenRoutes(channel: () => ScreenChannel): Router {
  const router = Router();
  router.use('/admin/screens', (req, res, next) => {
    const p = optionalPrincipal(res);
    if (!isLoopback(req) && !(p && can(roleOf(p), 'manageDevices'))) throw new ForbiddenError('Screen commands are accepted from the server machine itself or from a signed-in operator');
    next();
  });
  router.get('/admin/screens', (_req, res) => {
    res.json({ screens: channel().connected() });
  });
  router.post('/admin/screens/reload', express.json({ limit: '1kb' }), (req, res) => {
    const { screen } = parseOrThrow(bodySchema, req.body ?? {}, 'body');
    res.json(channel().requestReload(screen ?? null));
  });
  // A body that is not JSON is the caller's mistake (400), not a server failure.
  router.use(((err, _req, _res, next) => {
    next((err as { type?: string })?.type === 'entity.parse.failed' ? new BadRequestError('The body is not valid JSON') : err);
  }) as ErrorRequestHandler);
  return router;
}
