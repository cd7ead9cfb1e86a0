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
import type { DatabaseMode } from '@ioc/shared';
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
import { allowRequest } from './live/socket-admission.js';
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
}

export interface App {
  httpServer: HttpServer;
  io: IocServer;
  store: MeasurementStore;
  metrics: MetricsRepository;
  live: LiveHub;
  screens: ScreenChannel;
  close(): Promise<void>;
}

export function createApp(deps: AppDeps): App {
  const clock = deps.clock ?? (() => new Date());
  const simulatorStatus = deps.simulatorStatus ?? (() => ({ running: false, speed: 1 }));
  const store = new MeasurementStore(deps.pool, clock);
  const metrics = new MetricsRepository(deps.pool);
  const units = new UnitsRepository(deps.pool);

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
  api.use(healthRoutes({ pool: deps.pool, mode: deps.dbMode, buildId: clientBuildId(deps.clientDist), clock, simulator: simulatorStatus }));
  api.use(unitsRoutes(units));
  api.use(indicatorsRoutes());
  api.use(metricsRoutes({ metrics, units, clock, simulatorRunning: () => simulatorStatus().running }));
  api.use(boundaryRoutes(deps.boundaries ?? null));
  api.use(ingestRoutes(new ApiKeyRepository(deps.pool), new IngestService(deps.pool, store, clock), deps.ingestLimits));
  api.use(openApiRoutes());
  api.use(tasksRoutes());
  api.use(connectivityRoutes({ connectivity: new ConnectivityRepository(deps.pool), units, clock }));
  api.use(wallRoutes(deps.wallProfiles ?? loadWallProfiles()));
  // The channel needs the Socket.IO server built below; requests only come after that.
  api.use(screenRoutes(() => screens));
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
    allowRequest: allowRequest({ allowedOrigins: deps.allowedOrigins ?? [] }),
    // Off, as it should stay: ~4× CPU per delivery and no pre-encoded broadcast frames (docs/benchmarks.md).
    perMessageDeflate: false,
    ...(deps.socketAdapter ? { adapter: deps.socketAdapter } : {}),
  });
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
    async close() {
      live.close();
      await live.idle();
      await io.close();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
