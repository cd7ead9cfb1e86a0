/** Daily province series behind the tiles' sparklines, refreshed every 10 minutes and after a reconnect. */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { SeriesPoint } from '@ioc/shared';

export interface SeriesEntry {
  status: 'loading' | 'ready' | 'error';
  points: readonly SeriesPoint[];
  error: string | null;
  /** Client time of the last successful fetch (ms). */
  fetchedAt: number | null;
}

export interface SeriesState {
  byIndicator: Readonly<Record<string, SeriesEntry>>;
}

export const seriesStore = createStore<SeriesState>()(() => ({ byIndicator: {} }));

const EMPTY: SeriesEntry = { status: 'loading', points: [], error: null, fetchedAt: null };

function patch(indicator: string, change: (prev: SeriesEntry) => SeriesEntry): void {
  seriesStore.setState((s) => ({ byIndicator: { ...s.byIndicator, [indicator]: change(s.byIndicator[indicator] ?? EMPTY) } }));
}

export const seriesActions = {
  loading(indicator: string): void {
    // Keep the points already shown while a refresh is in flight.
    patch(indicator, (prev) => (prev.status === 'ready' ? prev : { ...prev, status: 'loading', error: null }));
  },
  loaded(indicator: string, points: readonly SeriesPoint[], at: number): void {
    patch(indicator, () => ({ status: 'ready', points, error: null, fetchedAt: at }));
  },
  failed(indicator: string, error: string): void {
    // A failed refresh keeps older points on screen; the error shows only when there is nothing else.
    patch(indicator, (prev) => (prev.points.length ? { ...prev, error } : { ...prev, status: 'error', error }));
  },
  reset(): void {
    seriesStore.setState({ byIndicator: {} }, true);
  },
};

export const selectSeries =
  (indicator: string) =>
  (s: SeriesState): SeriesEntry =>
    s.byIndicator[indicator] ?? EMPTY;

export function useSeries<T>(selector: (s: SeriesState) => T): T {
  return useStore(seriesStore, selector);
}
