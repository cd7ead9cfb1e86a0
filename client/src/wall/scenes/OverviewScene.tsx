/** The overview: the four family tiles and the map cycling through their headline indicators. */
import { testIds, type MapModePreference } from '@ioc/shared';
import { TileGrid } from '../tiles/TileGrid.js';
import { WallMap } from '../map/WallMap.js';

export function OverviewScene({ mapMode }: { mapMode: MapModePreference }) {
  return (
    <div className="scene overview-scene" data-testid={testIds.wall.overviewScene}>
      <TileGrid />
      <WallMap mapMode={mapMode} />
    </div>
  );
}
