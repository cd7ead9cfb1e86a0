/**
 * The map's colour scale: equal classes on "nice" breaks fitted to the current
 * values, coloured with steps of viridis (sequential, readable with the common
 * colour-vision deficiencies and in greyscale). The darkest step is left out so
 * the lowest class still stands out from the wall's dark background.
 */
import { formatNumber } from '@ioc/shared';

export const RAMP = ['#46337e', '#365c8d', '#277f8e', '#1fa187', '#4ac16d', '#a0da39', '#fde725'] as const;
export const NO_DATA_COLOR = '#2a3342';
export const MAX_CLASSES = 6;
const STEPS = [0.5, 1, 2, 2.5, 5, 10, 20, 25] as const;

export interface ColorClass {
  from: number;
  to: number;
  color: string;
}

export interface ColorScale {
  lo: number;
  step: number;
  classes: ColorClass[];
}

function rampColors(n: number): string[] {
  if (n <= 1) return [RAMP[Math.floor(RAMP.length / 2)]!];
  return Array.from({ length: n }, (_, i) => RAMP[Math.round((i * (RAMP.length - 1)) / (n - 1))]!);
}

/** Fits at most 6 equal classes with round edges around the values (percentages). */
export function fitScale(values: Iterable<number | null | undefined>): ColorScale {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === Infinity) {
    min = 0;
    max = 100;
  }
  let step: number = STEPS[STEPS.length - 1]!;
  for (const s of STEPS) {
    const lo = Math.floor(min / s) * s;
    if (Math.max(1, Math.ceil((max - lo) / s)) <= MAX_CLASSES) {
      step = s;
      break;
    }
  }
  const lo = Math.floor(min / step) * step;
  const n = Math.max(1, Math.ceil((max - lo) / step));
  const colors = rampColors(n);
  const classes = colors.map((color, i) => ({ from: round(lo + i * step), to: round(lo + (i + 1) * step), color }));
  return { lo, step, classes };
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}

export function classIndex(value: number, scale: ColorScale): number {
  const i = Math.floor((value - scale.lo) / scale.step + 1e-9);
  return Math.min(scale.classes.length - 1, Math.max(0, i));
}

export function colorFor(value: number | null | undefined, scale: ColorScale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_DATA_COLOR;
  return scale.classes[classIndex(value, scale)]!.color;
}

/** "60 – 70" with as many decimals as the step needs. */
export function classLabel(c: ColorClass, step: number): string {
  const digits = step < 1 ? 1 : 0;
  return `${formatNumber(c.from, digits)} – ${formatNumber(c.to, digits)}`;
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export const DARK_TEXT = '#08101c';
export const LIGHT_TEXT = '#ffffff';

/** The label colour (near-black or white) that reads best on a fill. */
export function textColorOn(fill: string): string {
  return contrastRatio(fill, DARK_TEXT) >= contrastRatio(fill, LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT;
}
