/**
 * The reporting regime end to end over HTTP, against the embedded TimescaleDB and
 * a real Socket.IO server: the workflow with rejection and resubmission, the
 * concurrent-approval conflict, unsigned and tampered submissions, unit scope,
 * lockout, idle timeout, the audit log, and compliance moving from late to delivered.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REPORTING_EVENTS,
  canonicalSubmission,
  type ApiError,
  type ComplianceResponse,
  type Figures,
  type FilingSummary,
  type PrincipalInfo,
  type ReportTemplate,
  type SigningKeyDto,
  type SubmissionDto,
} from '@ioc/shared';
import { DEMO_THEMATIC_REPORT } from '../auth/bootstrap.js';
import { startTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { TEST_PASSWORD, cookieHeader, startTestServer, type TestServer } from '../test-support/test-server.js';

const COMMUNE = { kind: 'commune', code: '03670' } as const; // Phường Chiềng Cơi
const OTHER_COMMUNE = { kind: 'commune', code: '03646' } as const; // Phường Tô Hiệu
// 10:00 on Monday 23/11/2026 in Sơn La: the November commune deadline (17/11, Điều 8.1.b) has passed.
let now = new Date('2026-11-23T03:00:00Z');
const advance = (ms: number) => (now = new Date(now.getTime() + ms));

function signer(privateKey: KeyObject) {
  return (content: Parameters<typeof canonicalSubmission>[0]) => sign('sha256', Buffer.from(canonicalSubmission(content), 'utf8'), { key: privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64');
}

describe('reporting regime (Quy định 228/QĐ-UBND)', () => {
  let db: TestDatabase;
  let server: TestServer;
  let template: ReportTemplate;
  let keyId: string;
  let signContent: ReturnType<typeof signer>;
  const cookies: Record<string, string> = {};
  const filingPath = (unit: { kind: string; code: string } = COMMUNE, period = '2026-11') => `/api/reports/filings/${template.code}/${unit.kind}/${unit.code}/${period}`;

  const submit = (cookie: string, version: number, figures: Figures, narrative: string, signature?: { keyId: string; value: string }) =>
    server.send<SubmissionDto & ApiError>('POST', `${filingPath()}/submit`, { version, figures, narrative, ...(signature ? { signature } : {}) }, cookie);
  const signed = (version: number, figures: Figures, narrative: string) => ({ keyId, value: signContent({ template: template.code, unit: COMMUNE.code, period: '2026-11', version, figures, narrative }) });

  beforeAll(async () => {
    db = await startTestDatabase();
    server = await startTestServer(db, { clock: () => now, auth: { lockoutMinutes: 15, session: { idleMinutes: 30, absoluteHours: 12 }, secureCookies: true } });
    cookies['skhcnLeader'] = await server.signIn({ username: 'skhcn.lanhdao', displayName: 'Lãnh đạo Sở KH&CN', role: 'leader', unit: { kind: 'agency', code: 'SKHCN' } });
    cookies['skhcnSpecialist'] = await server.signIn({ username: 'skhcn.chuyenvien', displayName: 'Chuyên viên Sở KH&CN', role: 'specialist', unit: { kind: 'agency', code: 'SKHCN' } });
    cookies['specialist'] = await server.signIn({ username: 'cc.chuyenvien', displayName: 'Chuyên viên Chiềng Cơi', role: 'specialist', unit: COMMUNE });
    cookies['leader1'] = await server.signIn({ username: 'cc.lanhdao', displayName: 'Chủ tịch UBND phường Chiềng Cơi', role: 'leader', unit: COMMUNE });
    cookies['leader2'] = await server.signIn({ username: 'cc.phochutich', displayName: 'Phó Chủ tịch UBND phường Chiềng Cơi', role: 'leader', unit: COMMUNE });
    cookies['otherSpecialist'] = await server.signIn({ username: 'th.chuyenvien', displayName: 'Chuyên viên Tô Hiệu', role: 'specialist', unit: OTHER_COMMUNE });
    cookies['operator'] = await server.signIn({ username: 'vanhanh', displayName: 'Vận hành', role: 'operator' });
    cookies['admin'] = await server.signIn({ username: 'quantri', displayName: 'Quản trị', role: 'admin' });

    // The lead agency creates a thematic report that every commune files monthly (Điều 4, 6.3).
    const created = await server.send<ReportTemplate>('POST', '/api/reports/templates', DEMO_THEMATIC_REPORT, cookies['skhcnLeader']);
    expect(created.status).toBe(201);
    template = created.body;

    // The commune's leader registers the unit's signing key.
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    signContent = signer(privateKey);
    const key = await server.send<SigningKeyDto>('POST', '/api/reports/keys', { algorithm: 'ECDSA-P256', publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }), label: 'USB token phường Chiềng Cơi' }, cookies['leader1']);
    expect(key.status).toBe(201);
    expect(key.body.unit).toEqual(COMMUNE);
    keyId = key.body.id;
  }, 240_000);

  afterAll(async () => {
    await server?.close();
    await db?.closeTest();
  });

  it('loads the 182 periodic reports of the annex beside the thematic one', async () => {
    const res = await server.get<{ templates: ReportTemplate[] }>('/api/reports/templates', cookies['operator']);
    expect(res.status).toBe(200);
    expect(res.body.templates.filter((t) => t.kind === 'periodic')).toHaveLength(182);
    const online = res.body.templates.find((t) => t.code === 'QD228-17-07')!;
    // Sở TT&TT's report is filed by its successor, Sở KH&CN.
    expect(online).toMatchObject({ agencyCode: 'STTTT', responsibleAgencyCode: 'SKHCN', periods: ['realtime'] });
  });

  it('runs the whole workflow: draft, signed submission, rejection with a reason, resubmission, approval into the measurements', async () => {
    const before = await server.send<ComplianceResponse>('GET', '/api/compliance', undefined, server.deviceCookie);
    const row = () => before.body.rows.find((r) => r.template === template.code && r.unit.code === COMMUNE.code)!;
    expect(row()).toMatchObject({ period: '2026-11', due: '2026-11-17', status: 'overdue' });

    const draft = await server.send<SubmissionDto>('PUT', `${filingPath()}/draft`, { figures: { GIAI_NGAN_KHCN: { numerator: 300, denominator: 1000 } }, narrative: 'Nháp' }, cookies['specialist']);
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({ status: 'draft', version: 1 });

    const first = { GIAI_NGAN_KHCN: { numerator: 310, denominator: 1000 } };
    const submitted = await submit(cookies['specialist']!, 1, first, 'Đã giải ngân 31 %', signed(1, first, 'Đã giải ngân 31 %'));
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', version: 2, compliance: 'late', signature: { keyId, algorithm: 'ECDSA-P256' } });

    // A rejection without its reason is refused (Điều 7.3.a), naming the field.
    const noReason = await server.send<ApiError>('POST', `${filingPath()}/decision`, { decision: 'reject', version: 2, reason: '' }, cookies['leader1']);
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details?.[0]?.field).toBe('reason');

    const rejected = await server.send<SubmissionDto>('POST', `${filingPath()}/decision`, { decision: 'reject', version: 2, reason: 'Số được giao chưa khớp dự toán' }, cookies['leader1']);
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectionReason: 'Số được giao chưa khớp dự toán', compliance: 'overdue' });

    const second = { GIAI_NGAN_KHCN: { numerator: 310, denominator: 1200 } };
    advance(10 * 60_000);
    const resubmitted = await submit(cookies['specialist']!, 3, second, 'Đã sửa theo ý kiến lãnh đạo', signed(3, second, 'Đã sửa theo ý kiến lãnh đạo'));
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.body.status).toBe('submitted');

    const approved = await server.send<SubmissionDto>('POST', `${filingPath()}/decision`, { decision: 'approve', version: 4 }, cookies['leader1']);
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    expect(approved.body.ingestBatchId).not.toBeNull();
    expect(approved.body.history.map((h) => [h.from, h.to, h.actor])).toEqual([
      [null, 'draft', 'cc.chuyenvien'],
      ['draft', 'submitted', 'cc.chuyenvien'],
      ['submitted', 'rejected', 'cc.lanhdao'],
      ['rejected', 'submitted', 'cc.chuyenvien'],
      ['submitted', 'approved', 'cc.lanhdao'],
    ]);
    expect(approved.body.history[2]!.reason).toBe('Số được giao chưa khớp dự toán');

    // The approved figure is a real (not simulated) measurement of the commune, through the ingestion path.
    const m = await db.pool.query('SELECT numerator, denominator, is_simulated, source FROM measurement WHERE indicator_code = $1 AND unit_code = $2 AND source = $3', [
      'NGANSACH.GIAI_NGAN_KHCN',
      COMMUNE.code,
      template.code,
    ]);
    expect(m.rows).toEqual([{ numerator: 310, denominator: 1200, is_simulated: false, source: template.code }]);

    const after = await server.send<ComplianceResponse>('GET', '/api/compliance', undefined, server.deviceCookie);
    expect(after.body.rows.find((r) => r.template === template.code && r.unit.code === COMMUNE.code)).toMatchObject({ status: 'late', workflowStatus: 'approved' });
  });

  it('lets one of two leaders deciding at once win; the other gets a conflict and nothing is approved twice', async () => {
    const period = '2026-10';
    const figures = { GIAI_NGAN_KHCN: { numerator: 250, denominator: 1000 } };
    const signature = { keyId, value: signContent({ template: template.code, unit: COMMUNE.code, period, version: 0, figures, narrative: '' }) };
    const res = await server.send<SubmissionDto>('POST', `${filingPath(COMMUNE, period)}/submit`, { version: 0, figures, narrative: '', signature }, cookies['specialist']);
    expect(res.status).toBe(200);
    const version = res.body.version;
    const [a, b] = await Promise.all([
      server.send<SubmissionDto & ApiError>('POST', `${filingPath(COMMUNE, period)}/decision`, { decision: 'approve', version }, cookies['leader1']),
      server.send<SubmissionDto & ApiError>('POST', `${filingPath(COMMUNE, period)}/decision`, { decision: 'approve', version }, cookies['leader2']),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.error.code).toBe('conflict');
    const transitions = await db.pool.query(`SELECT count(*)::int AS n FROM report_transition t JOIN report_submission s ON s.id = t.submission_id WHERE s.period_key = $1 AND t.to_status = 'approved'`, [period]);
    expect(transitions.rows[0].n).toBe(1);
    const batches = await db.pool.query(`SELECT count(*)::int AS n FROM ingest_batch b JOIN report_submission s ON s.id = b.report_submission_id WHERE s.period_key = $1`, [period]);
    expect(batches.rows[0].n).toBe(1);
  });

  it('refuses an unsigned and a tampered submission, and writes nothing', async () => {
    const period = '2026-09';
    const figures = { GIAI_NGAN_KHCN: { numerator: 100, denominator: 1000 } };
    const unsigned = await server.send<ApiError>('POST', `${filingPath(COMMUNE, period)}/submit`, { version: 0, figures, narrative: '' }, cookies['specialist']);
    expect(unsigned.status).toBe(400);
    expect(unsigned.body.error.details?.some((d) => d.field === 'signature')).toBe(true);

    const signature = { keyId, value: signContent({ template: template.code, unit: COMMUNE.code, period, version: 0, figures, narrative: '' }) };
    const tampered = { GIAI_NGAN_KHCN: { numerator: 900, denominator: 1000 } };
    const res = await server.send<ApiError>('POST', `${filingPath(COMMUNE, period)}/submit`, { version: 0, figures: tampered, narrative: '', signature }, cookies['specialist']);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('signature_invalid');
    expect(res.body.error.message).toMatch(/does not match the content/);
    const rows = await db.pool.query('SELECT 1 FROM report_submission WHERE period_key = $1', [period]);
    expect(rows.rowCount).toBe(0);
    const audit = await server.send<{ entries: { action: string; outcome: string }[] }>('GET', '/api/admin/audit?action=report.submit', undefined, cookies['admin']);
    expect(audit.body.entries.some((e) => e.outcome === 'failure')).toBe(true);
  });

  it("keeps each unit's drafts to its own staff", async () => {
    // Another commune's specialist, and an agency's, can neither read nor write Chiềng Cơi's filings.
    for (const who of ['otherSpecialist', 'skhcnSpecialist']) {
      const read = await server.send<ApiError>('GET', filingPath(), undefined, cookies[who]);
      expect(read.status).toBe(403);
      const write = await server.send<ApiError>('PUT', `${filingPath(COMMUNE, '2026-08')}/draft`, { figures: {}, narrative: 'x' }, cookies[who]);
      expect(write.status).toBe(403);
      const list = await server.send<ApiError>('GET', '/api/reports/filings?unitKind=commune&unitCode=03670', undefined, cookies[who]);
      expect(list.status).toBe(403);
    }
    // A leader cannot fill, a specialist cannot decide, a wall cannot read filings.
    expect((await server.send('PUT', `${filingPath(COMMUNE, '2026-08')}/draft`, { figures: {}, narrative: '' }, cookies['leader1'])).status).toBe(403);
    expect((await server.send('POST', `${filingPath()}/decision`, { decision: 'approve', version: 5 }, cookies['specialist'])).status).toBe(403);
    expect((await server.send('GET', filingPath(), undefined, server.deviceCookie)).status).toBe(403);
    // The operator reads every unit's filings; the own unit's list works for its specialist.
    expect((await server.send('GET', filingPath(), undefined, cookies['operator'])).status).toBe(200);
    const own = await server.send<{ filings: FilingSummary[] }>('GET', '/api/reports/filings', undefined, cookies['otherSpecialist']);
    expect(own.body.filings.map((f) => f.unit.code)).toEqual([OTHER_COMMUNE.code]);
    // Nobody without a session or device reads anything.
    expect((await server.send('GET', '/api/snapshot')).status).toBe(401);
  });

  it('locks an account after 5 failed sign-ins, even against the right password, until the lockout ends', async () => {
    await server.app.accounts.create({ username: 'bi.khoa', displayName: 'Bị khoá', password: TEST_PASSWORD, role: 'viewer' });
    const attempt = (password: string) => server.send<ApiError>('POST', '/api/auth/login', { username: 'bi.khoa', password });
    for (let i = 1; i <= 4; i++) expect((await attempt('wrong password!')).status).toBe(401);
    const fifth = await attempt('wrong password!');
    expect(fifth.status).toBe(423);
    expect(fifth.body.error.code).toBe('account_locked');
    expect((await attempt(TEST_PASSWORD)).status).toBe(423);
    advance(16 * 60_000);
    expect((await attempt(TEST_PASSWORD)).status).toBe(200);
    const audit = await server.send<{ entries: { action: string; outcome: string; actor: { name: string } }[] }>('GET', '/api/admin/audit?limit=50', undefined, cookies['admin']);
    const mine = audit.body.entries.filter((e) => e.actor.name === 'bi.khoa');
    expect(mine.filter((e) => e.action === 'auth.login' && e.outcome === 'failure')).toHaveLength(6);
    expect(mine.some((e) => e.action === 'auth.locked')).toBe(true);
  });

  it('keeps the audit log append-only, with at least three months of retention', async () => {
    await expect(db.pool.query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(db.pool.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(db.pool.query(`SELECT purge_audit_log(interval '30 days')`)).rejects.toThrow(/at least 3 months/);
    await expect(server.app.audit.purge(30)).rejects.toThrow(/at least 92 days/);
    const n = await db.pool.query('SELECT count(*)::int AS n FROM audit_log');
    expect(await server.app.audit.purge(92)).toBe(0);
    expect((await db.pool.query('SELECT count(*)::int AS n FROM audit_log')).rows[0].n).toBe(n.rows[0].n + 1);
  });

  it('tells connected screens when a filing changes', async () => {
    const socket = server.connectClient();
    const changed = new Promise<{ changedAt: string }>((resolve) => socket.once(REPORTING_EVENTS.changed, resolve));
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    const res = await server.send('PUT', `${filingPath(OTHER_COMMUNE)}/draft`, { figures: {}, narrative: 'Bắt đầu' }, cookies['otherSpecialist']);
    expect(res.status).toBe(200);
    expect((await changed).changedAt).toBe(now.toISOString());
  });

  it('refuses sockets and API calls without credentials, and signs out', async () => {
    const anonymous = server.connectClient(undefined, { extraHeaders: {} });
    const error = await new Promise<Error>((resolve) => anonymous.once('connect_error', resolve));
    expect(error.message).toMatch(/^unauthenticated/);
    const cookie = await server.signIn({ username: 'ra.ve', displayName: 'Ra về', role: 'viewer' });
    const out = await server.send('POST', '/api/auth/logout', undefined, cookie);
    expect(out.status).toBe(204);
    expect(cookieHeader(out.setCookie)).toMatch(/ioc_session=;?/);
    expect((await server.send('GET', '/api/auth/me', undefined, cookie)).status).toBe(401);
  });
  // Last: it moves the clock past every session's idle timeout.
  it('ends an idle session', async () => {
    const cookie = await server.signIn({ username: 'ngoi.im', displayName: 'Ngồi im', role: 'viewer' });
    expect((await server.send<PrincipalInfo>('GET', '/api/auth/me', undefined, cookie)).status).toBe(200);
    advance(31 * 60_000);
    const res = await server.send<ApiError>('GET', '/api/auth/me', undefined, cookie);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('session_expired');
  });
});
