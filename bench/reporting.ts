/**
 * What the reporting regime costs: computing compliance (every report × unit ×
 * current period, GET /api/compliance) with the 182 reports of the annex, a
 * commune report filed by all 75 communes, and filings for every agency report —
 * cold, and answered from the cache that the many walls refetching after each
 * change hit; and a sign-in's password check (argon2id), the one deliberately slow
 * step. Prints figures (medians of repeated runs, compared as ratios); run with
 * `npm run bench`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { hashPassword, verifyPassword } from '../server/src/auth/passwords.js';
import { AccountRepository } from '../server/src/auth/accounts.js';
import { DEMO_THEMATIC_REPORT } from '../server/src/auth/bootstrap.js';
import { openDatabase } from '../server/src/db/database.js';
import { migrate } from '../server/src/db/migrate.js';
import { createLogger } from '../server/src/logger.js';
import { ComplianceService } from '../server/src/reporting/compliance-service.js';
import { currentPeriods } from '../server/src/reporting/filing-periods.js';
import { ReportTemplates } from '../server/src/reporting/report-templates-repository.js';
import { ReportingUnits } from '../server/src/reporting/reporting-units.js';
import { loadReferenceData } from '../server/src/units/reference-loader.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function timeIt(fn: () => Promise<unknown>, runs = RUNS): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}
const fmt = (ms: number) => ms.toLocaleString('vi-VN', { maximumFractionDigits: 1 });

const dir = mkdtempSync(path.join(tmpdir(), 'ioc-bench-reporting-'));
const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: dir }, createLogger('silent'));
try {
  await migrate(db.pool);
  await loadReferenceData(db.pool);
  const now = new Date();
  const clock = () => now;
  const accounts = new AccountRepository(db.pool, clock, 15);
  const leader = await accounts.create({ username: 'bench.lead', displayName: 'Bench', password: 'bench password 2026', role: 'leader', unit: { kind: 'agency', code: 'SKHCN' } });
  const templates = new ReportTemplates(db.pool);
  await templates.createThematic('SKHCN', DEMO_THEMATIC_REPORT, leader.id);
  const units = new ReportingUnits(db.pool);

  // A filing for every unit and current period: every commune, every agency report, half of them submitted.
  const filings: [string, 'agency' | 'commune', string, string][] = [];
  const communes = await units.communes();
  for (const t of await templates.list()) {
    const filers = t.participants === 'communes' ? communes : [{ kind: 'agency' as const, code: t.responsibleAgencyCode }];
    for (const u of filers) for (const p of currentPeriods(t, u.kind, now)) filings.push([t.code, u.kind, u.code, p.key]);
  }
  await db.pool.query(
    `INSERT INTO report_submission (template_code, unit_kind, unit_code, period_key, status, created_by, created_at, updated_at, submitted_at, submitted_by, signature)
     SELECT t, k, u, p, CASE WHEN n % 2 = 0 THEN 'submitted' ELSE 'draft' END, $5, $6, $6, CASE WHEN n % 2 = 0 THEN $6::timestamptz END, $5, CASE WHEN n % 2 = 0 THEN 'bench' END
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS x(t, k, u, p, n)`,
    [filings.map((f) => f[0]), filings.map((f) => f[1]), filings.map((f) => f[2]), filings.map((f) => f[3]), leader.id, now],
  );

  const cold = await timeIt(() => new ComplianceService(db.pool, templates, units, clock).compute());
  const shared = new ComplianceService(db.pool, templates, units, clock);
  const rows = (await shared.compute()).rows.length;
  const cached = await timeIt(() => shared.compute());

  const hash = await hashPassword('correct horse battery staple');
  const hashMs = await timeIt(() => hashPassword('correct horse battery staple'), 7);
  const verifyMs = await timeIt(() => verifyPassword(hash, 'correct horse battery staple'), 7);

  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}; database: ${db.mode}`);
  console.log(`filings: ${filings.length} (${communes.length} communes × 1 commune report + the agencies' reports), compliance rows: ${rows}`);
  console.log(`compliance, computed: ${fmt(cold)} ms median of ${RUNS}`);
  console.log(`compliance, unchanged data (cache): ${fmt(cached)} ms median of ${RUNS} — ratio computed / cached ${fmt(cold / cached)}`);
  console.log(`argon2id hash: ${fmt(hashMs)} ms, verify: ${fmt(verifyMs)} ms (median of 7): one core signs in about ${Math.floor(1000 / verifyMs)} people per second`);
} finally {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
}
