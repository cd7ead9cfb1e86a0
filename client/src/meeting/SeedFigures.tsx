/** Figures of the province's own reports: real figures, each with its seed file and sentence. */
import { SEED_FIGURES, testIds, type SeedFigure, type SeedFigureUnit } from '@ioc/shared';
import { currentLang, fmt, t } from '../i18n/index.js';

function number(value: number, unit: SeedFigureUnit): string {
  if (unit === 'percent') return fmt.percent(value, Number.isInteger(value) ? 0 : 2);
  const n = fmt.number(value);
  return unit === 'million_vnd' ? (currentLang() === 'en' ? `VND ${n} million` : `${n} triệu đồng`) : n;
}

export function figureText(f: SeedFigure): string {
  return f.of === null ? number(f.value, f.unit) : `${fmt.number(f.value)}/${fmt.number(f.of)}`;
}

export function SeedFigures() {
  const en = currentLang() === 'en';
  return (
    <section className="desk-panel meeting-figures" aria-labelledby="meeting-figures-title" data-testid={testIds.meeting.figures}>
      <div className="desk-panel-head">
        <h2 id="meeting-figures-title" className="desk-panel-title">
          {t.meeting.figures.title}
        </h2>
        <span className="desk-real-tag">{t.desk.realFigure}</span>
      </div>
      <ul className="meeting-figure-list">
        {SEED_FIGURES.map((f) => (
          <li key={f.id} className="meeting-figure" data-testid={testIds.meeting.figure(f.id)}>
            <p className="meeting-figure-value">
              {f.atLeast ? '≥ ' : ''}
              {figureText(f)}
              {f.detail && (
                <span className="meeting-figure-detail">
                  {' '}
                  · {number(f.detail.value, f.detail.unit)} {en ? f.detail.labelEn : f.detail.labelVi}
                </span>
              )}
            </p>
            <p className="meeting-figure-label">
              {en ? f.labelEn : f.labelVi}
              {f.asOf && <span className="desk-muted"> ({t.meeting.figures.asOf(fmt.date(`${f.asOf}T12:00:00+07:00`))})</span>}
            </p>
            <details
              className="meeting-figure-source"
              onKeyDown={(e) => {
                if (e.key === 'Escape') e.currentTarget.open = false;
              }}
            >
              <summary>{t.meeting.figures.source(f.file)}</summary>
              <blockquote lang="vi">“{f.quote}”</blockquote>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
