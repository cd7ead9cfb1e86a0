/**
 * The composition root: builds Express, Socket.IO and the features from
 * injected dependencies. main.ts only reads the environment, opens the
 * database and listens; tests call createApp with their own database and clock.
 */
import { createServer, type Server as HttpServer } from 'node:http';
import compression from 'compression';
import express from 'express';
import helmet from 'helmet';
import type pg from 'pg';
import { Server, type ServerOptions } from 'socket.io';
import { REPORTING_EVENTS, SYSTEM_NAMESPACE, type DatabaseMode } from '@ioc/shared';
import type { LoadedBoundaries } from './boundaries/boundary-file.js';
import { boundaryRoutes } from './boundaries/boundary-routes.js';
import { errorHandler } from './http/error-handler.js';
import { healthRoutes } from './http/health-routes.js';
import { clientBuildId, staticClient } from './http/static-client.js';
import { indicatorsRoutes } from './indicators/indicators-routes.js';
import { ApiKeyRepository } from './ingest/api-keys.js';
import { ingestRoutes, type IngestLimits } from './ingest/ingest-routes.js';
import { IngestService } from './ingest/ingest-service.js';
import { openApiRoutes } from './ingest/openapi-routes.js';
import { ChangeLog } from './live/change-log.js';
import { createLiveHub, type BackpressureOptions, type IocServer, type LiveHub } from './live/live-hub.js';
import { allowRequest, joinPrincipalRoom, socketAdmission } from './live/socket-admission.js';
import { AccountRepository } from './auth/accounts.js';
import { adminRoutes } from './auth/admin-routes.js';
import { resolvePrincipal, requirePermission } from './auth/auth-middleware.js';
import { authRoutes } from './auth/auth-routes.js';
import { DeviceTokens } from './auth/device-tokens.js';
import { Authenticator } from './auth/principal.js';
import { DEFAULT_SESSION_OPTIONS, SessionStore, type SessionOptions } from './auth/sessions.js';
import { AuditLog } from './audit/audit-log.js';
import { ComplianceService } from './reporting/compliance-service.js';
import { ReportTemplates } from './reporting/report-templates-repository.js';
import { ReportWorkflow } from './reporting/report-workflow.js';
import { ReportingUnits } from './reporting/reporting-units.js';
import { reportingRoutes } from './reporting/reporting-routes.js';
import { SigningKeys } from './reporting/signing-keys.js';
import type { Logger } from './logger.js';
import { MeasurementStore } from './measurements/measurement-store.js';
import { MetricsRepository } from './metrics/metrics-repository.js';
import { metricsRoutes } from './metrics/metrics-routes.js';
import { tasksRoutes } from './tasks/tasks-routes.js';
import { UnitsRepository } from './units/units-repository.js';
import { unitsRoutes } from './units/units-routes.js';
import { ConnectivityRepository } from './connectivity/connectivity-repository.js';
import { connectivityRoutes } from './connectivity/connectivity-routes.js';
import { createScreenChannel, type ScreenChannel } from './screens/screen-channel.js';
import { screenRoutes } from './screens/screen-routes.js';
import { loadWallProfiles, type WallProfiles } from './wall/wall-profiles.js';
import { wallRoutes } from './wall/wall-routes.js';

export interface SimulatorStatus {
  running: boolean;
  speed: number;
}

export interface AppDeps {
  pool: pg.Pool;
  dbMode: DatabaseMode;
  logger: Logger;
  clock?: () => Date;
  boundaries?: LoadedBoundaries | null;
  simulatorStatus?: () => SimulatorStatus;
  clientDist?: string;
  /** Named wall playlists; default: server/src/wall/wall-profiles.json. */
  wallProfiles?: WallProfiles;
  ingestLimits?: IngestLimits;
  /** Origins allowed to open sockets (IOC_ALLOWED_ORIGINS); empty: the server's own origin. */
  allowedOrigins?: readonly string[];
  backpressure?: BackpressureOptions;
  /** Socket.IO adapter for several processes (live/redis-adapter.ts); default: in-memory, one process. */
  socketAdapter?: ServerOptions['adapter'];
  auth?: Partial<AuthOptions>;
}

export interface AuthOptions {
  /** Secure cookies (HTTPS only; browsers accept them on http://localhost too). */
  secureCookies: boolean;
  session: SessionOptions;
  /** How long five failed logins lock an account. */
  lockoutMinutes: number;
}

export const DEFAULT_AUTH_OPTIONS: AuthOptions = { secureCookies: true, session: DEFAULT_SESSION_OPTIONS, lockoutMinutes: 15 };

export interface App {
  httpServer: HttpServer;
  io: IocServer;
  store: MeasurementStore;
  metrics: MetricsRepository;
  live: LiveHub;
  screens: ScreenChannel;
  accounts: AccountRepository;
  devices: DeviceTokens;
  audit: AuditLog;
  close(): Promise<void>;
}

