/** Response bodies of the REST API (documented in docs/api.md). */
import type { IndicatorDefinition } from '../indicators/catalogue.js';
import type { AgencyDefinition } from '../indicators/agencies.js';
import type { AdminUnit, UnitCode } from '../units.js';
import type { MetricValue } from '../protocol/metrics.js';

export type DatabaseMode = 'embedded' | 'external';

export interface HealthResponse {
  status: 'ok' | 'degraded';
  database: { mode: DatabaseMode; timescaledbVersion: string; postgresVersion: string };
  simulator: { running: boolean; speed: number };
  buildId: string;
  serverTime: string;
}

export interface UnitsResponse {
  level: AdminUnit['level'] | 'all';
  units: AdminUnit[];
  /** True when any returned unit is generated demo data (the demo hamlet registry). */
  containsDemoData: boolean;
}

export interface IndicatorsResponse {
  indicators: IndicatorDefinition[];
  agencies: AgencyDefinition[];
}

export interface SnapshotResponse {
  generatedAt: string;
  simulatorRunning: boolean;
  /** True when any value is simulated. */
  simulated: boolean;
  values: MetricValue[];
}

export const SERIES_BUCKETS = ['hour', 'day', 'month'] as const;
export type SeriesBucket = (typeof SERIES_BUCKETS)[number];

export interface SeriesPoint {
  /** Start of the bucket (ISO 8601). */
  bucket: string;
  /** For a flow: counts within the bucket; for a stock: the state at the end of the bucket. */
  numerator: number;
  denominator: number;
  value: number | null;
  /** For a flow: the value over the reporting year up to the end of the bucket (the headline figure); for a stock, equal to value. */
  cumulativeValue: number | null;
}

export interface SeriesResponse {
  indicator: string;
  unit: UnitCode;
  bucket: SeriesBucket;
  from: string;
  to: string;
  simulated: boolean;
  points: SeriesPoint[];
}

export interface BoundaryResponseMeta {
  mode: 'boundaries' | 'schematic';
  source: string | null;
}

/** An error body: a code, a message in plain words, and per-field details where the input was at fault. */
export interface ApiError {
  error: { code: string; message: string; details?: { field: string; reason: string }[] };
}
