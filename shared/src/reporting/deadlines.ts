/**
 * Due dates of the periodic reports of Quy định 228/QĐ-UBND (seed 002), Điều 8.
 *
 * Each report and period gives a nominal date from the regulation; every date is
 * then moved to the next working day when it falls on a weekend or a public
 * holiday (Điều 8.1.b, see holidays.ts).
 */
import { daysInMonth, isoDate, onOrNextWorkingDay, type IsoDate } from './holidays.js';

/**
 * The kinds of period of the annex ("Kỳ báo cáo"). `lastMonth` is the "tháng cuối
 * kỳ báo cáo" that Điều 8 counts from; day and real-time reports come from source
 * systems and Điều 8 gives them no deadline.
 */
export const REPORT_PERIOD_KINDS = {
  day: { label: 'Ngày', hasDeadline: false },
  realtime: { label: 'Thời gian thực', hasDeadline: false },
  month: { label: 'Tháng', hasDeadline: true },
  quarter: { label: 'Quý', hasDeadline: true },
  'half-year': { label: '6 tháng', hasDeadline: true },
  'nine-months': { label: '9 tháng', hasDeadline: true },
  year: { label: 'Năm', hasDeadline: true },
  season: { label: 'Mùa vụ', hasDeadline: true },
} as const;
export type ReportPeriodKind = keyof typeof REPORT_PERIOD_KINDS;

/** The two crop seasons of the annex (Cục Thống kê, items 11–14). */
export const CROP_SEASONS = {
  'dong-xuan': 'vụ Đông xuân',
  mua: 'vụ Mùa',
} as const;
export type CropSeason = keyof typeof CROP_SEASONS;

/** One period of a report. */
export type ReportPeriod =
  | { kind: 'month'; year: number; month: number }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'half-year'; year: number }
  | { kind: 'nine-months'; year: number }
  | { kind: 'year'; year: number }
  | { kind: 'season'; year: number; season: CropSeason };

/** Who is reporting, in the words of Điều 8.1. */
export const REPORTERS = {
  commune: 'UBND cấp xã, cơ quan chuyên môn thuộc UBND cấp huyện',
  agency: 'Sở, ban, ngành, UBND cấp huyện, đơn vị sự nghiệp, cơ quan ngành dọc, tổ chức, doanh nghiệp',
  'lead-agency': 'Cơ quan chủ trì tổng hợp (cập nhật lên IOC)',
  'statistics-office': 'Cục Thống kê tỉnh',
} as const;
export type Reporter = keyof typeof REPORTERS;

/** Periodic reports in general (Điều 8.1.a–b), or the socio-economic report (Điều 8.1.c). */
export const REPORT_REGIMES = ['periodic', 'socio-economic'] as const;
export type ReportRegime = (typeof REPORT_REGIMES)[number];

/** A date of the annex: day/month of the reporting year (+ yearOffset), or of each month (+ monthOffset). */
type StatisticsDue =
  | { kind: 'yearly'; month: number; day: number; yearOffset: 0 | 1 }
  | { kind: 'monthly'; day: number; monthOffset: 0 | 1 };

interface StatisticsReport {
  name: string;
  /** The period as the annex prints it. */
  period: Exclude<ReportPeriodKind, 'day' | 'realtime'>;
  /** For a report of one quarter or one season only, which one. */
  quarter?: 1 | 2 | 3 | 4;
  season?: CropSeason;
  due: StatisticsDue;
  /** The date as printed in the annex, for audit against the seed. */
  annex: string;
}

const y = (month: number, day: number, yearOffset: 0 | 1 = 0): StatisticsDue => ({ kind: 'yearly', month, day, yearOffset });

/**
 * Điều 8.1, last paragraph: "Riêng thời gian cập nhật số liệu của từng biểu mẫu báo
 * cáo của Cục Thống kê tỉnh được thực hiện được theo thời gian ghi tại Phụ lục kèm
 * theo." These are the 24 forms of row 21 (Cục Thống kê tỉnh) of the annex, numbered
 * as there.
 */
