/** The server's configuration, read once from the environment and validated. */
import path from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  IOC_DATA_DIR: z.string().min(1).default('./data'),
  IOC_BOUNDARIES: z.string().min(1).optional(),
  IOC_SIMULATOR: z.enum(['on', 'off']).default('on'),
  IOC_SIMULATOR_SPEED: z.coerce.number().positive().max(10_000).default(1),
  IOC_SIMULATOR_TICK_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  IOC_POLICY_CHECK_MS: z.coerce.number().int().min(1_000).default(60_000),
  IOC_ALLOWED_ORIGINS: z.string().optional(),
  IOC_EMBEDDED_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  IOC_DB_POOL_MAX: z.coerce.number().int().min(1).max(100).optional(),
  IOC_DB_IDLE_MS: z.coerce.number().int().min(0).optional(),
  IOC_REDIS_URL: z.string().url().optional(),
  IOC_INGEST_RATE_PER_MIN: z.coerce.number().int().positive().default(120),
  /** A client build elsewhere than client/dist (the soak test serves a frozen copy). */
  IOC_CLIENT_DIST: z.string().min(1).optional(),
  /** Secure cookies (HTTPS; browsers accept them on http://localhost too). Off only behind plain HTTP on a LAN address. */
  IOC_COOKIE_SECURE: z.enum(['on', 'off']).default('on'),
  IOC_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  IOC_LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  /** Audit log retention; at least 92 days (three months). */
  IOC_AUDIT_RETENTION_DAYS: z.coerce.number().int().min(92, 'at least 92 days (three months)').default(365),
  /** Demo accounts and a demo wall device; default on with the embedded database, off with DATABASE_URL. */
  IOC_DEMO_ACCOUNTS: z.enum(['on', 'off']).optional(),
  /** The demo accounts' password (default: generated, printed and written to IOC_DATA_DIR/demo-accounts.txt). */
  IOC_DEMO_PASSWORD: z.string().min(12, 'at least 12 characters').optional(),
  /** First administrator of a production install (username "admin"), when there is no account yet. */
  IOC_ADMIN_PASSWORD: z.string().min(12, 'at least 12 characters').optional(),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  boundariesFile: string | undefined;
  simulator: { enabled: boolean; speed: number; tickMs: number };
  policyCheckMs: number;
  /** Exact origins allowed to open sockets; empty: the server's own origin only. */
  allowedOrigins: string[];
  /** Redis for several server processes (Socket.IO adapter); unset: one process. */
  redisUrl: string | undefined;
  ingestRatePerMinute: number;
  /** Loopback port of the embedded database (0: any). */
  embeddedPort: number;
  poolMax: number | undefined;
  idleMs: number | undefined;
  clientDist: string | undefined;
  auth: { secureCookies: boolean; idleMinutes: number; lockoutMinutes: number; auditRetentionDays: number };
  demoAccounts: { enabled: boolean; password: string | undefined };
  adminPassword: string | undefined;
}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.IOC_DATA_DIR),
    boundariesFile: e.IOC_BOUNDARIES ? path.resolve(e.IOC_BOUNDARIES) : undefined,
    simulator: { enabled: e.IOC_SIMULATOR === 'on', speed: e.IOC_SIMULATOR_SPEED, tickMs: e.IOC_SIMULATOR_TICK_MS },
    policyCheckMs: e.IOC_POLICY_CHECK_MS,
    allowedOrigins: (e.IOC_ALLOWED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    redisUrl: e.IOC_REDIS_URL,
    ingestRatePerMinute: e.IOC_INGEST_RATE_PER_MIN,
    embeddedPort: e.IOC_EMBEDDED_PORT,
    poolMax: e.IOC_DB_POOL_MAX,
    idleMs: e.IOC_DB_IDLE_MS,
    clientDist: e.IOC_CLIENT_DIST ? path.resolve(e.IOC_CLIENT_DIST) : undefined,
    auth: { secureCookies: e.IOC_COOKIE_SECURE === 'on', idleMinutes: e.IOC_SESSION_IDLE_MINUTES, lockoutMinutes: e.IOC_LOCKOUT_MINUTES, auditRetentionDays: e.IOC_AUDIT_RETENTION_DAYS },
    demoAccounts: { enabled: (e.IOC_DEMO_ACCOUNTS ?? (e.DATABASE_URL ? 'off' : 'on')) === 'on', password: e.IOC_DEMO_PASSWORD },
    adminPassword: e.IOC_ADMIN_PASSWORD,
  };
}
