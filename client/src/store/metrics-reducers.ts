/**
 * Pure state transitions for live values: a snapshot replaces every value, an
 * update merges values by indicator and unit. Kept apart from the store so they
 * can be tested without React or a socket.
 */
import type { MetricValue, MetricsSnapshot, MetricsUpdate, SnapshotResponse } from '@ioc/shared';

export type ValueKey = `${string}|${string}`;

export const valueKey = (indicator: string, unit: string): ValueKey => `${indicator}|${unit}`;

export type SnapshotSource = 'socket' | 'rest';

export interface ValuesState {
  values: Readonly<Record<ValueKey, MetricValue>>;
  /** `generatedAt` of the snapshot the values started from. */
  snapshotAt: string | null;
  snapshotSource: SnapshotSource | null;
  /** Server time of the newest snapshot or update received. */
  lastUpdateAt: string | null;
  simulatorRunning: boolean;
  /** True when any held value is simulated. */
  anySimulated: boolean;
}

export const initialValuesState: ValuesState = {
  values: {},
  snapshotAt: null,
  snapshotSource: null,
  lastUpdateAt: null,
  simulatorRunning: false,
  anySimulated: false,
};

type SnapshotLike = Pick<MetricsSnapshot, 'generatedAt' | 'values' | 'simulatorRunning'> | SnapshotResponse;

function later(a: string | null, b: string): string {
  return a !== null && Date.parse(a) >= Date.parse(b) ? a : b;
}

function anySimulated(values: Readonly<Record<string, MetricValue>>): boolean {
  for (const key in values) if (values[key as ValueKey]!.simulated) return true;
  return false;
}

/**
 * Replaces all values. A snapshot fetched over REST is only a first fill: it is
 * ignored once the socket has delivered its own snapshot, or when it is older
 * than what is held. Returns null when the snapshot is ignored.
 */
export function reduceSnapshot(state: ValuesState, snapshot: SnapshotLike, source: SnapshotSource): ValuesState | null {
  if (source === 'rest') {
    if (state.snapshotSource === 'socket') return null;
    if (state.snapshotAt !== null && Date.parse(snapshot.generatedAt) < Date.parse(state.snapshotAt)) return null;
  }
  const values: Record<ValueKey, MetricValue> = {};
  for (const v of snapshot.values) values[valueKey(v.indicator, v.unit)] = v;
  return {
    values,
    snapshotAt: snapshot.generatedAt,
    snapshotSource: source,
    lastUpdateAt: later(state.lastUpdateAt, snapshot.generatedAt),
    simulatorRunning: snapshot.simulatorRunning,
    anySimulated: anySimulated(values),
  };
}

/** Merges the values of an update by indicator and unit; the rest stays as it was. */
export function reduceUpdate(state: ValuesState, update: MetricsUpdate): ValuesState {
  if (update.values.length === 0) return { ...state, lastUpdateAt: later(state.lastUpdateAt, update.committedAt) };
  const values: Record<ValueKey, MetricValue> = { ...state.values };
  for (const v of update.values) values[valueKey(v.indicator, v.unit)] = v;
  return {
    ...state,
    values,
    lastUpdateAt: later(state.lastUpdateAt, update.committedAt),
    anySimulated: anySimulated(values),
  };
}