export const STATISTICS_REPORTS = {
  1: { name: 'Tốc độ phát triển GRDP - Ước tính quý I', period: 'quarter', quarter: 1, due: y(4, 6), annex: 'ngày 06/4/năm báo cáo' },
  2: { name: 'Tốc độ phát triển GRDP - Sơ bộ quý I, ước tính quý II và 6 tháng', period: 'half-year', due: y(6, 6), annex: 'ngày 06/6/năm báo cáo' },
  3: { name: 'Tổng sản phẩm trên địa bàn - Ước tính (lần 1) năm', period: 'year', due: y(8, 6), annex: 'ngày 06/8/năm báo cáo' },
  4: { name: 'Tốc độ phát triển GRDP - Sơ bộ quý II, 6 tháng, ước tính quý III, 9 tháng', period: 'nine-months', due: y(10, 6), annex: 'ngày 6/10/năm báo cáo' },
  5: { name: 'Tốc độ phát triển GRDP - Sơ bộ 6 tháng, ước 6 tháng cuối năm và cả năm', period: 'year', due: y(12, 6), annex: 'ngày 06/12/năm báo cáo' },
  6: { name: 'Tốc độ phát triển GRDP - Sơ bộ năm', period: 'year', due: y(4, 6, 1), annex: 'ngày 06/4/năm sau năm báo cáo' },
  7: { name: 'Số lượng và sản phẩm chăn nuôi - Sơ bộ quý I', period: 'quarter', quarter: 1, due: y(5, 20), annex: 'ngày 20/5/năm báo cáo' },
  8: { name: 'Số lượng và sản phẩm chăn nuôi - Sơ bộ 6 tháng', period: 'half-year', due: y(8, 20), annex: 'ngày 20/8/năm báo cáo' },
  9: { name: 'Số lượng và sản phẩm chăn nuôi - Sơ bộ quý III', period: 'quarter', quarter: 3, due: y(11, 20), annex: 'ngày 20/11/năm báo cáo' },
  10: { name: 'Số lượng và sản phẩm chăn nuôi - Chính thức năm', period: 'year', due: y(3, 30, 1), annex: 'ngày 30/3/năm sau năm báo cáo' },
  11: { name: 'Diện tích, sản lượng cây hàng năm vụ Đông xuân - Ước tính', period: 'season', season: 'dong-xuan', due: y(5, 20), annex: 'ngày 20/5/năm báo cáo' },
  12: { name: 'Diện tích, sản lượng cây hàng năm vụ Đông xuân - Chính thức', period: 'season', season: 'dong-xuan', due: y(8, 20), annex: 'ngày 20/8/năm báo cáo' },
  13: { name: 'Diện tích, sản lượng cây hàng năm vụ Mùa - Ước tính', period: 'season', season: 'mua', due: y(9, 20), annex: 'ngày 20/9/năm báo cáo' },
  14: { name: 'Diện tích, sản lượng cây hàng năm vụ Mùa - Chính thức', period: 'season', season: 'mua', due: y(2, 10, 1), annex: 'ngày 10/2/năm sau năm báo cáo' },
  15: { name: 'Diện tích, sản lượng cây hàng năm - Ước tính năm', period: 'year', due: y(9, 20), annex: 'ngày 20/9/năm báo cáo' },
  // The annex prints "ngày 10/2/năm báo cáo"; read as the following year, like items 14
  // and 19: an official figure for a whole year cannot be due in February of that year.
  16: { name: 'Diện tích, sản lượng cây hàng năm - Chính thức năm', period: 'year', due: y(2, 10, 1), annex: 'ngày 10/2/năm báo cáo (sic)' },
  17: { name: 'Diện tích hiện có, sản lượng một số cây lâu năm - Ước tính 6 tháng', period: 'half-year', due: y(5, 20), annex: 'ngày 20/5/năm báo cáo' },
  18: { name: 'Diện tích hiện có, sản lượng một số cây lâu năm - Ước tính 9 tháng', period: 'nine-months', due: y(9, 20), annex: 'ngày 20/9/năm báo cáo' },
  19: { name: 'Diện tích hiện có, sản lượng một số cây lâu năm - Chính thức năm', period: 'year', due: y(2, 10, 1), annex: 'ngày 10/2/năm sau năm báo cáo' },
  20: { name: 'Dân số trung bình theo giới tính, đơn vị hành chính - Ước tính năm', period: 'year', due: y(8, 30), annex: 'ngày 30/8/năm báo cáo' },
  21: { name: 'Dân số trung bình theo giới tính, đơn vị hành chính - Chính thức năm', period: 'year', due: y(4, 20, 1), annex: 'ngày 20/4/năm sau năm báo cáo' },
  // "ngày 30 hàng tháng": in February, the last day of the month.
  22: { name: 'Chỉ số sản xuất công nghiệp - Ước tính tháng', period: 'month', due: { kind: 'monthly', day: 30, monthOffset: 0 }, annex: 'ngày 30 hàng tháng' },
  23: {
    name: 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ lưu trú, ăn uống; doanh thu vận tải - Ước tính tháng',
    period: 'month',
    due: { kind: 'monthly', day: 30, monthOffset: 0 },
    annex: 'ngày 30 hàng tháng',
  },
  24: { name: 'Chỉ số giá tiêu dùng - Ước tính tháng', period: 'month', due: { kind: 'monthly', day: 2, monthOffset: 1 }, annex: 'ngày 02/tháng sau tháng báo cáo' },
} as const satisfies Record<number, StatisticsReport>;
export type StatisticsReportId = keyof typeof STATISTICS_REPORTS;

