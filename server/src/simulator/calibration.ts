/**
 * The seed figures the simulator is calibrated on, each with its source
 * sentence, and the simulated continuation after 2025 (marked as such: no seed
 * gives figures for 2026). Dates are local (Asia/Ho_Chi_Minh); "end of day"
 * means the figure holds for the whole day, i.e. at the next local midnight.
 */
import { endOfLocalDay, localDate } from './time.js';

/** The 75 new communes exist from 1 July 2025; everything simulated starts there. */
export const SIMULATION_START = localDate(2025, 7, 1);

// ---------------------------------------------------------------- dossier flows

/**
 * 001_efedd52ede19b928.txt: "Tỷ lệ nộp hồ sơ trực tuyến và tỷ lệ hồ sơ TTHC xử lý
 * trực tuyến (đến ngày 25/8/2025) vẫn còn ở mức thấp với tỷ lệ tương ứng là 57,4% và 52,7%"
 */
export const ONLINE_RATES_25_8_2025 = { at: endOfLocalDay(2025, 8, 25), submitted: 0.574, processed: 0.527 };

/**
 * 001_efedd52ede19b928.txt (year-end results): "+ Tỷ lệ nộp hồ sơ trực tuyến đạt 68,07%."
 * and "+ Tỷ lệ hồ sơ TTHC xử lý trực tuyến đạt 67,5%."
 */
export const ONLINE_RATES_END_2025 = { at: endOfLocalDay(2025, 12, 31), submitted: 0.6807, processed: 0.675 };

/**
 * 001_efedd52ede19b928.txt: "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính
 * từ ngày 28/6/2025 đến ngày 12/12/2025: - Tỷ lệ số hóa hồ sơ TTHC khi Tiếp nhận:
 * 167.084/177.477 (94,14%). Trong đó tại cấp xã: 147.517/156.027(94,55%).
 * - Tỷ lệ số hóa kết quả giải quyết TTHC: 163.854/170.680 (96,00%). Trong đó tại cấp xã:
 * 149.089/153.366 (97,21%)."
 * The same window gives the volume of dossiers received (177.477) and of results
 * returned (170.680), and the split between provincial agencies and communes.
 */
export const DIGITISATION_28_6_TO_12_12_2025 = {
  windowStart: localDate(2025, 6, 28),
  at: endOfLocalDay(2025, 12, 12),
  intake: { numerator: 167_084, denominator: 177_477, communeNumerator: 147_517, communeDenominator: 156_027 },
  results: { numerator: 163_854, denominator: 170_680, communeNumerator: 149_089, communeDenominator: 153_366 },
} as const;

/** Received dossiers: share handled by the provincial agencies (the rest by the 75 communes). 21.450 / 177.477 ≈ 12,1 %. */
export const PROVINCE_SHARE_RECEIVED =
  (DIGITISATION_28_6_TO_12_12_2025.intake.denominator - DIGITISATION_28_6_TO_12_12_2025.intake.communeDenominator) /
  DIGITISATION_28_6_TO_12_12_2025.intake.denominator;
/** Results returned: share of the provincial agencies. 17.314 / 170.680 ≈ 10,1 %. */
export const PROVINCE_SHARE_PROCESSED =
  (DIGITISATION_28_6_TO_12_12_2025.results.denominator - DIGITISATION_28_6_TO_12_12_2025.results.communeDenominator) /
  DIGITISATION_28_6_TO_12_12_2025.results.denominator;

// ---------------------------------------------------------------- full-online procedures

/**
 * DVC.TOAN_TRINH anchors (province only). Seeds:
 * 001_efedd52ede19b928.txt: "đến ngày 25/8/2025, dịch vụ công trực tuyến toàn trình đã cung cấp
 *   trên cổng dịch vụ công quốc gia là 388/869 trên tổng số TTHC đủ điều kiện, đạt 44,64%"
 * 001_efedd52ede19b928.txt: "Đến ngày 28/12/2025: … 941 thủ tục hành chính trực tuyến toàn trình
 *   trên tổng số 1.065 TTHC đủ điều kiện toàn trình"
 * The value at the start (1/7/2025) and everything after 28/12/2025 are SIMULATED (not seed figures),
 * rising toward the target of 100 % ("so với mục tiêu 100%").
 */
export const FULL_ONLINE_ANCHORS: readonly { day: [number, number, number]; numerator: number; denominator: number; seed: boolean }[] = [
  { day: [2025, 7, 1], numerator: 341, denominator: 869, seed: false },
  { day: [2025, 8, 25], numerator: 388, denominator: 869, seed: true },
  { day: [2025, 12, 28], numerator: 941, denominator: 1065, seed: true },
  { day: [2026, 6, 30], numerator: 1004, denominator: 1082, seed: false },
  { day: [2026, 12, 31], numerator: 1051, denominator: 1097, seed: false },
  { day: [2027, 12, 31], numerator: 1093, denominator: 1112, seed: false },
  { day: [2028, 12, 31], numerator: 1118, denominator: 1124, seed: false },
];

