/** Four buttons (PNG, PDF, CSV, XLSX) and a live status line; left out of the pictures it takes. */
import { useContext, useState, type RefObject } from 'react';
import { testIds } from '@ioc/shared';
import { t } from '../i18n/index.js';
import { ExportContext } from './export-context.js';
import { EXPORT_KINDS, runExport, type ExportKind } from './run-export.js';

type State = { state: 'idle' } | { state: 'working'; kind: ExportKind } | { state: 'done'; filename: string } | { state: 'failed'; error: string };

export function ExportMenu({ target }: { target: RefObject<HTMLElement | null> }) {
  const registry = useContext(ExportContext);
  const [status, setStatus] = useState<State>({ state: 'idle' });

  const start = (kind: ExportKind) => {
    const source = registry.get()?.();
    const element = target.current;
    if (!source || !element || status.state === 'working') return;
    setStatus({ state: 'working', kind });
    runExport(kind, source, element).then(
      (filename) => setStatus({ state: 'done', filename }),
      (err: unknown) => setStatus({ state: 'failed', error: err instanceof Error ? err.message : String(err) }),
    );
  };

  const message =
    status.state === 'working' ? t.exports.working : status.state === 'done' ? t.exports.done(status.filename) : status.state === 'failed' ? t.exports.failed : '';

  return (
    <div className="desk-export" role="group" aria-label={t.exports.label} data-testid={testIds.desk.exportMenu} data-export-skip="">
      <span className="desk-export-label" aria-hidden="true">
        {t.exports.label}
      </span>
      {EXPORT_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          className="desk-button"
          data-testid={testIds.desk.exportButton(kind)}
          aria-label={`${t.exports.label} ${t.exports[kind]}`}
          disabled={status.state === 'working'}
          onClick={() => start(kind)}
        >
          {kind.toUpperCase()}
        </button>
      ))}
      <span className={`desk-export-status is-${status.state}`} role="status" data-testid={testIds.desk.exportStatus} data-state={status.state} title={status.state === 'failed' ? status.error : undefined}>
        {message}
      </span>
    </div>
  );
}
