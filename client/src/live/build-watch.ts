/**
 * A wall is never reloaded by hand: when the server reports a different client
 * build than the one this page started with (a deployment happened), reload once
 * to pick up the new client.
 */
export function createBuildWatch(reload: () => void): (buildId: string) => void {
  let first: string | null = null;
  let reloading = false;
  return (buildId) => {
    if (first === null) {
      first = buildId;
      return;
    }
    if (buildId !== first && !reloading) {
      reloading = true;
      reload();
    }
  };
}
