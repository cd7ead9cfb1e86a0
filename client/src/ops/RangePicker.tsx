/**
 * The time range of the charts: presets, or two days and "Apply" for a custom
 * range (the charts only reload on Apply, not at each keystroke in a date field).
 */
import { useId, useState } from 'react';
import { testIds } from '@ioc/shared';
import { fmt, t } from '../i18n/index.js';
import { RANGE_PRESETS, isValidDay, localDay, type RangeChoice, type RangePreset, type ResolvedRange } from './time-range.js';

export function RangePicker({ choice, resolved, onChange }: { choice: RangeChoice; resolved: ResolvedRange; onChange: (choice: RangeChoice) => void }) {
  const id = useId();
  const [custom, setCustom] = useState(choice.preset === 'custom');
  const [from, setFrom] = useState(resolved.fromDay);
  const [to, setTo] = useState(resolved.toDay);
  const today = localDay(new Date());
  const valid = isValidDay(from) && isValidDay(to) && from <= to && to <= today;

  return (
    <fieldset className="ops-range">
      <legend className="desk-label">{t.ops.range.label}</legend>
      <select
        id={`${id}-preset`}
        aria-label={t.ops.range.label}
        className="desk-input"
        data-testid={testIds.ops.rangePreset}
        value={custom ? 'custom' : choice.preset}
        onChange={(e) => {
          const preset = e.target.value as RangePreset;
          setCustom(preset === 'custom');
          if (preset !== 'custom') onChange({ preset });
        }}
      >
        {RANGE_PRESETS.map((p) => (
          <option key={p} value={p}>
            {t.ops.range.presets[p]}
          </option>
        ))}
      </select>
      {custom && (
        <form
          className="ops-range-custom"
          onSubmit={(e) => {
            e.preventDefault();
            if (valid) onChange({ preset: 'custom', from, to });
          }}
        >
          <label className="desk-inline-label">
            {t.ops.range.from}
            <input type="date" className="desk-input" min="2025-07-01" max={today} value={from} data-testid={testIds.ops.rangeFrom} onChange={(e) => setFrom(e.target.value)} />
          </label>
          <label className="desk-inline-label">
            {t.ops.range.to}
            <input type="date" className="desk-input" min="2025-07-01" max={today} value={to} data-testid={testIds.ops.rangeTo} onChange={(e) => setTo(e.target.value)} />
          </label>
          <button type="submit" className="desk-button is-primary" disabled={!valid} data-testid={testIds.ops.rangeApply}>
            {t.ops.range.apply}
          </button>
          {!valid && (
            <span className="desk-error" role="alert">
              {t.ops.range.invalid}
            </span>
          )}
        </form>
      )}
      <span className="ops-range-shown" data-testid={testIds.ops.rangeShown} data-from={resolved.fromDay} data-to={resolved.toDay}>
        {t.ops.range.shown(fmt.date(`${resolved.fromDay}T12:00:00+07:00`), fmt.date(`${resolved.toDay}T12:00:00+07:00`))}
      </span>
    </fieldset>
  );
}
