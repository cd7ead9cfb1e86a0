/**
 * Express side of authentication: resolves the principal of every API request
 * once, and guards each route with a permission of shared/src/auth/roles.ts.
 * Cookie-authenticated writes must come from an allowed origin (with SameSite=Strict
 * cookies, a second guard against cross-site requests).
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { can, type Permission } from '@ioc/shared';
import { AppError } from '../errors.js';
import { originAllowed } from '../live/socket-admission.js';
import { auditActorOf, roleOf, type Authenticator, type Principal } from './principal.js';
import type { AuditLog } from '../audit/audit-log.js';

export class UnauthenticatedError extends AppError {
  constructor(code: 'unauthenticated' | 'session_expired') {
    super(
      code,
      code === 'session_expired'
        ? 'Phiên làm việc đã hết hạn do không hoạt động; hãy đăng nhập lại. The session ended after inactivity; sign in again.'
        : 'Cần đăng nhập. Sign in first.',
      401,
    );
  }
}

export class ForbiddenError extends AppError {
  constructor(message: string) {
    super('forbidden', message, 403);
  }
}

interface AuthLocals {
  principal?: Principal | null;
  authFailure?: 'none' | 'session_expired';
}

/** The principal of a request that passed `requirePermission`. */
export function principalOf(res: Response): Principal {
  const p = (res.locals as AuthLocals).principal;
  if (!p) throw new UnauthenticatedError('unauthenticated');
  return p;
}

export function optionalPrincipal(res: Response): Principal | null {
  return (res.locals as AuthLocals).principal ?? null;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function resolvePrincipal(authenticator: Authenticator, audit: AuditLog, allowedOrigins: readonly string[]): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!SAFE_METHODS.has(req.method) && req.headers.cookie && !originAllowed(req.headers.origin, req.headers.host, allowedOrigins)) {
      next(new ForbiddenError('Cross-origin request refused'));
      return;
    }
    authenticator
      .resolve(req.headers.cookie)
      .then(async (r) => {
        const locals = res.locals as AuthLocals;
        locals.principal = r.principal;
        if (!r.principal) {
          locals.authFailure = r.reason;
          if (r.reason === 'session_expired') {
            await audit.record({ action: 'auth.session-expired', outcome: 'success', actor: { kind: 'user', id: String(r.expiredUserId), name: null }, ip: req.ip ?? null });
          }
        }
        next();
      })
      .catch(next);
  };
}

/** Refuses a request without a principal (401) or whose role lacks the permission (403). */
export function requirePermission(permission: Permission): RequestHandler {
  return (_req, res, next) => {
    const locals = res.locals as AuthLocals;
    const p = locals.principal;
    if (!p) {
      next(new UnauthenticatedError(locals.authFailure === 'session_expired' ? 'session_expired' : 'unauthenticated'));
      return;
    }
    if (!can(roleOf(p), permission)) {
      next(new ForbiddenError(`${auditActorOf(p).name ?? 'this principal'} (${roleOf(p)}) may not ${permission}`));
      return;
    }
    next();
  };
}
