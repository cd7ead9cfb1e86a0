/**
 * The wall's model: live values (from the socket), connection state, and the
 * reference data loaded over REST. Written only through `metricsActions`;
 * components read it with selectors (`useMetrics`), the map and charts with
 * `metricsStore.subscribe`.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type {
  AdminUnit,
  BoundaryResponseMeta,
  HealthResponse,
  IndicatorDefinition,
  MetricsSnapshot,
  MetricsUpdate,
  MetricValue,
  SnapshotResponse,
} from '@ioc/shared';
import { failed, loading, ready, type Loadable } from './loadable.js';
import { initialValuesState, reduceSnapshot, reduceUpdate, valueKey, type SnapshotSource, type ValuesState } from './metrics-reducers.js';
import type { BoundaryCollection } from '../wall/map/geojson.js';

export type ConnectionState = 'connecting' | 'online' | 'offline';

export interface MetricsState extends ValuesState {
  connection: ConnectionState;
  /** Successful connections so far: a value above 1 means a reconnect happened. */
  connectCount: number;
  /** Why values are missing (REST snapshot failed and no socket snapshot yet), else null. */
  valuesError: string | null;
  subscribeError: string | null;
  indicators: Loadable<IndicatorDefinition[]>;
  units: Loadable<AdminUnit[]>;
  mapMeta: Loadable<BoundaryResponseMeta>;
  boundaries: Loadable<BoundaryCollection>;
  health: HealthResponse | null;
}

export function initialMetricsState(): MetricsState {
  return {
    ...initialValuesState,
    connection: 'connecting',
    connectCount: 0,
    valuesError: null,
    subscribeError: null,
    indicators: loading(),
    units: loading(),
    mapMeta: loading(),
    boundaries: loading(),
    health: null,
  };
}

export const metricsStore = createStore<MetricsState>()(() => initialMetricsState());

type ReferenceKey = 'indicators' | 'units' | 'mapMeta' | 'boundaries';
type ReferenceData = { [K in ReferenceKey]: MetricsState[K] extends Loadable<infer T> ? T : never };

export const metricsActions = {
  applySnapshot(snapshot: MetricsSnapshot | SnapshotResponse, source: SnapshotSource): void {
    const next = reduceSnapshot(metricsStore.getState(), snapshot, source);
    if (next) metricsStore.setState({ ...next, valuesError: null });
  },
  applyUpdate(update: MetricsUpdate): void {
    metricsStore.setState((s) => reduceUpdate(s, update));
  },
  valuesFailed(error: string): void {
    if (metricsStore.getState().snapshotSource === null) metricsStore.setState({ valuesError: error });
  },
  connecting(): void {
    metricsStore.setState({ connection: 'connecting' });
  },
  connected(): void {
    metricsStore.setState((s) => ({ connection: 'online', connectCount: s.connectCount + 1, subscribeError: null }));
  },
  disconnected(): void {
    metricsStore.setState({ connection: 'offline' });
  },
  subscribeFailed(error: string): void {
    metricsStore.setState({ subscribeError: error });
  },
  referenceLoading<K extends ReferenceKey>(key: K): void {
    metricsStore.setState((s) => ({ [key]: loading(s[key].data) }) as Partial<MetricsState>);
  },
  referenceLoaded<K extends ReferenceKey>(key: K, data: ReferenceData[K]): void {
    metricsStore.setState({ [key]: ready(data) } as Partial<MetricsState>);
  },
  referenceFailed<K extends ReferenceKey>(key: K, error: string): void {
    metricsStore.setState((s) => ({ [key]: failed(error, s[key].data) }) as Partial<MetricsState>);
  },
  healthLoaded(health: HealthResponse): void {
    metricsStore.setState({ health });
  },
  reset(): void {
    metricsStore.setState(initialMetricsState(), true);
  },
};

export function useMetrics<T>(selector: (s: MetricsState) => T): T {
  return useStore(metricsStore, selector);
}

// Selectors

export const selectValue =
  (indicator: string, unit: string) =>
  (s: MetricsState): MetricValue | undefined =>
    s.values[valueKey(indicator, unit)];

/** The "Dữ liệu mô phỏng" badge: the simulator runs (snapshot or health) or any held value is simulated. */
export const selectShowsSimulated = (s: MetricsState): boolean =>
  s.simulatorRunning || s.anySimulated || (s.health?.simulator.running ?? false);
