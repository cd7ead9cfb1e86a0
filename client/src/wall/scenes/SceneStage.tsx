/**
 * The scene showing now, chosen by the rotation (wall store). Keyed by the
 * playlist position, so a scene is mounted afresh when its turn comes and
 * unmounted (maps and charts disposed) when it ends: only one scene's work runs.
 */
import { testIds } from '@ioc/shared';
import { PanelBoundary } from '../../components/PanelBoundary.js';
import { t } from '../../i18n/index.js';
import { useWall } from '../../store/wall-store.js';
import { SceneView } from './scene-registry.js';

export function SceneStage() {
  const showing = useWall((s) => s.showing);
  if (!showing) return <main className="wall-body" />;
  return (
    <main className="wall-body" data-testid={testIds.wall.scene} data-scene={showing.scene} data-index={showing.index} data-map-mode={showing.map} data-started-at={showing.startedAt}>
      <PanelBoundary key={`${showing.index}:${showing.scene}`} fallback={<p className="scene-message is-error">{t.tile.panelError}</p>}>
        <SceneView scene={showing.scene} mapMode={showing.map} />
      </PanelBoundary>
    </main>
  );
}