// ---------------------------------------------------------------- archive digitisation

/**
 * 001_efedd52ede19b928.txt: "Tỉnh đã hoàn thành số hóa 6.047.286 trang tài liệu/tổng số
 * 15.125.234 trang tài liệu cần số hóa". The report is of late 2025; we place the figure
 * at the weekly update of Friday 28/11/2025. The start value and the weekly pace
 * (≈ 60.000 pages a week, continued after November 2025) are SIMULATED.
 */
export const ARCHIVE_PAGES = {
  total: 15_125_234,
  anchorDay: [2025, 11, 28] as [number, number, number],
  anchorPages: 6_047_286,
  startPages: 4_731_540,
  weeklyPagesAfterAnchor: 61_000,
};

// ---------------------------------------------------------------- connectivity

/**
 * 001_efedd52ede19b928.txt: "có tổng số 69 bản chưa được phủ sóng băng rộng di động 4G. Tổng số bản
 * trắng sóng đã được phủ sóng 4G đến ngày 10/11/2025 là 26/69 bản. Dự kiến đến 31/12/2025, phủ sóng
 * 4G được 49/69 bản trắng sóng." and "20/69 bản chưa có băng rộng di động 4G trên địa bàn tỉnh Sơn La
 * nhưng chưa được doanh nghiệp viễn thông có kế hoạch đầu tư".
 * Operators: "đề nghị Tập đoàn Bưu chính Viễn thông Việt Nam đầu tư phủ sóng băng rộng di động trong
 * năm 2025 cho 9 bản" (VNPT) and, to Viettel, "… cho 13 bản; đẩy nhanh tiến độ triển khai các giải
 * pháp đầu tư phủ băng rộng di động cho 45 bản hoàn thành trong quý II năm 2025". The seed numbers do
 * not add up to 49, so the simulation gives VNPT 9 hamlets and Viettel the other 40 with a plan
 * (27 of them due in Q2 2025, 13 by the end of 2025). The 20 without a plan are covered only slowly,
 * from 2026 (SIMULATED; a few by November 2026).
 */
export const MOBILE_4G = {
  uncoveredAtStart: 69,
  coveredBy10Nov2025: 26,
  at10Nov2025: endOfLocalDay(2025, 11, 10),
  coveredBy31Dec2025: 49,
  at31Dec2025: endOfLocalDay(2025, 12, 31),
  withoutPlan: 20,
  vnpt: 9,
  viettelDueQ2: 27,
  viettelDueEnd2025: 13,
  /** SIMULATED: hamlets without an operator plan that still get 4G in 2026, and in 2027. */
  withoutPlanCovered2026: 4,
  withoutPlanCovered2027: 5,
};

/**
 * 001_efedd52ede19b928.txt: "đầu tư băng rộng cố định cho 449 bản chưa có băng rộng cố định trong năm
 * 2025 và năm 2026" (asked of both VNPT and Viettel, 16/4/2025). The pace is SIMULATED: about half by the
 * end of 2025, nearly all by the end of 2026, the last few in 2027.
 */
export const FIXED_BROADBAND = {
  uncoveredAtStart: 449,
  connectedBy2025: 224,
  connectedBy2026: 440,
  plannedFor2025: 250,
};

// ---------------------------------------------------------------- budget

/**
 * 001_efedd52ede19b928.txt: "Nguồn vốn ngân sách nhà nước bố trí cho khoa học, công nghệ năm 2025 là
 * 197.548 triệu đồng" and "Kết quả giải ngân đến ngày 20/12/2025 đạt 30,77% nguồn vốn đã bố trí".
 * The split between the 75 communes and the provincial level follows the 2025 proposal:
 * "Tổng kinh phí đề xuất … là: 138.692.307.020 đồng" of which "75 xã, phường là 110,053,680,020 đồng".
 * 2026 and later: no seed figure exists. The SIMULATION reuses the 2025 allocation each year and
 * restarts disbursement at 0 on 1 January along a similar S-curve (slightly better each year).
 */
export const SCIENCE_BUDGET = {
  allocated2025: 197_548, // triệu đồng
  disbursedShareBy20Dec2025: 0.3077,
  compiledOn: [2025, 12, 20] as [number, number, number],
  communeShare: 110_053_680_020 / 138_692_307_020,
  /** SIMULATED: share disbursed by 20 December of later years. */
  disbursedShareBy20Dec: (year: number) => (year <= 2025 ? 0.3077 : Math.min(0.6, 0.3077 + 0.04 * (year - 2025))),
  lastYear: 2028,
};

/** Stock schedules (and their events) run to this instant; states stay as they are afterwards. */
export const SCHEDULE_HORIZON = localDate(2029, 1, 1);
