/** The screens by path. No router library: a pathname switch is all the product needs so far. */
export type Route =
  | { screen: 'wall' }
  | { screen: 'ops' }
  | { screen: 'ops-commune'; code: string }
  | { screen: 'meeting' }
  | { screen: 'not-found' }
  | { redirect: string };

export function resolveRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { redirect: '/wall' };
  if (path === '/wall') return { screen: 'wall' };
  if (path === '/ops') return { screen: 'ops' };
  if (path === '/meeting') return { screen: 'meeting' };
  const commune = /^\/ops\/commune\/(\d{5})$/.exec(path);
  if (commune) return { screen: 'ops-commune', code: commune[1]! };
  return { screen: 'not-found' };
}
