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
