// The public surface of @ioc/shared, named explicitly (no `export *`) so that what
// client and server depend on is visible in one place.
export { UNIT_LEVELS, PROVINCE_CODE, asUnitCode } from './units.js';
export type { UnitLevel, UnitCode, AdminUnit } from './units.js';
export {
  INDICATORS,
  INDICATOR_CODES,
  INDICATOR_GROUPS,
  METRIC_FAMILIES,
  FAMILY_HEADLINE,
  getIndicator,
  isIndicatorCode,
  targetFor,
} from './indicators/catalogue.js';
export type {
  IndicatorCode,
  IndicatorDefinition,
  IndicatorGroup,
  IndicatorKind,
  IndicatorPeriod,
  IndicatorTarget,
  MetricFamily,
} from './indicators/catalogue.js';
export { AGENCIES } from './indicators/agencies.js';
export type { AgencyDefinition } from './indicators/agencies.js';
export { aggregateRatio, ratioPercent } from './ratio.js';
export type { AggregatedRatio, RatioParts } from './ratio.js';
export {
  TIME_ZONE,
  formatNumber,
  formatPercent,
  formatPointChange,
  formatDate,
  formatTime,
  formatDateTime,
  weekdayVi,
  localParts,
  localMidnight,
} from './format.js';
export { METRICS_EVENTS } from './protocol/metrics.js';
export type { MetricValue, MetricsSnapshot, MetricsUpdate, MetricsSubscribeRequest, SubscribeAck } from './protocol/metrics.js';
export { PROTOCOL_VERSION } from './protocol/events.js';
export type { ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData, HandshakeAuth } from './protocol/events.js';
export { SERIES_BUCKETS } from './api/responses.js';
export type {
  ApiError,
  BoundaryResponseMeta,
  DatabaseMode,
  HealthResponse,
  IndicatorsResponse,
  SeriesBucket,
  SeriesPoint,
  SeriesResponse,
  SnapshotResponse,
  UnitsResponse,
} from './api/responses.js';
export { hexCartogram, hexRing, hexDistance } from './cartogram.js';
export type { CartogramInput, CartogramCell, CartogramLayout, CartogramOptions, HexCell, LonLat } from './cartogram.js';
export { testIds } from './test-ids.js';
