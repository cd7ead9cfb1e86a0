import { describe, expect, it } from 'vitest';
import { thematicReportSchema, type IndicatorCode } from '@ioc/shared';
import {
  addField,
  agenciesOf,
  checkDraft,
  choosesAgency,
  dueDateInfo,
  emptyDraft,
  formPaths,
  indicatorsOffered,
  issuesAt,
  issuesFromServer,
  mayCreateReports,
  removeField,
  requestBody,
  setParticipants,
  togglePeriod,
  updateField,
  withoutIssuesAt,
  type NewReportDraft,
} from './new-report-model.js';

const LEADER = { withAgency: false };
const ADMIN = { withAgency: true };

/** A draft the server accepts: one counted field, filed once by the agency. */
function validDraft(): NewReportDraft {
  const d = emptyDraft();
  return updateField({ ...d, kind: 'ad-hoc', nameVi: 'Báo cáo đột xuất về chuyển đổi số', dueDate: '2026-06-30' }, d.fields[0]!.id, {
    code: 'CT01',
    nameVi: 'Số xã có hạ tầng số',
    measure: 'count',
    unitLabel: 'xã',
  });
}

const codes = (issues: { path: string; code: string }[]) => issues.map((i) => `${i.path}:${i.code}`);

describe('indicatorsOffered', () => {
  it('offers every commune the indicators recorded per commune, and the agency those recorded for the province', () => {
    const communes = indicatorsOffered('communes').map((i) => i.code);
    const self = indicatorsOffered('self').map((i) => i.code);
    expect(communes).toContain('DVC.NOP_TRUC_TUYEN');
    expect(communes).not.toContain('DVC.TOAN_TRINH'); // province only
    expect(self).toContain('DVC.TOAN_TRINH');
    expect(self).toContain('DVC.NOP_TRUC_TUYEN');
    for (const i of indicatorsOffered('communes')) expect(i.reportedAt).toContain('commune');
    for (const i of indicatorsOffered('self')) expect(i.reportedAt).toContain('province');
  });
  it('never offers an indicator recorded per hamlet only', () => {
    const hamletOnly = indicatorsOffered('self').concat(indicatorsOffered('communes')).filter((i) => i.reportedAt.length === 1 && i.reportedAt[0] === 'hamlet');
    expect(hamletOnly).toEqual([]);
  });
});

describe('updateField / setParticipants / rows', () => {
  it('makes a field tied to an indicator a ratio, in % unless a unit was given', () => {
    const d = emptyDraft();
    const id = d.fields[0]!.id;
    const tied = updateField(d, id, { indicator: 'DVC.NOP_TRUC_TUYEN' });
    expect(tied.fields[0]).toMatchObject({ indicator: 'DVC.NOP_TRUC_TUYEN', measure: 'ratio', unitLabel: '%' });
    // the measure cannot be moved away while the indicator stays
    expect(updateField(tied, id, { measure: 'count' }).fields[0]!.measure).toBe('ratio');
    const withUnit = updateField(updateField(d, id, { unitLabel: 'hồ sơ' }), id, { indicator: 'DVC.NOP_TRUC_TUYEN' });
    expect(withUnit.fields[0]!.unitLabel).toBe('hồ sơ');
    // untied, the measure is free again
    expect(updateField(updateField(tied, id, { indicator: null }), id, { measure: 'amount' }).fields[0]!.measure).toBe('amount');
  });
  it('writes field codes in upper case', () => {
    const d = emptyDraft();
    expect(updateField(d, d.fields[0]!.id, { code: 'ct.01-a' }).fields[0]!.code).toBe('CT.01-A');
  });
  it('unties an indicator that the new filers do not record', () => {
    const d = emptyDraft();
    const tied = updateField(d, d.fields[0]!.id, { indicator: 'DVC.TOAN_TRINH' as IndicatorCode });
    const communes = setParticipants(tied, 'communes');
    expect(communes.participants).toBe('communes');
    expect(communes.fields[0]!.indicator).toBeNull();
    const kept = setParticipants(updateField(d, d.fields[0]!.id, { indicator: 'DVC.NOP_TRUC_TUYEN' }), 'communes');
    expect(kept.fields[0]!.indicator).toBe('DVC.NOP_TRUC_TUYEN');
  });
  it('adds and removes rows with stable ids', () => {
    const d = addField(addField(emptyDraft()));
    expect(d.fields.map((f) => f.id)).toEqual([1, 2, 3]);
    const removed = removeField(d, 2);
    expect(removed.fields.map((f) => f.id)).toEqual([1, 3]);
    expect(addField(removed).fields.map((f) => f.id)).toEqual([1, 3, 4]);
  });
  it('keeps the periods in the form order', () => {
    let d = togglePeriod(emptyDraft(), 'year', true);
    d = togglePeriod(d, 'month', true);
    d = togglePeriod(d, 'quarter', true);
    expect(d.periods).toEqual(['month', 'quarter', 'year']);
    expect(togglePeriod(d, 'quarter', false).periods).toEqual(['month', 'year']);
  });
});

