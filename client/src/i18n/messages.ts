/**
 * The shape of every user-facing string of the client. One object per language
 * (vi.ts now; en.ts later) must satisfy it, so a missing translation is a type error.
 * Parameters arrive already formatted (numbers, dates) by the shared formatters.
 */
import type { ConnectivityStatus, ConnectivityTechnology, MetricFamily, TaskGroup, TaskStatus, WallSceneId } from '@ioc/shared';

export type ConnectionLabel = 'connecting' | 'online' | 'offline';

export interface Messages {
  lang: string;
  /** The wall's scenes, staleness and screen id. */
  scenes: WallSceneMessages;
  appTitle: string;
  appAbbreviation: string;
  documentTitle: string;
  header: {
    connection: Record<ConnectionLabel, string>;
    lastUpdate: (time: string) => string;
    lastUpdateNone: string;
    simulated: string;
    simulatedHint: string;
  };
  tile: {
    province: string;
    noTarget: string;
    target: (value: string) => string;
    targetDue: (value: string, due: string) => string;
    status: {
      good: string;
      warning: (gap: string) => string;
      critical: (gap: string) => string;
      noTarget: string;
      noData: string;
    };
    change7d: string;
    change7dNone: string;
    asOf: (time: string) => string;
    trendCaption: string;
    onMap: string;
    loadingValues: string;
    valuesError: string;
    seriesError: string;
    seriesLoading: string;
    panelError: string;
    hamletsWithout4g: (count: string) => string;
    hamletsWithoutBroadband: (count: string) => string;
    budgetRemaining: (amount: string) => string;
    familyName: Record<MetricFamily, string>;
  };
  map: {
    title: (indicator: string) => string;
    schematicNote: string;
    boundariesNote: (source: string) => string;
    boundariesNoteUnknown: string;
    legendTitle: string;
    noData: string;
    belowTarget: (target: string) => string;
    pinned: string;
    cycling: (seconds: number) => string;
    loading: string;
    error: string;
    webglError: string;
    communeCount: (count: string) => string;
    calloutTitle: string;
  };
  footer: {
    source: (time: string) => string;
    sourceNoTime: string;
    citation: string;
  };
  notFound: {
    title: string;
    body: string;
    link: string;
  };
  /** /ops and /meeting: what both desk screens share. */
  desk: DeskMessages;
  ops: OpsMessages;
  meeting: MeetingMessages;
  exports: ExportMessages;
  /** Signing in and out, the user box, screens refused for a role. */
  auth: AuthMessages;
  /** /admin: accounts, wall screens, audit log. */
  admin: AdminMessages;
  /** The wall's pairing screen (no credentials, or a revoked device). */
  pair: PairMessages;
  /** /reports, a filing page, /reports/keys. */
  reports: ReportsMessages;
  /** /ops/compliance and the wall's compliance scene. */
  compliance: ComplianceMessages;
}

export interface DeskMessages {
  nav: { label: string; wall: string; ops: string; meeting: string };
  language: { label: string; vi: string; en: string };
  skipToContent: string;
  simulatedShort: string;
  realFigure: string;
  loading: string;
  loadError: string;
  dataAsOf: (time: string) => string;
  rankings: {
    title: (indicator: string) => string;
    leading: string;
    trailing: string;
    groupRate: (rate: string) => string;
    gap: (points: string) => string;
    rank: string;
    commune: string;
    value: string;
    counts: string;
    showAll: (count: number) => string;
    showGroups: string;
    all: string;
    withoutData: (count: number) => string;
    none: string;
    open: (name: string) => string;
  };
}

