/** For people without a unit (operators, administrators): name the agency or commune to look at, kept in the address. */
import { useId, useState } from 'react';
import type { ReportingUnitRef } from '@ioc/shared';
import { t } from '../i18n/index.js';
import { navigate } from '../lib/navigation.js';

export function UnitPicker({ path, current }: { path: string; current: ReportingUnitRef | null }) {
  const [kind, setKind] = useState<ReportingUnitRef['kind']>(current?.kind ?? 'agency');
  const [code, setCode] = useState(current?.code ?? '');
  const kindId = useId();
  const codeId = useId();
  return (
    <form
      className="reports-unit-picker"
      onSubmit={(e) => {
        e.preventDefault();
        const c = code.trim();
        if (c) navigate(`${path}?${new URLSearchParams({ unitKind: kind, unitCode: c }).toString()}`);
      }}
    >
      <div>
        <label className="desk-label" htmlFor={kindId}>
          {t.reports.picker.kind}
        </label>
        <select id={kindId} className="desk-input" value={kind} onChange={(e) => setKind(e.target.value === 'commune' ? 'commune' : 'agency')}>
          <option value="agency">{t.reports.picker.agency}</option>
          <option value="commune">{t.reports.picker.commune}</option>
        </select>
      </div>
      <div>
        <label className="desk-label" htmlFor={codeId}>
          {t.reports.picker.code}
        </label>
        <input id={codeId} className="desk-input" value={code} placeholder={kind === 'commune' ? '03670' : 'SKHCN'} maxLength={40} onChange={(e) => setCode(e.target.value)} />
      </div>
      <button type="submit" className="desk-button">
        {t.reports.picker.show}
      </button>
    </form>
  );
}
