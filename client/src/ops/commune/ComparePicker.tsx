import { useId } from 'react';
import { foldVietnamese, testIds } from '@ioc/shared';
import { t } from '../../i18n/index.js';
import { useMetrics } from '../../store/metrics-store.js';

/** A second commune for the charts and the current values (a native select, sorted by name). */
export function ComparePicker({ code, value, onChange }: { code: string; value: string | null; onChange: (code: string | null) => void }) {
  const id = useId();
  const units = useMetrics((s) => s.units.data);
  const options = (units ?? []).filter((u) => u.level === 'commune' && u.code !== code).sort((a, b) => foldVietnamese(a.name).localeCompare(foldVietnamese(b.name)));
  return (
    <div className="desk-field">
      <label htmlFor={id} className="desk-label">
        {t.ops.commune.compare}
      </label>
      <select id={id} className="desk-input" value={value ?? ''} data-testid={testIds.ops.compare} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t.ops.commune.compareNone}</option>
        {options.map((u) => (
          <option key={u.code} value={u.code}>
            {u.name}
          </option>
        ))}
      </select>
    </div>
  );
}
