/** Links between the screens a role may use; the current one is marked for assistive technology too. */
import { testIds } from '@ioc/shared';
import { t } from '../i18n/index.js';
import { linkProps } from '../lib/navigation.js';
import { navLinksFor, type PrincipalRole } from '../auth/access.js';
import { useAuth } from '../auth/auth-store.js';

export type DeskScreen = 'ops' | 'meeting' | 'compliance' | 'reports' | 'admin';

export function DeskNav({ current }: { current: DeskScreen }) {
  const auth = useAuth();
  // The desk is shown to signed-in people only (App's guard); 'viewer' is the narrowest set meanwhile.
  const role: PrincipalRole = auth.status === 'signed-in' ? auth.principal.role : 'viewer';
  return (
    <nav className="desk-nav" aria-label={t.desk.nav.label} data-testid={testIds.desk.nav}>
      {navLinksFor(role).map((l) =>
        l.screen === 'wall' ? (
          // The wall is a different kind of screen (full page, no navigation back): a plain link.
          <a key={l.href} className="desk-nav-link" href={l.href} data-testid={`desk-nav-${l.screen}`}>
            {t.auth.nav.wall}
          </a>
        ) : (
          <a
            key={l.href}
            className="desk-nav-link"
            aria-current={l.screen === current ? 'page' : undefined}
            data-testid={`desk-nav-${l.screen}`}
            {...linkProps(l.href)}
          >
            {t.auth.nav[l.screen]}
          </a>
        ),
      )}
    </nav>
  );
}
