/** Who is signed in on the desk: name, role, unit, a demo badge, and signing out. */
import { useState } from 'react';
import { ROLE_LABELS, testIds } from '@ioc/shared';
import { currentLang, t } from '../i18n/index.js';
import { navigate } from '../lib/navigation.js';
import { authActions, useAuth } from './auth-store.js';

export function UserBox() {
  const auth = useAuth();
  const [leaving, setLeaving] = useState(false);
  if (auth.status !== 'signed-in' || auth.principal.kind !== 'user') return null;
  const p = auth.principal;
  const role = p.role === 'device' ? p.role : ROLE_LABELS[p.role][currentLang()];
  const logout = () => {
    if (leaving) return;
    setLeaving(true);
    void authActions.logout(() => navigate('/login', { replace: true }));
  };
  return (
    <section className="user-box" aria-label={t.auth.user.label} data-testid={testIds.auth.userBox} data-role={p.role} data-export-skip="">
      <div className="user-box-who">
        <span className="user-box-name" data-testid={testIds.auth.userName}>
          {p.displayName}
        </span>
        <span className="user-box-meta">
          <span className="visually-hidden">{t.auth.user.role}: </span>
          <span data-testid="user-box-role">{role}</span>
          {p.unit && (
            <>
              {' · '}
              <span className="visually-hidden">{t.auth.user.unit}: </span>
              <span data-testid="user-box-unit">{p.unit.name}</span>
            </>
          )}
        </span>
      </div>
      {p.isDemo && (
        <span className="user-box-demo" title={t.auth.user.demoHint} data-testid="user-box-demo">
          {t.auth.user.demo}
        </span>
      )}
      <button type="button" className="desk-button" onClick={logout} disabled={leaving} data-testid={testIds.auth.logout}>
        {leaving ? t.auth.user.loggingOut : t.auth.user.logout}
      </button>
    </section>
  );
}
