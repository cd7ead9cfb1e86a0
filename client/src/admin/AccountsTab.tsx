/**
 * Accounts and roles (administrators): the list, a form to create one
 * (password of at least PASSWORD_MIN_LENGTH characters; a reporting unit for
 * specialists and leaders), and per account: change role, unit or password,
 * unlock, disable or enable. The server checks everything again; its message,
 * which names the field, is shown as it is.
 */
import { useId, useState, type FormEvent } from 'react';
import { PASSWORD_MIN_LENGTH, ROLES, ROLE_LABELS, type ReportTemplate, type Role, type UnitsResponse } from '@ioc/shared';
import { currentLang, t } from '../i18n/index.js';
import { getJson, sendJson } from '../lib/http.js';
import { useQuery, type QueryState } from '../lib/use-query.js';
import { useAuth } from '../auth/auth-store.js';
import { formatStamp } from '../auth/login-errors.js';
import {
  accountStatus,
  changeBody,
  createBody,
  draftProblems,
  needsUnit,
  unitOptions,
  type AccountDraft,
  type AccountDto,
  type DraftProblem,
  type UnitOptions,
} from './admin-model.js';
import { messageOf } from './errors.js';

const roleLabel = (role: Role) => ROLE_LABELS[role][currentLang()];

function useUnitOptions(): QueryState<UnitOptions> {
  return useQuery('units', async (signal) => {
    const [templates, communes] = await Promise.all([
      getJson<{ templates: ReportTemplate[] }>('/api/reports/templates', signal),
      getJson<UnitsResponse>('/api/units?level=commune', signal),
    ]);
    return unitOptions(templates.templates, communes.units);
  });
}

export function AccountsTab() {
  const [version, setVersion] = useState(0);
  // `at`: when the list was read, to tell which locks are still running.
  const users = useQuery(`users:${version}`, async (signal) => ({ ...(await getJson<{ users: AccountDto[] }>('/api/admin/users', signal)), at: Date.now() }));
  const units = useUnitOptions();
  const [notice, setNotice] = useState<string | null>(null);
  const reload = (message: string) => {
    setNotice(message);
    setVersion((v) => v + 1);
  };
  const list = users.data ? [...users.data.users].sort((a, b) => a.username.localeCompare(b.username, 'vi')) : null;
  return (
    <div className="admin-stack">
      <div className="desk-panel">
        <div className="desk-panel-head">
          <h2 className="desk-panel-title">{t.admin.accounts.title}</h2>
          {list && <span className="desk-muted">{t.admin.accounts.count(list.length)}</span>}
        </div>
        {notice && (
          <p className="admin-notice" role="status" data-testid="admin-notice">
            {notice}
          </p>
        )}
        {users.status === 'error' && (
          <p className="admin-error" role="alert">
            {t.admin.loadError(users.error)}{' '}
            <button type="button" className="desk-button" onClick={() => setVersion((v) => v + 1)}>
              {t.admin.retry}
            </button>
          </p>
        )}
        {list === null ? users.status === 'loading' && <p className="desk-muted">{t.admin.loading}</p> : <AccountsTable accounts={list} readAt={users.data?.at ?? 0} units={units} onChanged={reload} />}
      </div>
      <CreateAccount units={units} onCreated={(username) => reload(t.admin.accounts.created(username))} />
    </div>
  );
}

