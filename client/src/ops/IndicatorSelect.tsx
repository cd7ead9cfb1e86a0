import { useId } from 'react';
import { testIds, type IndicatorCode } from '@ioc/shared';
import { t } from '../i18n/index.js';
import { indicatorName } from '../screens/names.js';
import { COMMUNE_INDICATORS } from './ops-params.js';

/** The indicator of the map and the ranking (a native select: keyboard and screen readers for free). */
export function IndicatorSelect({ value, onChange }: { value: IndicatorCode; onChange: (code: IndicatorCode) => void }) {
  const id = useId();
  return (
    <div className="desk-field">
      <label htmlFor={id} className="desk-label">
        {t.ops.indicator}
      </label>
      <select id={id} className="desk-input" value={value} data-testid={testIds.ops.indicator} onChange={(e) => onChange(e.target.value as IndicatorCode)}>
        {COMMUNE_INDICATORS.map((i) => (
          <option key={i.code} value={i.code}>
            {indicatorName(i)}
          </option>
        ))}
      </select>
    </div>
  );
}
