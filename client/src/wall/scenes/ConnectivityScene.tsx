/**
 * Connectivity: 4G and fixed broadband. The province's coverage (cards), how the
 * hamlets that lacked coverage stand now — covered since, planned, overdue, no
 * operator plan — (left), 4G coverage per commune on the map, and the communes
 * with the most hamlets still waiting with their nearest planned date (right).
 */
import { useMemo } from 'react';
import { CONNECTIVITY_TECHNOLOGIES, formatDate, formatNumber, testIds, type ConnectivityStatus, type ConnectivityTechnology, type MapModePreference } from '@ioc/shared';
import { PanelBoundary } from '../../components/PanelBoundary.js';
import { t } from '../../i18n/index.js';
import { useMetrics } from '../../store/metrics-store.js';
import { useSceneData } from '../../store/scene-data-store.js';
import { WallMap } from '../map/WallMap.js';
import { KpiCard } from './KpiCard.js';
import { summariseConnectivity, type ConnectivitySummary, type TechnologySummary } from './connectivity-model.js';

const STATUS_ORDER: ConnectivityStatus[] = ['covered', 'planned', 'overdue', 'no_plan'];
const STATUS_ICON: Record<ConnectivityStatus, string> = { covered: '✓', planned: '◷', overdue: '!', no_plan: '✕' };
const COMMUNE_ROWS = 20;

function StatusBar({ tech, summary }: { tech: ConnectivityTechnology; summary: TechnologySummary }) {
  const tracked = STATUS_ORDER.reduce((n, s) => n + summary.byStatus[s], 0);
  return (
    <div className="conn-tech" data-testid={testIds.wall.connectivityStatus(tech)} data-tracked={tracked}>
      <p className="conn-tech-title">{t.scenes.connTrackedTitle[tech](formatNumber(tracked))}</p>
      <div className="conn-bar" aria-hidden="true">
        {STATUS_ORDER.map((s) =>
          summary.byStatus[s] > 0 ? <span key={s} className={`conn-seg is-${s}`} style={{ flexGrow: summary.byStatus[s] }} /> : null,
        )}
      </div>
      <ul className="conn-legend">
        {STATUS_ORDER.map((s) => (
          <li key={s} className={`conn-legend-item is-${s}`} data-status={s} data-count={summary.byStatus[s]}>
            <span className="conn-legend-icon" aria-hidden="true">
              {STATUS_ICON[s]}
            </span>
            <span className="conn-legend-count">{formatNumber(summary.byStatus[s])}</span>
            {t.scenes.connStatus[s]}
          </li>
        ))}
      </ul>
      {summary.waitingByOperator.length > 0 && (
        <p className="conn-operators">
          {t.scenes.connWaitingBy}{' '}
          {summary.waitingByOperator.map((o) => `${o.operator ?? t.scenes.connNoOperator} ${formatNumber(o.count)}`).join(' · ')}
        </p>
      )}
    </div>
  );
}

function CommuneTable({ summary }: { summary: ConnectivitySummary }) {
  const rows = summary.communes.slice(0, COMMUNE_ROWS);
  return (
    <section className="scene-panel conn-communes" data-testid={testIds.wall.connectivityCommunes}>
      <h2 className="scene-panel-title">{t.scenes.connCommunesTitle}</h2>
      <table className="conn-table">
        <thead>
          <tr>
            <th>{t.scenes.connColCommune}</th>
            <th className="is-num">4G</th>
            <th className="is-num">{t.scenes.connColFixed}</th>
            <th>{t.scenes.connColNext}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.code} data-code={c.code}>
              <td className="conn-commune">{c.name}</td>
              <td className="is-num">{c.waiting['4g'] || '–'}</td>
              <td className="is-num">{c.waiting.fixed || '–'}</td>
              <td className="conn-next">
                {/* The worst first: no plan at all, then a plan whose date has passed, else the next date. */}
                {c.noPlan > 0 ? (
                  <span className="conn-flag is-no-plan">✕ {t.scenes.connNoPlan(formatNumber(c.noPlan))}</span>
                ) : c.overdue > 0 ? (
                  <span className="conn-flag is-overdue">! {t.scenes.connOverdue(formatNumber(c.overdue))}</span>
                ) : c.nextPlanned ? (
                  <span className="conn-flag is-planned">◷ {formatDate(`${c.nextPlanned}T05:00:00Z`)}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.communes.length > rows.length && <p className="conn-more">{t.scenes.connMore(formatNumber(summary.communes.length - rows.length))}</p>}
    </section>
  );
}

export function ConnectivityScene({ mapMode }: { mapMode: MapModePreference }) {
  const data = useSceneData((s) => s.connectivity);
  const units = useMetrics((s) => s.units.data);
  const summary = useMemo(() => (data.data ? summariseConnectivity(data.data, units ?? []) : null), [data.data, units]);
  const message = summary ? null : data.status === 'error' ? t.scenes.dataError : t.scenes.dataLoading;
  return (
    <div className="scene family-scene connectivity-scene" data-testid={testIds.wall.connectivityScene}>
      <div className="family-left">
        <KpiCard code="HATANG.PHU_SONG_4G" />
        <KpiCard code="HATANG.BANG_RONG_CO_DINH" size="medium" />
        <section className="scene-panel conn-progress">
          <h2 className="scene-panel-title">{t.scenes.connProgressTitle}</h2>
          {summary ? (
            CONNECTIVITY_TECHNOLOGIES.map((tech) => <StatusBar key={tech} tech={tech} summary={summary.technologies[tech]} />)
          ) : (
            <p className={`scene-message${data.status === 'error' ? ' is-error' : ''}`}>{message}</p>
          )}
        </section>
      </div>
      <PanelBoundary fallback={<p className="scene-panel-error">{t.tile.panelError}</p>}>
        <WallMap indicator="HATANG.PHU_SONG_4G" mapMode={mapMode} />
      </PanelBoundary>
      {summary ? (
        <CommuneTable summary={summary} />
      ) : (
        <section className="scene-panel">
          <p className={`scene-message${data.status === 'error' ? ' is-error' : ''}`}>{message}</p>
        </section>
      )}
    </div>
  );
}
