/**
 * One metric family on the whole wall: its indicators as large cards with the
 * headline's 60-day trend (left), the communes on the map (centre), the leading
 * and trailing communes (right). Used by the online-services, digitisation and
 * budget scenes.
 */
import { FAMILY_HEADLINE, INDICATORS, testIds, type IndicatorCode, type MapModePreference, type MetricFamily } from '@ioc/shared';
import { PanelBoundary } from '../../components/PanelBoundary.js';
import { t } from '../../i18n/index.js';
import { WallMap } from '../map/WallMap.js';
import { KpiCard } from './KpiCard.js';
import { RankingPanel } from './RankingPanel.js';
import { TrendChart } from './TrendChart.js';

function PanelError() {
  return <p className="scene-panel-error">{t.tile.panelError}</p>;
}

export function FamilyScene({ family, mapMode }: { family: MetricFamily; mapMode: MapModePreference }) {
  const headline = FAMILY_HEADLINE[family];
  const others = INDICATORS.filter((i) => i.family === family && i.code !== headline).map((i) => i.code as IndicatorCode);
  return (
    <div className="scene family-scene" data-testid={testIds.wall.familyScene(family)}>
      <div className="family-left">
        <PanelBoundary fallback={<PanelError />}>
          <KpiCard code={headline} />
        </PanelBoundary>
        {others.map((code) => (
          <PanelBoundary key={code} fallback={<PanelError />}>
            <KpiCard code={code} size="medium" />
          </PanelBoundary>
        ))}
        <PanelBoundary fallback={<PanelError />}>
          <TrendChart code={headline} />
        </PanelBoundary>
      </div>
      <PanelBoundary fallback={<PanelError />}>
        <WallMap indicator={headline} mapMode={mapMode} />
      </PanelBoundary>
      <PanelBoundary fallback={<PanelError />}>
        <RankingPanel code={headline} />
      </PanelBoundary>
    </div>
  );
}
