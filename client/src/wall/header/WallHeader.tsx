import { testIds } from '@ioc/shared';
import { t } from '../../i18n/index.js';
import { Clock } from './Clock.js';
import { ConnectionStatus } from './ConnectionStatus.js';
import { LastUpdate } from './LastUpdate.js';
import { SimulatedBadge } from './SimulatedBadge.js';
import { SceneProgress } from './SceneProgress.js';

export function WallHeader() {
  return (
    <header className="wall-header" data-testid={testIds.wall.header}>
      <div className="wall-brand">
        <span className="wall-brand-mark" aria-hidden="true">
          {t.appAbbreviation}
        </span>
        <div className="wall-brand-text">
          <h1 className="wall-title">{t.appTitle}</h1>
          <SceneProgress />
        </div>
      </div>
      <div className="wall-header-status">
        <SimulatedBadge />
        <div className="wall-header-live">
          <ConnectionStatus />
          <LastUpdate />
        </div>
        <Clock />
      </div>
    </header>
  );
}
