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
export type { MetricValue, MetricsSnapshot, MetricsUpdate, MetricsReplay, MetricsSubscribeRequest, SequenceMap, SubscribeAck } from './protocol/metrics.js';
export { ChangeSequencer } from './protocol/sequencer.js';
export { attachMetricsStream } from './protocol/stream-client.js';
export type { MetricsStream, StreamHandlers, StreamSocket } from './protocol/stream-client.js';
export type { Offer } from './protocol/sequencer.js';
export { PROTOCOL_VERSION, REPORTING_EVENTS } from './protocol/events.js';
export type { ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData, HandshakeAuth, ReportingChanged } from './protocol/events.js';
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
export { TASK_GROUPS, TASK_STATUSES, countTasks, isPastDeadline } from './tasks/tasks.js';
export type { PlanTask, TaskCounts, TaskGroup, TaskStatus, TasksResponse } from './tasks/tasks.js';
export { PLAN_07_TASKS, PLAN_07_SEED, PLAN_07_REPORTED_AS_OF } from './tasks/plan-07.js';
export { foldVietnamese, matchByName } from './search/fold.js';
export type { NameMatch } from './search/fold.js';
export { SEED_FIGURES, SEED_FIGURE_UNITS, LAST_STEERING_MEETING } from './reports/seed-figures.js';
export type { SeedFigure, SeedFigureUnit } from './reports/seed-figures.js';
export { PERIOD_FORMATS, periodStart, periodOf } from './ingest/period.js';
export { MAX_OBSERVATIONS_PER_BATCH, EARLIEST_PERIOD, observationSchema, observationBatchSchema, checkObservation } from './ingest/observation.js';
export type { ObservationInput, RowError, CheckedObservation } from './ingest/observation.js';
export { STALE_AFTER_MS, isStale } from './indicators/staleness.js';
export { SYSTEM_NAMESPACE, SYSTEM_EVENTS, SCREEN_ID_PATTERN, isScreenId, screenRoom } from './protocol/system.js';
export type { ReloadRequested, ScreenReloadRequest, ScreenReloadResponse } from './protocol/system.js';
export { CONNECTIVITY_TECHNOLOGIES, connectivityStatus } from './api/connectivity.js';
export type { ConnectivityResponse, ConnectivityStatus, ConnectivityTechnology, HamletConnectivityRecord } from './api/connectivity.js';
export {
  WALL_SCENES,
  MAP_MODE_PREFERENCES,
  SCENE_SECONDS_MIN,
  SCENE_SECONDS_MAX,
  DEFAULT_SCENE_SECONDS,
  DEFAULT_PLAYLIST,
  PROFILE_NAME_PATTERN,
  playlistEntrySchema,
  wallProfileSchema,
  wallProfilesFileSchema,
  isWallScene,
  isMapModePreference,
  parseScenesParam,
  scenePositionAt,
  sceneMapMode,
} from './wall/scenes.js';
export type { WallSceneId, MapModePreference, PlaylistEntry, Playlist, WallProfile, WallProfileResponse, ScenePosition } from './wall/scenes.js';
export {
  HOLIDAY_KINDS,
  OFFICIAL_YEARS,
  VERIFIED_YEARS,
  defaultOfficialYear,
  holidaysOf,
  holidayOn,
  isWorkingDay,
  nextWorkingDay,
  onOrNextWorkingDay,
  lunarToSolar,
  lunarNewYear,
  hungKingsDay,
  toLocalIsoDate,
  addDays,
} from './reporting/holidays.js';
export type { IsoDate, Holiday, HolidayKind, OfficialYear } from './reporting/holidays.js';
export { REPORT_PERIOD_KINDS, CROP_SEASONS, REPORTERS, REPORT_REGIMES, STATISTICS_REPORTS, dueDates, lastMonthOfPeriod } from './reporting/deadlines.js';
export type { ReportPeriodKind, CropSeason, ReportPeriod, Reporter, ReportRegime, StatisticsReportId, DeadlineReport, DueDates } from './reporting/deadlines.js';
export { ROLES, ROLE_LABELS, UNIT_ROLES, PERMISSIONS, PASSWORD_MIN_LENGTH, USERNAME_PATTERN, can } from './auth/roles.js';
export type { Role, Permission, PrincipalInfo, ReportingUnitRef } from './auth/roles.js';
export { FILED_PERIOD_KINDS, isFiledPeriodKind, periodKey, parsePeriodKey, periodKindOfKey, periodContaining, periodLabelVi, periodLabelEn, periodStartDay } from './reporting/periods.js';
export type { FiledPeriodKind } from './reporting/periods.js';
export {
  REPORT_KINDS,
  REPORT_KIND_LABELS,
  REPORT_PARTICIPANTS,
  FIELD_MEASURES,
  FIELD_CODE_PATTERN,
  SOCIO_ECONOMIC_REPORT_CODES,
  reportFieldSchema,
  thematicReportSchema,
  deadlineReportOf,
  templateDueDates,
} from './reporting/report-templates.js';
export type { ReportKind, ReportParticipants, FieldMeasure, ReportField, ReportTemplate, ThematicReportInput } from './reporting/report-templates.js';
export {
  SUBMISSION_STATUSES,
  SUBMISSION_STATUS_LABELS,
  SIGNATURE_ALGORITHMS,
  NARRATIVE_MAX_LENGTH,
  figureValueSchema,
  draftInputSchema,
  submitInputSchema,
  decisionInputSchema,
  canonicalSubmission,
  checkFigures,
} from './reporting/submissions.js';
export type {
  SubmissionStatus,
  SignatureAlgorithm,
  FigureValue,
  Figures,
  DraftInput,
  SubmitInput,
  DecisionInput,
  SubmissionContent,
  SubmissionTransition,
  SubmissionDto,
  SigningKeyDto,
  FilingSummary,
} from './reporting/submissions.js';
export { COMPLIANCE_STATUSES, COMPLIANCE_LABELS, REMINDER_WORKING_DAYS, workingDaysUntil, complianceStatus, needsReminder, emptyCounts, summariseCompliance } from './reporting/compliance.js';
export type { ComplianceStatus, ComplianceRow, ComplianceCounts, ComplianceUnitSummary, ComplianceResponse } from './reporting/compliance.js';
export { AUDIT_ACTIONS } from './auth/admin.js';
export type { AccountDto, DeviceDto, CreatedDevice, AuditAction, AuditActorKind, AuditEntryDto } from './auth/admin.js';