/** What determines a report's deadlines. */
export type DeadlineReport =
  | { reporter: 'commune' | 'agency' | 'lead-agency'; regime: ReportRegime }
  | { reporter: 'statistics-office'; statisticsReportId: StatisticsReportId };

export interface DueDates {
  /** When this reporter must have delivered, moved to a working day. */
  submit: IsoDate;
  /** When the figures must be on the IOC (the lead agency's deadline), moved to a working day. */
  publish: IsoDate;
  /** The dates as the regulation states them, before moving off weekends and holidays. */
  nominal: { submit: IsoDate; publish: IsoDate };
}

/** "tháng cuối kỳ báo cáo": the last month of the period. */
export function lastMonthOfPeriod(period: ReportPeriod): number {
  switch (period.kind) {
    case 'month':
      return period.month;
    case 'quarter':
      return period.quarter * 3;
    case 'half-year':
      return 6;
    case 'nine-months':
      return 9;
    case 'year':
      return 12;
    case 'season':
      // Điều 8.1.a–b count from the last month of the period; a crop season has no fixed
      // end in the regulation, and only the Statistics Office reports by season (with
      // its own dates), so a general seasonal report is not given one.
      throw new RangeError('Điều 8.1 gives no deadline to a seasonal report other than the Statistics Office’s');
  }
}

function checkPeriod(period: ReportPeriod): void {
  if (!Number.isInteger(period.year) || period.year < 1901 || period.year > 2098) throw new RangeError(`year out of range: ${period.year}`);
  if (period.kind === 'month' && !(Number.isInteger(period.month) && period.month >= 1 && period.month <= 12)) {
    throw new RangeError(`month out of range: ${period.month}`);
  }
  if (period.kind === 'quarter' && ![1, 2, 3, 4].includes(period.quarter)) throw new RangeError(`quarter out of range: ${period.quarter}`);
}

/** Day `day` of the last month of the period, in the period's year. */
function dayOfLastMonth(period: ReportPeriod, day: number): IsoDate {
  return isoDate(period.year, lastMonthOfPeriod(period), day);
}

