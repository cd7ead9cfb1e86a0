/**
 * Search by name with or without diacritics: "chieng coi" finds Chiềng Cơi.
 * NFD splits a letter from its marks (ề → e + ̂ + ̀; ơ → o + ̛), which are then
 * dropped; đ has no decomposition and is mapped by hand.
 */
const MARKS = /[\u0300-\u036f]/g;

/** "Chiềng  Cơi" → "chieng coi"; "Đông" → "dong". */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export interface NameMatch<T> {
  item: T;
  /** 0: the whole name; 1: the name starts with the query; 2: a word starts with it; 3: it occurs inside. */
  rank: 0 | 1 | 2 | 3;
}

/**
 * The items whose name matches the query, best first (then alphabetically, by the folded name).
 * A query with diacritics must match them exactly where it has them ("cơi" does not find "Côi").
 */
export function matchByName<T>(query: string, items: readonly T[], nameOf: (item: T) => string): NameMatch<T>[] {
  const q = query.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (q === '') return [];
  const folded = foldVietnamese(q);
  const exactMarks = folded !== q.replace(/[đ]/g, 'd');
  const matches: (NameMatch<T> & { key: string })[] = [];
  for (const item of items) {
    const name = nameOf(item).normalize('NFC').toLowerCase();
    const key = foldVietnamese(name);
    const haystack = exactMarks ? name : key;
    const needle = exactMarks ? q : folded;
    const at = haystack.indexOf(needle);
    if (at < 0) continue;
    const rank = haystack === needle ? 0 : at === 0 ? 1 : haystack[at - 1] === ' ' ? 2 : 3;
    matches.push({ item, rank, key });
  }
  return matches.sort((a, b) => a.rank - b.rank || a.key.localeCompare(b.key)).map(({ item, rank }) => ({ item, rank }));
}
