/** The last Express middleware: typed errors become their status and a sanitised body; anything else is a 500 that is logged. */
import type { ErrorRequestHandler } from 'express';
import type { ApiError } from '@ioc/shared';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    if (err instanceof AppError && err.status < 500) {
      const body: ApiError = { error: { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) } };
      res.status(err.status).json(body);
      return;
    }
    // Errors of the body parsers (too large, malformed JSON) carry their own status and a safe message.
    const status = (err as { status?: number; expose?: boolean }).status;
    if (status && status >= 400 && status < 500 && (err as { expose?: boolean }).expose) {
      const code = status === 413 ? 'too_large' : 'bad_request';
      const message = status === 413 ? `The request body is larger than allowed (${(err as { limit?: number }).limit ?? '?'} bytes)` : `Unreadable request body: ${(err as Error).message}`;
      res.status(status).json({ error: { code, message } } satisfies ApiError);
      return;
    }
    logger.error({ err, path: req.path }, 'request failed');
    const body: ApiError = { error: { code: 'internal', message: 'Internal server error' } };
    res.status(500).json(body);
  };
}
