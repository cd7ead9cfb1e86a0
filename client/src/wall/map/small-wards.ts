/**
 * The wards too small to read on a province-wide boundary map (Tô Hiệu is
 * 12 km²): in boundaries mode each is labelled with its name or listed by name in
 * the map's numbered callout, never shown as a bare value. Codes from
 * db/reference/sonla-communes-2025.csv.
 */
export const SMALL_WARDS: ReadonlyMap<string, string> = new Map([
  ['03646', 'Tô Hiệu'],
  ['03679', 'Chiềng Sinh'],
  ['03979', 'Mộc Sơn'],
  ['03982', 'Thảo Nguyên'],
  ['04033', 'Vân Sơn'],
]);
