/**
 * The wall without credentials: a full-screen notice readable from across the
 * room ("Màn hình chưa được cấp phép" / "Thiết bị đã bị thu hồi"), what to do,
 * and right there a small sign-in form for an operator; once an operator or
 * administrator is signed in, a name and "Gắn trình duyệt này làm màn hình
 * tường" (POST /api/auth/pair-device), then the wall reloads as a device.
 */
import { useId, useState, type FormEvent } from 'react';
import { can, ROLE_LABELS, testIds } from '@ioc/shared';
import { currentLang, t } from '../i18n/index.js';
import { screenId } from '../lib/screen-id.js';
import { authActions, useAuth } from './auth-store.js';
import { LoginForm } from './LoginForm.js';
import { wallHref, type PairingReason } from './wall-gate.js';
import '../styles/auth.css';

export function PairingScreen({ reason }: { reason: PairingReason }) {
  const auth = useAuth();
  const person = auth.status === 'signed-in' && auth.principal.kind === 'user' ? auth.principal : null;
  const id = screenId();
  return (
    <div className="pair-screen" data-testid={testIds.auth.pairing} data-reason={reason}>
      <section className="pair-notice">
        <p className="pair-app">{t.appTitle}</p>
        <h1 className="pair-title">{reason === 'revoked' ? t.pair.revokedTitle : t.pair.unpairedTitle}</h1>
        <p className="pair-body">{reason === 'revoked' ? t.pair.revokedBody : t.pair.unpairedBody}</p>
        <ol className="pair-steps">
          {t.pair.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <p className="pair-meta">
          {t.pair.screen(id)} · {t.pair.recheck}
        </p>
      </section>
      <section className="pair-card" aria-label={t.pair.signInTitle}>
        {person === null ? (
          <>
            <h2 className="pair-card-title">{t.pair.signInTitle}</h2>
            <LoginForm size="wall" onSignedIn={() => {}} />
          </>
        ) : can(person.role, 'manageDevices') ? (
          <PairForm signedInAs={t.pair.signedInAs(person.displayName, roleLabel(person.role))} defaultName={id} />
        ) : (
          <>
            <p className="pair-signed-in">{t.pair.signedInAs(person.displayName, roleLabel(person.role))}</p>
            <p className="auth-error" role="alert" data-testid={testIds.auth.pairNotAllowed}>
              {t.pair.notAllowed}
            </p>
            <SignOut />
          </>
        )}
      </section>
    </div>
  );
}

function roleLabel(role: string): string {
  return role in ROLE_LABELS ? ROLE_LABELS[role as keyof typeof ROLE_LABELS][currentLang()] : role;
}

function SignOut() {
  return (
    <button type="button" className="pair-secondary" onClick={() => void authActions.logout()} data-testid="pair-sign-out">
      {t.pair.signOut}
    </button>
  );
}

function PairForm({ signedInAs, defaultName }: { signedInAs: string; defaultName: string }) {
  const fieldId = useId();
  const [name, setName] = useState(defaultName);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (working) return;
    setWorking(true);
    setError(null);
    authActions.pairDevice(name.trim()).then(
      // The browser holds the device cookie now; load the wall as a device.
      () => window.location.replace(wallHref(window.location.search)),
      (err: unknown) => {
        setWorking(false);
        setError(t.pair.pairFailed(err instanceof Error ? err.message : String(err)));
      },
    );
  };
  return (
    <form className="auth-form is-wall" onSubmit={submit} data-testid="pair-form">
      <p className="pair-signed-in">{signedInAs}</p>
      <div className="auth-field">
        <label htmlFor={fieldId}>{t.pair.nameLabel}</label>
        <input
          id={fieldId}
          className="auth-input"
          value={name}
          minLength={2}
          maxLength={80}
          required
          placeholder={t.pair.namePlaceholder}
          onChange={(e) => setName(e.target.value)}
          data-testid={testIds.auth.pairName}
        />
      </div>
      {error && (
        <p className="auth-error" role="alert" data-testid="pair-error">
          {error}
        </p>
      )}
      <button type="submit" className="auth-submit" disabled={working || name.trim().length < 2} data-testid={testIds.auth.pairSubmit}>
        {working ? t.pair.pairing : t.pair.pair}
      </button>
      <p className="pair-note">{t.pair.pairNote}</p>
      <SignOut />
    </form>
  );
}
