/** The family's other indicators, one smaller line each. */
import { useMemo } from 'react';
import { PROVINCE_CODE, formatPercent, testIds, type IndicatorCode, type IndicatorDefinition, type MetricFamily } from '@ioc/shared';
import { selectValue, useMetrics } from '../../store/metrics-store.js';
import { secondaryIndicators } from './tile-model.js';
import { formatCounts } from './format.js';
import { extraText } from './TileExtra.js';

function SecondaryLine({ indicator }: { indicator: IndicatorDefinition }) {
  const code = indicator.code as IndicatorCode;
  const value = useMetrics(useMemo(() => selectValue(code, PROVINCE_CODE), [code]));
  const extra = extraText(code, value);
  return (
    <li className="tile-secondary" data-testid={testIds.wall.tileSecondary(code)} data-value={value?.value ?? ''}>
      <span className="tile-secondary-name">{indicator.shortVi}</span>
      <span className="tile-secondary-counts">
        {extra ?? (value ? formatCounts(value.numerator, value.denominator, indicator.countUnitVi) : '')}
      </span>
      <span className="tile-secondary-value">{formatPercent(value?.value ?? null)}</span>
    </li>
  );
}

export function TileSecondaryLines({ family, headline }: { family: MetricFamily; headline: IndicatorCode }) {
  const others = secondaryIndicators(family, headline);
  if (others.length === 0) return <div className="tile-secondaries is-empty" />;
  return (
    <ul className="tile-secondaries">
      {others.map((i) => (
        <SecondaryLine key={i.code} indicator={i} />
      ))}
    </ul>
  );
}
