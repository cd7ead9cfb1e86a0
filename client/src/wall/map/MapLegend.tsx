/** The colour classes with their ranges, the no-data swatch, and the ▼ mark's meaning. */
import { formatNumber, testIds } from '@ioc/shared';
import { t } from '../../i18n/index.js';
import { useMetrics } from '../../store/metrics-store.js';
import { NO_DATA_COLOR, classLabel, type ColorScale } from './color-scale.js';
import { formatTarget } from '../tiles/format.js';
import type { MapMode } from './map-geometry.js';

export interface LegendState {
  scale: ColorScale;
  communeTarget: number | null;
  withData: number;
  total: number;
}

/** The server may name only the setting the file came from (e.g. "IOC_BOUNDARIES"), which means nothing on a wall. */
function isSettingName(source: string): boolean {
  return /^[A-Z][A-Z0-9_]*$/.test(source);
}

export function MapLegend({ legend, mode }: { legend: LegendState | null; mode: MapMode | null }) {
  const source = useMetrics((s) => s.mapMeta.data?.source ?? null);
  return (
    <footer className="map-legend" data-testid={testIds.wall.mapLegend}>
      {legend && (
        <div className="map-legend-scale">
          <span className="map-legend-title">{t.map.legendTitle}</span>
          <ul className="map-legend-classes">
            {legend.scale.classes.map((c) => (
              <li key={`${c.from}`} className="map-legend-class">
                <span className="map-swatch" style={{ background: c.color }} />
                {classLabel(c, legend.scale.step)}
              </li>
            ))}
            <li className="map-legend-class">
              <span className="map-swatch" style={{ background: NO_DATA_COLOR }} />
              {t.map.noData}
            </li>
          </ul>
        </div>
      )}
      <div className="map-legend-notes">
        {legend?.communeTarget != null && <span className="map-legend-note is-strong">{t.map.belowTarget(formatTarget(legend.communeTarget))}</span>}
        {legend && <span className="map-legend-note">{t.map.communeCount(`${formatNumber(legend.withData)}/${formatNumber(legend.total)}`)}</span>}
        {mode && (
          <span className="map-legend-note">
            {mode === 'schematic' ? t.map.schematicNote : source && !isSettingName(source) ? t.map.boundariesNote(source) : t.map.boundariesNoteUnknown}
          </span>
        )}
      </div>
    </footer>
  );
}
