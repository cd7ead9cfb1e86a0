/**
 * The list beside the boundary map for communes too small to label in place
 * (the wards of the provincial centre): a number on the map, the name, colour
 * and value here. Placed in the corner of the map with the fewest labels under it.
 */
import { t } from '../../i18n/index.js';
import type { CommuneDisplay } from './map-values.js';

export interface CalloutRow {
  id: number;
  number: number;
  name: string;
}

export interface ScreenPoint {
  x: number;
  y: number;
}

export class MapCallout {
  readonly element: HTMLElement;
  private readonly list: HTMLOListElement;
  private rows: { row: CalloutRow; swatch: HTMLElement; value: HTMLElement }[] = [];

  constructor(parent: HTMLElement) {
    this.element = document.createElement('aside');
    this.element.className = 'map-callout';
    this.element.hidden = true;
    const title = document.createElement('p');
    title.className = 'map-callout-title';
    title.textContent = t.map.calloutTitle;
    this.list = document.createElement('ol');
    this.list.className = 'map-callout-list';
    this.element.append(title, this.list);
    parent.append(this.element);
  }

  setRows(rows: readonly CalloutRow[]): void {
    this.list.replaceChildren();
    this.rows = rows.map((row) => {
      const li = document.createElement('li');
      li.className = 'map-callout-row';
      const number = document.createElement('span');
      number.className = 'map-callout-number';
      number.textContent = String(row.number);
      const swatch = document.createElement('span');
      swatch.className = 'map-callout-swatch';
      const name = document.createElement('span');
      name.className = 'map-callout-name';
      name.textContent = row.name;
      const value = document.createElement('span');
      value.className = 'map-callout-value';
      li.append(number, swatch, name, value);
      this.list.append(li);
      return { row, swatch, value };
    });
    this.element.hidden = rows.length === 0;
  }

  update(displays: readonly CommuneDisplay[]): void {
    for (const { row, swatch, value } of this.rows) {
      const d = displays[row.id];
      if (!d) continue;
      swatch.style.background = d.fill;
      value.textContent = d.below ? `▼ ${d.text}` : d.text;
    }
  }

  /** Moves the list to the corner of the container that covers the fewest of these points. */
  place(points: readonly ScreenPoint[], container: { width: number; height: number }, inset: number): void {
    if (this.element.hidden) return;
    const w = this.element.offsetWidth;
    const h = this.element.offsetHeight;
    const corners = [
      { left: inset, top: inset },
      { left: container.width - w - inset, top: inset },
      { left: inset, top: container.height - h - inset },
      { left: container.width - w - inset, top: container.height - h - inset },
    ];
    let best = corners[0]!;
    let bestCount = Infinity;
    for (const c of corners) {
      const count = points.filter((p) => p.x >= c.left && p.x <= c.left + w && p.y >= c.top && p.y <= c.top + h).length;
      if (count < bestCount) {
        best = c;
        bestCount = count;
      }
    }
    this.element.style.left = `${Math.round(best.left)}px`;
    this.element.style.top = `${Math.round(best.top)}px`;
  }

  destroy(): void {
    this.element.remove();
  }
}
