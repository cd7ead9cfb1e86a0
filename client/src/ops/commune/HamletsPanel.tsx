/** The commune's hamlets: 4G and fixed broadband (covered since, planned date, operator). */
import { testIds, type ConnectivityResponse, type ConnectivityTechnology, type HamletConnectivityRecord } from '@ioc/shared';
import { fmt, t } from '../../i18n/index.js';
import { getJson } from '../../lib/http.js';
import { useQuery, type QueryState } from '../../lib/use-query.js';
import { hamletRows, type HamletRow } from './hamlets.js';
import { hamletsAreDemo } from './hamlet-registry.js';

export type HamletsState = QueryState<{ data: ConnectivityResponse; rows: HamletRow[]; demo: boolean }>;

export function useHamlets(commune: string): HamletsState {
  return useQuery(commune, async (signal) => {
    const [data, demo] = await Promise.all([getJson<ConnectivityResponse>(`/api/connectivity?commune=${commune}`, signal), hamletsAreDemo(commune, signal)]);
    return { data, rows: hamletRows(data.hamlets), demo };
  });
}

function Cell({ record }: { record: HamletConnectivityRecord | undefined }) {
  if (!record) return <td>—</td>;
  const details = [
    record.status === 'covered' ? (record.coveredSince ? t.ops.hamlets.since(fmt.date(record.coveredSince)) : t.ops.hamlets.sinceBefore) : null,
    record.status !== 'covered' && record.plannedDate ? t.ops.hamlets.planned(fmt.date(`${record.plannedDate}T12:00:00+07:00`)) : null,
    record.operator ? t.ops.hamlets.operator(record.operator) : null,
  ].filter(Boolean);
  return (
    <td>
      <span className={`desk-status is-${record.status}`}>
        <span aria-hidden="true">{record.status === 'covered' ? '● ' : record.status === 'overdue' ? '▲ ' : '○ '}</span>
        {t.ops.hamlets.status[record.status]}
      </span>
      {details.length > 0 && <span className="desk-muted ops-hamlet-detail">{details.join(' · ')}</span>}
      {record.simulated && <span className="desk-sim-tag">{t.desk.simulatedShort}</span>}
    </td>
  );
}

export function HamletsPanel({ state }: { state: HamletsState }) {
  const techs: ConnectivityTechnology[] = ['4g', 'fixed'];
  return (
    <section className="desk-panel ops-hamlets" aria-labelledby="ops-hamlets-title" data-testid={testIds.ops.hamlets} data-count={state.status === 'ready' ? state.data.rows.length : 0}>
      <div className="desk-panel-head">
        <h2 id="ops-hamlets-title" className="desk-panel-title">
          {t.ops.hamlets.title}
        </h2>
        {state.status === 'ready' && (
          <p className="desk-muted">
            {t.ops.hamlets.summary(fmt.number(state.data.data.totals['4g'].covered), fmt.number(state.data.data.totals.fixed.covered), fmt.number(state.data.rows.length))}
          </p>
        )}
      </div>
      {state.status === 'loading' && <p className="desk-muted">{t.ops.hamlets.loading}</p>}
      {state.status === 'error' && <p className="desk-error">{t.ops.hamlets.error}</p>}
      {state.status === 'ready' && state.data.rows.length === 0 && <p className="desk-muted">{t.ops.hamlets.none}</p>}
      {state.status === 'ready' && state.data.rows.length > 0 && (
        <>
          {state.data.demo && <p className="desk-note">{t.ops.hamlets.demo}</p>}
          <div className="desk-scroll" tabIndex={0} role="region" aria-labelledby="ops-hamlets-title">
            <table className="desk-table">
              <thead>
                <tr>
                  <th scope="col">{t.ops.hamlets.name}</th>
                  {techs.map((tech) => (
                    <th key={tech} scope="col">
                      {tech === '4g' ? t.ops.hamlets.fourG : t.ops.hamlets.fixed}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {state.data.rows.map((row) => (
                  <tr key={row.code} data-testid={testIds.ops.hamletRow(row.code)}>
                    <th scope="row">{row.name}</th>
                    {techs.map((tech) => (
                      <Cell key={tech} record={row.byTechnology[tech]} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
