/** The screens by path. No router library: a pathname switch is all the product needs so far. */
export type Route = { screen: 'wall' } | { screen: 'not-found' } | { redirect: string };

export function resolveRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { redirect: '/wall' };
  if (path === '/wall') return { screen: 'wall' };
  return { screen: 'not-found' };
}
