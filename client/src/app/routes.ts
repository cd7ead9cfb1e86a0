/** The screens by path. No router library: a pathname switch is all the product needs so far. */
export type Route =
  | { screen: 'wall' }
  | { screen: 'login' }
  | { screen: 'ops' }
  | { screen: 'ops-commune'; code: string }
  | { screen: 'compliance' }
  | { screen: 'meeting' }
  | { screen: 'admin' }
  | { screen: 'reports' }
  | { screen: 'report-keys' }
  | { screen: 'new-report' }
  | { screen: 'filing'; template: string; unitKind: 'agency' | 'commune'; unitCode: string; period: string }
  | { screen: 'not-found' }
  | { redirect: string };

export type Screen = Exclude<Route, { redirect: string }>['screen'];

/** One path segment of a report address: a template code, a unit code or a period key. */
const SEGMENT = '([A-Za-z0-9][A-Za-z0-9._-]{0,63})';
const FILING = new RegExp(`^/reports/${SEGMENT}/(agency|commune)/${SEGMENT}/${SEGMENT}$`);

export function resolveRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { redirect: '/wall' };
  if (path === '/wall') return { screen: 'wall' };
  if (path === '/login') return { screen: 'login' };
  if (path === '/ops') return { screen: 'ops' };
  if (path === '/ops/compliance') return { screen: 'compliance' };
  if (path === '/meeting') return { screen: 'meeting' };
  if (path === '/admin') return { screen: 'admin' };
  if (path === '/reports') return { screen: 'reports' };
  if (path === '/reports/keys') return { screen: 'report-keys' };
  // Before the filing pattern: "new" is not a report code.
  if (path === '/reports/new') return { screen: 'new-report' };
  const commune = /^\/ops\/commune\/(\d{5})$/.exec(path);
  if (commune) return { screen: 'ops-commune', code: commune[1]! };
  const filing = FILING.exec(path);
  if (filing) {
    return { screen: 'filing', template: filing[1]!, unitKind: filing[2] as 'agency' | 'commune', unitCode: filing[3]!, period: filing[4]! };
  }
  return { screen: 'not-found' };
}

/** The address of one unit's report for one period (the inverse of the 'filing' route). */
export function filingPath(template: string, unitKind: 'agency' | 'commune', unitCode: string, period: string): string {
  return `/reports/${encodeURIComponent(template)}/${unitKind}/${encodeURIComponent(unitCode)}/${encodeURIComponent(period)}`;
}
