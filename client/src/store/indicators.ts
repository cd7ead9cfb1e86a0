/** Indicator definitions: as served by `GET /api/indicators` once loaded, the shared catalogue until then. */
import { useCallback } from 'react';
import { getIndicator, type IndicatorCode, type IndicatorDefinition } from '@ioc/shared';
import { useMetrics, type MetricsState } from './metrics-store.js';

export function indicatorFrom(s: MetricsState, code: IndicatorCode): IndicatorDefinition {
  return s.indicators.data?.find((i) => i.code === code) ?? getIndicator(code);
}

export function useIndicator(code: IndicatorCode): IndicatorDefinition {
  return useMetrics(useCallback((s: MetricsState) => indicatorFrom(s, code), [code]));
}
