/**
 * Username and password, with every refusal said plainly (wrong credentials,
 * locked until when, too many attempts, server away). Used by /login and by
 * the wall's pairing screen.
 */
import { useId, useState, type FormEvent } from 'react';
import { testIds, type PrincipalInfo } from '@ioc/shared';
import { t } from '../i18n/index.js';
import { authActions } from './auth-store.js';
import { loginErrorKind, loginErrorText } from './login-errors.js';

export function LoginForm({ onSignedIn, size = 'large' }: { onSignedIn: (principal: PrincipalInfo) => void; size?: 'large' | 'wall' }) {
  const id = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<{ text: string; kind: string } | null>(null);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (working) return;
    if (!username.trim() || !password) {
      setError({ text: t.auth.login.errors.missing, kind: 'missing' });
      return;
    }
    setWorking(true);
    setError(null);
    authActions.login(username.trim().toLowerCase(), password).then(
      (principal) => {
        setWorking(false);
        setPassword('');
        onSignedIn(principal);
      },
      (err: unknown) => {
        setWorking(false);
        setError({ text: loginErrorText(err, t), kind: loginErrorKind(err) });
      },
    );
  };

  const errorId = `${id}-error`;
  return (
    <form className={`auth-form is-${size}`} onSubmit={submit} noValidate data-testid={testIds.auth.form}>
      <div className="auth-field">
        <label htmlFor={`${id}-username`}>{t.auth.login.username}</label>
        <input
          id={`${id}-username`}
          className="auth-input"
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          aria-invalid={error?.kind === 'invalid' || error?.kind === 'missing' ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          data-testid={testIds.auth.username}
        />
      </div>
      <div className="auth-field">
        <label htmlFor={`${id}-password`}>{t.auth.login.password}</label>
        <input
          id={`${id}-password`}
          className="auth-input"
          name="password"
          type={showPassword ? 'text' : 'password'}
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={error?.kind === 'invalid' || error?.kind === 'missing' ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          data-testid={testIds.auth.password}
        />
        <label className="auth-check">
          <input type="checkbox" checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} />
          {t.auth.login.showPassword}
        </label>
      </div>
      {error && (
        <p id={errorId} className="auth-error" role="alert" data-testid={testIds.auth.error} data-kind={error.kind}>
          {error.text}
        </p>
      )}
      <button type="submit" className="auth-submit" disabled={working} data-testid={testIds.auth.submit}>
        {working ? t.auth.login.working : t.auth.login.submit}
      </button>
    </form>
  );
}
