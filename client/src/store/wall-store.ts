/** What the wall shows on its map: the selected indicator, cycled every 20 s unless pinned by `?metric=CODE`. */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { IndicatorCode } from '@ioc/shared';

export interface WallState {
  selected: IndicatorCode;
  pinned: boolean;
}

export const wallStore = createStore<WallState>()(() => ({ selected: 'DVC.NOP_TRUC_TUYEN', pinned: false }));

export const wallActions = {
  select(selected: IndicatorCode, pinned: boolean): void {
    wallStore.setState({ selected, pinned });
  },
  advance(next: IndicatorCode): void {
    if (!wallStore.getState().pinned) wallStore.setState({ selected: next });
  },
};

export function useWall<T>(selector: (s: WallState) => T): T {
  return useStore(wallStore, selector);
}
