/** Display helpers for the tiles, on top of the shared Vietnamese formatters. */
import { formatNumber, formatPercent } from '@ioc/shared';

/** 90 → "90 %", 88.4 → "88,40 %". */
export function formatTarget(value: number): string {
  return formatPercent(value, Number.isInteger(value) ? 0 : 2);
}

/** "197.548 / 228.769 hồ sơ" */
export function formatCounts(numerator: number, denominator: number, unit: string): string {
  return `${formatNumber(numerator)} / ${formatNumber(denominator)} ${unit}`;
}
