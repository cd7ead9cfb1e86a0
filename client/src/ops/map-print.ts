/**
 * A 2D drawing of the communes for pictures of the screen (see
 * export/capture-hooks.ts): the same polygons and fills as the WebGL map, placed
 * with the transform recovered from the labels, inserted under the labels while
 * the picture is taken.
 */
import { MAP_BACKGROUND } from '../wall/map/choropleth-map.js';
import type { MapGeometry } from '../wall/map/map-geometry.js';
import { lonLatToScreen } from './map-hit.js';

export function paintMapStandIn(container: HTMLElement, geometry: MapGeometry, fills: readonly string[]): () => void {
  const gl = container.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas');
  if (!gl) return () => {};
  const box = container.getBoundingClientRect();
  const byCode = new Map(geometry.communes.map((c) => [c.code, c]));
  const samples = [...container.querySelectorAll<HTMLElement>('.map-label[data-code]')].flatMap((label) => {
    const commune = byCode.get(label.dataset['code'] ?? '');
    if (!commune) return [];
    const r = label.getBoundingClientRect();
    return [{ x: r.left + r.width / 2 - box.left, y: r.top + r.height / 2 - box.top, lon: commune.label[0], lat: commune.label[1] }];
  });
  const project = lonLatToScreen(samples);
  if (!project) return () => {};

  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(box.width * ratio);
  canvas.height = Math.round(box.height * ratio);
  canvas.style.cssText = `position:absolute;left:0;top:0;width:${box.width}px;height:${box.height}px`;
  const ctx = canvas.getContext('2d');
  if (!ctx) return () => {};
  ctx.scale(ratio, ratio);
  ctx.fillStyle = MAP_BACKGROUND;
  ctx.fillRect(0, 0, box.width, box.height);
  ctx.strokeStyle = geometry.mode === 'schematic' ? MAP_BACKGROUND : 'rgba(10, 17, 32, 0.85)';
  ctx.lineWidth = geometry.mode === 'schematic' ? 3 : 1.2;
  ctx.lineJoin = 'round';
  geometry.collection.features.forEach((feature, id) => {
    const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    ctx.beginPath();
    for (const rings of polygons) {
      for (const ring of rings) {
        ring.forEach((p, i) => {
          const [x, y] = project(p[0]!, p[1]!);
          if (i === 0) ctx.moveTo(x, y);
          else ctx.lineTo(x, y);
        });
        ctx.closePath();
      }
    }
    ctx.fillStyle = fills[id] ?? '#3a4356';
    ctx.fill('evenodd');
    ctx.stroke();
  });

  gl.insertAdjacentElement('afterend', canvas);
  const visibility = gl.style.visibility;
  gl.style.visibility = 'hidden';
  return () => {
    canvas.remove();
    gl.style.visibility = visibility;
  };
}
