/**
 * The commune choropleth, imperative: a MapLibre map with no external resources
 * (a background layer and our own GeoJSON source; no tiles, glyphs, sprites or
 * fonts from the internet), colours through `setFeatureState` on the features'
 * numeric ids, and HTML labels as markers (symbol layers would need glyph PBFs).
 */
import { Map as MapLibreMap, Marker, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { NO_DATA_COLOR } from './color-scale.js';
import { createCommuneLabel, type CommuneLabel } from './commune-label.js';
import { placeLabels } from './label-placement.js';
import { MapCallout } from './map-callout.js';
import { SMALL_WARDS } from './small-wards.js';
import type { MapCommune, MapGeometry } from './map-geometry.js';
import type { CommuneDisplay } from './map-values.js';

setWorkerUrl(workerUrl);

const SOURCE = 'communes';
const FILL_LAYER = 'communes-fill';
const LINE_LAYER = 'communes-line';
export const MAP_BACKGROUND = '#0a1120';

const STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': MAP_BACKGROUND } }],
};

export interface ChoroplethListeners {
  /** The communes are drawn and labelled (count of features). */
  onDrawn(count: number, mode: MapGeometry['mode']): void;
  onError(kind: 'webgl' | 'map', detail: string): void;
}

export interface FitPadding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export class ChoroplethMap {
  private readonly map: MapLibreMap | null = null;
  private loaded = false;
  private geometry: MapGeometry | null = null;
  private pendingGeometry: MapGeometry | null = null;
  private pendingDisplays: readonly CommuneDisplay[] | null = null;
  private labels: { label: CommuneLabel; marker: Marker; commune: MapCommune }[] = [];
  private lastFill: string[] = [];
  private lastDisplays: readonly CommuneDisplay[] = [];
  private layoutDirty = true;
  private readonly callout: MapCallout;
  private padding: FitPadding = { top: 20, right: 20, bottom: 20, left: 20 };
  private destroyed = false;

  constructor(
    private readonly container: HTMLElement,
    private readonly listeners: ChoroplethListeners,
  ) {
    this.callout = new MapCallout(container);
    try {
      this.map = new MapLibreMap({
        container,
        style: STYLE,
        interactive: false,
        attributionControl: false,
        maplibreLogo: false,
        renderWorldCopies: false,
        fadeDuration: 0,
        trackResize: false,
        center: [104.1, 21.25],
        zoom: 7,
      });
    } catch (err) {
      listeners.onError('webgl', err instanceof Error ? err.message : String(err));
      return;
    }
    this.map.on('error', (e) => listeners.onError('map', e.error?.message ?? 'map error'));
    this.map.once('load', () => {
      this.loaded = true;
      if (this.pendingGeometry) this.setGeometry(this.pendingGeometry);
    });
    // Label boxes change once the web font has loaded.
    void document.fonts?.ready.then(() => {
      this.layoutDirty = true;
      this.layoutLabels();
    });
  }

  setPadding(padding: FitPadding): void {
    this.padding = padding;
    this.fit();
  }

  /** Draws a new set of communes (rare: once at start, or when the map mode changes). */
  setGeometry(geometry: MapGeometry): void {
    if (this.destroyed || !this.map) return;
    if (!this.loaded) {
      this.pendingGeometry = geometry;
      return;
    }
    this.pendingGeometry = null;
    if (geometry === this.geometry) return;
    const map = this.map;
    this.clearLabels();
    if (map.getLayer(LINE_LAYER)) map.removeLayer(LINE_LAYER);
    if (map.getLayer(FILL_LAYER)) map.removeLayer(FILL_LAYER);
    if (map.getSource(SOURCE)) map.removeSource(SOURCE);
    this.geometry = geometry;
    this.lastFill = [];

    map.addSource(SOURCE, { type: 'geojson', data: geometry.collection });
    map.addLayer({
      id: FILL_LAYER,
      type: 'fill',
      source: SOURCE,
      paint: { 'fill-color': ['coalesce', ['feature-state', 'fill'], NO_DATA_COLOR], 'fill-antialias': true },
    });
    map.addLayer({
      id: LINE_LAYER,
      type: 'line',
      source: SOURCE,
      paint: {
        'line-color': geometry.mode === 'schematic' ? MAP_BACKGROUND : 'rgba(10, 17, 32, 0.85)',
        'line-width': geometry.mode === 'schematic' ? 3 : 1.2,
      },
    });
    // Styles the labels for the geometry before they are measured.
    this.container.dataset['geometry'] = geometry.mode;

    for (const commune of geometry.communes) {
      const label = createCommuneLabel(commune);
      const marker = new Marker({ element: label.element, anchor: 'center' }).setLngLat(commune.label).addTo(map);
      this.labels.push({ label, marker, commune });
    }
    this.fit();
    if (this.pendingDisplays) this.setDisplays(this.pendingDisplays);
    map.once('idle', () => {
      if (!this.destroyed && this.geometry === geometry) this.listeners.onDrawn(geometry.communes.length, geometry.mode);
    });
  }

