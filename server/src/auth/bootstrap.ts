/**
 * The accounts a fresh install starts with. The embedded quick start gets demo
 * accounts (one per role, labelled as demo everywhere), a demo thematic report
 * filed by the communes, and a demo wall device — their password and the wall's
 * pairing URL are printed and written to IOC_DATA_DIR/demo-accounts.txt. A
 * production install gets only its first administrator, from IOC_ADMIN_PASSWORD.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import type { ReportingUnitRef, Role } from '@ioc/shared';
import type { Logger } from '../logger.js';
import { ReportTemplates } from '../reporting/report-templates-repository.js';
import { AccountRepository } from './accounts.js';
import { DeviceTokens } from './device-tokens.js';

/** The demo accounts: one per role, an agency's pair and a commune's pair (Chiềng Cơi, 03670). */
export const DEMO_ACCOUNTS: readonly { username: string; displayName: string; role: Role; unit: ReportingUnitRef | null }[] = [
  { username: 'admin', displayName: 'Quản trị hệ thống (trình diễn)', role: 'admin', unit: null },
  { username: 'vanhanh', displayName: 'Cán bộ vận hành IOC (trình diễn)', role: 'operator', unit: null },
  { username: 'lanhdao.tinh', displayName: 'Lãnh đạo UBND tỉnh (trình diễn)', role: 'viewer', unit: null },
  { username: 'skhcn.chuyenvien', displayName: 'Chuyên viên Sở KH&CN (trình diễn)', role: 'specialist', unit: { kind: 'agency', code: 'SKHCN' } },
  { username: 'skhcn.lanhdao', displayName: 'Lãnh đạo Sở KH&CN (trình diễn)', role: 'leader', unit: { kind: 'agency', code: 'SKHCN' } },
  { username: 'chiengcoi.chuyenvien', displayName: 'Chuyên viên UBND phường Chiềng Cơi (trình diễn)', role: 'specialist', unit: { kind: 'commune', code: '03670' } },
  { username: 'chiengcoi.lanhdao', displayName: 'Lãnh đạo UBND phường Chiềng Cơi (trình diễn)', role: 'leader', unit: { kind: 'commune', code: '03670' } },
];

/** A thematic report of Sở KH&CN filed monthly by every commune, whose approved figure feeds the wall's budget indicator. */
export const DEMO_THEMATIC_REPORT = {
  kind: 'thematic' as const,
  nameVi: 'Báo cáo chuyên đề hằng tháng: giải ngân kinh phí KHCN, ĐMST và CĐS cấp xã (trình diễn)',
  periods: ['month' as const],
  participants: 'communes' as const,
  dueDate: null,
  fields: [
    {
      code: 'GIAI_NGAN_KHCN',
      nameVi: 'Kinh phí KHCN, ĐMST, CĐS đã giải ngân / được giao của xã',
      measure: 'ratio' as const,
      unitLabel: 'triệu đồng',
      indicator: 'NGANSACH.GIAI_NGAN_KHCN' as const,
    },
  ],
};

export interface BootstrapOptions {
  demo: boolean;
  demoPassword: string | undefined;
  adminPassword: string | undefined;
  dataDir: string;
  /** The server's own URL, for the printed wall pairing link. */
  baseUrl: string;
}

export async function bootstrapAccounts(pool: pg.Pool, clock: () => Date, options: BootstrapOptions, logger: Logger): Promise<void> {
  const accounts = new AccountRepository(pool, clock, 15);
  if ((await accounts.count()) > 0) return;
  if (!options.demo) {
    if (options.adminPassword) {
      await accounts.create({ username: 'admin', displayName: 'Quản trị hệ thống', password: options.adminPassword, role: 'admin' });
      logger.info('first administrator "admin" created from IOC_ADMIN_PASSWORD');
    } else {
      logger.warn('no accounts yet: set IOC_ADMIN_PASSWORD for the first start, or run `npm run users -- add admin --role admin` with the server stopped');
    }
    return;
  }
  const password = options.demoPassword ?? randomBytes(12).toString('base64url');
  const created = new Map<string, number>();
  for (const a of DEMO_ACCOUNTS) created.set(a.username, (await accounts.create({ ...a, password, isDemo: true })).id);
  await new ReportTemplates(pool).createThematic('SKHCN', DEMO_THEMATIC_REPORT, created.get('skhcn.lanhdao')!, true);
  const { token } = await new DeviceTokens(pool, clock).create('Màn hình trình diễn', created.get('vanhanh')!);
  const wallUrl = `${options.baseUrl}/api/auth/device?token=${encodeURIComponent(token)}`;
  const lines = [
    'IOC Sơn La — tài khoản TRÌNH DIỄN (demo accounts; not for production)',
    `Mật khẩu chung / password: ${password}`,
    ...DEMO_ACCOUNTS.map((a) => `  ${a.username.padEnd(22)} ${a.role}${a.unit ? ` ${a.unit.kind}:${a.unit.code}` : ''}`),
    `Màn hình tường trình diễn / demo wall (open once on the wall's browser): ${wallUrl}`,
    '',
  ];
  mkdirSync(options.dataDir, { recursive: true });
  writeFileSync(path.join(options.dataDir, 'demo-accounts.txt'), lines.join('\n'), { mode: 0o600 });
  logger.warn({ file: path.join(options.dataDir, 'demo-accounts.txt'), wallUrl, usernames: DEMO_ACCOUNTS.map((a) => a.username) }, 'demo accounts created (password in the file)');
}
