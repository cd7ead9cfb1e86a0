/**
 * Starts the real product as a user would (`tsx server/src/main.ts`) on a free
 * loopback port with its own data directory, and stops it. The browser tests
 * and the multi-process integration tests run against it; nothing is mocked.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { HealthResponse } from '@ioc/shared';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The demo accounts' password in test processes (the quick start generates one). */
export const TEST_DEMO_PASSWORD = 'e2e-demo-password-2026';

export interface IocServerProcess {
  url: string;
  /** The demo accounts' password and the demo wall's device token (from IOC_DATA_DIR/demo-accounts.txt); null without demo accounts. */
  demo: { password: string; wallToken: string } | null;
  port: number;
  dataDir: string;
  /** The server process (to read its memory, or to kill it hard). */
  pid: number;
  log: () => string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export interface StartOptions {
  dataDir?: string;
  port?: number;
  env?: Record<string, string>;
  timeoutMs?: number;
}

export async function startIocServer(options: StartOptions = {}): Promise<IocServerProcess> {
  const port = options.port ?? (await freePort());
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'ioc-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      IOC_DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      // Fast live data so a test sees values change within seconds.
      IOC_SIMULATOR_SPEED: '600',
      IOC_SIMULATOR_TICK_MS: '1000',
      IOC_DEMO_PASSWORD: TEST_DEMO_PASSWORD,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 240_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`IOC server exited with ${child.exitCode}:\n${output}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok && ((await res.json()) as HealthResponse).status === 'ok') break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`IOC server did not become healthy in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const demoFile = path.join(dataDir, 'demo-accounts.txt');
  const wallToken = existsSync(demoFile) ? /iocdev_[0-9a-f]{16}\.[A-Za-z0-9_-]{43}/.exec(readFileSync(demoFile, 'utf8'))?.[0] : undefined;
  return {
    url,
    demo: wallToken ? { password: options.env?.['IOC_DEMO_PASSWORD'] ?? TEST_DEMO_PASSWORD, wallToken } : null,
    port,
    dataDir,
    pid: child.pid ?? -1,
    log: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null) return;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
