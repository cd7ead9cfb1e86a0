/** Links between the screens; the current one is marked for assistive technology too. */
import { testIds } from '@ioc/shared';
import { t } from '../i18n/index.js';
import { linkProps } from '../lib/navigation.js';

export type DeskScreen = 'ops' | 'meeting';

export function DeskNav({ current }: { current: DeskScreen }) {
  const links = [
    { href: '/ops', label: t.desk.nav.ops, screen: 'ops' },
    { href: '/meeting', label: t.desk.nav.meeting, screen: 'meeting' },
  ] as const;
  return (
    <nav className="desk-nav" aria-label={t.desk.nav.label} data-testid={testIds.desk.nav}>
      {links.map((l) => (
        <a key={l.href} className="desk-nav-link" aria-current={l.screen === current ? 'page' : undefined} {...linkProps(l.href)}>
          {l.label}
        </a>
      ))}
      {/* The wall is a different kind of screen (full page, no navigation back): a plain link. */}
      <a className="desk-nav-link" href="/wall">
        {t.desk.nav.wall}
      </a>
    </nav>
  );
}
