/**
 * Operator commands for the screens. Loopback only until issue 5 brings
 * authentication: the command runs on the server machine (`npm run screens:reload`).
 */
import express, { Router, type ErrorRequestHandler, type Request } from 'express';
import { z } from 'zod';
import { SCREEN_ID_PATTERN } from '@ioc/shared';
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
  router.use('/admin', (req, _res, next) => {
    if (!isLoopback(req)) throw new ForbiddenError('Admin commands are accepted only from the server machine itself');
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
