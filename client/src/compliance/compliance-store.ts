/**
 * GET /api/compliance kept fresh while a compliance page or the wall's scene is
 * on screen: loaded when the first of them mounts (at once, or from what is
 * already here when it is recent), again ~500 ms after a burst of
 * 'reporting:changed', every 5 minutes (statuses change with the date, not only
 * with filings), a minute after a failure. The last data stay in the store, so
 * the wall's scene shows them at once on its next turn. A new load cancels the
 * one in flight; everything stops with the last reader.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { useEffect } from 'react';
import type { ComplianceResponse } from '@ioc/shared';
import { clock, type Cancel } from '../lib/clock.js';
import { errorCode, getJson, isAbort } from '../lib/http.js';
import { repeatWhileVisible } from '../lib/repeat.js';
import { debounce, onReportingChanged } from '../live/reporting-events.js';
import { failed, loading, ready, type Loadable } from '../store/loadable.js';

export const COMPLIANCE_REFRESH_MS = 5 * 60_000;
export const COMPLIANCE_RETRY_MS = 60_000;
export const COMPLIANCE_DEBOUNCE_MS = 500;
/** Data younger than this are shown without reloading when a reader mounts. */
export const COMPLIANCE_FRESH_MS = 30_000;

export interface ComplianceState {
  data: Loadable<ComplianceResponse>;
  /** Epoch ms of the last successful load. */
  loadedAt: number | null;
}

export const complianceStore = createStore<ComplianceState>()(() => ({ data: loading<ComplianceResponse>(), loadedAt: null }));

export function useCompliance<T>(selector: (s: ComplianceState) => T): T {
  return useStore(complianceStore, selector);
}

let readers = 0;
let stop: Cancel | null = null;

function startLoading(): Cancel {
  let inFlight: AbortController | null = null;
  const load = () => {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    complianceStore.setState((s) => ({ data: loading(s.data.data) }));
    getJson<ComplianceResponse>('/api/compliance', controller.signal)
      .then((data) => complianceStore.setState({ data: ready(data), loadedAt: clock().now() }))
      .catch((err: unknown) => {
        // A failed refresh keeps what is on screen.
        if (!isAbort(err)) complianceStore.setState((s) => ({ data: failed(errorCode(err), s.data.data) }));
      });
  };
  const { loadedAt } = complianceStore.getState();
  const fresh = loadedAt !== null && clock().now() - loadedAt < COMPLIANCE_FRESH_MS;
  const cancelRefresh = repeatWhileVisible(load, { periodMs: COMPLIANCE_REFRESH_MS, immediate: !fresh });
  const cancelRetry = repeatWhileVisible(() => complianceStore.getState().data.status === 'error' && load(), { periodMs: COMPLIANCE_RETRY_MS, immediate: false });
  const changed = debounce(load, COMPLIANCE_DEBOUNCE_MS);
  const unsubscribe = onReportingChanged(changed.trigger);
  return () => {
    unsubscribe();
    changed.cancel();
    cancelRefresh();
    cancelRetry();
    inFlight?.abort();
  };
}

/** Keeps the compliance data live while the caller holds it; returns the release. */
export function holdCompliance(): Cancel {
  readers += 1;
  stop ??= startLoading();
  let released = false;
  return () => {
    if (released) return;
    released = true;
    readers -= 1;
    if (readers === 0 && stop) {
      stop();
      stop = null;
    }
  };
}

/** For components: the compliance data stay live while mounted. */
export function useLiveCompliance(): ComplianceState {
  useEffect(() => holdCompliance(), []);
  return useCompliance((s) => s);
}