export interface OpsMessages {
  title: string;
  documentTitle: string;
  search: { label: string; placeholder: string; noResults: string; results: (count: number) => string };
  indicator: string;
  range: {
    label: string;
    presets: Record<'30d' | '90d' | 'ytd' | 'since-reform' | 'custom', string>;
    from: string;
    to: string;
    apply: string;
    invalid: string;
    shown: (from: string, to: string) => string;
  };
  map: { title: (indicator: string) => string; hint: string };
  commune: {
    back: string;
    notFound: (code: string) => string;
    population: (count: string) => string;
    area: (km2: string) => string;
    compare: string;
    compareNone: string;
    compareTitle: (a: string, b: string) => string;
    versus: (name: string) => string;
    chartsTitle: string;
    flowCaption: string;
    stockCaption: string;
    province: string;
    target: (value: string) => string;
    noTarget: string;
    current: string;
    seriesLoading: string;
    seriesError: string;
  };
  hamlets: {
    title: string;
    demo: string;
    name: string;
    fourG: string;
    fixed: string;
    status: Record<'covered' | 'planned' | 'overdue' | 'no_plan', string>;
    since: (date: string) => string;
    sinceBefore: string;
    planned: (date: string) => string;
    operator: (name: string) => string;
    summary: (covered4g: string, coveredFixed: string, total: string) => string;
    none: string;
    loading: string;
    error: string;
  };
  digitisation: {
    title: string;
    yearToDate: string;
    inRange: string;
    counts: (numerator: string, denominator: string, unit: string) => string;
  };
}

export interface MeetingMessages {
  title: string;
  documentTitle: string;
  since: string;
  sinceHint: (date: string) => string;
  kpi: {
    title: string;
    now: string;
    atMeeting: (date: string) => string;
    change: string;
    noHistory: string;
    target: (value: string) => string;
    noTarget: string;
  };
  tasks: {
    title: string;
    group: Record<'urgent' | 'breakthrough' | 'additional', string>;
    status: Record<'done' | 'in_progress' | 'not_started' | 'overdue', string>;
    doneOf: (done: number, total: number) => string;
    inProgress: (count: number) => string;
    task: string;
    deadline: string;
    noDeadline: string;
    pastDeadline: string;
    showAll: (count: number) => string;
    showOpen: string;
    reported: (date: string) => string;
    sameAs: string;
  };
  figures: {
    title: string;
    source: (file: string) => string;
    asOf: (date: string) => string;
  };
}

export interface ExportMessages {
  label: string;
  png: string;
  pdf: string;
  csv: string;
  xlsx: string;
  working: string;
  failed: string;
  done: (filename: string) => string;
  source: string;
  sourceValue: string;
  extractedAt: string;
  dataAsOf: string;
  citation: string;
  citationValue: string;
  simulated: string;
  simulatedYes: string;
  simulatedNo: string;
  screen: string;
  sourceSheet: string;
  simulatedWarning: string;
  columns: {
    rank: string;
    code: string;
    commune: string;
    indicator: string;
    indicatorCode: string;
    value: string;
    numerator: string;
    denominator: string;
    asOf: string;
    simulated: string;
    date: string;
    unit: string;
    target: string;
    group: string;
    id: string;
    task: string;
    status: string;
    deadline: string;
    source: string;
    figure: string;
    quote: string;
    technology: string;
    hamlet: string;
    operator: string;
    plannedDate: string;
    coveredSince: string;
    change: string;
    atDate: string;
  };
}

export interface AuthMessages {
  login: {
    title: string;
    documentTitle: string;
    intro: string;
    username: string;
    password: string;
    showPassword: string;
    submit: string;
    working: string;
    expired: string;
    signedOut: string;
    errors: {
      invalid: string;
      locked: (until: string) => string;
      lockedNoTime: string;
      rateLimited: string;
      network: string;
      missing: string;
      other: (message: string) => string;
    };
    demoTitle: string;
    demoNote: (usernames: string) => string;
    demoFile: string;
  };
  nav: { ops: string; compliance: string; meeting: string; reports: string; admin: string; wall: string };
  user: {
    label: string;
    role: string;
    unit: string;
    demo: string;
    demoHint: string;
    logout: string;
    loggingOut: string;
  };
  guard: {
    checking: string;
    unreachable: string;
    forbiddenTitle: string;
    forbiddenBody: (role: string) => string;
    home: string;
    deviceTitle: string;
    deviceBody: string;
    toWall: string;
  };
}