function AccountsTable({
  accounts,
  readAt,
  units,
  onChanged,
}: {
  accounts: AccountDto[];
  readAt: number;
  units: QueryState<UnitOptions>;
  onChanged: (message: string) => void;
}) {
  const auth = useAuth();
  const me = auth.status === 'signed-in' ? auth.principal.id : null;
  const [editing, setEditing] = useState<number | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const [rowError, setRowError] = useState<{ id: number; message: string } | null>(null);
  if (accounts.length === 0) return <p className="desk-muted">{t.admin.accounts.none}</p>;

  const patch = (account: AccountDto, body: object) => {
    setBusy(account.id);
    setRowError(null);
    sendJson<AccountDto>('PATCH', `/api/admin/users/${account.id}`, body).then(
      () => {
        setBusy(null);
        setEditing(null);
        onChanged(`${account.username}: ${t.admin.saved}`);
      },
      (err: unknown) => {
        setBusy(null);
        setRowError({ id: account.id, message: messageOf(err) });
      },
    );
  };

  const c = t.admin.accounts.columns;
  return (
    <div className="admin-scroll">
      <table className="desk-table admin-table" data-testid="admin-accounts">
        <thead>
          <tr>
            <th scope="col">{c.username}</th>
            <th scope="col">{c.displayName}</th>
            <th scope="col">{c.role}</th>
            <th scope="col">{c.unit}</th>
            <th scope="col">{c.status}</th>
            <th scope="col">{c.actions}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => {
            const status = accountStatus(a, readAt);
            const self = me === String(a.id);
            return [
              <tr key={a.id} data-testid={`admin-account-${a.username}`} data-status={status}>
                <th scope="row">
                  {a.username}
                  {a.isDemo && <span className="admin-tag">{t.admin.accounts.demo}</span>}
                </th>
                <td>{a.displayName}</td>
                <td>{roleLabel(a.role)}</td>
                <td>{a.unit?.name ?? '—'}</td>
                <td className={`admin-status is-${status}`}>
                  {status === 'locked' && a.lockedUntil
                    ? t.admin.accounts.status.locked(formatStamp(a.lockedUntil))
                    : status === 'disabled'
                      ? t.admin.accounts.status.disabled
                      : t.admin.accounts.status.active}
                </td>
                <td>
                  <div className="admin-actions">
                    <button
                      type="button"
                      className="desk-button"
                      aria-expanded={editing === a.id}
                      onClick={() => setEditing(editing === a.id ? null : a.id)}
                      data-testid={`admin-account-edit-${a.username}`}
                    >
                      {t.admin.accounts.edit}
                    </button>
                    {status === 'locked' && (
                      <button type="button" className="desk-button" disabled={busy === a.id} onClick={() => patch(a, { unlock: true })} data-testid={`admin-account-unlock-${a.username}`}>
                        {t.admin.accounts.unlock}
                      </button>
                    )}
                    {!self && (
                      <button
                        type="button"
                        className="desk-button"
                        disabled={busy === a.id}
                        onClick={() => patch(a, { disabled: !a.disabled })}
                        data-testid={`admin-account-${a.disabled ? 'enable' : 'disable'}-${a.username}`}
                      >
                        {a.disabled ? t.admin.accounts.enable : t.admin.accounts.disable}
                      </button>
                    )}
                  </div>
                  {rowError?.id === a.id && editing !== a.id && (
                    <p className="admin-error" role="alert">
                      {rowError.message}
                    </p>
                  )}
                </td>
              </tr>,
              editing === a.id && (
                <tr key={`${a.id}-edit`} className="admin-edit-row">
                  <td colSpan={6}>
                    <EditAccount
                      account={a}
                      units={units}
                      busy={busy === a.id}
                      error={rowError?.id === a.id ? rowError.message : null}
                      onCancel={() => setEditing(null)}
                      onSave={(body) => (body ? patch(a, body) : setEditing(null))}
                    />
                  </td>
                </tr>
              ),
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}

function EditAccount({
  account,
  units,
  busy,
  error,
  onCancel,
  onSave,
}: {
  account: AccountDto;
  units: QueryState<UnitOptions>;
  busy: boolean;
  error: string | null;
  onCancel: () => void;
  onSave: (body: object | null) => void;
}) {
  const id = useId();
  const [role, setRole] = useState<Role>(account.role);
  const [unitKind, setUnitKind] = useState<'agency' | 'commune'>(account.unit?.kind ?? 'agency');
  const [unitCode, setUnitCode] = useState(account.unit?.code ?? '');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (password && password.length < PASSWORD_MIN_LENGTH) return setProblem(t.admin.accounts.passwordTooShort(PASSWORD_MIN_LENGTH));
    if (needsUnit(role) && !unitCode) return setProblem(t.admin.accounts.unitRequired);
    setProblem(null);
    onSave(changeBody(account, { role, unitKind, unitCode, password }));
  };
  return (
    <form className="admin-form" onSubmit={submit} aria-label={t.admin.accounts.editTitle(account.username)} data-testid="admin-account-edit-form">
      <h3 className="admin-form-title">{t.admin.accounts.editTitle(account.username)}</h3>
      <div className="admin-fields">
        <RoleSelect id={`${id}-role`} value={role} onChange={setRole} />
        <UnitPicker idPrefix={id} role={role} kind={unitKind} code={unitCode} units={units} onChange={(k, c) => {
            setUnitKind(k);
            setUnitCode(c);
          }} />
        <div className="admin-field">
          <label className="desk-label" htmlFor={`${id}-password`}>
            {t.admin.accounts.newPassword}
          </label>
          <input
            id={`${id}-password`}
            className="desk-input"
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-describedby={`${id}-password-hint`}
          />
          <span id={`${id}-password-hint`} className="admin-hint">
            {t.admin.accounts.newPasswordHint(PASSWORD_MIN_LENGTH)}
          </span>
        </div>
      </div>
      <p className="admin-hint">{t.admin.accounts.sessionsEnd}</p>
      {(problem ?? error) && (
        <p className="admin-error" role="alert" data-testid="admin-account-edit-error">
          {problem ?? error}
        </p>
      )}
      <div className="admin-actions">
        <button type="submit" className="desk-button is-primary" disabled={busy} data-testid="admin-account-save">
          {t.admin.save}
        </button>
        <button type="button" className="desk-button" onClick={onCancel}>
          {t.admin.cancel}
        </button>
      </div>
    </form>
  );
}

function RoleSelect({ id, value, onChange }: { id: string; value: Role; onChange: (role: Role) => void }) {
  return (
    <div className="admin-field">
      <label className="desk-label" htmlFor={id}>
        {t.admin.accounts.role}
      </label>
      <select id={id} className="desk-input" value={value} onChange={(e) => onChange(e.target.value as Role)} data-testid="admin-role">
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {roleLabel(r)}
          </option>
        ))}
      </select>
    </div>
  );
}

