/**
 * Who may open which screen, where a person lands after signing in, and which
 * links the desk navigation shows (pure, tested). The server checks every
 * request itself (shared/src/auth/roles.ts); this only avoids showing what it would refuse.
 */
import { can, type Permission, type Role } from '@ioc/shared';
import type { Route } from '../app/routes.js';

export type PrincipalRole = Role | 'device';

/** What a screen needs: nothing (wall, sign-in page), a signed-in person, or a person with one of some permissions. */
export type Access = { kind: 'public' } | { kind: 'person' } | { kind: 'permission'; anyOf: readonly Permission[] };

export const ADMIN_PERMISSIONS: readonly Permission[] = ['manageAccounts', 'manageDevices'];

export function accessOf(route: Route): Access {
  if ('redirect' in route) return { kind: 'public' };
  switch (route.screen) {
    case 'wall':
    case 'login':
    case 'not-found':
      return { kind: 'public' };
    case 'admin':
      return { kind: 'permission', anyOf: ADMIN_PERMISSIONS };
    case 'new-report':
      return { kind: 'permission', anyOf: ['createThematicReports'] };
    case 'ops':
    case 'ops-commune':
    case 'meeting':
    case 'compliance':
    case 'reports':
    case 'report-keys':
    case 'filing':
      return { kind: 'person' };
  }
}

export function allows(access: Access, role: PrincipalRole): boolean {
  if (access.kind === 'public') return true;
  // A wall device reads the dashboards on the wall only; the desk screens are for people.
  if (role === 'device') return false;
  if (access.kind === 'person') return true;
  return access.anyOf.some((p) => can(role, p));
}

/** Where a person lands after signing in when no `next` was asked for. */
export function homePathOf(role: PrincipalRole): string {
  switch (role) {
    case 'specialist':
    case 'leader':
      return '/reports';
    case 'operator':
    case 'admin':
      return '/ops';
    case 'viewer':
      return '/meeting';
    case 'device':
      return '/wall';
  }
}

/**
 * A `next` parameter made safe: only a path of this site ("/ops?x=1"), never
 * another origin ("//evil.example", "/\\evil.example", "https://…"), never the
 * sign-in page itself (no loop); null when unusable.
 */
export function safeNext(next: string | null | undefined): string | null {
  if (typeof next !== 'string' || next.length === 0 || next.length > 2000) return null;
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  // Control characters and backslashes: browsers may read "/\t/evil" or "/\evil" as another host.
  for (let i = 0; i < next.length; i++) {
    const code = next.charCodeAt(i);
    if (code < 0x20 || code === 0x7f || code === 0x5c) return null;
  }
  let url: URL;
  try {
    url = new URL(next, 'http://same.invalid');
  } catch {
    return null;
  }
  if (url.origin !== 'http://same.invalid') return null;
  const path = url.pathname.replace(/\/+$/, '') || '/';
  if (path === '/login') return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page that comes back to `path` afterwards. */
export function loginHref(path: string, expired: boolean): string {
  const q = new URLSearchParams();
  const next = safeNext(path);
  if (next && next !== '/') q.set('next', next);
  if (expired) q.set('expired', '1');
  const query = q.toString();
  return query ? `/login?${query}` : '/login';
}

/** Where to go after signing in: the asked-for page, else the role's home. */
export function afterLoginPath(next: string | null, role: PrincipalRole): string {
  return safeNext(next) ?? homePathOf(role);
}

export type NavScreen = 'ops' | 'compliance' | 'meeting' | 'reports' | 'admin' | 'wall';

export interface NavLink {
  screen: NavScreen;
  href: string;
}

/** The desk's links for a role, in order; the wall last (it leaves the desk). */
export function navLinksFor(role: PrincipalRole): NavLink[] {
  const links: NavLink[] = [
    { screen: 'ops', href: '/ops' },
    { screen: 'compliance', href: '/ops/compliance' },
    { screen: 'meeting', href: '/meeting' },
  ];
  if (role === 'specialist' || role === 'leader') links.push({ screen: 'reports', href: '/reports' });
  if (adminTabsFor(role).length > 0) links.push({ screen: 'admin', href: '/admin' });
  links.push({ screen: 'wall', href: '/wall' });
  return links;
}

export type AdminTab = 'accounts' | 'devices' | 'audit';

/** The tabs of /admin a role may use: accounts (admin), wall screens (operator, admin), audit log (admin). */
export function adminTabsFor(role: PrincipalRole): AdminTab[] {
  const tabs: AdminTab[] = [];
  if (can(role, 'manageAccounts')) tabs.push('accounts');
  if (can(role, 'manageDevices')) tabs.push('devices');
  if (can(role, 'readAudit')) tabs.push('audit');
  return tabs;
}
