/**
 * The language of the screens: Vietnamese by default, English as a switch.
 * `?lang=en|vi` in the URL wins, then the choice kept in localStorage, then Vietnamese.
 * `t` is a live binding: modules read `t.x` when they render, and `App` re-mounts
 * the screen on a change (keyed by `useLang()`), so nothing keeps a stale string.
 */
import { useSyncExternalStore } from 'react';
import { en } from './en.js';
import { vi } from './vi.js';
import type { Messages } from './messages.js';
import { pickLang, type Lang } from './lang.js';
import { formatterFor, type Formatter } from './format.js';
import { navigate } from '../lib/navigation.js';

export type { Messages } from './messages.js';
export { LANGS, type Lang } from './lang.js';
export type { Formatter } from './format.js';

const catalogues: Record<Lang, Messages> = { vi, en };
const STORAGE_KEY = 'ioc.lang';

function storedLang(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null; // storage disabled (kiosk profiles): the URL and the default still work
  }
}

function urlLang(): string | null {
  return globalThis.location ? new URLSearchParams(globalThis.location.search).get('lang') : null;
}

let current: Lang = pickLang(urlLang(), storedLang());

export let t: Messages = catalogues[current];
/** Numbers and dates in the current language. */
export let fmt: Formatter = formatterFor(current);

const listeners = new Set<() => void>();

export function currentLang(): Lang {
  return current;
}

/** Switch language, remember it, and keep the URL honest (a copied link opens in the same language). */
export function setLang(lang: Lang): void {
  if (lang === current) return;
  current = lang;
  t = catalogues[lang];
  fmt = formatterFor(lang);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // not persisted; the session still switches
  }
  if (globalThis.location) {
    const url = new URL(globalThis.location.href);
    if (url.searchParams.has('lang')) {
      url.searchParams.set('lang', lang);
      // Through the app's navigation, so the links built from the location see the new value.
      navigate(`${url.pathname}${url.search}`, { replace: true });
    }
  }
  if (globalThis.document) globalThis.document.documentElement.lang = lang;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current language, re-rendering on a switch. */
export function useLang(): Lang {
  return useSyncExternalStore(subscribe, currentLang, currentLang);
}
