import { describe, expect, it } from 'vitest';
import { STATISTICS_REPORTS, dueDates, lastMonthOfPeriod, type DeadlineReport, type ReportPeriod } from './deadlines.js';

const commune: DeadlineReport = { reporter: 'commune', regime: 'periodic' };
const agency: DeadlineReport = { reporter: 'agency', regime: 'periodic' };
const lead: DeadlineReport = { reporter: 'lead-agency', regime: 'periodic' };
const kt: DeadlineReport = { reporter: 'agency', regime: 'socio-economic' };
const ktLead: DeadlineReport = { reporter: 'lead-agency', regime: 'socio-economic' };
const tk = (id: keyof typeof STATISTICS_REPORTS): DeadlineReport => ({ reporter: 'statistics-office', statisticsReportId: id });

const month = (year: number, m: number): ReportPeriod => ({ kind: 'month', year, month: m });
const quarter = (year: number, q: 1 | 2 | 3 | 4): ReportPeriod => ({ kind: 'quarter', year, quarter: q });
const half = (year: number): ReportPeriod => ({ kind: 'half-year', year });
const nine = (year: number): ReportPeriod => ({ kind: 'nine-months', year });
const year = (y: number): ReportPeriod => ({ kind: 'year', year: y });

/**
 * Real dates for 2025–2027, each checked by hand on a calendar: [what, report,
 * period, nominal submit, submit, publish]. Weekdays in the comments.
 */