function UnitPicker({
  idPrefix,
  role,
  kind,
  code,
  units,
  onChange,
}: {
  idPrefix: string;
  role: Role;
  kind: 'agency' | 'commune';
  code: string;
  units: QueryState<UnitOptions>;
  onChange: (kind: 'agency' | 'commune', code: string) => void;
}) {
  if (!needsUnit(role)) {
    return (
      <div className="admin-field">
        <span className="desk-label">{t.admin.accounts.unit}</span>
        <span className="admin-hint">{t.admin.accounts.unitNotNeeded}</span>
      </div>
    );
  }
  const options = units.data?.[kind] ?? [];
  return (
    <fieldset className="admin-field admin-unit">
      <legend className="desk-label">{t.admin.accounts.unit}</legend>
      <div className="admin-unit-kind">
        {(['agency', 'commune'] as const).map((k) => (
          <label key={k} className="desk-inline-label">
            <input type="radio" name={`${idPrefix}-unit-kind`} value={k} checked={kind === k} onChange={() => onChange(k, '')} />
            {t.admin.accounts.unitKind[k]}
          </label>
        ))}
      </div>
      <select
        id={`${idPrefix}-unit`}
        className="desk-input"
        aria-label={`${t.admin.accounts.unit}: ${t.admin.accounts.unitKind[kind]}`}
        value={code}
        onChange={(e) => onChange(kind, e.target.value)}
        data-testid="admin-unit"
      >
        <option value="">{units.status === 'loading' && !units.data ? t.admin.accounts.unitsLoading : t.admin.accounts.unitPick}</option>
        {options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.name} ({o.code})
          </option>
        ))}
      </select>
      {units.status === 'error' && <span className="admin-error">{t.admin.accounts.unitsError}</span>}
    </fieldset>
  );
}

