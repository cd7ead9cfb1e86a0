/** The metrics message family: what the wall subscribes to and what the server announces. */
import type { IndicatorCode } from '../indicators/catalogue.js';
import type { UnitCode, UnitLevel } from '../units.js';

export const METRICS_EVENTS = {
  subscribe: 'metrics:subscribe',
  snapshot: 'metrics:snapshot',
  updated: 'metrics:updated',
} as const;

/** The current value of one indicator for one unit. */
export interface MetricValue {
  indicator: IndicatorCode;
  unit: UnitCode;
  level: UnitLevel;
  numerator: number;
  denominator: number;
  /** Percentage 0–100; null when the denominator is 0. */
  value: number | null;
  /** Time of the newest data behind this value (ISO 8601). */
  asOf: string;
  /** Start of the window a flow value covers (ISO 8601); for a stock value, null. */
  windowStart: string | null;
  /** True when any data behind the value came from the simulator. */
  simulated: boolean;
}

/** An empty request (or no indicators) means every indicator. */
export interface MetricsSubscribeRequest {
  indicators?: IndicatorCode[];
}

export interface MetricsSnapshot {
  type: 'snapshot';
  generatedAt: string;
  indicators: IndicatorCode[];
  values: MetricValue[];
  simulatorRunning: boolean;
}

export interface MetricsUpdate {
  type: 'update';
  /** When the write these values come from was committed (ISO 8601). */
  committedAt: string;
  values: MetricValue[];
}

export type SubscribeAck = { ok: true; indicators: IndicatorCode[] } | { ok: false; error: string };
