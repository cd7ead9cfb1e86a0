/**
 * Search a commune by name, with or without diacritics (ARIA combobox with a
 * listbox): type, ArrowDown/ArrowUp to move, Enter to open, Escape to close
 * (a second Escape clears). Matching is the shared `matchByName`.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { matchByName, testIds, type AdminUnit } from '@ioc/shared';
import { t } from '../i18n/index.js';
import { useMetrics } from '../store/metrics-store.js';

const MAX_RESULTS = 8;

export function CommuneSearch({ onPick }: { onPick: (code: string) => void }) {
  const units = useMetrics((s) => s.units.data);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const listId = `${id}-list`;

  const results = useMemo(
    () => (units ? matchByName(query, units, (u: AdminUnit) => u.name).slice(0, MAX_RESULTS).map((m) => m.item) : []),
    [units, query],
  );
  const expanded = open && query.trim() !== '';

  const pick = (unit: AdminUnit | undefined) => {
    if (!unit) return;
    setOpen(false);
    setQuery('');
    onPick(unit.code);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      // A closed list opens on its first (best) match.
      if (!expanded) {
        setOpen(true);
        setActive(0);
      } else setActive((a) => (results.length ? (a + 1) % results.length : 0));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (results.length ? (a - 1 + results.length) % results.length : 0));
    } else if (e.key === 'Enter') {
      if (expanded) {
        e.preventDefault();
        pick(results[active]);
      }
    } else if (e.key === 'Escape') {
      // The first Escape only closes the list (a search field would clear itself), the next one clears.
      if (expanded) {
        e.preventDefault();
        setOpen(false);
      } else setQuery('');
    }
  };

  return (
    <div className="ops-search">
      <label htmlFor={id} className="desk-label">
        {t.ops.search.label}
      </label>
      <input
        id={id}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        className="desk-input"
        placeholder={t.ops.search.placeholder}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && results[active] ? `${id}-${results[active].code}` : undefined}
        data-testid={testIds.ops.search}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label={t.ops.search.label} className="ops-search-list" hidden={!expanded}>
        {results.map((u, i) => (
          <li
            key={u.code}
            id={`${id}-${u.code}`}
            role="option"
            aria-selected={i === active}
            className="ops-search-option"
            data-testid={testIds.ops.searchOption(u.code)}
            // mousedown, not click: the input's blur would close the list first.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(u);
            }}
          >
            <span>{u.name}</span>
            <span className="ops-search-type">{u.fullName}</span>
          </li>
        ))}
        {expanded && results.length === 0 && <li className="ops-search-empty">{t.ops.search.noResults}</li>}
      </ul>
      <span className="visually-hidden" role="status">
        {expanded ? (results.length ? t.ops.search.results(results.length) : t.ops.search.noResults) : ''}
      </span>
    </div>
  );
}
