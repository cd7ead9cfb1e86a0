/** What each commune shows for the selected indicator: its fill, its label text, whether it is below the commune target. */
import { formatPercent, targetFor, type IndicatorDefinition, type MetricValue } from '@ioc/shared';
import { valueKey, type ValueKey } from '../../store/metrics-reducers.js';
import { colorFor, fitScale, textColorOn, type ColorScale } from './color-scale.js';
import type { MapGeometry } from './map-geometry.js';

export interface CommuneDisplay {
  value: number | null;
  fill: string;
  text: string;
  textColor: string;
  /** Below the commune-level target (shown with ▼, not only by colour). */
  below: boolean;
}

export interface MapDisplay {
  scale: ColorScale;
  /** By feature id. */
  communes: CommuneDisplay[];
  communeTarget: number | null;
  withData: number;
}

export function communeTarget(indicator: IndicatorDefinition): number | null {
  const target = targetFor(indicator, 'commune');
  return target && (target.level === 'commune' || target.level === null) ? target.value : null;
}

export function mapDisplay(geometry: MapGeometry, values: Readonly<Record<ValueKey, MetricValue>>, indicator: IndicatorDefinition): MapDisplay {
  const raw = geometry.communes.map((c) => values[valueKey(indicator.code, c.code)]?.value ?? null);
  const scale = fitScale(raw);
  const target = communeTarget(indicator);
  let withData = 0;
  const communes = raw.map((value): CommuneDisplay => {
    if (value !== null) withData++;
    const fill = colorFor(value, scale);
    const below = value !== null && target !== null && (indicator.higherIsBetter ? value < target : value > target);
    return { value, fill, text: formatPercent(value, 1), textColor: textColorOn(fill), below };
  });
  return { scale, communes, communeTarget: target, withData };
}
