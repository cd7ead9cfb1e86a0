import { pino, type Logger } from 'pino';

export type { Logger };

/** JSON logs to stdout (one line per event) for the service manager; LOG_LEVEL picks the level. */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { service: 'ioc-server' } });
}
