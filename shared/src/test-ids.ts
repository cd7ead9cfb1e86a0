/**
 * Every `data-testid` of the screens, in one place: components set them from here
 * and the browser tests (e2e/) select with them, so renaming one breaks the build, not a test run.
 */
import type { MetricFamily } from './indicators/catalogue.js';

export const testIds = {
  wall: {
    root: 'wall',
    header: 'wall-header',
    clock: 'wall-clock',
    lastUpdate: 'wall-last-update',
    /** Carries `data-state`: 'connecting' | 'online' | 'offline'. */
    connection: 'wall-connection',
    simulatedBadge: 'wall-simulated-badge',
    tile: (family: MetricFamily) => `wall-tile-${family}`,
    /** The big province value; carries `data-value` (raw number, empty when none) and `data-indicator`. */
    tileValue: (family: MetricFamily) => `wall-tile-value-${family}`,
    /** Carries `data-status`: 'good' | 'warning' | 'critical' | 'no-target' | 'no-data'. */
    tileStatus: (family: MetricFamily) => `wall-tile-status-${family}`,
    tileChange: (family: MetricFamily) => `wall-tile-change-${family}`,
    tileCounts: (family: MetricFamily) => `wall-tile-counts-${family}`,
    tileAsOf: (family: MetricFamily) => `wall-tile-as-of-${family}`,
    tileSparkline: (family: MetricFamily) => `wall-tile-sparkline-${family}`,
    /** The tile's own error text when its values could not be loaded. */
    tileError: (family: MetricFamily) => `wall-tile-error-${family}`,
    /** The sparkline's error text when the 60-day series could not be loaded. */
    tileSeriesError: (family: MetricFamily) => `wall-tile-series-error-${family}`,
    /** A secondary indicator line of a tile; carries `data-value`. */
    tileSecondary: (indicator: string) => `wall-tile-secondary-${indicator}`,
    /** Carries `data-commune-count` (communes drawn), `data-mode` ('boundaries' | 'schematic') and `data-indicator`. */
    map: 'wall-map',
    /** One label per commune on the map; carries `data-value` and `data-code`. */
    mapCommune: (code: string) => `wall-map-commune-${code}`,
    mapLegend: 'wall-map-legend',
    mapTitle: 'wall-map-title',
    mapError: 'wall-map-error',
    footer: 'wall-footer',
  },
} as const;
