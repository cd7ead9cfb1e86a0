/** The leadership's video wall: header, the scene of the playlist showing now, the source line. */
import { useEffect } from 'react';
import { testIds } from '@ioc/shared';
import { startWallServices } from '../live/wall-services.js';
import { screenId } from '../lib/screen-id.js';
import { WallHeader } from './header/WallHeader.js';
import { SceneStage } from './scenes/SceneStage.js';
import { WallFooter } from './footer/WallFooter.js';
import '../styles/wall.css';
import '../styles/wall-scenes.css';

export function WallScreen() {
  useEffect(() => startWallServices(window.location.search), []);
  return (
    <div className="wall-viewport">
      <div className="wall" data-testid={testIds.wall.root} data-screen={screenId()}>
        <WallHeader />
        <SceneStage />
        <WallFooter />
      </div>
    </div>
  );
}