export function createApp(deps: AppDeps): App {
  const clock = deps.clock ?? (() => new Date());
  const simulatorStatus = deps.simulatorStatus ?? (() => ({ running: false, speed: 1 }));
  const store = new MeasurementStore(deps.pool, clock);
  const metrics = new MetricsRepository(deps.pool);
  const units = new UnitsRepository(deps.pool);
  const authOptions: AuthOptions = { ...DEFAULT_AUTH_OPTIONS, ...deps.auth };
  const audit = new AuditLog(deps.pool, clock);
  const accounts = new AccountRepository(deps.pool, clock, authOptions.lockoutMinutes);
  const sessions = new SessionStore(deps.pool, clock, authOptions.session);
  const devices = new DeviceTokens(deps.pool, clock);
  const authenticator = new Authenticator(sessions, devices, accounts);
  const reportingUnits = new ReportingUnits(deps.pool);
  const templates = new ReportTemplates(deps.pool);
  const signingKeys = new SigningKeys(deps.pool, clock);
  const ingest = new IngestService(deps.pool, store, clock);
  const allowedOrigins = deps.allowedOrigins ?? [];
  // Live connections are closed through the Socket.IO server built below.
  const disconnect = (room: string) => {
    io.in(room).disconnectSockets(true);
    io.of(SYSTEM_NAMESPACE).in(room).disconnectSockets(true);
  };
  const compliance = new ComplianceService(deps.pool, templates, reportingUnits, clock);
  const workflow = new ReportWorkflow(deps.pool, templates, reportingUnits, signingKeys, ingest, audit, compliance, clock, () => {
    io.emit(REPORTING_EVENTS.changed, { changedAt: clock().toISOString() });
  });

  const app = express();
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Everything is served from here: no external tiles, fonts or scripts.
          'default-src': ["'self'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'style-src': ["'self'", "'unsafe-inline'"],
          // MapLibre runs its workers from blob: URLs.
          'worker-src': ["'self'", 'blob:'],
          'child-src': ["'self'", 'blob:'],
          'connect-src': ["'self'"],
        },
      },
    }),
  );
  app.use(compression());

  const api = express.Router();
  // Public: health (for monitoring), the ingestion API (its own API keys) and its description.
  api.use(healthRoutes({ pool: deps.pool, mode: deps.dbMode, buildId: clientBuildId(deps.clientDist), clock, simulator: simulatorStatus }));
  api.use(ingestRoutes(new ApiKeyRepository(deps.pool), ingest, deps.ingestLimits));
  api.use(openApiRoutes());
  // Everything else knows who is asking: a person's session or a wall's device token.
  api.use(resolvePrincipal(authenticator, audit, allowedOrigins));
  api.use(authRoutes({ accounts, sessions, devices, units: reportingUnits, audit, secureCookies: authOptions.secureCookies }));
  // The loopback-or-operator screen commands check their own access.
  api.use(screenRoutes(() => screens));
  api.use(adminRoutes({ accounts, sessions, devices, units: reportingUnits, audit, disconnect }));
  api.use(reportingRoutes({ templates, workflow, keys: signingKeys, compliance, audit }));
  // The dashboards' data: any signed-in person or paired wall.
  api.use(requirePermission('readDashboards'));
  api.use(unitsRoutes(units));
  api.use(indicatorsRoutes());
  api.use(metricsRoutes({ metrics, units, clock, simulatorRunning: () => simulatorStatus().running }));
  api.use(boundaryRoutes(deps.boundaries ?? null));
  api.use(tasksRoutes());
  api.use(connectivityRoutes({ connectivity: new ConnectivityRepository(deps.pool), units, clock }));
  api.use(wallRoutes(deps.wallProfiles ?? loadWallProfiles()));
  api.use((_req, res) => {
    res.status(404).json({ error: { code: 'not_found', message: 'No such API route' } });
  });
  app.use('/api', api);
  app.use(staticClient(deps.clientDist));
  app.use(errorHandler(deps.logger));

  const httpServer = createServer(app);
  const io: IocServer = new Server(httpServer, {
    serveClient: false,
    // Checked before the WebSocket upgrade: the `cors` option would cover only long-polling.
    allowRequest: allowRequest({ allowedOrigins }),
    // Off, as it should stay: ~4× CPU per delivery and no pre-encoded broadcast frames (docs/benchmarks.md).
    perMessageDeflate: false,
    ...(deps.socketAdapter ? { adapter: deps.socketAdapter } : {}),
  });
  // One admission for every namespace: protocol version, then credentials.
  const admission = socketAdmission(authenticator);
  io.use(admission);
  io.of(SYSTEM_NAMESPACE).use(admission);
  io.on('connection', joinPrincipalRoom);
  io.of(SYSTEM_NAMESPACE).on('connection', joinPrincipalRoom);
  const screens = createScreenChannel(io, deps.logger, clock);
  const live = createLiveHub({
    io,
    store,
    changeLog: new ChangeLog(deps.pool, metrics),
    clock,
    logger: deps.logger,
    simulatorRunning: () => simulatorStatus().running,
    ...(deps.backpressure ? { backpressure: deps.backpressure } : {}),
  });

  return {
    httpServer,
    io,
    store,
    metrics,
    live,
    screens,
    accounts,
    devices,
    audit,
    async close() {
      live.close();
      await live.idle();
      await io.close();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
