/**
 * What the wall shows: the playlist and the scene now showing (from the
 * rotation), the map mode asked for, and the overview map's indicator (cycled
 * every 20 s unless pinned by `?metric=CODE`).
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { DEFAULT_PLAYLIST, type IndicatorCode, type MapModePreference, type Playlist, type WallSceneId } from '@ioc/shared';

export interface SceneShowing {
  scene: WallSceneId;
  index: number;
  /** Epoch ms (client clock) of the start and end of this showing. */
  startedAt: number;
  endsAt: number;
  map: MapModePreference;
}

export interface WallState {
  selected: IndicatorCode;
  pinned: boolean;
  playlist: Playlist;
  /** Where the playlist came from: 'default', 'url', or the profile's name. */
  playlistSource: string;
  /** Why the asked-for profile could not be used (the default plays meanwhile), else null. */
  playlistError: string | null;
  showing: SceneShowing | null;
}

export const wallStore = createStore<WallState>()(() => ({
  selected: 'DVC.NOP_TRUC_TUYEN',
  pinned: false,
  playlist: DEFAULT_PLAYLIST,
  playlistSource: 'default',
  playlistError: null,
  showing: null,
}));

const sameShowing = (a: SceneShowing | null, b: SceneShowing) =>
  a !== null && a.scene === b.scene && a.index === b.index && a.startedAt === b.startedAt && a.map === b.map;

export const wallActions = {
  select(selected: IndicatorCode, pinned: boolean): void {
    wallStore.setState({ selected, pinned });
  },
  advance(next: IndicatorCode): void {
    if (!wallStore.getState().pinned) wallStore.setState({ selected: next });
  },
  setPlaylist(playlist: Playlist, source: string): void {
    wallStore.setState({ playlist, playlistSource: source, playlistError: null });
  },
  playlistFailed(error: string): void {
    wallStore.setState({ playlistError: error });
  },
  show(showing: SceneShowing): void {
    // Only a real change re-renders: the rotation re-checks often.
    if (!sameShowing(wallStore.getState().showing, showing)) wallStore.setState({ showing });
  },
};

export function useWall<T>(selector: (s: WallState) => T): T {
  return useStore(wallStore, selector);
}
