/**
 * /reports/keys — the keys that sign a unit's reports (Điều 10.2 of seed 002).
 * This browser's own key (made here, its private half never leaves WebCrypto),
 * and the unit's registered public keys: the unit's leader (or an
 * administrator) registers a key — their own browser's, or one a specialist
 * copied to them — and revokes it when a person leaves or a browser is lost.
 */
import { useId, useState } from 'react';
import { can, testIds, type PrincipalInfo, type ReportingUnitRef, type SigningKeyDto } from '@ioc/shared';
import { fmt, t } from '../i18n/index.js';
import { linkProps, useLocation } from '../lib/navigation.js';
import { useQuery } from '../lib/use-query.js';
import { DeskShell } from '../screens/DeskShell.js';
import { describeError, type ActionMessage } from './action-result.js';
import { browserSigningSupported, createBrowserKey, loadBrowserKey, type BrowserKey } from './browser-key.js';
import { groupedKeyId, pemBody } from './key-encoding.js';
import { reportsApi, reportsHref } from './reports-api.js';
import { registeredKeyFor } from './sign-and-submit.js';
import { UnitPicker } from './UnitPicker.js';
import { usePrincipal } from './use-principal.js';
import '../styles/reports.css';

export function SigningKeysScreen() {
  return (
    <DeskShell screen="reports" title={t.reports.keys.title} documentTitle={t.reports.keys.documentTitle} testId={testIds.reports.keys}>
      <KeysBody />
    </DeskShell>
  );
}

export type BrowserKeyState = 'unsupported' | 'none' | 'unregistered' | 'registered' | 'revoked';

function unitFromSearch(href: string): ReportingUnitRef | null {
  const p = new URLSearchParams(href.includes('?') ? href.slice(href.indexOf('?')) : '');
  const kind = p.get('unitKind');
  const code = p.get('unitCode');
  return (kind === 'agency' || kind === 'commune') && code ? { kind, code } : null;
}

function KeysBody() {
  const principal = usePrincipal();
  const href = useLocation();
  if (!principal.data) return <p className={principal.status === 'error' ? 'desk-error' : 'desk-muted'}>{principal.status === 'error' ? t.reports.principalError(principal.error) : t.reports.loading}</p>;
  const unit = principal.data.unit ?? unitFromSearch(href);
  return (
    <>
      {!principal.data.unit && (
        <section className="desk-panel">
          <p className="desk-muted">{t.reports.picker.hint}</p>
          <UnitPicker path="/reports/keys" current={unit} />
        </section>
      )}
      <Keys key={unit ? `${unit.kind}:${unit.code}` : 'none'} principal={principal.data} unit={unit} />
    </>
  );
}

