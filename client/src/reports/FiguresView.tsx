/** The figures of a filing, read-only: for the leader deciding, and for everyone who only reads. */
import { ratioPercent, testIds, type SubmissionDto } from '@ioc/shared';
import { fmt, t } from '../i18n/index.js';

export function FiguresView({ filing }: { filing: SubmissionDto }) {
  return (
    <section className="desk-panel" aria-labelledby="reports-figures-title">
      <h2 id="reports-figures-title" className="desk-panel-title">
        {t.reports.view.title}
      </h2>
      {filing.fields.length === 0 ? (
        <p className="desk-muted">{t.reports.form.noFields}</p>
      ) : (
        <table className="desk-table reports-figures">
          <thead>
            <tr>
              <th scope="col">{t.reports.view.field}</th>
              <th scope="col" className="num">
                {t.reports.view.numerator}
              </th>
              <th scope="col" className="num">
                {t.reports.view.denominator}
              </th>
              <th scope="col" className="num">
                {t.reports.view.value}
              </th>
              <th scope="col">{t.reports.view.unit}</th>
            </tr>
          </thead>
          <tbody>
            {filing.fields.map((f) => {
              const v = filing.figures[f.code];
              const ratio = v && 'numerator' in v ? v : null;
              const plain = v && 'value' in v ? v.value : null;
              return (
                <tr key={f.code}>
                  <th scope="row">
                    {f.nameVi}
                    <span className="reports-code">{f.code}</span>
                  </th>
                  <td className="num" data-testid={testIds.reports.fieldInput(f.code, 'numerator')}>
                    {ratio ? fmt.number(ratio.numerator, decimals(ratio.numerator)) : ''}
                  </td>
                  <td className="num" data-testid={testIds.reports.fieldInput(f.code, 'denominator')}>
                    {ratio ? fmt.number(ratio.denominator, decimals(ratio.denominator)) : ''}
                  </td>
                  <td className="num strong" data-testid={testIds.reports.fieldInput(f.code, 'value')}>
                    {ratio ? fmt.percent(ratioPercent(ratio.numerator, ratio.denominator)) : plain !== null ? fmt.number(plain, decimals(plain)) : t.reports.view.missing}
                  </td>
                  <td>{f.unitLabel}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <h3 className="reports-subtitle">{t.reports.form.narrative}</h3>
      {filing.narrative ? <p className="reports-narrative-text">{filing.narrative}</p> : <p className="desk-muted">{t.reports.view.noNarrative}</p>}
    </section>
  );
}

/** As many decimals as the figure has (up to 6): what was reported, not a rounding of it. */
function decimals(v: number): number {
  const text = String(v);
  const dot = text.indexOf('.');
  return dot < 0 || text.includes('e') ? 0 : Math.min(6, text.length - dot - 1);
}