  /** New values: only communes whose colour changed get a new feature state. */
  setDisplays(displays: readonly CommuneDisplay[]): void {
    if (this.destroyed || !this.map) return;
    if (!this.geometry || !this.map.getSource(SOURCE)) {
      this.pendingDisplays = displays;
      return;
    }
    this.pendingDisplays = null;
    this.lastDisplays = displays;
    const count = Math.min(displays.length, this.labels.length);
    for (let id = 0; id < count; id++) {
      const d = displays[id]!;
      if (this.lastFill[id] !== d.fill) {
        this.map.setFeatureState({ source: SOURCE, id }, { fill: d.fill });
        this.lastFill[id] = d.fill;
      }
      if (this.labels[id]!.label.update(d)) this.layoutDirty = true;
    }
    this.callout.update(displays);
    this.layoutLabels();
  }

  resize(): void {
    if (this.destroyed || !this.map) return;
    this.map.resize();
    this.fit();
  }

  private fit(): void {
    const map = this.map;
    const geometry = this.geometry;
    if (!map || !geometry || this.destroyed) return;
    const { clientWidth, clientHeight } = this.container;
    if (clientWidth === 0 || clientHeight === 0) return;
    map.fitBounds(geometry.bounds, { padding: this.padding, animate: false });
    const pxPerDegree = Math.abs(map.project([0, 1]).y - map.project([0, 0]).y);
    this.container.style.setProperty('--cell-px', `${Math.round((geometry.communes[0]?.extent ?? 0) * pxPerDegree)}px`);
    this.layoutDirty = true;
    this.layoutLabels();
  }

  /**
   * Boundaries: names where they fit, values elsewhere, numbers and the callout
   * list where even a value does not fit. Schematic hexagons always fit both.
   */
  private layoutLabels(): void {
    const map = this.map;
    const geometry = this.geometry;
    if (!map || !geometry || this.destroyed || !this.layoutDirty) return;
    if (this.container.clientWidth === 0) return;
    this.layoutDirty = false;
    if (geometry.mode === 'schematic') {
      for (const { label } of this.labels) label.setFit('full', null);
      this.callout.setRows([]);
      return;
    }
    const pxPerDegree = Math.abs(map.project([0, 1]).y - map.project([0, 0]).y);
    const points = this.labels.map(({ commune }) => map.project(commune.label));
    const fits = placeLabels(
      this.labels.map(({ label, commune }, id) => ({
        id,
        x: points[id]!.x,
        y: points[id]!.y,
        ...label.measure(),
        priority: commune.extent * pxPerDegree,
        mustName: SMALL_WARDS.has(commune.code),
      })),
    );
    const inCallout = this.labels
      .map((_, id) => id)
      .filter((id) => fits.get(id) === 'callout')
      .sort((a, b) => points[a]!.y - points[b]!.y || points[a]!.x - points[b]!.x);
    const numbers = new Map(inCallout.map((id, i) => [id, i + 1]));
    this.labels.forEach(({ label }, id) => label.setFit(fits.get(id) ?? 'full', numbers.get(id) ?? null));
    this.callout.setRows(inCallout.map((id) => ({ id, number: numbers.get(id)!, name: this.labels[id]!.commune.name })));
    this.callout.update(this.lastDisplays);
    const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    this.callout.place(points, { width: this.container.clientWidth, height: this.container.clientHeight }, rem * 0.75);
  }

  private clearLabels(): void {
    for (const { marker } of this.labels) marker.remove();
    this.labels = [];
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.clearLabels();
    this.callout.destroy();
    this.map?.remove();
  }
}
