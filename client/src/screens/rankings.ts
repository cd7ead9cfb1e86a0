/**
 * Communes ranked on one indicator, with the leading and trailing groups and
 * the gap between them (seed 004 complains about "sự chênh lệch về điểm số giữa
 * các nhóm dẫn đầu và nhóm cuối bảng"). A group's rate is Σ numerator / Σ
 * denominator of its communes (aggregateRatio), never a mean of their rates.
 */
import { aggregateRatio, foldVietnamese, type IndicatorDefinition, type MetricValue } from '@ioc/shared';

export interface RankedCommune {
  rank: number;
  code: string;
  name: string;
  value: number;
  numerator: number;
  denominator: number;
  simulated: boolean;
  asOf: string;
}

export interface Ranking {
  ranked: RankedCommune[];
  leading: RankedCommune[];
  trailing: RankedCommune[];
  leadingRate: number | null;
  trailingRate: number | null;
  /** Leading minus trailing rate, in percentage points (positive when the leaders are ahead, whatever the direction). */
  gap: number | null;
  /** Communes without a value for the indicator, by name. */
  withoutData: { code: string; name: string }[];
}

/** Ten at each end, fewer when there are few communes, so the groups never overlap. */
export function groupSize(count: number): number {
  return Math.max(1, Math.min(10, Math.floor(count / 3)));
}

export function rankCommunes(
  indicator: Pick<IndicatorDefinition, 'code' | 'higherIsBetter'>,
  communes: readonly { code: string; name: string }[],
  valueOf: (indicator: string, unit: string) => MetricValue | undefined,
  size?: number,
): Ranking {
  const withData: Omit<RankedCommune, 'rank'>[] = [];
  const withoutData: { code: string; name: string }[] = [];
  for (const c of communes) {
    const v = valueOf(indicator.code, c.code);
    if (v && v.value !== null) {
      withData.push({ code: c.code, name: c.name, value: v.value, numerator: v.numerator, denominator: v.denominator, simulated: v.simulated, asOf: v.asOf });
    } else withoutData.push({ code: c.code, name: c.name });
  }
  const dir = indicator.higherIsBetter ? -1 : 1;
  withData.sort((a, b) => dir * (a.value - b.value) || foldVietnamese(a.name).localeCompare(foldVietnamese(b.name)));
  // Equal values share a rank (1, 2, 2, 4).
  const ranked: RankedCommune[] = [];
  withData.forEach((c, i) => {
    const prev = ranked[i - 1];
    ranked.push({ ...c, rank: prev && prev.value === c.value ? prev.rank : i + 1 });
  });
  const n = size ?? groupSize(ranked.length);
  const leading = ranked.length >= 2 ? ranked.slice(0, Math.min(n, Math.floor(ranked.length / 2))) : ranked.slice();
  const trailing = ranked.length >= 2 ? ranked.slice(ranked.length - leading.length) : [];
  const leadingRate = leading.length ? aggregateRatio(leading).value : null;
  const trailingRate = trailing.length ? aggregateRatio(trailing).value : null;
  const gap = leadingRate !== null && trailingRate !== null ? Math.abs(leadingRate - trailingRate) : null;
  withoutData.sort((a, b) => foldVietnamese(a.name).localeCompare(foldVietnamese(b.name)));
  return { ranked, leading, trailing, leadingRate, trailingRate, gap, withoutData };
}
