/**
 * Where commune labels fit on the boundary map, in two greedy passes, largest
 * commune first. First every value: a value box that overlaps one already placed
 * moves to the callout list (small wards packed together, like the provincial
 * centre), where a number marks it. Then names: a label grows to name and value
 * where that larger box overlaps no other box. Communes that must be named
 * (the small wards) always go to the callout list, numbered on the map.
 */
export type LabelFit = 'full' | 'compact' | 'callout';

export interface LabelBox {
  width: number;
  height: number;
}

export interface LabelCandidate {
  id: number;
  /** Screen position of the label's centre. */
  x: number;
  y: number;
  full: LabelBox;
  compact: LabelBox;
  /** Larger first (e.g. the commune's size on screen). */
  priority: number;
  /** Always listed by name in the callout (the small wards): a guaranteed, readable place whatever the map's size. */
  mustName?: boolean;
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const rectAt = (x: number, y: number, box: LabelBox, margin: number): Rect => ({
  left: x - box.width / 2 - margin,
  top: y - box.height / 2 - margin,
  right: x + box.width / 2 + margin,
  bottom: y + box.height / 2 + margin,
});

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export function placeLabels(candidates: readonly LabelCandidate[], margin = 2): Map<number, LabelFit> {
  const order = [...candidates].sort((a, b) => b.priority - a.priority || a.id - b.id);
  const result = new Map<number, LabelFit>();
  const boxes = new Map<number, Rect>();
  for (const c of order) {
    if (c.mustName) {
      result.set(c.id, 'callout');
      continue;
    }
    const compact = rectAt(c.x, c.y, c.compact, margin);
    if ([...boxes.values()].some((r) => overlaps(r, compact))) {
      result.set(c.id, 'callout');
    } else {
      boxes.set(c.id, compact);
      result.set(c.id, 'compact');
    }
  }
  for (const c of order) {
    if (result.get(c.id) !== 'compact') continue;
    const full = rectAt(c.x, c.y, c.full, margin);
    if ([...boxes].some(([id, r]) => id !== c.id && overlaps(r, full))) continue;
    boxes.set(c.id, full);
    result.set(c.id, 'full');
  }
  return result;
}
