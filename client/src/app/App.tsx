import { useEffect } from 'react';
import { t } from '../i18n/index.js';
import { resolveRoute } from './routes.js';
import { NotFound } from './NotFound.js';
import { WallScreen } from '../wall/WallScreen.js';

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
  const route = currentRoute();
  useEffect(() => {
    document.documentElement.lang = t.lang;
    document.title = t.documentTitle;
  }, []);
  if ('screen' in route && route.screen === 'wall') return <WallScreen />;
  return <NotFound />;
}
