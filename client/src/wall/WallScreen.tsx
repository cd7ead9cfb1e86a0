/** The leadership's video wall: header, four family tiles, the commune map, the source line. */
import { useEffect } from 'react';
import { testIds } from '@ioc/shared';
import { startWallServices } from '../live/wall-services.js';
import { WallHeader } from './header/WallHeader.js';
import { TileGrid } from './tiles/TileGrid.js';
import { WallMap } from './map/WallMap.js';
import { WallFooter } from './footer/WallFooter.js';
import '../styles/wall.css';

export function WallScreen() {
  useEffect(() => startWallServices(window.location.search), []);
  return (
    <div className="wall-viewport">
      <div className="wall" data-testid={testIds.wall.root}>
        <WallHeader />
        <main className="wall-body">
          <TileGrid />
          <WallMap />
        </main>
        <WallFooter />
      </div>
    </div>
  );
}
