import { lazy, Suspense, useEffect } from 'react';
import { t, useLang } from '../i18n/index.js';
import { useLocation } from '../lib/navigation.js';
import { resolveRoute } from './routes.js';
import { NotFound } from './NotFound.js';
import { WallScreen } from '../wall/WallScreen.js';

// The desk screens load on demand: the wall never downloads them (nor ExcelJS and the capture code they pull in).
const OpsScreen = lazy(() => import('../ops/OpsScreen.js').then((m) => ({ default: m.OpsScreen })));
const MeetingScreen = lazy(() => import('../meeting/MeetingScreen.js').then((m) => ({ default: m.MeetingScreen })));

function currentRoute() {
  const route = resolveRoute(window.location.pathname);
  if ('redirect' in route) {
    // Keep the query (e.g. ?metric=CODE) when sending / to /wall.
    window.history.replaceState(null, '', `${route.redirect}${window.location.search}`);
    return resolveRoute(route.redirect);
  }
  return route;
}

export function App() {
  useLocation(); // re-render on in-app navigation (/ops → /ops/commune/…)
  const lang = useLang();
  const route = currentRoute();
  const desk = 'screen' in route && (route.screen === 'ops' || route.screen === 'ops-commune' || route.screen === 'meeting');
  useEffect(() => {
    document.documentElement.lang = t.lang;
    // The desk screens name their own page (DeskShell).
    if (!desk) document.title = t.documentTitle;
  }, [lang, desk]);
  if ('screen' in route && route.screen === 'wall') return <WallScreen />;
  // Keyed by language: a switch re-mounts the screen, so every string is read again.
  if (desk) {
    return (
      <Suspense fallback={null}>
        {route.screen === 'meeting' ? <MeetingScreen key={lang} /> : <OpsScreen key={lang} commune={route.screen === 'ops-commune' ? route.code : null} />}
      </Suspense>
    );
  }
  return <NotFound />;
}