const TABLE: [string, DeadlineReport, ReportPeriod, string, string, string][] = [
  // Weekends.
  ['agency, January 2026: Sun 18/1 → Mon 19/1; publish Sun 25/1 → Mon 26/1', agency, month(2026, 1), '2026-01-18', '2026-01-19', '2026-01-26'],
  ['commune, January 2026: Sat 17/1 → Mon 19/1', commune, month(2026, 1), '2026-01-17', '2026-01-19', '2026-01-26'],
  ['commune, January 2027: Sun 17/1 → Mon 18/1; publish Mon 25/1', commune, month(2027, 1), '2027-01-17', '2027-01-18', '2027-01-25'],
  ['agency, May 2025: Sun 18/5 → Mon 19/5; publish Sun 25/5 → Mon 26/5', agency, month(2025, 5), '2025-05-18', '2025-05-19', '2025-05-26'],
  ['agency, March 2025: Tue 18/3; publish Tue 25/3', agency, month(2025, 3), '2025-03-18', '2025-03-18', '2025-03-25'],
  ['agency, year 2027: Sat 18/12 → Mon 20/12; publish Sat 25/12 → Mon 27/12', agency, year(2027), '2027-12-18', '2027-12-20', '2027-12-27'],
  ['agency, Q4 2026: Fri 18/12; publish Fri 25/12', agency, quarter(2026, 4), '2026-12-18', '2026-12-18', '2026-12-25'],
  ['commune, Q2 2025: Tue 17/6; publish Wed 25/6', commune, quarter(2025, 2), '2025-06-17', '2025-06-17', '2025-06-25'],
  ['lead agency, Q3 2025: Thu 25/9', lead, quarter(2025, 3), '2025-09-25', '2025-09-25', '2025-09-25'],
  // Tết Bính Ngọ 2026 (off 14/2 – 22/2/2026).
  ['agency, February 2026: Wed 18/2 (mùng 2 Tết) → Mon 23/2; publish Wed 25/2', agency, month(2026, 2), '2026-02-18', '2026-02-23', '2026-02-25'],
  ['commune, February 2026: Tue 17/2 (mùng 1 Tết) → Mon 23/2', commune, month(2026, 2), '2026-02-17', '2026-02-23', '2026-02-25'],
  ['socio-economic, February 2026: 18/2 → 23/2; published Mon 23/2', kt, month(2026, 2), '2026-02-18', '2026-02-23', '2026-02-23'],
  // Giỗ Tổ Hùng Vương on Sunday 26/4/2026, made up on Monday 27/4.
  ['lead agency, April 2026: Sat 25/4 → Sun 26/4 (Giỗ Tổ) → Mon 27/4 (bù) → Tue 28/4', lead, month(2026, 4), '2026-04-25', '2026-04-28', '2026-04-28'],
  ['agency, April 2026: Sat 18/4 → Mon 20/4', agency, month(2026, 4), '2026-04-18', '2026-04-20', '2026-04-28'],
  // Socio-economic report (Điều 8.1.c): 18th/23rd of March, June, September, December.
  ['socio-economic, Q1 2025: Tue 18/3; published Sun 23/3 → Mon 24/3', kt, quarter(2025, 1), '2025-03-18', '2025-03-18', '2025-03-24'],
  ['socio-economic, 6 months 2025: Wed 18/6; Mon 23/6', kt, half(2025), '2025-06-18', '2025-06-18', '2025-06-23'],
  ['socio-economic, 9 months 2025: Thu 18/9; Tue 23/9', kt, nine(2025), '2025-09-18', '2025-09-18', '2025-09-23'],
  ['socio-economic, year 2025: Thu 18/12; Tue 23/12', kt, year(2025), '2025-12-18', '2025-12-18', '2025-12-23'],
  ['socio-economic, Q1 2026: Wed 18/3; Mon 23/3', kt, quarter(2026, 1), '2026-03-18', '2026-03-18', '2026-03-23'],
  ['socio-economic, 9 months 2026: Fri 18/9; Wed 23/9', kt, nine(2026), '2026-09-18', '2026-09-18', '2026-09-23'],
  ['socio-economic, 6 months 2027: Fri 18/6; Wed 23/6', kt, half(2027), '2027-06-18', '2027-06-18', '2027-06-23'],
  ['socio-economic, 9 months 2027: Sat 18/9 → Mon 20/9; Thu 23/9', kt, nine(2027), '2027-09-18', '2027-09-20', '2027-09-23'],
  ['socio-economic, year 2027: Sat 18/12 → Mon 20/12; Thu 23/12', kt, year(2027), '2027-12-18', '2027-12-20', '2027-12-23'],
  ['socio-economic, planning department, August 2025: Sat 23/8 → Mon 25/8', ktLead, month(2025, 8), '2025-08-23', '2025-08-25', '2025-08-25'],
  // Statistics Office (annex, row 21). Tết Ất Tỵ 2025 (off 25/1 – 2/2/2025).
  ['TK 22 IIP, January 2025: Thu 30/1 (mùng 2 Tết) → Mon 3/2', tk(22), month(2025, 1), '2025-01-30', '2025-02-03', '2025-02-03'],
  ['TK 24 CPI, January 2025: Sun 2/2 → Mon 3/2', tk(24), month(2025, 1), '2025-02-02', '2025-02-03', '2025-02-03'],
  ['TK 22 IIP, February 2026: "ngày 30" → Sat 28/2 → Mon 2/3', tk(22), month(2026, 2), '2026-02-28', '2026-03-02', '2026-03-02'],
  ['TK 23 retail, January 2027: Sat 30/1 → Mon 1/2', tk(23), month(2027, 1), '2027-01-30', '2027-02-01', '2027-02-01'],
  // Tết Đinh Mùi 2027 (statutory rule, Government decision not yet recorded).
  ['TK 16 annual crops official, 2026: Wed 10/2/2027 (nghỉ bù Tết) → Fri 12/2', tk(16), year(2026), '2027-02-10', '2027-02-12', '2027-02-12'],
  ['TK 19 perennial crops official, 2026: Wed 10/2/2027 → Fri 12/2', tk(19), year(2026), '2027-02-10', '2027-02-12', '2027-02-12'],
  ['TK 14 vụ Mùa official, 2025: Tue 10/2/2026 (before Tết)', tk(14), { kind: 'season', year: 2025, season: 'mua' }, '2026-02-10', '2026-02-10', '2026-02-10'],
  // 30/4 – 1/5.
  ['TK 22 IIP, April 2025: Wed 30/4 → 1/5, 2/5 (hoán đổi), weekend → Mon 5/5', tk(22), month(2025, 4), '2025-04-30', '2025-05-05', '2025-05-05'],
  ['TK 22 IIP, April 2026: Thu 30/4 → Fri 1/5, weekend → Mon 4/5', tk(22), month(2026, 4), '2026-04-30', '2026-05-04', '2026-05-04'],
  ['TK 23 retail, April 2027: Fri 30/4 → Sat 1/5, Sun, Mon 3/5 (bù) → Tue 4/5', tk(23), month(2027, 4), '2027-04-30', '2027-05-04', '2027-05-04'],
  ['TK 24 CPI, April 2025: Fri 2/5 (hoán đổi) → Mon 5/5', tk(24), month(2025, 4), '2025-05-02', '2025-05-05', '2025-05-05'],
  ['TK 24 CPI, April 2027: Sun 2/5 → Mon 3/5 (bù) → Tue 4/5', tk(24), month(2027, 4), '2027-05-02', '2027-05-04', '2027-05-04'],
  // 2/9.
  ['TK 24 CPI, August 2025: Tue 2/9 → Wed 3/9', tk(24), month(2025, 8), '2025-09-02', '2025-09-03', '2025-09-03'],
  ['TK 24 CPI, August 2026: Wed 2/9 → Thu 3/9', tk(24), month(2026, 8), '2026-09-02', '2026-09-03', '2026-09-03'],
  ['TK 24 CPI, August 2027: Thu 2/9 → Fri 3/9 (liền kề) → Mon 6/9', tk(24), month(2027, 8), '2027-09-02', '2027-09-06', '2027-09-06'],
  ['TK 20 population estimate, 2025: Sat 30/8 → Sun, 1/9, 2/9 → Wed 3/9', tk(20), year(2025), '2025-08-30', '2025-09-03', '2025-09-03'],
  ['TK 22 IIP, August 2026: Sun 30/8 → 31/8 (hoán đổi), 1/9, 2/9 → Thu 3/9', tk(22), month(2026, 8), '2026-08-30', '2026-09-03', '2026-09-03'],
  ['TK 20 population estimate, 2027: Mon 30/8', tk(20), year(2027), '2027-08-30', '2027-08-30', '2027-08-30'],
  // Tết Dương lịch.
  ['TK 24 CPI, December 2025: Fri 2/1/2026 (hoán đổi) → Mon 5/1', tk(24), month(2025, 12), '2026-01-02', '2026-01-05', '2026-01-05'],
  ['TK 24 CPI, December 2024: Thu 2/1/2025', tk(24), month(2024, 12), '2025-01-02', '2025-01-02', '2025-01-02'],
  ['TK 24 CPI, December 2026: Sat 2/1/2027 → Mon 4/1', tk(24), month(2026, 12), '2027-01-02', '2027-01-04', '2027-01-04'],
  // Giỗ Tổ and other annex dates.
  ['TK 1 GRDP Q1 2025: Sun 6/4 → Mon 7/4 (Giỗ Tổ) → Tue 8/4', tk(1), quarter(2025, 1), '2025-04-06', '2025-04-08', '2025-04-08'],
  ['TK 6 GRDP preliminary, 2025: Mon 6/4/2026', tk(6), year(2025), '2026-04-06', '2026-04-06', '2026-04-06'],
  ['TK 5 GRDP, 2026: Sun 6/12 → Mon 7/12', tk(5), year(2026), '2026-12-06', '2026-12-07', '2026-12-07'],
  ['TK 9 livestock Q3 2027: Sat 20/11 → Mon 22/11', tk(9), quarter(2027, 3), '2027-11-20', '2027-11-22', '2027-11-22'],
  ['TK 10 livestock official, 2025: Mon 30/3/2026', tk(10), year(2025), '2026-03-30', '2026-03-30', '2026-03-30'],
  ['TK 21 population official, 2026: Tue 20/4/2027', tk(21), year(2026), '2027-04-20', '2027-04-20', '2027-04-20'],
];

