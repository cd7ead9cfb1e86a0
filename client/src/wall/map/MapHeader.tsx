import { testIds, type IndicatorCode } from '@ioc/shared';
import { t } from '../../i18n/index.js';
import { useIndicator } from '../../store/indicators.js';
import { useWall } from '../../store/wall-store.js';
import { CYCLE_SECONDS, WALL_METRICS } from '../metric-cycle.js';

function CycleChip({ code, active }: { code: IndicatorCode; active: boolean }) {
  const indicator = useIndicator(code);
  return <li className={`map-chip${active ? ' is-active' : ''}`}>{indicator.shortVi}</li>;
}

export function MapHeader({ selected }: { selected: IndicatorCode }) {
  const indicator = useIndicator(selected);
  const pinned = useWall((s) => s.pinned);
  return (
    <header className="map-header">
      <h2 className="map-title" data-testid={testIds.wall.mapTitle} data-indicator={selected}>
        {t.map.title(indicator.nameVi)}
      </h2>
      <div className="map-cycle">
        {pinned ? (
          <p className="map-pinned">{t.map.pinned}</p>
        ) : (
          <>
            <ol className="map-chips" aria-label={t.map.cycling(CYCLE_SECONDS)}>
              {WALL_METRICS.map((code) => (
                <CycleChip key={code} code={code} active={code === selected} />
              ))}
            </ol>
          </>
        )}
      </div>
    </header>
  );
}