function Keys({ principal, unit }: { principal: PrincipalInfo; unit: ReportingUnitRef | null }) {
  const supported = browserSigningSupported();
  const [keyVersion, setKeyVersion] = useState(0);
  const [keysVersion, setKeysVersion] = useState(0);
  const [message, setMessage] = useState<ActionMessage | null>(null);
  const browserKey = useQuery(`browser-key:${principal.name}:${keyVersion}`, () => (supported ? loadBrowserKey(principal.name) : Promise.resolve(null)));
  const unitKeys = useQuery(`unit-keys:${unit?.kind}:${unit?.code}:${keysVersion}`, (signal) => (unit ? reportsApi.keys(unit, signal).then((r) => r.keys) : Promise.resolve([] as SigningKeyDto[])));
  const key = browserKey.data ?? null;
  const registered = key && unitKeys.data ? registeredKeyFor(unitKeys.data, key) : null;
  const state: BrowserKeyState = !supported ? 'unsupported' : !key ? 'none' : registered === 'revoked' ? 'revoked' : registered ? 'registered' : 'unregistered';
  const mayRegister = can(principal.role, 'registerSigningKeys');
  const unitName = unit && principal.unit?.kind === unit.kind && principal.unit.code === unit.code ? principal.unit.name : (unit?.code ?? '');

  return (
    <>
      <section className="desk-panel reports-keys-intro">
        <h2 className="desk-panel-title">{t.reports.keys.aboutTitle}</h2>
        <p>{t.reports.keys.about}</p>
        <p className="desk-muted">{t.reports.keys.production}</p>
        <p>
          <a className="desk-link" {...linkProps(reportsHref())}>
            {t.reports.back}
          </a>
        </p>
      </section>
      {message && (
        <p className={`reports-message is-${message.kind}`} role={message.kind === 'success' ? 'status' : 'alert'} data-testid={testIds.reports.message} data-kind={message.kind}>
          {message.text}
        </p>
      )}
      <BrowserKeyPanel
        principal={principal}
        state={state}
        browserKey={key}
        loading={browserKey.status === 'loading'}
        error={browserKey.status === 'error' ? browserKey.error : null}
        onCreated={() => {
          setKeyVersion((n) => n + 1);
          setMessage({ kind: 'success', text: t.reports.keys.created });
        }}
        onError={(m) => setMessage(m)}
      />
      {mayRegister && (
        <RegisterPanel
          principal={principal}
          unit={unit}
          unitName={unitName}
          browserKey={key}
          onRegistered={(k) => {
            setKeysVersion((n) => n + 1);
            setMessage({ kind: 'success', text: t.reports.keys.registered(groupedKeyId(k.id)) });
          }}
          onError={setMessage}
        />
      )}
      <UnitKeysPanel
        unit={unit}
        unitName={unitName}
        keys={unitKeys.data ?? []}
        status={unitKeys.status}
        error={unitKeys.status === 'error' ? unitKeys.error : null}
        browserKeyId={key?.keyId ?? null}
        mayRevoke={mayRegister}
        onRevoked={(k) => {
          setKeysVersion((n) => n + 1);
          setMessage({ kind: 'success', text: t.reports.keys.revoked(groupedKeyId(k.id)) });
        }}
        onError={setMessage}
      />
    </>
  );
}