export interface AdminMessages {
  title: string;
  documentTitle: string;
  tabsLabel: string;
  tabs: { accounts: string; devices: string; audit: string };
  loading: string;
  loadError: (message: string) => string;
  retry: string;
  save: string;
  cancel: string;
  saved: string;
  accounts: {
    title: string;
    count: (n: number) => string;
    createTitle: string;
    username: string;
    usernameHint: string;
    displayName: string;
    password: string;
    passwordHint: (min: number) => string;
    passwordTooShort: (min: number) => string;
    role: string;
    unit: string;
    unitKind: { agency: string; commune: string };
    unitPick: string;
    unitRequired: string;
    unitNotNeeded: string;
    unitsLoading: string;
    unitsError: string;
    create: string;
    creating: string;
    created: (username: string) => string;
    columns: { username: string; displayName: string; role: string; unit: string; status: string; actions: string };
    status: { active: string; locked: (until: string) => string; disabled: string };
    demo: string;
    edit: string;
    editTitle: (username: string) => string;
    newPassword: string;
    newPasswordHint: (min: number) => string;
    sessionsEnd: string;
    unlock: string;
    disable: string;
    enable: string;
    none: string;
  };
  devices: {
    title: string;
    intro: string;
    createTitle: string;
    name: string;
    namePlaceholder: string;
    create: string;
    creating: string;
    urlTitle: (name: string) => string;
    urlWarning: string;
    copy: string;
    copied: string;
    copyFailed: string;
    dismiss: string;
    columns: { name: string; createdBy: string; createdAt: string; lastSeen: string; status: string; actions: string };
    never: string;
    active: string;
    revoked: (at: string) => string;
    revoke: string;
    confirmRevoke: (name: string) => string;
    confirm: string;
    revokedDone: (name: string) => string;
    none: string;
  };
  audit: {
    title: string;
    action: string;
    allActions: string;
    actor: string;
    actorPlaceholder: string;
    apply: string;
    older: string;
    noMore: string;
    none: string;
    shown: (n: number) => string;
    columns: { time: string; action: string; outcome: string; actor: string; target: string; details: string };
    outcome: { success: string; failure: string };
    actorKind: Record<'user' | 'device' | 'api-key' | 'system' | 'anonymous', string>;
    actions: Record<string, string>;
  };
}

export interface PairMessages {
  unpairedTitle: string;
  revokedTitle: string;
  unpairedBody: string;
  revokedBody: string;
  steps: string[];
  signInTitle: string;
  signedInAs: (name: string, role: string) => string;
  notAllowed: string;
  nameLabel: string;
  namePlaceholder: string;
  pair: string;
  pairing: string;
  pairNote: string;
  pairFailed: (message: string) => string;
  signOut: string;
  recheck: string;
  screen: (id: string) => string;
}

export interface WallSceneMessages {
  name: Record<WallSceneId, string>;
  position: (current: number, total: number) => string;
  screen: (id: string) => string;
  stale: (time: string) => string;
  dataLoading: string;
  dataError: string;
  rankingTitle: string;
  leading: (rate: string) => string;
  trailing: (rate: string) => string;
  gap: (points: string) => string;
  noRanking: string;
  withoutData: (count: string) => string;
  trendTitle: string;
  trendProvince: string;
  trendTarget: string;
  connProgressTitle: string;
  connTrackedTitle: Record<ConnectivityTechnology, (count: string) => string>;
  connStatus: Record<ConnectivityStatus, string>;
  connWaitingBy: string;
  connNoOperator: string;
  connCommunesTitle: string;
  connColCommune: string;
  connColFixed: string;
  connColNext: string;
  connOverdue: (count: string) => string;
  connNoPlan: (count: string) => string;
  connMore: (count: string) => string;
  taskGroup: Record<TaskGroup, string>;
  taskGroupShort: Record<TaskGroup, string>;
  taskStatus: Record<TaskStatus, string>;
  taskDoneCaption: string;
  taskLate: (date: string) => string;
  tasksOpenTitle: (count: string) => string;
  tasksAllDone: string;
  tasksMore: (count: string) => string;
  tasksSource: (source: string, date: string) => string;
}

