/** Which scene shows and which come next: the scene's name and one mark per scene of the playlist. */
import { testIds } from '@ioc/shared';
import { t } from '../../i18n/index.js';
import { useWall } from '../../store/wall-store.js';

export function SceneProgress() {
  const showing = useWall((s) => s.showing);
  const entries = useWall((s) => s.playlist.entries);
  if (!showing) return null;
  return (
    <div className="scene-progress" data-testid={testIds.wall.sceneProgress} data-scene={showing.scene}>
      <span className="scene-progress-name">{t.scenes.name[showing.scene]}</span>
      {entries.length > 1 && (
        <ol className="scene-progress-marks" aria-label={t.scenes.position(showing.index + 1, entries.length)}>
          {entries.map((e, i) => (
            <li key={i} className={`scene-mark${i === showing.index ? ' is-current' : ''}`} title={t.scenes.name[e.scene]} />
          ))}
        </ol>
      )}
    </div>
  );
}
