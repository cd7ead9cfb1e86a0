/**
 * The one place where a ratio over several units or periods is computed.
 * A province value is Σ numerator / Σ denominator of its parts, never a mean of
 * the parts' ratios: a commune with 10 dossiers must not weigh as much as one with 10,000.
 */
export interface RatioParts {
  numerator: number;
  denominator: number;
}

export interface AggregatedRatio extends RatioParts {
  /** Percentage 0–100, or null when there is nothing to divide by. */
  value: number | null;
}

export function ratioPercent(numerator: number, denominator: number): number | null {
  return denominator > 0 ? (numerator / denominator) * 100 : null;
}

export function aggregateRatio(parts: Iterable<RatioParts>): AggregatedRatio {
  let numerator = 0;
  let denominator = 0;
  for (const p of parts) {
    numerator += p.numerator;
    denominator += p.denominator;
  }
  return { numerator, denominator, value: ratioPercent(numerator, denominator) };
}