describe('dueDates: the table of real dates 2025–2027', () => {
  it('has at least 30 rows', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(TABLE)('%s', (_what, report, period, nominalSubmit, submit, publish) => {
    const due = dueDates(report, period);
    expect(due.nominal.submit).toBe(nominalSubmit);
    expect(due.submit).toBe(submit);
    expect(due.publish).toBe(publish);
  });
});

describe('dueDates: rules', () => {
  it('counts from the last month of the period', () => {
    expect(lastMonthOfPeriod(quarter(2026, 2))).toBe(6);
    expect(lastMonthOfPeriod(half(2026))).toBe(6);
    expect(lastMonthOfPeriod(nine(2026))).toBe(9);
    expect(lastMonthOfPeriod(year(2026))).toBe(12);
  });

  it('enters all 24 forms of the Statistics Office', () => {
    expect(Object.keys(STATISTICS_REPORTS)).toHaveLength(24);
  });

  it('refuses a period that does not match the Statistics Office form', () => {
    expect(() => dueDates(tk(1), quarter(2026, 2))).toThrow(/quarter 1 only/);
    expect(() => dueDates(tk(22), year(2026))).toThrow(RangeError);
    expect(() => dueDates(tk(11), { kind: 'season', year: 2026, season: 'mua' })).toThrow(/Đông xuân/);
  });

  it('refuses what Điều 8 gives no date', () => {
    expect(() => dueDates(agency, { kind: 'season', year: 2026, season: 'mua' })).toThrow(RangeError);
    expect(() => dueDates(agency, month(2026, 13))).toThrow(RangeError);
  });
});
