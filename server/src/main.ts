/**
 * Starts the IOC server: reads the environment, opens the database (embedded
 * TimescaleDB unless DATABASE_URL is set), migrates it, loads the reference
 * data, writes the simulated history and listens. Everything else is built in app.ts.
 */
import { createApp } from './app.js';
import { DEFAULT_INGEST_LIMITS } from './ingest/ingest-routes.js';
import { connectRedisAdapter } from './live/redis-adapter.js';
import { loadBoundaryFile, type LoadedBoundaries } from './boundaries/boundary-file.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrate } from './db/migrate.js';
import { startPolicyRunner } from './db/policy-runner.js';
import { createLogger } from './logger.js';
import { createSimulationModel } from './simulator/model.js';
import { SimulatorRunner, loadSimulationReference } from './simulator/simulator-runner.js';
import { loadReferenceData, readCommunes } from './units/reference-loader.js';
import { startAuditRetention } from './audit/audit-log.js';
import { bootstrapAccounts } from './auth/bootstrap.js';

const logger = createLogger();

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const clock = () => new Date();

  // Read the boundary file before anything slow, so a wrong path fails at once.
  let boundaries: LoadedBoundaries | null = null;
  if (config.boundariesFile) {
    boundaries = loadBoundaryFile(config.boundariesFile, readCommunes().map((c) => c.code));
    if (boundaries.missing.length) logger.warn({ missing: boundaries.missing }, 'boundary file lacks some communes');
    logger.info({ file: config.boundariesFile, features: boundaries.geojson.features.length }, 'commune boundaries loaded');
  }

  const db = await openDatabase(config, logger);
  const migration = await migrate(db.pool);
  logger.info({ mode: db.mode, timescaledb: migration.timescaledbVersion, applied: migration.applied }, 'database ready');
  const reference = await loadReferenceData(db.pool);
  logger.info(reference, 'reference data loaded');
  const localHost = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  await bootstrapAccounts(
    db.pool,
    clock,
    { demo: config.demoAccounts.enabled, demoPassword: config.demoAccounts.password, adminPassword: config.adminPassword, dataDir: config.dataDir, baseUrl: `http://${localHost}:${config.port}` },
    logger,
  );

  const redis = config.redisUrl ? await connectRedisAdapter(config.redisUrl, logger) : null;
  let simulator: SimulatorRunner | null = null;
  const app = createApp({
    pool: db.pool,
    dbMode: db.mode,
    logger,
    clock,
    boundaries,
    ...(config.clientDist ? { clientDist: config.clientDist } : {}),
    simulatorStatus: () => ({ running: simulator?.running ?? false, speed: config.simulator.speed }),
    allowedOrigins: config.allowedOrigins,
    ingestLimits: { ...DEFAULT_INGEST_LIMITS, requestsPerMinute: config.ingestRatePerMinute },
    ...(redis ? { socketAdapter: redis.adapter } : {}),
    auth: {
      secureCookies: config.auth.secureCookies,
      session: { idleMinutes: config.auth.idleMinutes, absoluteHours: 12 },
      lockoutMinutes: config.auth.lockoutMinutes,
    },
  });
  const stopAuditRetention = startAuditRetention(app.audit, config.auth.auditRetentionDays, (err) => logger.error({ err }, 'audit retention failed'));

  const stopPolicies = db.mode === 'embedded' ? startPolicyRunner(db.pool, config.policyCheckMs, clock, logger) : null;

  if (config.simulator.enabled) {
    const model = createSimulationModel(await loadSimulationReference(db.pool));
    simulator = new SimulatorRunner({ pool: db.pool, store: app.store, model, clock, logger, speed: config.simulator.speed, tickMs: config.simulator.tickMs });
    await simulator.catchUp();
    simulator.start();
  }

  await new Promise<void>((resolve, reject) => {
    app.httpServer.once('error', reject);
    app.httpServer.listen(config.port, config.host, () => {
      app.httpServer.off('error', reject);
      resolve();
    });
  });
  const address = app.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info({ url: `http://127.0.0.1:${port}/wall`, simulator: config.simulator }, 'IOC server listening');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    stopAuditRetention();
    await simulator?.stop();
    await stopPolicies?.();
    await app.close();
    await redis?.close();
    // Closing the embedded database cleanly flushes it to IOC_DATA_DIR.
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  logger.fatal({ err }, err instanceof Error ? err.message : 'startup failed');
  process.exit(1);
});
