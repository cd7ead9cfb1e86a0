import { testIds } from '@ioc/shared';
import { t } from '../../i18n/index.js';
import { PanelBoundary } from '../../components/PanelBoundary.js';
import { WALL_FAMILIES } from '../metric-cycle.js';
import { FamilyTile } from './FamilyTile.js';

export function TileGrid() {
  return (
    <section className="tile-grid">
      {WALL_FAMILIES.map((family) => (
        <PanelBoundary
          key={family}
          fallback={
            <article className="tile is-no-data" data-testid={testIds.wall.tile(family)}>
              <p className="tile-family">{t.tile.familyName[family]}</p>
              <p className="tile-error" data-testid={testIds.wall.tileError(family)}>
                {t.tile.panelError}
              </p>
            </article>
          }
        >
          <FamilyTile family={family} />
        </PanelBoundary>
      ))}
    </section>
  );
}
