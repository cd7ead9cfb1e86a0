/**
 * The desk screens need a signed-in person (and /admin a permission): while the
 * session is checked a short line shows; without one the browser goes to
 * /login and comes back afterwards (`next`, with `expired=1` when the session
 * ran out); a role without the right sees why. A wall device is never sent to
 * /login: it is offered the wall (or a personal sign-in).
 */
import { useEffect, type ReactNode } from 'react';
import { ROLE_LABELS } from '@ioc/shared';
import { currentLang, t } from '../i18n/index.js';
import { linkProps, navigate, useLocation } from '../lib/navigation.js';
import { allows, homePathOf, loginHref, type Access } from './access.js';
import { useAuth } from './auth-store.js';
import '../styles/auth.css';

export function RouteGuard({ access, children }: { access: Access; children: ReactNode }) {
  const auth = useAuth();
  const href = useLocation();
  const needsSignIn = access.kind !== 'public' && (auth.status === 'signed-out' || auth.status === 'expired');
  const target = needsSignIn ? loginHref(href, auth.status === 'expired') : null;
  useEffect(() => {
    if (target) navigate(target, { replace: true });
  }, [target]);

  if (access.kind === 'public') return children;
  if (auth.status === 'loading') {
    return (
      <main className="auth-status" role="status" aria-live="polite" data-testid="auth-checking">
        <p>{t.auth.guard.checking}</p>
        {auth.lastError && <p className="auth-status-error">{t.auth.guard.unreachable}</p>}
      </main>
    );
  }
  if (auth.status !== 'signed-in') return null;
  const role = auth.principal.role;
  if (role === 'device') {
    return (
      <main className="auth-status" data-testid="auth-device">
        <h1>{t.auth.guard.deviceTitle}</h1>
        <p>{t.auth.guard.deviceBody}</p>
        <p className="auth-status-links">
          <a href="/wall">{t.auth.guard.toWall}</a>
          <a {...linkProps(loginHref(href, false))}>{t.auth.login.submit}</a>
        </p>
      </main>
    );
  }
  if (!allows(access, role)) {
    return (
      <main className="auth-status" data-testid="auth-forbidden">
        <h1>{t.auth.guard.forbiddenTitle}</h1>
        <p>{t.auth.guard.forbiddenBody(ROLE_LABELS[role][currentLang()])}</p>
        <p className="auth-status-links">
          <a {...linkProps(homePathOf(role))}>{t.auth.guard.home}</a>
        </p>
      </main>
    );
  }
  return children;
}
