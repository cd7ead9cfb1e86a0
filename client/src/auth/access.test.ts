import { describe, expect, it } from 'vitest';
import { ROLES } from '@ioc/shared';
import { resolveRoute } from '../app/routes.js';
import { accessOf, adminTabsFor, afterLoginPath, allows, homePathOf, loginHref, navLinksFor, safeNext } from './access.js';

const access = (path: string) => accessOf(resolveRoute(path));

describe('accessOf / allows', () => {
  it('leaves the wall, the sign-in page and unknown addresses open', () => {
    for (const path of ['/wall', '/login', '/nope']) expect(access(path)).toEqual({ kind: 'public' });
  });
  it('asks a signed-in person for the desk screens and the reports', () => {
    for (const path of ['/ops', '/ops/commune/03670', '/ops/compliance', '/meeting', '/reports', '/reports/keys', '/reports/QD228-01-01/agency/SKHCN/2025-07']) {
      expect(access(path)).toEqual({ kind: 'person' });
      for (const role of ROLES) expect(allows(access(path), role)).toBe(true);
      expect(allows(access(path), 'device')).toBe(false);
    }
  });
  it('opens /admin to whoever manages accounts or wall screens', () => {
    const admin = access('/admin');
    expect(allows(admin, 'admin')).toBe(true);
    expect(allows(admin, 'operator')).toBe(true);
    expect(allows(admin, 'viewer')).toBe(false);
    expect(allows(admin, 'specialist')).toBe(false);
    expect(allows(admin, 'leader')).toBe(false);
    expect(allows(admin, 'device')).toBe(false);
  });
  it('opens /reports/new to whoever may create thematic and ad hoc reports (leaders, administrators)', () => {
    const create = access('/reports/new');
    expect(create).toEqual({ kind: 'permission', anyOf: ['createThematicReports'] });
    expect(allows(create, 'leader')).toBe(true);
    expect(allows(create, 'admin')).toBe(true);
    expect(allows(create, 'specialist')).toBe(false);
    expect(allows(create, 'operator')).toBe(false);
    expect(allows(create, 'viewer')).toBe(false);
    expect(allows(create, 'device')).toBe(false);
  });
});

describe('adminTabsFor', () => {
  it('gives an administrator every tab and an operator the wall screens only', () => {
    expect(adminTabsFor('admin')).toEqual(['accounts', 'devices', 'audit']);
    expect(adminTabsFor('operator')).toEqual(['devices']);
    expect(adminTabsFor('viewer')).toEqual([]);
    expect(adminTabsFor('device')).toEqual([]);
  });
});

describe('homePathOf', () => {
  it('sends each role to its own screen', () => {
    expect(homePathOf('specialist')).toBe('/reports');
    expect(homePathOf('leader')).toBe('/reports');
    expect(homePathOf('operator')).toBe('/ops');
    expect(homePathOf('admin')).toBe('/ops');
    expect(homePathOf('viewer')).toBe('/meeting');
    expect(homePathOf('device')).toBe('/wall');
  });
});

describe('safeNext', () => {
  it('keeps a path of this site with its query and hash', () => {
    expect(safeNext('/ops')).toBe('/ops');
    expect(safeNext('/ops/commune/03670?range=30d')).toBe('/ops/commune/03670?range=30d');
    expect(safeNext('/meeting#tasks')).toBe('/meeting#tasks');
  });
  it('refuses other origins, however they are spelled', () => {
    for (const bad of ['//evil.example/x', '/\\evil.example', 'https://evil.example/', 'http:/evil', 'javascript:alert(1)', 'ops', '/\t/evil.example', ' /ops', '']) {
      expect(safeNext(bad)).toBeNull();
    }
    expect(safeNext(null)).toBeNull();
    expect(safeNext(undefined)).toBeNull();
  });
  it('refuses the sign-in page itself, so signing in never loops', () => {
    expect(safeNext('/login')).toBeNull();
    expect(safeNext('/login/?next=/ops')).toBeNull();
  });
});

describe('loginHref / afterLoginPath', () => {
  it('comes back to the page and says when the session expired', () => {
    expect(loginHref('/ops/commune/03670?range=30d', true)).toBe('/login?next=%2Fops%2Fcommune%2F03670%3Frange%3D30d&expired=1');
    expect(loginHref('/meeting', false)).toBe('/login?next=%2Fmeeting');
    expect(loginHref('/', false)).toBe('/login');
    expect(loginHref('//evil.example', false)).toBe('/login');
  });
  it('goes to `next` when it is safe, else to the role home', () => {
    expect(afterLoginPath('/admin', 'admin')).toBe('/admin');
    expect(afterLoginPath('//evil.example', 'viewer')).toBe('/meeting');
    expect(afterLoginPath(null, 'specialist')).toBe('/reports');
    expect(afterLoginPath(new URLSearchParams(loginHref('/ops?x=1', true).split('?')[1]).get('next'), 'viewer')).toBe('/ops?x=1');
  });
});

describe('navLinksFor', () => {
  const screens = (role: Parameters<typeof navLinksFor>[0]) => navLinksFor(role).map((l) => l.screen);
  it('gives the unit staff their reports and no administration', () => {
    expect(screens('specialist')).toEqual(['ops', 'compliance', 'meeting', 'reports', 'wall']);
    expect(screens('leader')).toEqual(['ops', 'compliance', 'meeting', 'reports', 'wall']);
  });
  it('gives operators and administrators the administration', () => {
    expect(screens('operator')).toEqual(['ops', 'compliance', 'meeting', 'admin', 'wall']);
    expect(screens('admin')).toEqual(['ops', 'compliance', 'meeting', 'admin', 'wall']);
  });
  it('gives the leadership viewer the dashboards only', () => {
    expect(screens('viewer')).toEqual(['ops', 'compliance', 'meeting', 'wall']);
  });
  it('links each screen to its address', () => {
    expect(navLinksFor('admin').map((l) => l.href)).toEqual(['/ops', '/ops/compliance', '/meeting', '/admin', '/wall']);
  });
});
