/**
 * /admin: the tabs a role may use — "Tài khoản" (administrators: accounts,
 * roles, units, unlock, disable), "Màn hình tường" (operators and
 * administrators: wall device tokens) and "Nhật ký kiểm tra" (administrators:
 * the audit log). The tab is in the address (`?tab=devices`), so it survives a
 * reload and a language switch.
 */
import { useRef, type KeyboardEvent } from 'react';
import { t } from '../i18n/index.js';
import { navigate, useLocation } from '../lib/navigation.js';
import { DeskShell } from '../screens/DeskShell.js';
import { adminTabsFor, type AdminTab } from '../auth/access.js';
import { useAuth } from '../auth/auth-store.js';
import { AccountsTab } from './AccountsTab.js';
import { DevicesTab } from './DevicesTab.js';
import { AuditTab } from './AuditTab.js';
import '../styles/admin.css';

export function AdminScreen() {
  return (
    <DeskShell screen="admin" title={t.admin.title} documentTitle={t.admin.documentTitle} testId="admin" exportable={false}>
      <AdminBody />
    </DeskShell>
  );
}

function AdminBody() {
  const auth = useAuth();
  const href = useLocation();
  const tabs = adminTabsFor(auth.status === 'signed-in' ? auth.principal.role : 'viewer');
  const asked = new URLSearchParams(href.includes('?') ? href.slice(href.indexOf('?')) : '').get('tab');
  const current: AdminTab | undefined = tabs.find((tab) => tab === asked) ?? tabs[0];
  const buttons = useRef<Partial<Record<AdminTab, HTMLButtonElement | null>>>({});
  if (!current) return null;

  const select = (tab: AdminTab, focus = false) => {
    navigate(`/admin?tab=${tab}`, { replace: true });
    if (focus) buttons.current[tab]?.focus();
  };
  // Arrow keys move between the tabs (WAI-ARIA tabs pattern).
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = tabs.indexOf(current);
    const next = e.key === 'ArrowRight' ? tabs[(i + 1) % tabs.length] : e.key === 'ArrowLeft' ? tabs[(i - 1 + tabs.length) % tabs.length] : null;
    if (next) {
      e.preventDefault();
      select(next, true);
    }
  };

  return (
    <div className="admin">
      <div className="admin-tabs" role="tablist" aria-label={t.admin.tabsLabel} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab}
            ref={(el) => {
              buttons.current[tab] = el;
            }}
            type="button"
            role="tab"
            id={`admin-tab-${tab}`}
            className="admin-tab"
            aria-selected={tab === current}
            aria-controls={`admin-panel-${tab}`}
            tabIndex={tab === current ? 0 : -1}
            data-testid={`admin-tab-${tab}`}
            onClick={() => select(tab)}
          >
            {t.admin.tabs[tab]}
          </button>
        ))}
      </div>
      <section className="admin-panel" role="tabpanel" id={`admin-panel-${current}`} aria-labelledby={`admin-tab-${current}`} data-testid={`admin-panel-${current}`}>
        {current === 'accounts' ? <AccountsTab /> : current === 'devices' ? <DevicesTab /> : <AuditTab />}
      </section>
    </div>
  );
}
