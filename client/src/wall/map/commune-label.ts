/** The HTML label of one commune on the map (a MapLibre marker): name and value, never colour alone. */
import { testIds } from '@ioc/shared';
import type { CommuneDisplay } from './map-values.js';
import type { MapCommune } from './map-geometry.js';
import type { LabelBox, LabelFit } from './label-placement.js';

export interface CommuneLabel {
  element: HTMLElement;
  /** Returns true when the text changed length (the label's box may have changed). */
  update(display: CommuneDisplay): boolean;
  /** 'full': name and value; 'compact': value only; 'callout': a number pointing to the callout list. */
  setFit(fit: LabelFit, number: number | null): void;
  /** The label's box in both sizes (forces a layout: call only when placing labels). */
  measure(): { full: LabelBox; compact: LabelBox };
}

export function createCommuneLabel(commune: MapCommune): CommuneLabel {
  const element = document.createElement('div');
  element.className = 'map-label';
  element.dataset['testid'] = testIds.wall.mapCommune(commune.code);
  element.dataset['code'] = commune.code;
  element.dataset['value'] = '';
  element.dataset['fit'] = 'full';
  const name = document.createElement('span');
  name.className = 'map-label-name';
  name.textContent = commune.name;
  const value = document.createElement('span');
  value.className = 'map-label-value';
  value.textContent = '—';
  const badge = document.createElement('span');
  badge.className = 'map-label-number';
  badge.setAttribute('aria-hidden', 'true');
  element.append(name, value, badge);
  let last = '';
  let lastLength = 0;

  const setClasses = (fit: LabelFit) => {
    element.dataset['fit'] = fit;
    element.classList.toggle('is-compact', fit === 'compact');
    element.classList.toggle('is-callout', fit === 'callout');
  };

  return {
    element,
    update(d) {
      const text = d.below ? `▼ ${d.text}` : d.text;
      const key = `${text}|${d.textColor}|${d.fill}`;
      if (key === last) return false;
      last = key;
      element.dataset['value'] = d.value === null ? '' : String(d.value);
      element.style.setProperty('--label-color', d.textColor);
      element.style.setProperty('--label-fill', d.fill);
      element.classList.toggle('is-dark-text', d.textColor !== '#ffffff');
      element.classList.toggle('is-below-target', d.below);
      value.textContent = text;
      const lengthChanged = text.length !== lastLength;
      lastLength = text.length;
      return lengthChanged;
    },
    setFit(fit, number) {
      setClasses(fit);
      badge.textContent = number === null ? '' : String(number);
    },
    measure() {
      const previous = (element.dataset['fit'] as LabelFit | undefined) ?? 'full';
      setClasses('full');
      const full = { width: element.offsetWidth, height: element.offsetHeight };
      setClasses('compact');
      const compact = { width: element.offsetWidth, height: element.offsetHeight };
      setClasses(previous);
      return { full, compact };
    },
  };
}
