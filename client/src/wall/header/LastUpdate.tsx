import { formatDate, formatTime, testIds } from '@ioc/shared';
import { t } from '../../i18n/index.js';
import { useMetrics } from '../../store/metrics-store.js';

export function LastUpdate() {
  const at = useMetrics((s) => s.lastUpdateAt);
  return (
    <div className="wall-last-update" data-testid={testIds.wall.lastUpdate} data-at={at ?? ''}>
      {at ? t.header.lastUpdate(`${formatTime(at, true)} ${formatDate(at)}`) : t.header.lastUpdateNone}
    </div>
  );
}
