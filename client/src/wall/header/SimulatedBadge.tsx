import { testIds } from '@ioc/shared';
import { t } from '../../i18n/index.js';
import { selectShowsSimulated, useMetrics } from '../../store/metrics-store.js';

/** Shown whenever the simulator runs or any value on screen is simulated. */
export function SimulatedBadge() {
  const simulated = useMetrics(selectShowsSimulated);
  if (!simulated) return null;
  return (
    <div className="wall-simulated" data-testid={testIds.wall.simulatedBadge} role="note" title={t.header.simulatedHint}>
      <span className="wall-simulated-icon" aria-hidden="true">
        ⚠
      </span>
      {t.header.simulated}
    </div>
  );
}