/** /reports, a filing page and /reports/keys (Quy định 228/QĐ-UBND, Điều 5–8, 10). */
export interface ReportsMessages {
  title: string;
  documentTitle: string;
  filingTitle: string;
  filingDocumentTitle: (template: string, period: string) => string;
  loading: string;
  loadError: (error: string) => string;
  principalError: (error: string) => string;
  badAddress: string;
  chooseUnit: string;
  complianceLink: string;
  picker: { hint: string; kind: string; agency: string; commune: string; code: string; show: string };
  unitTitle: (unit: string) => string;
  intro: string;
  keysLink: string;
  back: string;
  demoTag: string;
  demoNote: string;
  notStarted: string;
  noForm: string;
  pendingTitle: (count: number) => string;
  pendingCaption: string;
  pendingNone: string;
  othersTitle: string;
  noOthers: string;
  allTitle: string;
  allCaption: string;
  none: string;
  col: { report: string; kind: string; period: string; due: string; workflow: string; compliance: string };
  header: { unit: string; period: string; due: string; status: string; compliance: string; submittedAt: string; decidedAt: string; version: string };
  messageTitle: { success: string; error: string; conflict: string };
  reloaded: string;
  close: string;
  rejection: { title: string; by: (name: string, time: string) => string };
  mode: { readOnly: string; awaiting: string; approved: string; approvedOnWall: (batch: number) => string; leaderWaits: string };
  form: {
    title: string;
    numberHint: string;
    noFields: string;
    part: Record<'numerator' | 'denominator' | 'value', (unit: string) => string>;
    percent: string;
    error: Record<'required' | 'invalid' | 'negative' | 'not-integer' | 'zero-denominator' | 'numerator-exceeds' | 'incomplete', string>;
    fixErrors: (count: number) => string;
    narrative: string;
    narrativeHint: string;
    saveDraft: string;
    downloadForm: string;
    upload: string;
    signAndSubmit: string;
    working: string;
    signing: string;
    actionsHint: string;
    draftSaved: (time: string) => string;
    uploaded: (file: string, fields: number) => string;
    submitted: (time: string) => string;
    signingUnsupported: string;
    noBrowserKey: string;
    keyNotRegistered: (keyId: string) => string;
    keyRevoked: (keyId: string) => string;
    keysLink: string;
  };
  view: { title: string; field: string; numerator: string; denominator: string; value: string; unit: string; missing: string; noNarrative: string };
  decision: {
    title: string;
    hint: string;
    approve: string;
    approveHint: string;
    reason: string;
    reasonHint: (min: number) => string;
    reject: string;
    approved: (time: string) => string;
    rejected: (time: string) => string;
  };
  history: {
    title: string;
    none: string;
    at: string;
    who: string;
    change: string;
    reason: string;
    signature: string;
    previousSignature: string;
    unsigned: string;
    keyId: string;
    algorithm: string;
    verifiedAt: string;
  };
  errors: {
    conflict: (message: string) => string;
    exists: (message: string) => string;
    signature: (message: string) => string;
    invalid: (message: string) => string;
    unauthenticated: string;
    forbidden: (message: string) => string;
    network: string;
    other: (message: string) => string;
  };
  keys: {
    title: string;
    documentTitle: string;
    aboutTitle: string;
    about: string;
    production: string;
    browserTitle: (name: string) => string;
    unsupported: string;
    notNeeded: string;
    state: Record<'unsupported' | 'none' | 'unregistered' | 'registered' | 'revoked', string>;
    keyId: string;
    algorithm: string;
    createdAt: string;
    publicKey: string;
    copy: string;
    copied: string;
    copyFailed: string;
    askLeader: string;
    create: string;
    replace: string;
    confirmReplace: string;
    replaceWarning: string;
    cancel: string;
    created: string;
    createFailed: (message: string) => string;
    registerTitle: string;
    registerHint: (unit: string) => string;
    adminNeedsUnit: string;
    useBrowserKey: string;
    label: string;
    labelPlaceholder: string;
    defaultLabel: (name: string, date: string) => string;
    labelInvalid: string;
    pemInvalid: string;
    register: string;
    registered: (id: string) => string;
    unitKeysTitle: (unit: string) => string;
    unitKeysNoUnit: string;
    noKeys: string;
    registeredAt: string;
    status: string;
    actions: string;
    active: string;
    revokedAt: (time: string) => string;
    thisBrowser: string;
    revoke: string;
    confirmRevoke: string;
    revoked: (id: string) => string;
  };
  /** /reports/new: a lead agency's thematic or ad hoc report (Điều 4, 6.3). */
  newReport: {
    link: string;
    title: string;
    documentTitle: string;
    intro: string;
    notAllowed: string;
    agenciesError: (error: string) => string;
    aboutTitle: string;
    kind: string;
    kindHint: Record<'thematic' | 'ad-hoc', string>;
    name: string;
    namePlaceholder: string;
    agency: string;
    agencyChoose: string;
    agencyHint: string;
    participants: string;
    participantsOption: Record<'self' | 'communes', string>;
    participantsHint: Record<'self' | 'communes', string>;
    scheduleTitle: string;
    periods: string;
    period: Record<'month' | 'quarter' | 'half-year' | 'nine-months' | 'year', string>;
    periodsHint: string;
    dueDate: string;
    dueDateHint: string;
    dueDateOff: string;
    dueDateShown: (date: string) => string;
    dueDateMoved: (date: string, effective: string) => string;
    fieldsTitle: string;
    fieldsHint: string;
    fieldTitle: (n: number) => string;
    fieldCode: string;
    fieldCodePlaceholder: string;
    fieldName: string;
    fieldMeasure: string;
    measure: Record<'ratio' | 'count' | 'amount', string>;
    fieldUnit: string;
    fieldUnitPlaceholder: string;
    fieldIndicator: string;
    noIndicator: string;
    indicatorHint: Record<'self' | 'communes', string>;
    ratioNote: string;
    untied: (count: number) => string;
    addField: string;
    removeField: (n: number) => string;
    submit: string;
    fixErrors: (count: number) => string;
    otherIssues: string;
    created: (code: string, name: string) => string;
    createdHint: string;
    createAnother: string;
    fieldCount: string;
    issue: {
      required: string;
      tooShort: (min: number) => string;
      tooLong: (max: number) => string;
      codePattern: string;
      duplicateCode: string;
      noFields: string;
      tooManyFields: (max: number) => string;
      periodOrDate: string;
      invalidDate: string;
      indicatorLevel: string;
      indicatorRatio: string;
      agencyRequired: string;
      invalid: (detail: string) => string;
      server: (detail: string) => string;
    };
  };
}