describe('requestBody', () => {
  it('builds the body the shared schema accepts, trimmed, without an unset indicator', () => {
    const body = requestBody({ ...validDraft(), nameVi: '  Báo cáo đột xuất về chuyển đổi số  ' }, LEADER);
    expect(body).toEqual({
      kind: 'ad-hoc',
      nameVi: 'Báo cáo đột xuất về chuyển đổi số',
      periods: [],
      participants: 'self',
      fields: [{ code: 'CT01', nameVi: 'Số xã có hạ tầng số', measure: 'count', unitLabel: 'xã' }],
      dueDate: '2026-06-30',
    });
    expect(thematicReportSchema.safeParse(body).success).toBe(true);
  });
  it('sends periods instead of a one-off deadline when any is checked', () => {
    const body = requestBody(togglePeriod(validDraft(), 'quarter', true), LEADER);
    expect(body.periods).toEqual(['quarter']);
    expect(body.dueDate).toBeNull();
  });
  it('names the lead agency for an administrator only', () => {
    const d = { ...validDraft(), agencyCode: 'SKHCN' };
    expect(requestBody(d, ADMIN).agencyCode).toBe('SKHCN');
    expect(requestBody(d, LEADER)).not.toHaveProperty('agencyCode');
  });
  it('sends the indicator of a tied field', () => {
    const d = validDraft();
    const body = requestBody(updateField(d, d.fields[0]!.id, { indicator: 'DVC.NOP_TRUC_TUYEN' }), LEADER);
    expect(body.fields[0]).toEqual({ code: 'CT01', nameVi: 'Số xã có hạ tầng số', measure: 'ratio', unitLabel: 'xã', indicator: 'DVC.NOP_TRUC_TUYEN' });
  });
});

describe('checkDraft', () => {
  it('finds nothing in a valid draft', () => {
    expect(checkDraft(validDraft(), LEADER)).toEqual([]);
    expect(checkDraft({ ...validDraft(), agencyCode: 'SKHCN' }, ADMIN)).toEqual([]);
  });
  it('marks each empty or short input where it is', () => {
    const issues = checkDraft(emptyDraft(), LEADER);
    expect(codes(issues)).toEqual(expect.arrayContaining(['nameVi:required', 'fields.0.code:required', 'fields.0.nameVi:required', 'dueDate:period-or-date']));
    const short = checkDraft({ ...validDraft(), nameVi: 'BC' }, LEADER);
    expect(short).toEqual([{ path: 'nameVi', code: 'too-short', limit: 5 }]);
    const long = checkDraft({ ...validDraft(), nameVi: 'x'.repeat(301) }, LEADER);
    expect(long).toEqual([{ path: 'nameVi', code: 'too-long', limit: 300 }]);
  });
  it('asks for a period or a deadline, and a real date', () => {
    expect(codes(checkDraft({ ...validDraft(), dueDate: '' }, LEADER))).toEqual(['dueDate:period-or-date']);
    expect(codes(checkDraft({ ...validDraft(), dueDate: '2026-02-30' }, LEADER))).toEqual(['dueDate:invalid-date']);
    expect(checkDraft(togglePeriod({ ...validDraft(), dueDate: '' }, 'month', true), LEADER)).toEqual([]);
  });
  it('refuses a code that is not upper-case letters, digits, dot, dash or underscore', () => {
    const d = validDraft();
    expect(codes(checkDraft(updateField(d, d.fields[0]!.id, { code: 'CT 01' }), LEADER))).toEqual(['fields.0.code:code-pattern']);
    expect(codes(checkDraft(updateField(d, d.fields[0]!.id, { code: 'ĐT01' }), LEADER))).toEqual(['fields.0.code:code-pattern']);
  });
  it('marks every row of a duplicated code', () => {
    let d = addField(addField(validDraft()));
    d = updateField(d, d.fields[1]!.id, { code: 'CT01', nameVi: 'Số thôn có sóng di động' });
    d = updateField(d, d.fields[2]!.id, { code: 'CT02', nameVi: 'Số hộ có cáp quang' });
    expect(codes(checkDraft(d, LEADER))).toEqual(['fields.0.code:duplicate-code', 'fields.1.code:duplicate-code']);
  });
  it('needs at least one field', () => {
    const d = validDraft();
    expect(codes(checkDraft(removeField(d, d.fields[0]!.id), LEADER))).toEqual(['fields:no-fields']);
  });
  it("mirrors the server's rules on indicators", () => {
    const d = validDraft();
    const id = d.fields[0]!.id;
    // a province-only indicator filed by every commune (reached only by a stale form: the page unties it)
    const wrongLevel = { ...updateField(d, id, { indicator: 'DVC.TOAN_TRINH' as IndicatorCode }), participants: 'communes' as const };
    expect(codes(checkDraft(wrongLevel, LEADER))).toEqual(['fields.0.indicator:indicator-level']);
    const notRatio = { ...d, fields: [{ ...d.fields[0]!, indicator: 'DVC.NOP_TRUC_TUYEN' as IndicatorCode, measure: 'count' as const }] };
    expect(codes(checkDraft(notRatio, LEADER))).toEqual(['fields.0.measure:indicator-ratio']);
  });
  it("asks an administrator for the lead agency", () => {
    expect(codes(checkDraft(validDraft(), ADMIN))).toEqual(['agencyCode:agency-required']);
  });
});

