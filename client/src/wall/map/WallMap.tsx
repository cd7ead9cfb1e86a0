/**
 * The map panel. React renders the frame (title, legend, state); the map itself
 * is driven imperatively from store subscriptions: geometry when the reference
 * data change, colours and labels when values or the selected indicator change.
 */
import { useEffect, useRef, useState } from 'react';
import { testIds, type IndicatorCode, type MapModePreference } from '@ioc/shared';
import { t } from '../../i18n/index.js';
import { metricsStore, useMetrics } from '../../store/metrics-store.js';
import { indicatorFrom } from '../../store/indicators.js';
import { wallStore, useWall } from '../../store/wall-store.js';
import { ChoroplethMap } from './choropleth-map.js';
import { createGeometryDeriver } from './derive-geometry.js';
import { mapDisplay } from './map-values.js';
import { MapHeader } from './MapHeader.js';
import { MapLegend, type LegendState } from './MapLegend.js';
import type { MapMode } from './map-geometry.js';

type DrawState = { status: 'loading' } | { status: 'drawn'; count: number; mode: MapMode } | { status: 'error'; kind: 'webgl' | 'map' };

function remPx(): number {
  return Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

export interface WallMapProps {
  /** The scene's own indicator; absent: the overview's cycling one (wall store). */
  indicator?: IndicatorCode;
  mapMode?: MapModePreference;
}

export function WallMap({ indicator, mapMode = 'auto' }: WallMapProps) {
  const canvasRef = useRef<HTMLDivElement>(null);
  const [draw, setDraw] = useState<DrawState>({ status: 'loading' });
  const [legend, setLegend] = useState<LegendState | null>(null);
  const cycled = useWall((s) => s.selected);
  const selected = indicator ?? cycled;
  // The imperative render reads the props through refs: the map is built once per mount.
  const propsRef = useRef({ indicator, mapMode });
  const renderRef = useRef<() => void>(() => {});
  const referenceError = useMetrics((s) => (s.units.status === 'error' && !s.units.data ? s.units.error : null));

  useEffect(() => {
    const el = canvasRef.current;
    if (!el) return;
    const map = new ChoroplethMap(el, {
      onDrawn: (count, mode) => setDraw({ status: 'drawn', count, mode }),
      onError: (kind) => {
        if (kind === 'webgl') setDraw({ status: 'error', kind });
      },
    });
    const deriveGeometry = createGeometryDeriver();
    let lastGeometry: unknown = null;
    let lastValues: unknown = null;
    let lastSelected: unknown = null;
    let lastLegendKey = '';

    const render = () => {
      const s = metricsStore.getState();
      const code = propsRef.current.indicator ?? wallStore.getState().selected;
      const geometry = deriveGeometry(s, propsRef.current.mapMode);
      if (!geometry) return;
      if (geometry !== lastGeometry) map.setGeometry(geometry);
      if (geometry === lastGeometry && s.values === lastValues && code === lastSelected) return;
      lastGeometry = geometry;
      lastValues = s.values;
      lastSelected = code;
      const indicator = indicatorFrom(s, code);
      const display = mapDisplay(geometry, s.values, indicator);
      map.setDisplays(display.communes);
      const key = `${code}|${display.scale.lo}|${display.scale.step}|${display.scale.classes.length}|${display.communeTarget}|${display.withData}|${geometry.mode}`;
      if (key !== lastLegendKey) {
        lastLegendKey = key;
        setLegend({ scale: display.scale, communeTarget: display.communeTarget, withData: display.withData, total: geometry.communes.length });
      }
    };

    renderRef.current = render;
    const applyPadding = () => {
      const rem = remPx();
      map.setPadding({ top: rem, right: rem, bottom: rem, left: rem });
    };
    const unsubscribeMetrics = metricsStore.subscribe(render);
    const unsubscribeWall = wallStore.subscribe(render);
    const resizeObserver = new ResizeObserver(() => {
      applyPadding();
      map.resize();
    });
    resizeObserver.observe(el);
    applyPadding();
    render();
    return () => {
      renderRef.current = () => {};
      unsubscribeMetrics();
      unsubscribeWall();
      resizeObserver.disconnect();
      map.destroy();
    };
  }, []);
  useEffect(() => {
    propsRef.current = { indicator, mapMode };
    renderRef.current();
  }, [indicator, mapMode]);

  const count = draw.status === 'drawn' ? draw.count : 0;
  return (
    <section className="map-panel">
      <MapHeader selected={selected} fixed={indicator !== undefined} />
      <div className="map-frame">
        <div
          className="map-canvas"
          ref={canvasRef}
          data-testid={testIds.wall.map}
          data-commune-count={count}
          data-indicator={selected}
          data-mode={draw.status === 'drawn' ? draw.mode : ''}
        />
        {draw.status !== 'drawn' && (
          <p className={`map-message${draw.status === 'error' || referenceError ? ' is-error' : ''}`} data-testid={draw.status === 'error' || referenceError ? testIds.wall.mapError : undefined}>
            {draw.status === 'error' ? t.map.webglError : referenceError ? t.map.error : t.map.loading}
          </p>
        )}
      </div>
      <MapLegend legend={legend} mode={draw.status === 'drawn' ? draw.mode : null} />
    </section>
  );
}
