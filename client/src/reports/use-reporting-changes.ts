/**
 * A counter that goes up ~500 ms after a burst of 'reporting:changed': report
 * screens put it in their query keys, so a leader sees a submission arrive and a
 * specialist sees the decision without reloading.
 */
import { useEffect, useState } from 'react';
import { debounce, onReportingChanged } from '../live/reporting-events.js';

export const REPORTING_DEBOUNCE_MS = 500;

export function useReportingChanges(): number {
  const [changes, setChanges] = useState(0);
  useEffect(() => {
    const d = debounce(() => setChanges((n) => n + 1), REPORTING_DEBOUNCE_MS);
    const unsubscribe = onReportingChanged(d.trigger);
    return () => {
      unsubscribe();
      d.cancel();
    };
  }, []);
  return changes;
}
