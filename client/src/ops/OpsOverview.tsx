/** /ops: the map and the ranking for one indicator; both open a commune's page. */
import { useCallback } from 'react';
import { getIndicator, type IndicatorCode } from '@ioc/shared';
import { t } from '../i18n/index.js';
import { navigate } from '../lib/navigation.js';
import { useExportSource } from '../export/export-context.js';
import { RankingTable, useRanking } from '../screens/RankingTable.js';
import { rankingTable } from '../screens/export-tables.js';
import { indicatorName } from '../screens/names.js';
import { metricsStore, selectShowsSimulated } from '../store/metrics-store.js';
import { newestAsOf } from '../screens/as-of.js';
import { OpsMap } from './OpsMap.js';
import { withOpsParams, type OpsParams } from './ops-params.js';

export function OpsOverview({ params, search }: { params: OpsParams; search: string }) {
  const indicator = getIndicator(params.indicator);
  const ranking = useRanking(indicator);
  const hrefFor = useCallback((code: string) => withOpsParams(`/ops/commune/${code}`, search, { all: false }), [search]);

  useExportSource(
    useCallback(
      () => ({
        title: `${t.ops.title} — ${indicatorName(indicator)}`,
        tables: () => (ranking ? [rankingTable(indicator, ranking)] : []),
        dataAsOf: () => newestAsOf(ranking?.ranked ?? []),
        simulated: () => selectShowsSimulated(metricsStore.getState()) || (ranking?.ranked.some((r) => r.simulated) ?? false),
      }),
      [indicator, ranking],
    ),
  );

  return (
    <div className="ops-overview">
      <OpsMap indicator={params.indicator as IndicatorCode} onOpen={(code) => navigate(hrefFor(code))} />
      <RankingTable indicator={indicator} all={params.all} hrefFor={hrefFor} onToggleAll={(all) => navigate(withOpsParams('/ops', search, { all }), { replace: true })} />
    </div>
  );
}
