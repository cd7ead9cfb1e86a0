/**
 * /login: Vietnamese first (English through the language switch), one large
 * form, a notice when the session expired, and — on the embedded quick start
 * only — where the demo accounts' password is. After signing in: `?next=`
 * when it is a path of this site, else the home screen of the role.
 */
import { useEffect, useState } from 'react';
import { testIds, type HealthResponse } from '@ioc/shared';
import { t } from '../i18n/index.js';
import { getJson } from '../lib/http.js';
import { navigate, useLocation } from '../lib/navigation.js';
import { LangSwitch } from '../screens/LangSwitch.js';
import { afterLoginPath } from './access.js';
import { useAuth } from './auth-store.js';
import { LoginForm } from './LoginForm.js';
import '../styles/desk.css';
import '../styles/auth.css';

/** The accounts the embedded quick start creates (server: demo accounts, is_demo). */
export const DEMO_USERNAMES = ['admin', 'vanhanh', 'lanhdao.tinh', 'skhcn.chuyenvien', 'skhcn.lanhdao', 'chiengcoi.chuyenvien', 'chiengcoi.lanhdao'] as const;

function useEmbeddedDatabase(): boolean {
  const [embedded, setEmbedded] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    getJson<HealthResponse>('/api/health', controller.signal).then(
      (health) => setEmbedded(health.database.mode === 'embedded'),
      () => {
        // no note without an answer
      },
    );
    return () => controller.abort();
  }, []);
  return embedded;
}

export function LoginScreen() {
  const href = useLocation();
  const query = new URLSearchParams(href.includes('?') ? href.slice(href.indexOf('?')) : '');
  const next = query.get('next');
  const auth = useAuth();
  const expired = query.get('expired') === '1' || auth.status === 'expired';
  const embedded = useEmbeddedDatabase();

  useEffect(() => {
    document.title = t.auth.login.documentTitle;
    const root = document.documentElement.classList;
    root.add('is-desk');
    return () => root.remove('is-desk');
  }, []);

  // Already signed in as a person (e.g. back button): go on.
  const person = auth.status === 'signed-in' && auth.principal.kind === 'user' ? auth.principal : null;
  useEffect(() => {
    if (person && !expired) navigate(afterLoginPath(next, person.role), { replace: true });
  }, [person, expired, next]);

  return (
    <div className="auth-page" data-testid={testIds.auth.login}>
      <header className="auth-page-header">
        <div className="desk-brand">
          <span className="desk-brand-mark" aria-hidden="true">
            {t.appAbbreviation}
          </span>
          <p className="auth-app-title">{t.appTitle}</p>
        </div>
        <LangSwitch />
      </header>
      <main className="auth-card" id="login-main">
        <h1 className="auth-title">{t.auth.login.title}</h1>
        <p className="auth-intro">{t.auth.login.intro}</p>
        {expired && (
          <p className="auth-notice" role="status" data-testid={testIds.auth.expired}>
            {t.auth.login.expired}
          </p>
        )}
        <LoginForm onSignedIn={(principal) => navigate(afterLoginPath(next, principal.role), { replace: true })} />
        {embedded && (
          <aside className="auth-demo" aria-label={t.auth.login.demoTitle} data-testid={testIds.auth.demoNote}>
            <strong className="auth-demo-title">{t.auth.login.demoTitle}</strong>{' '}
            {t.auth.login.demoNote(DEMO_USERNAMES.join(', '))} <code>{t.auth.login.demoFile}</code>
          </aside>
        )}
      </main>
    </div>
  );
}
