/** Whether a value shown is stale for its indicator's period (shared STALE_AFTER_MS), re-judged each second. */
import { isStale, type IndicatorPeriod } from '@ioc/shared';
import { useNow } from '../lib/use-now.js';

export function useStale(period: IndicatorPeriod, asOf: string | null | undefined): boolean {
  const now = useNow();
  return isStale(period, asOf, now);
}