describe('issuesFromServer / paths', () => {
  it("reads the server's details into issues of the form", () => {
    expect(
      issuesFromServer([
        { field: 'fields.1.indicator', reason: 'not reported per commune' },
        { field: 'fields.0.measure', reason: 'must be ratio' },
        { field: 'agencyCode', reason: 'required' },
        { field: 'nameVi', reason: 'Too small: expected string to have >=5 characters' },
      ]),
    ).toEqual([
      { path: 'fields.1.indicator', code: 'indicator-level' },
      { path: 'fields.0.measure', code: 'indicator-ratio' },
      { path: 'agencyCode', code: 'agency-required' },
      { path: 'nameVi', code: 'server', detail: 'Too small: expected string to have >=5 characters' },
    ]);
  });
  it('knows which paths have an input, and drops the issues of an edited one', () => {
    const d = addField(emptyDraft());
    const paths = formPaths(d, LEADER);
    expect(paths.has('fields.1.indicator')).toBe(true);
    expect(paths.has('fields.2.code')).toBe(false);
    expect(paths.has('agencyCode')).toBe(false);
    expect(formPaths(d, ADMIN).has('agencyCode')).toBe(true);
    const issues = issuesFromServer([
      { field: 'fields.0.code', reason: 'x' },
      { field: 'fields.1.code', reason: 'y' },
      { field: 'nameVi', reason: 'z' },
    ]);
    expect(issuesAt(issues, 'nameVi')).toHaveLength(1);
    expect(withoutIssuesAt(issues, 'fields.0.code').map((i) => i.path)).toEqual(['fields.1.code', 'nameVi']);
    expect(withoutIssuesAt(issues, 'fields').map((i) => i.path)).toEqual(['nameVi']);
  });
});

describe('who, which agency, which day', () => {
  it('lets an agency leader and an administrator create reports, not a commune leader', () => {
    expect(mayCreateReports({ role: 'leader', unit: { kind: 'agency', code: 'SKHCN', name: 'Sở Khoa học và Công nghệ' } })).toBe(true);
    expect(mayCreateReports({ role: 'leader', unit: { kind: 'commune', code: '03670', name: 'Phường Tô Hiệu' } })).toBe(false);
    expect(mayCreateReports({ role: 'admin', unit: null })).toBe(true);
    expect(mayCreateReports({ role: 'specialist', unit: { kind: 'agency', code: 'SKHCN', name: 'Sở Khoa học và Công nghệ' } })).toBe(false);
    expect(mayCreateReports({ role: 'operator', unit: null })).toBe(false);
    expect(choosesAgency({ role: 'admin' })).toBe(true);
    expect(choosesAgency({ role: 'leader' })).toBe(false);
  });
  it("lists each agency responsible for reports once, by name", () => {
    const list = agenciesOf([
      { responsibleAgencyCode: 'STC', responsibleAgencyName: 'Sở Tài chính' },
      { responsibleAgencyCode: 'SKHCN', responsibleAgencyName: 'Sở Khoa học và Công nghệ' },
      { responsibleAgencyCode: 'STC', responsibleAgencyName: 'Sở Tài chính' },
      { responsibleAgencyCode: 'CTK', responsibleAgencyName: 'Cục Thống kê tỉnh' },
    ]);
    expect(list).toEqual([
      { code: 'CTK', name: 'Cục Thống kê tỉnh' },
      { code: 'SKHCN', name: 'Sở Khoa học và Công nghệ' },
      { code: 'STC', name: 'Sở Tài chính' },
    ]);
  });
  it('moves a deadline on a day off to the next working day', () => {
    expect(dueDateInfo('2026-06-30')).toEqual({ nominal: '2026-06-30', effective: '2026-06-30' }); // a Tuesday
    expect(dueDateInfo('2026-06-27')).toEqual({ nominal: '2026-06-27', effective: '2026-06-29' }); // a Saturday
    expect(dueDateInfo('')).toBeNull();
    expect(dueDateInfo('30/06/2026')).toBeNull();
  });
});
