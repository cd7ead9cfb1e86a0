import { testIds } from '@ioc/shared';
import { t } from '../../i18n/index.js';
import { useMetrics } from '../../store/metrics-store.js';

const ICON = { online: '●', connecting: '◌', offline: '▲' } as const;

export function ConnectionStatus() {
  const state = useMetrics((s) => s.connection);
  return (
    <div className={`wall-connection is-${state}`} data-testid={testIds.wall.connection} data-state={state} role="status">
      <span className="wall-connection-icon" aria-hidden="true">
        {ICON[state]}
      </span>
      {t.header.connection[state]}
    </div>
  );
}
