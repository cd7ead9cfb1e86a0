import { formatDateTime, testIds } from '@ioc/shared';
import { t } from '../../i18n/index.js';
import { useMetrics } from '../../store/metrics-store.js';
import { screenId } from '../../lib/screen-id.js';

/** The citation line required when IOC data is shown (Quy định 228/QĐ-UBND, Điều 9). */
export function WallFooter() {
  const at = useMetrics((s) => s.lastUpdateAt ?? s.snapshotAt);
  return (
    <footer className="wall-footer" data-testid={testIds.wall.footer}>
      <span>{at ? t.footer.source(formatDateTime(at)) : t.footer.sourceNoTime}</span>
      <span className="wall-footer-note">
        {t.footer.citation}
        <span className="wall-footer-screen" data-testid={testIds.wall.screenId}>
          {t.scenes.screen(screenId())}
        </span>
      </span>
    </footer>
  );
}