function statisticsNominal(id: StatisticsReportId, period: ReportPeriod): IsoDate {
  const report: StatisticsReport | undefined = STATISTICS_REPORTS[id];
  if (!report) throw new RangeError(`no Statistics Office report ${String(id)} in the annex`);
  if (report.period !== period.kind) {
    throw new RangeError(`report ${id} of the Statistics Office is by ${REPORT_PERIOD_KINDS[report.period].label}, not ${REPORT_PERIOD_KINDS[period.kind].label}`);
  }
  if (report.quarter !== undefined && period.kind === 'quarter' && period.quarter !== report.quarter) {
    throw new RangeError(`report ${id} of the Statistics Office is for quarter ${report.quarter} only`);
  }
  if (report.season !== undefined && period.kind === 'season' && period.season !== report.season) {
    throw new RangeError(`report ${id} of the Statistics Office is for ${CROP_SEASONS[report.season]} only`);
  }
  const due = report.due;
  if (due.kind === 'yearly') return isoDate(period.year + due.yearOffset, due.month, due.day);
  if (period.kind !== 'month') throw new RangeError(`report ${id} is monthly`);
  // monthOffset 1: "tháng sau tháng báo cáo", rolling December into January.
  const index = period.year * 12 + (period.month - 1) + due.monthOffset;
  const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
  return isoDate(year, month, Math.min(due.day, daysInMonth(year, month)));
}

function nominalDates(report: DeadlineReport, period: ReportPeriod): { submit: IsoDate; publish: IsoDate } {
  if (report.reporter === 'statistics-office') {
    // The annex dates are when the Statistics Office updates its figures on the IOC:
    // its delivery is the publication.
    const date = statisticsNominal(report.statisticsReportId, period);
    return { submit: date, publish: date };
  }
  if (report.regime === 'socio-economic') {
    // Điều 8.1.c: "Các sở, ban, ngành tỉnh, UBND cấp huyện gửi về Sở Kế hoạch và Đầu tư
    // trước ngày 18 của tháng thuộc kỳ báo cáo. Sở Kế hoạch và Đầu tư tổng hợp, cập nhật
    // số liệu trên IOC tỉnh chậm nhất vào ngày 23 của tháng thuộc kỳ báo cáo"; for the
    // quarter, 6-, 9- and 12-month reports "ngày 18 tháng 3; … tháng 6; … tháng 9 và …
    // tháng 12" and "ngày 23" of the same months, i.e. the last month of the period.
    // Communes are not named in 8.1.c; they keep their general day, the 17th (8.1.b).
    const publish = dayOfLastMonth(period, 23);
    const submit = report.reporter === 'lead-agency' ? publish : dayOfLastMonth(period, report.reporter === 'commune' ? 17 : 18);
    return { submit, publish };
  }
  // Điều 8.1.a: "Thời hạn cơ quan chủ trì cập nhật số liệu báo cáo định kỳ lên IOC chậm
  // nhất vào ngày 25 của tháng cuối kỳ báo cáo."
  const publish = dayOfLastMonth(period, 25);
  switch (report.reporter) {
    case 'commune':
      // Điều 8.1.b: "UBND cấp xã … báo cáo cho UBND cấp huyện tổng hợp chậm nhất vào ngày
      // 17 của tháng cuối kỳ báo cáo".
      return { submit: dayOfLastMonth(period, 17), publish };
    case 'agency':
      // Điều 8.1.b: "… sở, ban, ngành …, tổ chức, cá nhân, doanh nghiệp có liên quan gửi báo
      // cáo cho cơ quan chủ trì tổng hợp trước ngày 18 của tháng cuối kỳ báo cáo". "Trước
      // ngày 18" is taken as due on the 18th, as the province reads it (docs/domain.md).
      return { submit: dayOfLastMonth(period, 18), publish };
    case 'lead-agency':
      return { submit: publish, publish };
  }
}

/**
 * The due dates of `report` for `period`, each moved to the next working day when
 * it falls on a weekend or public holiday. Điều 8.1.b: "Trường hợp thời hạn báo cáo
 * định kỳ trùng vào ngày nghỉ hàng tuần hoặc ngày nghỉ lễ theo quy định của pháp
 * luật thì thời hạn nhận báo cáo định kỳ được tính vào ngày làm việc tiếp theo sau
 * ngày nghỉ đó." Throws a RangeError for a period the regulation gives no date.
 */
export function dueDates(report: DeadlineReport, period: ReportPeriod): DueDates {
  checkPeriod(period);
  const nominal = nominalDates(report, period);
  return { submit: onOrNextWorkingDay(nominal.submit), publish: onOrNextWorkingDay(nominal.publish), nominal };
}
