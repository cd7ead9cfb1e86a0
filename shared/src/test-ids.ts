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
    /** The screen id shown in the footer (`?screen=` or generated). */
    screenId: 'wall-screen-id',
    /** The scene showing; carries `data-scene`, `data-index`, `data-map-mode` and `data-started-at` (epoch ms). */
    scene: 'wall-scene',
    sceneProgress: 'wall-scene-progress',
    overviewScene: 'wall-scene-overview',
    familyScene: (family: MetricFamily) => `wall-scene-family-${family}`,
    connectivityScene: 'wall-scene-connectivity',
    tasksScene: 'wall-scene-tasks',
    /** A scene's indicator card; carries `data-value` and `data-stale`. */
    kpi: (indicator: string) => `wall-kpi-${indicator}`,
    kpiStatus: (indicator: string) => `wall-kpi-status-${indicator}`,
    /** The time of a card's data; carries `data-stale` and `data-as-of`. */
    kpiAsOf: (indicator: string) => `wall-kpi-as-of-${indicator}`,
    ranking: (indicator: string) => `wall-ranking-${indicator}`,
    trend: (indicator: string) => `wall-trend-${indicator}`,
    connectivityStatus: (technology: string) => `wall-connectivity-status-${technology}`,
    connectivityCommunes: 'wall-connectivity-communes',
    taskGroup: (group: string) => `wall-task-group-${group}`,
    taskRow: (id: string) => `wall-task-${id}`,
  },
  /** What /ops and /meeting share. */
  desk: {
    nav: 'desk-nav',
    /** The language switch; each option carries `aria-pressed`. */
    lang: (lang: string) => `desk-lang-${lang}`,
    simulatedBadge: 'desk-simulated-badge',
    exportMenu: 'desk-export',
    exportButton: (kind: string) => `desk-export-${kind}`,
    /** Carries `data-state`: 'idle' | 'working' | 'done' | 'failed'. */
    exportStatus: 'desk-export-status',
    footer: 'desk-footer',
    /** A ranking; carries `data-indicator`, `data-count` (communes ranked) and `data-mode` ('groups' | 'all'). */
    rankings: 'desk-rankings',
    rankingRow: (code: string) => `desk-ranking-row-${code}`,
    rankingGap: 'desk-ranking-gap',
    rankingToggle: 'desk-ranking-toggle',
  },
  ops: {
    root: 'ops',
    search: 'ops-search',
    searchOption: (code: string) => `ops-search-option-${code}`,
    indicator: 'ops-indicator',
    rangePreset: 'ops-range-preset',
    rangeFrom: 'ops-range-from',
    rangeTo: 'ops-range-to',
    rangeApply: 'ops-range-apply',
    /** Carries `data-from` and `data-to` (local days). */
    rangeShown: 'ops-range-shown',
    /** Carries `data-commune-count` and `data-indicator`. */
    map: 'ops-map',
    commune: 'ops-commune',
    /** Carries `data-code`. */
    communeName: 'ops-commune-name',
    back: 'ops-back',
    compare: 'ops-compare',
    /** A chart; carries `data-series` (names joined by '|'), `data-points` (of the commune's line) and `data-target`. */
    chart: (indicator: string) => `ops-chart-${indicator}`,
    /** Carries `data-count` (hamlets listed). */
    hamlets: 'ops-hamlets',
    hamletRow: (code: string) => `ops-hamlet-${code}`,
    digitisation: 'ops-digitisation',
  },
  meeting: {
    root: 'meeting',
    since: 'meeting-since',
    /** A KPI card; carries `data-value`, `data-at-date` and `data-change` (raw numbers, empty when none). */
    kpi: (indicator: string) => `meeting-kpi-${indicator}`,
    /** Carries `data-total`, `data-done` and `data-in-progress`. */
    taskGroup: (group: string) => `meeting-task-group-${group}`,
    taskRow: (id: string) => `meeting-task-${id}`,
    tasksToggle: 'meeting-tasks-toggle',
    figures: 'meeting-figures',
    figure: (id: string) => `meeting-figure-${id}`,
  },
  /** /reports, /reports/keys and a filing page (Quy định 228/QĐ-UBND). */
  reports: {
    root: 'reports',
    /** The leader's list of filings awaiting approval; carries `data-count`. */
    pending: 'reports-pending',
    /** One filing of the unit's list; carries `data-status` (workflow, empty when nothing filed) and `data-compliance`. */
    filingRow: (template: string, period: string) => `reports-filing-${template}-${period}`,
    filing: 'reports-filing',
    /** The filing's workflow status; carries `data-status` (empty when nothing filed), `data-version` and `data-compliance`. */
    filingStatus: 'reports-filing-status',
    /** Inputs of a field: part is 'numerator' | 'denominator' | 'value'. */
    fieldInput: (field: string, part: string) => `reports-field-${field}-${part}`,
    /** The computed percent of a ratio field; carries `data-value`. */
    fieldPercent: (field: string) => `reports-field-percent-${field}`,
    narrative: 'reports-narrative',
    saveDraft: 'reports-save-draft',
    downloadForm: 'reports-download-form',
    upload: 'reports-upload',
    submit: 'reports-submit',
    approve: 'reports-approve',
    reject: 'reports-reject',
    rejectReason: 'reports-reject-reason',
    /** The leader's reason on a rejected filing. */
    rejection: 'reports-rejection',
    /** The outcome of the last action; carries `data-kind`: 'success' | 'error' | 'conflict'. */
    message: 'reports-message',
    history: 'reports-history',
    signature: 'reports-signature',
    keys: 'reports-keys',
    /** Carries `data-state`: 'none' | 'unregistered' | 'registered' | 'revoked' | 'unsupported'. */
    browserKey: 'reports-browser-key',
    createKey: 'reports-create-key',
    registerKey: 'reports-register-key',
    keyRow: (id: string) => `reports-key-${id}`,
    /** /reports/new: a lead agency's thematic or ad hoc report (Điều 4, 6.3). */
    newReport: 'reports-new',
    newReportName: 'reports-new-name',
    /** A select: 'thematic' | 'ad-hoc'. */
    newReportKind: 'reports-new-kind',
    /** A select: 'self' | 'communes'. */
    newReportParticipants: 'reports-new-participants',
    /** The lead agency, for an administrator only (a select of agency codes). */
    newReportAgency: 'reports-new-agency',
    /** The checkbox of a period kind: 'month' | 'quarter' | 'half-year' | 'nine-months' | 'year'. */
    newReportPeriod: (kind: string) => `reports-new-period-${kind}`,
    /** The one-off deadline (a date input, yyyy-mm-dd); used when no period is checked. */
    newReportDueDate: 'reports-new-due-date',
    newReportAddField: 'reports-new-add-field',
    /** A row of the form's fields (0-based): part is 'row' | 'code' | 'name' | 'measure' | 'unit' | 'indicator' | 'remove'. */
    newReportField: (index: number, part: string) => `reports-new-field-${index}-${part}`,
    newReportSubmit: 'reports-new-submit',
    /** What stops the report being created (issues to fix, the server's answer); carries `data-count`. */
    newReportError: 'reports-new-error',
  },
  /** Sign-in, the user box, and a wall's pairing screen. */
  auth: {
    login: 'login',
    form: 'login-form',
    username: 'login-username',
    password: 'login-password',
    submit: 'login-submit',
    /** Carries `data-kind` (invalid | locked | rate-limited | network | other). */
    error: 'login-error',
    expired: 'login-expired',
    demoNote: 'login-demo-note',
    userBox: 'user-box',
    userName: 'user-box-name',
    logout: 'logout',
    /** The wall's full-screen pairing screen; carries `data-reason` (unpaired | revoked). */
    pairing: 'wall-pairing',
    pairName: 'pair-name',
    pairSubmit: 'pair-submit',
    pairNotAllowed: 'pair-not-allowed',
  },
  /** Who delivered their reports (Điều 12): /ops/compliance and the wall's compliance scene. */
  compliance: {
    page: 'compliance-page',
    scene: 'wall-scene-compliance',
    /** Carries `data-as-of` (ISO) and `data-includes-demo`. */
    asOf: 'compliance-as-of',
    /** The totals of agencies or of communes; kind is 'agency' | 'commune'. */
    totals: (kind: string) => `compliance-totals-${kind}`,
    /** One count of the totals; carries `data-value`. */
    statusCount: (kind: string, status: string) => `compliance-count-${kind}-${status}`,
    /** A unit of the table (page) or of the longest-overdue list (wall); carries `data-status` (worst), `data-kind` and `data-overdue`. */
    unitRow: (code: string) => `compliance-unit-${code}`,
    /** One filing (unit, report, period); carries `data-status` and `data-workflow-status`. */
    filingRow: (unitCode: string, template: string, period: string) => `compliance-filing-${unitCode}-${template}-${period}`,
    /** A reminder (overdue or due soon); carries `data-status`. */
    reminderRow: (unitCode: string, template: string, period: string) => `compliance-reminder-${unitCode}-${template}-${period}`,
    /** A commune of the wall's 75-commune grid; carries `data-status` (worst, or 'none'). */
    communeCell: (code: string) => `compliance-commune-${code}`,
    filterKind: 'compliance-filter-kind',
    filterStatus: 'compliance-filter-status',
  },
} as const;
