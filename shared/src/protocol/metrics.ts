/**
 * The metrics message family: what screens subscribe to and what the server
 * announces. Every committed change of an indicator's values gets a sequence
 * number, increasing over the whole stream, and names the previous change of
 * the same indicator (`prevSeq`), so a client can tell a duplicate, the next
 * change, and a gap (see sequencer.ts). Missed changes are replayed from the
 * database on request, or replaced by a fresh snapshot when too old.
 */
import type { IndicatorCode } from '../indicators/catalogue.js';
import type { UnitCode, UnitLevel } from '../units.js';

export const METRICS_EVENTS = {
  subscribe: 'metrics:subscribe',
  snapshot: 'metrics:snapshot',
  updated: 'metrics:updated',
  replayed: 'metrics:replayed',
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

/** Sequence number of the last change applied, per indicator. */
export type SequenceMap = Partial<Record<IndicatorCode, number>>;

/**
 * An empty request (or no indicators) means every indicator. With `resumeFrom`,
 * the server replays the changes after those numbers, or sends a snapshot when
 * they are too old to replay.
 */
export interface MetricsSubscribeRequest {
  indicators?: IndicatorCode[];
  resumeFrom?: SequenceMap;
}

export interface MetricsSnapshot {
  type: 'snapshot';
  generatedAt: string;
  indicators: IndicatorCode[];
  values: MetricValue[];
  /** The sequence number each indicator's values are at (0: no change recorded yet). */
  seqs: SequenceMap;
  simulatorRunning: boolean;
}

/** One committed change of one indicator: only the values that changed. */
export interface MetricsUpdate {
  type: 'update';
  seq: number;
  /** seq of the previous change of the same indicator (0 for its first). */
  prevSeq: number;
  indicator: IndicatorCode;
  /** When the write these values come from was committed (ISO 8601). */
  committedAt: string;
  values: MetricValue[];
}

/** The changes a resuming client missed, in sequence order. */
export interface MetricsReplay {
  type: 'replay';
  changes: MetricsUpdate[];
}

export type SubscribeAck =
  | { ok: true; indicators: IndicatorCode[]; mode: 'snapshot' | 'replay' }
  | { ok: false; error: string };
