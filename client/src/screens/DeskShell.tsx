/**
 * The frame of the desk screens (/ops, /meeting, /ops/compliance, /reports,
 * /admin): skip link, header (brand, the screen links of the role, simulated
 * badge, language, export, who is signed in), the page, and the citation
 * footer with the time of the newest data (Quy định 228/QĐ-UBND, Điều 9).
 */
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { testIds } from '@ioc/shared';
import { fmt, t } from '../i18n/index.js';
import { ExportContext, createExportRegistry, type ExportRegistry } from '../export/export-context.js';
import { ExportMenu } from '../export/ExportMenu.js';
import { useMetrics } from '../store/metrics-store.js';
import { startDeskServices } from './desk-services.js';
import { DeskNav, type DeskScreen } from './DeskNav.js';
import { DeskSimulatedBadge } from './DeskSimulatedBadge.js';
import { LangSwitch } from './LangSwitch.js';
import { UserBox } from '../auth/UserBox.js';
import '../styles/desk.css';
import '../styles/auth.css';

/**
 * `scale`: 'fixed' (16 px, operators' desks) or 'viewport' (the wall's rem, which
 * follows the screen: the same layout on a 1080p or a 4K conference-room display).
 */
export function DeskShell({
  screen,
  title,
  documentTitle,
  testId,
  scale = 'fixed',
  exportable = true,
  children,
}: {
  screen: DeskScreen;
  title: string;
  documentTitle: string;
  testId: string;
  scale?: 'fixed' | 'viewport';
  /** False for screens with nothing to export (administration): no export buttons. */
  exportable?: boolean;
  children: ReactNode;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const registry = useMemo<ExportRegistry>(() => createExportRegistry(), []);
  useEffect(() => startDeskServices(), []);
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);
  useEffect(() => {
    const root = document.documentElement.classList;
    const name = scale === 'fixed' ? 'is-desk' : 'is-desk-scaled';
    root.add(name);
    return () => root.remove(name);
  }, [scale]);

  return (
    <ExportContext.Provider value={registry}>
      <div className="desk" ref={frame} data-testid={testId}>
        <a className="desk-skip" href="#desk-main" data-export-skip="">
          {t.desk.skipToContent}
        </a>
        <header className="desk-header">
          <div className="desk-brand">
            <span className="desk-brand-mark" aria-hidden="true">
              {t.appAbbreviation}
            </span>
            <div>
              <p className="desk-app-title">{t.appTitle}</p>
              <h1 className="desk-title">{title}</h1>
            </div>
          </div>
          <DeskNav current={screen} />
          <div className="desk-tools">
            <DeskSimulatedBadge />
            <LangSwitch />
            {exportable && <ExportMenu target={frame} />}
            <UserBox />
          </div>
        </header>
        <main id="desk-main" className="desk-main" tabIndex={-1}>
          {children}
        </main>
        <DeskFooter />
      </div>
    </ExportContext.Provider>
  );
}

function DeskFooter() {
  const at = useMetrics((s) => s.lastUpdateAt ?? s.snapshotAt);
  return (
    <footer className="desk-footer" data-testid={testIds.desk.footer}>
      <span>{at ? t.footer.source(fmt.dateTime(at)) : t.footer.sourceNoTime}</span>
      <span>{t.footer.citation}</span>
    </footer>
  );
}
