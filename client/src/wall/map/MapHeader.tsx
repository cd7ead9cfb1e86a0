import { testIds, type IndicatorCode } from '@ioc/shared';
import { t } from '../../i18n/index.js';
import { useIndicator } from '../../store/indicators.js';
import { useWall } from '../../store/wall-store.js';
import { CYCLE_SECONDS, WALL_METRICS } from '../metric-cycle.js';

function CycleChip({ code, active }: { code: IndicatorCode; active: boolean }) {
  const indicator = useIndicator(code);
  return <li className={`map-chip${active ? ' is-active' : ''}`}>{indicator.shortVi}</li>;
}

/** `fixed`: the scene shows one indicator, no cycle to announce. */
export function MapHeader({ selected, fixed = false }: { selected: IndicatorCode; fixed?: boolean }) {
  const indicator = useIndicator(selected);
  const pinned = useWall((s) => s.pinned);
  if (fixed) {
    return (
      <header className="map-header">
        <h2 className="map-title" data-testid={testIds.wall.mapTitle} data-indicator={selected}>
          {t.map.title(indicator.nameVi)}
        </h2>
      </header>
    );
  }
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
