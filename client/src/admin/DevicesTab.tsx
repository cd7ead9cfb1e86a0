/**
 * Wall screens (operators and administrators): their device tokens with the
 * last time each was seen, a form that creates one and shows its pairing
 * address ONCE (with a copy button), and revoking one after a confirmation —
 * the server then closes that wall's live connections at once.
 */
import { useId, useState, type FormEvent } from 'react';
import { t } from '../i18n/index.js';
import { getJson, sendJson } from '../lib/http.js';
import { useQuery } from '../lib/use-query.js';
import { formatStamp } from '../auth/login-errors.js';
import { pairUrl, type CreatedDevice, type DeviceDto } from './admin-model.js';
import { messageOf } from './errors.js';

export function DevicesTab() {
  const [version, setVersion] = useState(0);
  const devices = useQuery(`devices:${version}`, (signal) => getJson<{ devices: DeviceDto[] }>('/api/devices', signal));
  const [created, setCreated] = useState<CreatedDevice | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const list = devices.data?.devices ?? null;
  // The screens in use first, newest first; the revoked ones after them.
  const sorted = list ? [...list].sort((a, b) => Number(a.revokedAt !== null) - Number(b.revokedAt !== null) || b.createdAt.localeCompare(a.createdAt)) : null;
  return (
    <div className="admin-stack">
      <p className="admin-intro">{t.admin.devices.intro}</p>
      <CreateDevice
        onCreated={(device) => {
          setCreated(device);
          setNotice(null);
          setVersion((v) => v + 1);
        }}
      />
      {created && <PairingAddress created={created} onDismiss={() => setCreated(null)} />}
      <div className="desk-panel">
        <div className="desk-panel-head">
          <h2 className="desk-panel-title">{t.admin.devices.title}</h2>
        </div>
        {notice && (
          <p className="admin-notice" role="status" data-testid="admin-notice">
            {notice}
          </p>
        )}
        {devices.status === 'error' && (
          <p className="admin-error" role="alert">
            {t.admin.loadError(devices.error)}{' '}
            <button type="button" className="desk-button" onClick={() => setVersion((v) => v + 1)}>
              {t.admin.retry}
            </button>
          </p>
        )}
        {sorted === null ? (
          devices.status === 'loading' && <p className="desk-muted">{t.admin.loading}</p>
        ) : (
          <DevicesTable
            devices={sorted}
            onRevoked={(device) => {
              setNotice(t.admin.devices.revokedDone(device.name));
              setVersion((v) => v + 1);
            }}
          />
        )}
      </div>
    </div>
  );
}

function CreateDevice({ onCreated }: { onCreated: (created: CreatedDevice) => void }) {
  const id = useId();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    sendJson<CreatedDevice>('POST', '/api/devices', { name: name.trim() }).then(
      (created) => {
        setBusy(false);
        setName('');
        onCreated(created);
      },
      (err: unknown) => {
        setBusy(false);
        setError(messageOf(err));
      },
    );
  };
  return (
    <form className="desk-panel admin-form" onSubmit={submit} data-testid="admin-device-create">
      <h2 className="desk-panel-title">{t.admin.devices.createTitle}</h2>
      <div className="admin-fields">
        <div className="admin-field admin-field-wide">
          <label className="desk-label" htmlFor={`${id}-name`}>
            {t.admin.devices.name}
          </label>
          <input
            id={`${id}-name`}
            className="desk-input"
            value={name}
            maxLength={80}
            placeholder={t.admin.devices.namePlaceholder}
            onChange={(e) => setName(e.target.value)}
            data-testid="admin-device-name"
          />
        </div>
      </div>
      {error && (
        <p className="admin-error" role="alert" data-testid="admin-device-error">
          {error}
        </p>
      )}
      <div className="admin-actions">
        <button type="submit" className="desk-button is-primary" disabled={busy || name.trim().length < 2} data-testid="admin-device-submit">
          {busy ? t.admin.devices.creating : t.admin.devices.create}
        </button>
      </div>
    </form>
  );
}

