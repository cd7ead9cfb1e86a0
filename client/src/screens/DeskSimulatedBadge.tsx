import { testIds } from '@ioc/shared';
import { t } from '../i18n/index.js';
import { selectShowsSimulated, useMetrics } from '../store/metrics-store.js';

/** Shown whenever the simulator runs or any value on screen is simulated (also in the exported pictures). */
export function DeskSimulatedBadge() {
  const simulated = useMetrics(selectShowsSimulated);
  if (!simulated) return null;
  return (
    <p className="desk-simulated" role="note" title={t.header.simulatedHint} data-testid={testIds.desk.simulatedBadge}>
      <span aria-hidden="true">⚠ </span>
      {t.header.simulated}
    </p>
  );
}