function BrowserKeyPanel({
  principal,
  state,
  browserKey,
  loading,
  error,
  onCreated,
  onError,
}: {
  principal: PrincipalInfo;
  state: BrowserKeyState;
  browserKey: BrowserKey | null;
  loading: boolean;
  error: string | null;
  onCreated: () => void;
  onError: (m: ActionMessage) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [copied, setCopied] = useState(false);
  const pemId = useId();

  const create = async () => {
    setBusy(true);
    try {
      await createBrowserKey(principal.name);
      setConfirming(false);
      onCreated();
    } catch (err) {
      onError({ kind: 'error', text: t.reports.keys.createFailed(err instanceof Error ? err.message : String(err)) });
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (!browserKey) return;
    try {
      await navigator.clipboard.writeText(browserKey.publicKeyPem);
      setCopied(true);
    } catch {
      // No clipboard permission (or not a secure context): select the text for Ctrl+C.
      const area = document.getElementById(pemId);
      if (area instanceof HTMLTextAreaElement) area.select();
      onError({ kind: 'error', text: t.reports.keys.copyFailed });
    }
  };

  return (
    <section className="desk-panel" aria-labelledby="reports-browser-key-title" data-testid={testIds.reports.browserKey} data-state={state} data-key-id={browserKey?.keyId ?? ''}>
      <h2 id="reports-browser-key-title" className="desk-panel-title">
        {t.reports.keys.browserTitle(principal.displayName)}
      </h2>
      {state === 'unsupported' ? (
        <p className="desk-error">{t.reports.keys.unsupported}</p>
      ) : loading && !browserKey ? (
        <p className="desk-muted">{t.reports.loading}</p>
      ) : (
        <>
          {error && <p className="desk-error">{t.reports.loadError(error)}</p>}
          <p className={`reports-key-state is-${state}`}>{t.reports.keys.state[state]}</p>
          {principal.role !== 'specialist' && !browserKey && <p className="desk-muted">{t.reports.keys.notNeeded}</p>}
          {browserKey && (
            <>
              <dl className="reports-facts">
                <div>
                  <dt>{t.reports.keys.keyId}</dt>
                  <dd className="reports-mono">{groupedKeyId(browserKey.keyId)}</dd>
                </div>
                <div>
                  <dt>{t.reports.keys.algorithm}</dt>
                  <dd>ECDSA P-256 (SHA-256)</dd>
                </div>
                <div>
                  <dt>{t.reports.keys.createdAt}</dt>
                  <dd>{fmt.dateTime(browserKey.createdAt)}</dd>
                </div>
              </dl>
              <label className="desk-label" htmlFor={pemId}>
                {t.reports.keys.publicKey}
              </label>
              <textarea id={pemId} className="desk-input reports-pem" readOnly rows={5} value={browserKey.publicKeyPem} onFocus={(e) => e.target.select()} />
              <div className="reports-actions">
                <button type="button" className="desk-button" onClick={() => void copy()}>
                  {copied ? t.reports.keys.copied : t.reports.keys.copy}
                </button>
              </div>
              {state !== 'registered' && principal.role === 'specialist' && <p className="reports-instruction">{t.reports.keys.askLeader}</p>}
            </>
          )}
          <div className="reports-actions">
            {!browserKey || confirming ? (
              <button type="button" className="desk-button is-primary" disabled={busy} aria-busy={busy} data-testid={testIds.reports.createKey} onClick={() => void create()}>
                {busy ? t.reports.form.working : browserKey ? t.reports.keys.confirmReplace : t.reports.keys.create}
              </button>
            ) : (
              <button type="button" className="desk-button" onClick={() => setConfirming(true)}>
                {t.reports.keys.replace}
              </button>
            )}
            {confirming && (
              <button type="button" className="desk-button" onClick={() => setConfirming(false)}>
                {t.reports.keys.cancel}
              </button>
            )}
          </div>
          {confirming && <p className="reports-input-error">{t.reports.keys.replaceWarning}</p>}
        </>
      )}
    </section>
  );
}

function RegisterPanel({
  principal,
  unit,
  unitName,
  browserKey,
  onRegistered,
  onError,
}: {
  principal: PrincipalInfo;
  unit: ReportingUnitRef | null;
  unitName: string;
  browserKey: BrowserKey | null;
  onRegistered: (key: SigningKeyDto) => void;
  onError: (m: ActionMessage) => void;
}) {
  const [pem, setPem] = useState('');
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const [touched, setTouched] = useState(false);
  const pemId = useId();
  const labelId = useId();
  const pemValid = pemBody(pem) !== null;
  const labelValid = label.trim().length >= 2;
  const isAdmin = principal.role === 'admin';

  const register = async () => {
    setTouched(true);
    if (!pemValid || !labelValid || !unit) return;
    setBusy(true);
    try {
      const key = await reportsApi.registerKey({ publicKeyPem: pem.trim(), label: label.trim(), ...(isAdmin ? { unit } : {}) });
      setPem('');
      setLabel('');
      setTouched(false);
      onRegistered(key);
    } catch (err) {
      onError(describeError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="desk-panel reports-register"
      aria-labelledby="reports-register-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void register();
      }}
    >
      <h2 id="reports-register-title" className="desk-panel-title">
        {t.reports.keys.registerTitle}
      </h2>
      <p className="desk-muted">{unit ? t.reports.keys.registerHint(unitName) : t.reports.keys.adminNeedsUnit}</p>
      <label className="desk-label" htmlFor={pemId}>
        {t.reports.keys.publicKey}
      </label>
      <textarea
        id={pemId}
        className={`desk-input reports-pem${touched && !pemValid ? ' is-invalid' : ''}`}
        rows={5}
        placeholder="-----BEGIN PUBLIC KEY-----"
        value={pem}
        aria-invalid={touched && !pemValid ? true : undefined}
        onChange={(e) => setPem(e.target.value)}
      />
      {touched && !pemValid && <p className="reports-input-error">{t.reports.keys.pemInvalid}</p>}
      <div className="reports-actions">
        {browserKey && (
          <button
            type="button"
            className="desk-button"
            onClick={() => {
              setPem(browserKey.publicKeyPem);
              if (!label) setLabel(t.reports.keys.defaultLabel(principal.displayName, fmt.date(new Date())));
            }}
          >
            {t.reports.keys.useBrowserKey}
          </button>
        )}
      </div>
      <label className="desk-label" htmlFor={labelId}>
        {t.reports.keys.label}
      </label>
      <input
        id={labelId}
        className={`desk-input reports-key-label${touched && !labelValid ? ' is-invalid' : ''}`}
        maxLength={120}
        value={label}
        placeholder={t.reports.keys.labelPlaceholder}
        aria-invalid={touched && !labelValid ? true : undefined}
        onChange={(e) => setLabel(e.target.value)}
      />
      {touched && !labelValid && <p className="reports-input-error">{t.reports.keys.labelInvalid}</p>}
      <div className="reports-actions">
        <button type="submit" className="desk-button is-primary" disabled={busy || !unit} aria-busy={busy} data-testid={testIds.reports.registerKey}>
          {busy ? t.reports.form.working : t.reports.keys.register}
        </button>
      </div>
    </form>
  );
}

function UnitKeysPanel({
  unit,
  unitName,
  keys,
  status,
  error,
  browserKeyId,
  mayRevoke,
  onRevoked,
  onError,
}: {
  unit: ReportingUnitRef | null;
  unitName: string;
  keys: SigningKeyDto[];
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  browserKeyId: string | null;
  mayRevoke: boolean;
  onRevoked: (key: SigningKeyDto) => void;
  onError: (m: ActionMessage) => void;
}) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const revoke = async (id: string) => {
    setBusy(id);
    try {
      const key = await reportsApi.revokeKey(id);
      setConfirming(null);
      onRevoked(key);
    } catch (err) {
      onError(describeError(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="desk-panel" aria-labelledby="reports-unit-keys-title">
      <h2 id="reports-unit-keys-title" className="desk-panel-title">
        {unit ? t.reports.keys.unitKeysTitle(unitName) : t.reports.keys.unitKeysNoUnit}
      </h2>
      {error && <p className="desk-error">{t.reports.loadError(error)}</p>}
      {status === 'loading' && keys.length === 0 && unit && <p className="desk-muted">{t.reports.loading}</p>}
      {status === 'ready' && keys.length === 0 && unit && <p className="desk-muted">{t.reports.keys.noKeys}</p>}
      {keys.length > 0 && (
        <div className="reports-table-wrap">
          <table className="desk-table">
            <thead>
              <tr>
                <th scope="col">{t.reports.keys.keyId}</th>
                <th scope="col">{t.reports.keys.label}</th>
                <th scope="col">{t.reports.keys.algorithm}</th>
                <th scope="col">{t.reports.keys.registeredAt}</th>
                <th scope="col">{t.reports.keys.status}</th>
                {mayRevoke && <th scope="col">{t.reports.keys.actions}</th>}
              </tr>
            </thead>
            <tbody>
              {keys.map((k) => (
                <tr key={k.id} data-testid={testIds.reports.keyRow(k.id)} data-revoked={k.revokedAt !== null}>
                  <td className="reports-mono">
                    {groupedKeyId(k.id)}
                    {k.id === browserKeyId && <span className="desk-real-tag reports-this-browser">{t.reports.keys.thisBrowser}</span>}
                  </td>
                  <td>{k.label}</td>
                  <td>{k.algorithm}</td>
                  <td>
                    {fmt.dateTime(k.registeredAt)} <span className="reports-code">{k.registeredBy}</span>
                  </td>
                  <td>{k.revokedAt ? <span className="reports-key-revoked">{t.reports.keys.revokedAt(fmt.dateTime(k.revokedAt))}</span> : <span className="reports-key-active">{t.reports.keys.active}</span>}</td>
                  {mayRevoke && (
                    <td>
                      {k.revokedAt === null &&
                        (confirming === k.id ? (
                          <>
                            <button type="button" className="desk-button reports-danger" disabled={busy !== null} aria-busy={busy === k.id} onClick={() => void revoke(k.id)}>
                              {t.reports.keys.confirmRevoke}
                            </button>{' '}
                            <button type="button" className="desk-button" onClick={() => setConfirming(null)}>
                              {t.reports.keys.cancel}
                            </button>
                          </>
                        ) : (
                          <button type="button" className="desk-button" onClick={() => setConfirming(k.id)}>
                            {t.reports.keys.revoke}
                          </button>
                        ))}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
