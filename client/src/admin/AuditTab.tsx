/**
 * The audit log (administrators): sign-ins, account and device changes,
 * report decisions, exports — newest first, filtered by action (and actor),
 * with "older" paging (`before` = the oldest id shown).
 */
import { useId, useState, type FormEvent } from 'react';
import { t } from '../i18n/index.js';
import { getJson } from '../lib/http.js';
import { useQuery } from '../lib/use-query.js';
import { formatStamp } from '../auth/login-errors.js';
import { AUDIT_ACTIONS, auditPath, detailsText, nextBefore, type AuditEntryDto } from './admin-model.js';
import { messageOf } from './errors.js';

interface Filter {
  action: string;
  actor: string;
}

interface Older {
  /** The first page these follow (a new filter starts over). */
  key: string;
  entries: AuditEntryDto[];
  /** The oldest id shown when the last page was full, else null (no more). */
  before: number | null;
}

const actionLabel = (action: string) => t.admin.audit.actions[action] ?? action;

export function AuditTab() {
  const id = useId();
  const [draft, setDraft] = useState<Filter>({ action: '', actor: '' });
  const [applied, setApplied] = useState<Filter>({ action: '', actor: '' });
  const [version, setVersion] = useState(0);
  const key = `audit:${applied.action}:${applied.actor}:${version}`;
  const first = useQuery(key, (signal) => getJson<{ entries: AuditEntryDto[] }>(auditPath(applied), signal));
  const [older, setOlder] = useState<Older | null>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [olderError, setOlderError] = useState<string | null>(null);

  const firstEntries = first.status === 'ready' ? first.data.entries : null;
  const mine = older?.key === key ? older : null;
  const entries = firstEntries ? [...firstEntries, ...(mine?.entries ?? [])] : null;
  const before = mine ? mine.before : firstEntries ? nextBefore(firstEntries) : null;

  const apply = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setApplied({ action: draft.action, actor: draft.actor.trim() });
    setVersion((v) => v + 1);
  };

  const loadOlder = () => {
    if (before === null || loadingOlder) return;
    setLoadingOlder(true);
    setOlderError(null);
    getJson<{ entries: AuditEntryDto[] }>(auditPath({ ...applied, before })).then(
      (page) => {
        setLoadingOlder(false);
        setOlder({ key, entries: [...(mine?.entries ?? []), ...page.entries], before: nextBefore(page.entries) });
      },
      (err: unknown) => {
        setLoadingOlder(false);
        setOlderError(messageOf(err));
      },
    );
  };

  const c = t.admin.audit.columns;
  return (
    <div className="desk-panel admin-stack">
      <div className="desk-panel-head">
        <h2 className="desk-panel-title">{t.admin.audit.title}</h2>
        {entries && <span className="desk-muted">{t.admin.audit.shown(entries.length)}</span>}
      </div>
      <form className="admin-filter" onSubmit={apply} data-testid="admin-audit-filter">
        <div className="admin-field">
          <label className="desk-label" htmlFor={`${id}-action`}>
            {t.admin.audit.action}
          </label>
          <select id={`${id}-action`} className="desk-input" value={draft.action} onChange={(e) => setDraft({ ...draft, action: e.target.value })} data-testid="admin-audit-action">
            <option value="">{t.admin.audit.allActions}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {actionLabel(a)}
              </option>
            ))}
          </select>
        </div>
        <div className="admin-field">
          <label className="desk-label" htmlFor={`${id}-actor`}>
            {t.admin.audit.actor}
          </label>
          <input
            id={`${id}-actor`}
            className="desk-input"
            value={draft.actor}
            placeholder={t.admin.audit.actorPlaceholder}
            onChange={(e) => setDraft({ ...draft, actor: e.target.value })}
            data-testid="admin-audit-actor"
          />
        </div>
        <button type="submit" className="desk-button is-primary" data-testid="admin-audit-apply">
          {t.admin.audit.apply}
        </button>
      </form>
      {first.status === 'error' && (
        <p className="admin-error" role="alert">
          {t.admin.loadError(first.error)}
        </p>
      )}
      {first.status === 'loading' && <p className="desk-muted">{t.admin.loading}</p>}
      {entries &&
        (entries.length === 0 ? (
          <p className="desk-muted">{t.admin.audit.none}</p>
        ) : (
          <div className="admin-scroll">
            <table className="desk-table admin-table" data-testid="admin-audit" data-count={entries.length}>
              <thead>
                <tr>
                  <th scope="col">{c.time}</th>
                  <th scope="col">{c.action}</th>
                  <th scope="col">{c.outcome}</th>
                  <th scope="col">{c.actor}</th>
                  <th scope="col">{c.target}</th>
                  <th scope="col">{c.details}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <tr key={e.id} data-testid={`admin-audit-${e.id}`} data-action={e.action}>
                    <td className="admin-time">{formatStamp(e.at)}</td>
                    <td>{actionLabel(e.action)}</td>
                    <td className={`admin-outcome is-${e.outcome}`}>{t.admin.audit.outcome[e.outcome]}</td>
                    <td>
                      {e.actor.name ?? '—'} <span className="faint">({t.admin.audit.actorKind[e.actor.kind] ?? e.actor.kind})</span>
                    </td>
                    <td>{e.target ?? '—'}</td>
                    <td className="admin-details">
                      {[detailsText(e.details), e.ip ? `IP ${e.ip}` : ''].filter(Boolean).join(' · ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      {olderError && (
        <p className="admin-error" role="alert">
          {olderError}
        </p>
      )}
      {entries && entries.length > 0 && (
        <div className="admin-actions">
          {before !== null ? (
            <button type="button" className="desk-button" disabled={loadingOlder} onClick={loadOlder} data-testid="admin-audit-older">
              {loadingOlder ? t.admin.loading : t.admin.audit.older}
            </button>
          ) : (
            <span className="desk-muted">{t.admin.audit.noMore}</span>
          )}
        </div>
      )}
    </div>
  );
}
