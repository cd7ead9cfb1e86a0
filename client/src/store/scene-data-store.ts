/** REST data only some scenes need: per-hamlet connectivity and the tasks of Kế hoạch 07. */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { ConnectivityResponse, TasksResponse } from '@ioc/shared';
import { failed, loading, ready, type Loadable } from './loadable.js';

export interface SceneDataState {
  connectivity: Loadable<ConnectivityResponse>;
  tasks: Loadable<TasksResponse>;
}

export type SceneDataKey = keyof SceneDataState;
export type SceneDataOf<K extends SceneDataKey> = SceneDataState[K] extends Loadable<infer T> ? T : never;

export const sceneDataStore = createStore<SceneDataState>()(() => ({ connectivity: loading(), tasks: loading() }));

export const sceneDataActions = {
  loading<K extends SceneDataKey>(key: K): void {
    sceneDataStore.setState((s) => ({ [key]: loading(s[key].data) }) as Partial<SceneDataState>);
  },
  loaded<K extends SceneDataKey>(key: K, data: SceneDataOf<K>): void {
    sceneDataStore.setState({ [key]: ready(data) } as Partial<SceneDataState>);
  },
  failed<K extends SceneDataKey>(key: K, error: string): void {
    // A failed refresh keeps what is on screen.
    sceneDataStore.setState((s) => ({ [key]: failed(error, s[key].data) }) as Partial<SceneDataState>);
  },
};

export function useSceneData<T>(selector: (s: SceneDataState) => T): T {
  return useStore(sceneDataStore, selector);
}