const EMPTY_DRAFT: AccountDraft = { username: '', displayName: '', password: '', role: 'specialist', unitKind: 'agency', unitCode: '' };

function CreateAccount({ units, onCreated }: { units: QueryState<UnitOptions>; onCreated: (username: string) => void }) {
  const id = useId();
  const [draft, setDraft] = useState<AccountDraft>(EMPTY_DRAFT);
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<AccountDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const found = draftProblems(draft);
    setProblems(found);
    setError(null);
    if (found.length > 0 || busy) return;
    const body = createBody(draft);
    setBusy(true);
    sendJson<AccountDto>('POST', '/api/admin/users', body).then(
      (account) => {
        setBusy(false);
        setDraft(EMPTY_DRAFT);
        onCreated(account.username);
      },
      (err: unknown) => {
        setBusy(false);
        setError(messageOf(err));
      },
    );
  };

  const invalid = (p: DraftProblem) => (problems.includes(p) ? true : undefined);
  const problemText: Record<DraftProblem, string> = {
    username: `${t.admin.accounts.username}: ${t.admin.accounts.usernameHint}`,
    displayName: `${t.admin.accounts.displayName}: 2–120`,
    password: t.admin.accounts.passwordTooShort(PASSWORD_MIN_LENGTH),
    unit: t.admin.accounts.unitRequired,
  };

  return (
    <form className="desk-panel admin-form" onSubmit={submit} noValidate data-testid="admin-account-create">
      <h2 className="desk-panel-title">{t.admin.accounts.createTitle}</h2>
      <div className="admin-fields">
        <div className="admin-field">
          <label className="desk-label" htmlFor={`${id}-username`}>
            {t.admin.accounts.username}
          </label>
          <input
            id={`${id}-username`}
            className="desk-input"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            value={draft.username}
            aria-invalid={invalid('username')}
            aria-describedby={`${id}-username-hint`}
            onChange={(e) => set({ username: e.target.value })}
            data-testid="admin-new-username"
          />
          <span id={`${id}-username-hint`} className="admin-hint">
            {t.admin.accounts.usernameHint}
          </span>
        </div>
        <div className="admin-field">
          <label className="desk-label" htmlFor={`${id}-name`}>
            {t.admin.accounts.displayName}
          </label>
          <input
            id={`${id}-name`}
            className="desk-input"
            autoComplete="off"
            value={draft.displayName}
            aria-invalid={invalid('displayName')}
            onChange={(e) => set({ displayName: e.target.value })}
            data-testid="admin-new-display-name"
          />
        </div>
        <div className="admin-field">
          <label className="desk-label" htmlFor={`${id}-password`}>
            {t.admin.accounts.password}
          </label>
          <input
            id={`${id}-password`}
            className="desk-input"
            type="password"
            autoComplete="new-password"
            value={draft.password}
            aria-invalid={invalid('password')}
            aria-describedby={`${id}-password-hint`}
            onChange={(e) => set({ password: e.target.value })}
            data-testid="admin-new-password"
          />
          <span id={`${id}-password-hint`} className="admin-hint">
            {t.admin.accounts.passwordHint(PASSWORD_MIN_LENGTH)}
          </span>
        </div>
        <RoleSelect id={`${id}-role`} value={draft.role} onChange={(role) => set({ role })} />
        <UnitPicker idPrefix={id} role={draft.role} kind={draft.unitKind} code={draft.unitCode} units={units} onChange={(unitKind, unitCode) => set({ unitKind, unitCode })} />
      </div>
      {problems.length > 0 && (
        <ul className="admin-error" role="alert" data-testid="admin-create-problems">
          {problems.map((p) => (
            <li key={p}>{problemText[p]}</li>
          ))}
        </ul>
      )}
      {error && (
        <p className="admin-error" role="alert" data-testid="admin-create-error">
          {error}
        </p>
      )}
      <div className="admin-actions">
        <button type="submit" className="desk-button is-primary" disabled={busy} data-testid="admin-create-submit">
          {busy ? t.admin.accounts.creating : t.admin.accounts.create}
        </button>
      </div>
    </form>
  );
}
