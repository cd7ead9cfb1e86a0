/** The tile's verdict against its target, in words and a shape as well as a colour. */
import { formatPointChange, testIds, type MetricFamily } from '@ioc/shared';
import { t } from '../../i18n/index.js';
import type { TileStatus } from './tile-model.js';
import { formatTarget } from './format.js';

const ICON: Record<TileStatus, string> = { good: '✓', warning: '!', critical: '✕', 'no-target': '–', 'no-data': '?' };

interface Props {
  family: MetricFamily;
  status: TileStatus;
  gap: number | null;
  target: number | null;
  due: string | null;
  /** Default: the family tile's status id. */
  testId?: string;
}

function label(status: TileStatus, gap: number | null): string {
  const gapText = formatPointChange(gap ?? 0).replace(/^[+±]/, '');
  switch (status) {
    case 'good':
      return t.tile.status.good;
    case 'warning':
      return t.tile.status.warning(gapText);
    case 'critical':
      return t.tile.status.critical(gapText);
    case 'no-target':
      return t.tile.status.noTarget;
    case 'no-data':
      return t.tile.status.noData;
  }
}

export function StatusPill({ family, status, gap, target, due, testId }: Props) {
  return (
    <div className="tile-status-row">
      <p className={`tile-status is-${status}`} data-testid={testId ?? testIds.wall.tileStatus(family)} data-status={status}>
        <span className="tile-status-icon" aria-hidden="true">
          {ICON[status]}
        </span>
        {label(status, gap)}
      </p>
      {target !== null && <p className="tile-target">{due ? t.tile.targetDue(formatTarget(target), due) : t.tile.target(formatTarget(target))}</p>}
    </div>
  );
}
