import { describe, expect, it } from 'vitest';
import { asUnitCode, type AdminUnit } from '@ioc/shared';
import {
  accountStatus,
  auditPath,
  changeBody,
  createBody,
  detailsText,
  draftProblems,
  nextBefore,
  pairUrl,
  unitOptions,
  type AccountDraft,
  type AuditEntryDto,
} from './admin-model.js';

const commune = (code: string, fullName: string): AdminUnit => ({
  code: asUnitCode(code),
  level: 'commune',
  name: fullName.replace(/^(Xã|Phường) /, ''),
  fullName,
  nameEn: fullName,
  type: 'xã',
  parentCode: asUnitCode('14'),
  areaKm2: null,
  population: null,
  centroid: null,
  isDemo: false,
});

describe('auditPath / nextBefore', () => {
  it('sends only the filters set, and pages with `before`', () => {
    expect(auditPath({})).toBe('/api/admin/audit?limit=50');
    expect(auditPath({ action: 'auth.login', actor: ' admin ', before: 120, limit: 20 })).toBe('/api/admin/audit?action=auth.login&actor=admin&before=120&limit=20');
    expect(auditPath({ action: '', actor: '   ', before: null })).toBe('/api/admin/audit?limit=50');
  });
  it('finds the oldest id of a full page, and no next page after a short one', () => {
    const page = [{ id: 90 }, { id: 89 }, { id: 87 }] as AuditEntryDto[];
    expect(nextBefore(page, 3)).toBe(87);
    expect(nextBefore(page, 50)).toBeNull();
  });
});

describe('detailsText', () => {
  it('writes the details on one line', () => {
    expect(detailsText({ format: 'xlsx', file: 'ioc.xlsx' })).toBe('format: xlsx; file: ioc.xlsx');
    expect(detailsText({ to: { role: 'leader', unit: { kind: 'agency', code: 'SKHCN' } } })).toBe('to: {"role":"leader","unit":{"kind":"agency","code":"SKHCN"}}');
    expect(detailsText({})).toBe('');
    expect(detailsText(null)).toBe('');
  });
});

describe('accountStatus', () => {
  const now = Date.parse('2025-12-20T07:00:00Z');
  it('tells disabled, locked (until a future time) and active apart', () => {
    expect(accountStatus({ disabled: true, lockedUntil: null }, now)).toBe('disabled');
    expect(accountStatus({ disabled: false, lockedUntil: '2025-12-20T07:15:00Z' }, now)).toBe('locked');
    expect(accountStatus({ disabled: false, lockedUntil: '2025-12-20T06:45:00Z' }, now)).toBe('active');
    expect(accountStatus({ disabled: false, lockedUntil: null }, now)).toBe('active');
  });
});

describe('unitOptions', () => {
  it('lists each filing agency once and the communes, by Vietnamese name', () => {
    const templates = [
      { responsibleAgencyCode: 'SKHCN', responsibleAgencyName: 'Sở Khoa học và Công nghệ' },
      { responsibleAgencyCode: 'VPUBND', responsibleAgencyName: 'Văn phòng UBND tỉnh' },
      { responsibleAgencyCode: 'SKHCN', responsibleAgencyName: 'Sở Khoa học và Công nghệ' },
      { responsibleAgencyCode: 'CTK', responsibleAgencyName: 'Cục Thống kê tỉnh' },
    ];
    const options = unitOptions(templates, [commune('03670', 'Phường Chiềng Cơi'), commune('03646', 'Phường Chiềng An'), { ...commune('14', 'Tỉnh Sơn La'), level: 'province' }]);
    expect(options.agency.map((a) => a.code)).toEqual(['CTK', 'SKHCN', 'VPUBND']);
    expect(options.commune).toEqual([
      { code: '03646', name: 'Phường Chiềng An' },
      { code: '03670', name: 'Phường Chiềng Cơi' },
    ]);
  });
});

describe('account forms', () => {
  const draft: AccountDraft = { username: 'Moc.ChuyenVien', displayName: 'Nguyễn Văn A', password: 'mot-hai-ba-bon', role: 'specialist', unitKind: 'commune', unitCode: '03670' };
  it('checks what it can before asking the server', () => {
    expect(draftProblems(draft)).toEqual([]);
    expect(draftProblems({ ...draft, password: 'ngan' })).toEqual(['password']);
    expect(draftProblems({ ...draft, unitCode: '' })).toEqual(['unit']);
    expect(draftProblems({ ...draft, role: 'viewer', unitCode: '' })).toEqual([]);
    expect(draftProblems({ ...draft, username: 'a b', displayName: ' ' })).toEqual(['username', 'displayName']);
  });
  it('sends a unit only for the roles that have one', () => {
    expect(createBody(draft)).toEqual({ username: 'moc.chuyenvien', displayName: 'Nguyễn Văn A', password: 'mot-hai-ba-bon', role: 'specialist', unit: { kind: 'commune', code: '03670' } });
    expect(createBody({ ...draft, role: 'operator' }).unit).toBeNull();
  });
  it('sends only what an edit changed', () => {
    const account = { role: 'specialist' as const, unit: { kind: 'agency' as const, code: 'SKHCN', name: 'Sở KH&CN' } };
    const same = { role: 'specialist' as const, unitKind: 'agency' as const, unitCode: 'SKHCN', password: '' };
    expect(changeBody(account, same)).toBeNull();
    expect(changeBody(account, { ...same, role: 'leader' })).toEqual({ role: 'leader', unit: { kind: 'agency', code: 'SKHCN' } });
    expect(changeBody(account, { ...same, role: 'operator' })).toEqual({ role: 'operator', unit: null });
    expect(changeBody(account, { ...same, unitKind: 'commune', unitCode: '03670' })).toEqual({ unit: { kind: 'commune', code: '03670' } });
    expect(changeBody(account, { ...same, password: 'mot-hai-ba-bon' })).toEqual({ password: 'mot-hai-ba-bon' });
  });
});

describe('pairUrl', () => {
  it('joins the origin and the pairing path', () => {
    expect(pairUrl('https://ioc.sonla.gov.vn', '/api/auth/device?token=iocdev_x.y')).toBe('https://ioc.sonla.gov.vn/api/auth/device?token=iocdev_x.y');
    expect(pairUrl('http://localhost:8091/', '/api/auth/device?token=t')).toBe('http://localhost:8091/api/auth/device?token=t');
  });
});
