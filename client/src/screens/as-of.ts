/** The newest `asOf` of a set of values (ISO strings compare in time order when all are UTC `…Z`). */
export function newestAsOf(values: readonly { asOf: string }[]): string | null {
  let newest: string | null = null;
  for (const v of values) if (newest === null || Date.parse(v.asOf) > Date.parse(newest)) newest = v.asOf;
  return newest;
}