/** /ops/compliance and the wall's compliance scene (Quy định 228/QĐ-UBND, Điều 12). */
export interface ComplianceMessages {
  title: string;
  documentTitle: string;
  loading: string;
  loadError: (error: string) => string;
  refreshError: (error: string) => string;
  asOf: (time: string) => string;
  rule: string;
  demo: string;
  demoTag: string;
  notStarted: string;
  kind: Record<'all' | 'agency' | 'commune', string>;
  kindOne: Record<'agency' | 'commune', string>;
  filter: { kind: string; status: string; allStatuses: string; showStatus: string };
  totalsTitle: Record<'agency' | 'commune', (count: string) => string>;
  remindersTitle: (count: string) => string;
  remindersHint: string;
  noReminders: string;
  unitsTitle: (count: string) => string;
  noUnits: string;
  rowsTitle: (count: string) => string;
  noRows: string;
  showAll: (count: string) => string;
  showFewer: (count: number) => string;
  daysLate: (days: number) => string;
  workingDaysLeft: (days: number) => string;
  dueToday: string;
  col: {
    unit: string;
    code: string;
    kind: string;
    worst: string;
    report: string;
    reportCode: string;
    period: string;
    due: string;
    status: string;
    lateness: string;
    daysLate: string;
    workflow: string;
    delivered: string;
  };
  export: { units: string; reminders: string; filings: string };
  /** The wall's scene: short words read from metres away. */
  wall: {
    totalsTitle: Record<'agency' | 'commune', string>;
    short: Record<'overdue' | 'due-soon' | 'late' | 'on-time' | 'not-due', string>;
    /** Shorter still, inside a commune's cell of the grid (the legend above says them in full). */
    cell: Record<'overdue' | 'due-soon' | 'late' | 'on-time' | 'not-due', string>;
    notDue: (count: string) => string;
    overdueTitle: string;
    noOverdue: string;
    overdueReports: (count: string) => string;
    overdueDays: (days: string) => string;
    communesTitle: (count: string) => string;
    noCommunes: string;
  };
}
