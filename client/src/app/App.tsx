import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { t, useLang } from '../i18n/index.js';
import { useLocation } from '../lib/navigation.js';
import { resolveRoute, type Route } from './routes.js';
import { NotFound } from './NotFound.js';
import { WallScreen } from '../wall/WallScreen.js';
import { accessOf } from '../auth/access.js';
import { startAuth } from '../auth/auth-store.js';
import { RouteGuard } from '../auth/RouteGuard.js';

// The desk screens load on demand: the wall never downloads them (nor ExcelJS and the capture code they pull in).
const OpsScreen = lazy(() => import('../ops/OpsScreen.js').then((m) => ({ default: m.OpsScreen })));
const MeetingScreen = lazy(() => import('../meeting/MeetingScreen.js').then((m) => ({ default: m.MeetingScreen })));
const LoginScreen = lazy(() => import('../auth/LoginScreen.js').then((m) => ({ default: m.LoginScreen })));
const AdminScreen = lazy(() => import('../admin/AdminScreen.js').then((m) => ({ default: m.AdminScreen })));
const ReportsScreen = lazy(() => import('../reports/ReportsScreen.js').then((m) => ({ default: m.ReportsScreen })));
const SigningKeysScreen = lazy(() => import('../reports/SigningKeysScreen.js').then((m) => ({ default: m.SigningKeysScreen })));
const NewReportScreen = lazy(() => import('../reports/NewReportScreen.js').then((m) => ({ default: m.NewReportScreen })));
const FilingScreen = lazy(() => import('../reports/FilingScreen.js').then((m) => ({ default: m.FilingScreen })));
const ComplianceScreen = lazy(() => import('../compliance/ComplianceScreen.js').then((m) => ({ default: m.ComplianceScreen })));

type ScreenRoute = Exclude<Route, { redirect: string }>;

function currentRoute(): ScreenRoute {
  const route = resolveRoute(window.location.pathname);
  if ('redirect' in route) {
    // Keep the query (e.g. ?metric=CODE) when sending / to /wall.
    window.history.replaceState(null, '', `${route.redirect}${window.location.search}`);
    const next = resolveRoute(route.redirect);
    return 'redirect' in next ? { screen: 'not-found' } : next;
  }
  return route;
}

/** The screen of a route, keyed by language so a switch re-reads every string. */
function screenOf(route: ScreenRoute, lang: string): ReactNode {
  switch (route.screen) {
    case 'ops':
      return <OpsScreen key={lang} commune={null} />;
    case 'ops-commune':
      return <OpsScreen key={lang} commune={route.code} />;
    case 'meeting':
      return <MeetingScreen key={lang} />;
    case 'login':
      return <LoginScreen key={lang} />;
    case 'admin':
      return <AdminScreen key={lang} />;
    case 'reports':
      return <ReportsScreen key={lang} />;
    case 'report-keys':
      return <SigningKeysScreen key={lang} />;
    case 'new-report':
      // Not keyed by language: a switch re-renders it (useLang inside) and keeps a half-filled form.
      return <NewReportScreen />;
    case 'filing':
      return <FilingScreen key={lang} template={route.template} unitKind={route.unitKind} unitCode={route.unitCode} period={route.period} />;
    case 'compliance':
      return <ComplianceScreen key={lang} />;
    case 'wall':
      return <WallScreen />;
    case 'not-found':
      return <NotFound />;
  }
}

export function App() {
  useLocation(); // re-render on in-app navigation (/ops → /ops/commune/…)
  const lang = useLang();
  const route = currentRoute();
  const access = accessOf(route);
  // The desk screens and the sign-in page name their own page.
  const namesItself = access.kind !== 'public' || route.screen === 'login';
  useEffect(() => startAuth(), []);
  useEffect(() => {
    document.documentElement.lang = t.lang;
    if (!namesItself) document.title = t.documentTitle;
  }, [lang, namesItself]);
  if (route.screen === 'wall') return <WallScreen />;
  if (route.screen === 'not-found') return <NotFound />;
  return (
    <RouteGuard access={access}>
      <Suspense fallback={null}>{screenOf(route, lang)}</Suspense>
    </RouteGuard>
  );
}