function PairingAddress({ created, onDismiss }: { created: CreatedDevice; onDismiss: () => void }) {
  const id = useId();
  const url = pairUrl(window.location.origin, created.pairPath);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copyUrl = () => {
    const done = () => setCopy('copied');
    const failed = () => setCopy('failed');
    if (navigator.clipboard?.writeText) navigator.clipboard.writeText(url).then(done, failed);
    else failed();
  };
  return (
    <section className="desk-panel admin-once" aria-labelledby={`${id}-title`} data-testid="admin-device-url">
      <h2 id={`${id}-title`} className="desk-panel-title">
        {t.admin.devices.urlTitle(created.device.name)}
      </h2>
      <p className="admin-once-warning" role="alert">{t.admin.devices.urlWarning}</p>
      <div className="admin-once-row">
        <input
          className="desk-input admin-once-url"
          readOnly
          value={url}
          aria-label={t.admin.devices.urlTitle(created.device.name)}
          onFocus={(e) => e.currentTarget.select()}
          data-testid="admin-device-url-value"
        />
        <button type="button" className="desk-button is-primary" onClick={copyUrl} data-testid="admin-device-copy">
          {copy === 'copied' ? t.admin.devices.copied : t.admin.devices.copy}
        </button>
      </div>
      {copy === 'failed' && <p className="admin-error">{t.admin.devices.copyFailed}</p>}
      <div className="admin-actions">
        <button type="button" className="desk-button" onClick={onDismiss} data-testid="admin-device-url-dismiss">
          {t.admin.devices.dismiss}
        </button>
      </div>
    </section>
  );
}

function DevicesTable({ devices, onRevoked }: { devices: DeviceDto[]; onRevoked: (device: DeviceDto) => void }) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<{ id: string; message: string } | null>(null);
  if (devices.length === 0) return <p className="desk-muted">{t.admin.devices.none}</p>;

  const revoke = (device: DeviceDto) => {
    setBusy(device.id);
    setError(null);
    sendJson<DeviceDto>('DELETE', `/api/devices/${encodeURIComponent(device.id)}`).then(
      () => {
        setBusy(null);
        setConfirming(null);
        onRevoked(device);
      },
      (err: unknown) => {
        setBusy(null);
        setError({ id: device.id, message: messageOf(err) });
      },
    );
  };

  const c = t.admin.devices.columns;
  return (
    <div className="admin-scroll">
      <table className="desk-table admin-table" data-testid="admin-devices">
        <thead>
          <tr>
            <th scope="col">{c.name}</th>
            <th scope="col">{c.createdBy}</th>
            <th scope="col">{c.createdAt}</th>
            <th scope="col">{c.lastSeen}</th>
            <th scope="col">{c.status}</th>
            <th scope="col">{c.actions}</th>
          </tr>
        </thead>
        <tbody>
          {devices.map((d) => (
            <tr key={d.id} data-testid={`admin-device-${d.id}`} data-revoked={d.revokedAt ? 'true' : 'false'}>
              <th scope="row">{d.name}</th>
              <td>{d.createdBy ?? '—'}</td>
              <td className="admin-time">{formatStamp(d.createdAt)}</td>
              <td className="admin-time">{d.lastSeenAt ? formatStamp(d.lastSeenAt) : t.admin.devices.never}</td>
              <td className={`admin-status ${d.revokedAt ? 'is-disabled' : 'is-active'}`}>{d.revokedAt ? t.admin.devices.revoked(formatStamp(d.revokedAt)) : t.admin.devices.active}</td>
              <td>
                {!d.revokedAt &&
                  (confirming === d.id ? (
                    <div className="admin-confirm" role="group" aria-label={t.admin.devices.confirmRevoke(d.name)}>
                      <p>{t.admin.devices.confirmRevoke(d.name)}</p>
                      <div className="admin-actions">
                        <button type="button" className="desk-button admin-danger" disabled={busy === d.id} onClick={() => revoke(d)} data-testid={`admin-device-confirm-${d.id}`}>
                          {t.admin.devices.confirm}
                        </button>
                        <button type="button" className="desk-button" onClick={() => setConfirming(null)}>
                          {t.admin.cancel}
                        </button>
                      </div>
                    </div>
                  ) : (
                    <button type="button" className="desk-button" onClick={() => setConfirming(d.id)} data-testid={`admin-device-revoke-${d.id}`}>
                      {t.admin.devices.revoke}
                    </button>
                  ))}
                {error?.id === d.id && (
                  <p className="admin-error" role="alert">
                    {error.message}
                  </p>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
