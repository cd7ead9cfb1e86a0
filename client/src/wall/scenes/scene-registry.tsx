/** Which component draws each scene. */
import type { MapModePreference, WallSceneId } from '@ioc/shared';
import { ComplianceScene } from './ComplianceScene.js';
import { ConnectivityScene } from './ConnectivityScene.js';
import { FamilyScene } from './FamilyScene.js';
import { OverviewScene } from './OverviewScene.js';
import { TasksScene } from './TasksScene.js';

export function SceneView({ scene, mapMode }: { scene: WallSceneId; mapMode: MapModePreference }) {
  switch (scene) {
    case 'overview':
      return <OverviewScene mapMode={mapMode} />;
    case 'public-services':
      return <FamilyScene family="public_services" mapMode={mapMode} />;
    case 'digitisation':
      return <FamilyScene family="digitisation" mapMode={mapMode} />;
    case 'budget':
      return <FamilyScene family="budget" mapMode={mapMode} />;
    case 'connectivity':
      return <ConnectivityScene mapMode={mapMode} />;
    case 'tasks':
      return <TasksScene />;
    case 'compliance':
      return <ComplianceScene />;
  }
}
