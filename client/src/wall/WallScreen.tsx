/**
 * The leadership's video wall: header, the scene of the playlist showing now,
 * the source line. Without credentials (never paired, or its device token
 * revoked) the pairing screen replaces it and the wall's services stop
 * (auth/wall-gate.ts); the wall is never sent to /login.
 */
import { useEffect } from 'react';
import { testIds } from '@ioc/shared';
import { startWallServices } from '../live/wall-services.js';
import { screenId } from '../lib/screen-id.js';
import { authActions, authStore } from '../auth/auth-store.js';
import { PairingScreen } from '../auth/PairingScreen.js';
import { startWallGate, useWallPairing, wallHref, wantsPairing } from '../auth/wall-gate.js';
import { WallHeader } from './header/WallHeader.js';
import { SceneStage } from './scenes/SceneStage.js';
import { WallFooter } from './footer/WallFooter.js';
import '../styles/wall.css';
import '../styles/wall-scenes.css';

export function WallScreen() {
  useEffect(
    () =>
      startWallGate({
        auth: authStore,
        recheck: authActions.recheck,
        reload: () => window.location.replace(wallHref(window.location.search)),
        forcePair: wantsPairing(window.location.search),
      }),
    [],
  );
  const { pairing } = useWallPairing();
  return pairing ? <PairingScreen reason={pairing} /> : <Wall />;
}

function Wall() {
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
