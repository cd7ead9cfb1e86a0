/**
 * The shape of every user-facing string of the client. One object per language
 * (vi.ts now; en.ts later) must satisfy it, so a missing translation is a type error.
 * Parameters arrive already formatted (numbers, dates) by the shared formatters.
 */
import type { MetricFamily } from '@ioc/shared';

export type ConnectionLabel = 'connecting' | 'online' | 'offline';

export interface Messages {
  lang: string;
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
}
