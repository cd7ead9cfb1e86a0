/**
 * A client's bookkeeping of the change stream, the same for the wall and for
 * tests: apply each change exactly once and in order per indicator, recognise
 * duplicates (seq already applied) and gaps (prevSeq ahead of what was applied),
 * and hold back changes that arrive while a resume is in flight.
 */
import type { IndicatorCode } from '../indicators/catalogue.js';
import type { MetricsSnapshot, MetricsUpdate, SequenceMap } from './metrics.js';

export type Offer = 'applied' | 'duplicate' | 'gap';

export class ChangeSequencer {
  private readonly last = new Map<IndicatorCode, number>();
  private held: MetricsUpdate[] = [];
  private resuming = false;

  /** Starts over from a snapshot's sequence numbers. */
  reset(snapshot: Pick<MetricsSnapshot, 'seqs' | 'indicators'>): void {
    this.last.clear();
    for (const indicator of snapshot.indicators) this.last.set(indicator, snapshot.seqs[indicator] ?? 0);
  }

  /** What to send as `resumeFrom` after a reconnect or a gap. */
  position(): SequenceMap {
    return Object.fromEntries(this.last) as SequenceMap;
  }

  get isResuming(): boolean {
    return this.resuming;
  }

  /** Marks a resume request as sent: changes with gaps are held until `endResume`. */
  beginResume(): void {
    this.resuming = true;
  }

  /**
   * Offers one change; `apply` is called when it is the next one of its indicator.
   * Returns 'gap' when something before it is missing: the caller asks to resume
   * (once: while resuming, such changes are held and retried after the replay).
   */
  offer(change: MetricsUpdate, apply: (change: MetricsUpdate) => void): Offer {
    const last = this.last.get(change.indicator) ?? 0;
    if (change.seq <= last) return 'duplicate';
    if (change.prevSeq === last) {
      apply(change);
      this.last.set(change.indicator, change.seq);
      return 'applied';
    }
    if (this.resuming) this.held.push(change);
    return 'gap';
  }

  /** After the replay (or snapshot) of a resume: retries the held changes in order; returns whether a gap remains. */
  endResume(apply: (change: MetricsUpdate) => void): boolean {
    this.resuming = false;
    const held = this.held.sort((a, b) => a.seq - b.seq);
    this.held = [];
    let gap = false;
    for (const change of held) gap = this.offer(change, apply) === 'gap' || gap;
    return gap;
  }
}
