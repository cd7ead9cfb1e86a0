/**
 * In-app navigation without a router library: `navigate` pushes a history
 * entry and tells subscribers; `useLocation` re-renders on it and on the
 * browser's back/forward. Plain links work too (`linkProps` intercepts plain
 * left clicks and leaves modified clicks — new tab, new window — to the browser).
 */
import { useSyncExternalStore, type MouseEvent } from 'react';

const listeners = new Set<() => void>();
let snapshot = currentHref();

function currentHref(): string {
  return typeof window === 'undefined' ? '/' : `${window.location.pathname}${window.location.search}`;
}

function notify(): void {
  snapshot = currentHref();
  for (const l of listeners) l();
}

export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (href === currentHref()) return;
  if (options.replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  notify();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('popstate', notify);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', notify);
  };
}

/** "/ops/commune/03670?range=30d", re-rendering on navigation. */
export function useLocation(): string {
  return useSyncExternalStore(subscribe, () => snapshot, () => snapshot);
}

export function linkProps(href: string): { href: string; onClick: (e: MouseEvent<HTMLAnchorElement>) => void } {
  return {
    href,
    onClick(e) {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      navigate(href);
    },
  };
}
