/**
 * The communes coloured for the chosen indicator, with the wall's own map
 * (ChoroplethMap, colour scale, labels with values) driven from the store. A
 * click opens the commune under the pointer (`map-hit.ts`). Keyboard users reach
 * the same pages through the ranking and the search, which list every commune.
 */
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { getIndicator, testIds, type IndicatorCode } from '@ioc/shared';
import { fmt, t } from '../i18n/index.js';
import { metricsStore } from '../store/metrics-store.js';
import { indicatorFrom } from '../store/indicators.js';
import { valueKey } from '../store/metrics-reducers.js';
import { ChoroplethMap } from '../wall/map/choropleth-map.js';
import { createGeometryDeriver } from '../wall/map/derive-geometry.js';
import { mapDisplay } from '../wall/map/map-values.js';
import { MapLegend, type LegendState } from '../wall/map/MapLegend.js';
import type { MapGeometry } from '../wall/map/map-geometry.js';
import { indicatorName } from '../screens/names.js';
import { hitCommune } from './map-hit.js';
import { paintMapStandIn } from './map-print.js';
import { registerCaptureHook } from '../export/capture-hooks.js';
import '../styles/wall.css';

export function OpsMap({ indicator, onOpen }: { indicator: IndicatorCode; onOpen: (code: string) => void }) {
  const canvasRef = useRef<HTMLDivElement>(null);
  const geometryRef = useRef<MapGeometry | null>(null);
  const [drawn, setDrawn] = useState<{ count: number; mode: MapGeometry['mode'] | null }>({ count: 0, mode: null });
  const [legend, setLegend] = useState<LegendState | null>(null);
  const [hover, setHover] = useState<string | null>(null);

  useEffect(() => {
    const el = canvasRef.current;
    if (!el) return;
    const map = new ChoroplethMap(el, {
      onDrawn: (count, mode) => setDrawn({ count, mode }),
      onError: () => setDrawn({ count: 0, mode: null }),
    });
    const derive = createGeometryDeriver();
    let lastGeometry: MapGeometry | null = null;
    let lastValues: unknown = null;
    let lastLegendKey = '';
    let lastFills: string[] = [];
    const render = () => {
      const s = metricsStore.getState();
      const geometry = derive(s);
      if (!geometry) return;
      if (geometry !== lastGeometry) map.setGeometry(geometry);
      if (geometry === lastGeometry && s.values === lastValues) return;
      lastGeometry = geometry;
      geometryRef.current = geometry;
      lastValues = s.values;
      const display = mapDisplay(geometry, s.values, indicatorFrom(s, indicator));
      map.setDisplays(display.communes);
      lastFills = display.communes.map((c) => c.fill);
      const key = `${display.scale.lo}|${display.scale.step}|${display.scale.classes.length}|${display.communeTarget}|${display.withData}`;
      if (key !== lastLegendKey) {
        lastLegendKey = key;
        setLegend({ scale: display.scale, communeTarget: display.communeTarget, withData: display.withData, total: geometry.communes.length });
      }
    };
    const unsubscribe = metricsStore.subscribe(render);
    const unregisterCapture = registerCaptureHook(() => (lastGeometry ? paintMapStandIn(el, lastGeometry, lastFills) : () => {}));
    const resize = new ResizeObserver(() => map.resize());
    resize.observe(el);
    render();
    return () => {
      unsubscribe();
      unregisterCapture();
      resize.disconnect();
      map.destroy();
    };
  }, [indicator]);

  const codeAt = (e: MouseEvent<HTMLDivElement>): string | null => {
    const el = canvasRef.current;
    const geometry = geometryRef.current;
    if (!el || !geometry) return null;
    const box = el.getBoundingClientRect();
    const byCode = new Map(geometry.communes.map((c) => [c.code, c]));
    const samples = [...el.querySelectorAll<HTMLElement>('.map-label[data-code]')].flatMap((label) => {
      const commune = byCode.get(label.dataset['code'] ?? '');
      if (!commune) return [];
      const r = label.getBoundingClientRect();
      return [{ code: commune.code, x: r.left + r.width / 2 - box.left, y: r.top + r.height / 2 - box.top, lon: commune.label[0], lat: commune.label[1] }];
    });
    const targets = geometry.collection.features.map((f) => ({ code: f.properties.code, geometry: f.geometry }));
    return hitCommune(e.clientX - box.left, e.clientY - box.top, targets, samples);
  };

  const hovered = hover ? metricsStore.getState().units.data?.find((u) => u.code === hover) : null;
  const hoveredValue = hover ? metricsStore.getState().values[valueKey(indicator, hover)]?.value ?? null : null;

  return (
    <section className="desk-panel ops-map-panel" aria-labelledby="ops-map-title">
      <div className="desk-panel-head">
        <h2 id="ops-map-title" className="desk-panel-title">
          {t.ops.map.title(indicatorName(getIndicator(indicator)))}
        </h2>
        <p className="desk-muted">{t.ops.map.hint}</p>
      </div>
      <div
        className={`ops-map map-canvas${hover ? ' is-hovering' : ''}`}
        // The ranking beside it lists every commune with its value and a link: that is the accessible path.
        aria-hidden="true"
        ref={canvasRef}
        data-testid={testIds.ops.map}
        data-commune-count={drawn.count}
        data-indicator={indicator}
        onClick={(e) => {
          const code = codeAt(e);
          if (code) onOpen(code);
        }}
        onMouseMove={(e) => setHover(codeAt(e))}
        onMouseLeave={() => setHover(null)}
      />
      <MapLegend legend={legend} mode={drawn.mode} />
      <p className="ops-map-hover" aria-hidden="true">
        {hovered ? `${hovered.name}: ${fmt.percent(hoveredValue)}` : '\u00a0'}
      </p>
    </section>
  );
}
