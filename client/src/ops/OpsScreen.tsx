/**
 * /ops and /ops/commune/:code: the operator's drill-down. The view (indicator,
 * time range, comparison) lives in the URL; the data come from the live store
 * (current values) and from `GET /api/series` (history, per commune page).
 */
import { testIds } from '@ioc/shared';
import { t } from '../i18n/index.js';
import { navigate, useLocation } from '../lib/navigation.js';
import { DeskShell } from '../screens/DeskShell.js';
import { CommuneSearch } from './CommuneSearch.js';
import { IndicatorSelect } from './IndicatorSelect.js';
import { OpsOverview } from './OpsOverview.js';
import { CommunePage } from './commune/CommunePage.js';
import { readOpsParams, withOpsParams } from './ops-params.js';
import '../styles/ops.css';

export function OpsScreen({ commune }: { commune: string | null }) {
  const href = useLocation();
  const search = href.includes('?') ? href.slice(href.indexOf('?')) : '';
  const params = readOpsParams(search);
  const open = (code: string) => navigate(withOpsParams(`/ops/commune/${code}`, search, { all: false }));

  return (
    <DeskShell screen="ops" title={t.ops.title} documentTitle={t.ops.documentTitle} testId={testIds.ops.root}>
      <div className="ops-toolbar">
        <CommuneSearch onPick={open} />
        {commune === null && <IndicatorSelect value={params.indicator} onChange={(indicator) => navigate(withOpsParams('/ops', search, { indicator }), { replace: true })} />}
      </div>
      {commune === null ? <OpsOverview params={params} search={search} /> : <CommunePage key={commune} code={commune} params={params} search={search} />}
    </DeskShell>
  );
}
