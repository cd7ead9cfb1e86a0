/** Today's values of the commune (and the compared one) beside the province and the target, as a table. */
import { PROVINCE_CODE, targetFor, type AdminUnit } from '@ioc/shared';
import { fmt, t } from '../../i18n/index.js';
import { indicatorName } from '../../screens/names.js';
import { useMetrics } from '../../store/metrics-store.js';
import { valueKey } from '../../store/metrics-reducers.js';
import { COMMUNE_INDICATORS } from '../ops-params.js';

export function CurrentValues({ code, compare }: { code: string; compare: AdminUnit | null }) {
  const values = useMetrics((s) => s.values);
  const units = useMetrics((s) => s.units.data);
  const name = units?.find((u) => u.code === code)?.name ?? code;
  const cell = (indicator: string, unit: string) => fmt.percent(values[valueKey(indicator, unit)]?.value ?? null);
  return (
    <section className="desk-panel" aria-labelledby="ops-current-title">
      <h2 id="ops-current-title" className="desk-panel-title">
        {t.ops.commune.current}
      </h2>
      <table className="desk-table ops-current">
        <thead>
          <tr>
            <th scope="col">{t.exports.columns.indicator}</th>
            <th scope="col" className="num">
              {name}
            </th>
            {compare && (
              <th scope="col" className="num">
                {compare.name}
              </th>
            )}
            <th scope="col" className="num">
              {t.ops.commune.province}
            </th>
            <th scope="col" className="num">
              {t.exports.columns.target}
            </th>
          </tr>
        </thead>
        <tbody>
          {COMMUNE_INDICATORS.map((i) => {
            const target = targetFor(i, 'commune');
            const v = values[valueKey(i.code, code)]?.value ?? null;
            const below = v !== null && target !== null && (i.higherIsBetter ? v < target.value : v > target.value);
            return (
              <tr key={i.code}>
                <th scope="row">{indicatorName(i)}</th>
                <td className={`num strong${below ? ' is-below' : ''}`}>
                  {below && <span aria-hidden="true">▼ </span>}
                  {cell(i.code, code)}
                </td>
                {compare && <td className="num">{cell(i.code, compare.code)}</td>}
                <td className="num">{cell(i.code, PROVINCE_CODE)}</td>
                <td className="num faint">{target ? fmt.percent(target.value, 0) : t.ops.commune.noTarget}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
