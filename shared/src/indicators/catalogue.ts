/**
 * The indicator catalogue: the live indicators the IOC tracks, as data.
 * Codes are fixed once published (Quy định 228/QĐ-UBND, seed 002, Điều 6.2), so
 * a code is never renamed; a changed definition gets a new code.
 *
 * Targets cite their seed file and sentence. Where no seed sets a target the
 * indicator has none; the screens then show "chưa có chỉ tiêu" rather than invent one.
 */
import type { UnitLevel } from '../units.js';

/** The four groups of Quyết định 1012/QĐ-TTg as adopted by Kế hoạch 18/KH-UBND (seed 000). */
export const INDICATOR_GROUPS = {
  daily_direction: { vi: 'Chỉ đạo, điều hành hằng ngày, hằng tháng', en: 'Daily and monthly direction', count: 69 },
  annual_plan: { vi: 'Kế hoạch phát triển kinh tế - xã hội hằng năm', en: 'Annual socio-economic plan', count: 15 },
  national_programmes: { vi: 'Chương trình mục tiêu quốc gia, dự án trọng điểm', en: 'National target programmes and key projects', count: 4 },
  emergencies: { vi: 'Tình huống khẩn cấp (thiên tai, dịch bệnh, cứu nạn)', en: 'Emergencies', count: 8 },
} as const;
export type IndicatorGroup = keyof typeof INDICATOR_GROUPS;

/** The four metric families shown as tiles on the wall. */
export const METRIC_FAMILIES = {
  public_services: { vi: 'Dịch vụ công trực tuyến', en: 'Online public services' },
  digitisation: { vi: 'Số hóa hồ sơ', en: 'Digitisation' },
  connectivity: { vi: 'Hạ tầng kết nối', en: 'Connectivity' },
  budget: { vi: 'Giải ngân KHCN, ĐMST, CĐS', en: 'Budget disbursement' },
} as const;
export type MetricFamily = keyof typeof METRIC_FAMILIES;

/**
 * flow: each measurement counts events in its interval (dossiers received); a
 *   unit's value over a window is Σ numerator / Σ denominator of its rows.
 * stock: each measurement is the state at its time (hamlets covered, money
 *   disbursed so far); a unit's value is its latest row.
 */
export type IndicatorKind = 'flow' | 'stock';

/** How often new data is expected: drives staleness on the screens. */
export type IndicatorPeriod = 'realtime' | 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface IndicatorTarget {
  /** Target as a percentage (0–100). */
  value: number;
  /** The level the target applies to; null: every level. */
  level: UnitLevel | null;
  /** ISO date the target is due, if the source gives one. */
  due: string | null;
  /** Seed file and the sentence the target comes from. */
  source: string;
}

export interface IndicatorDefinition {
  code: string;
  nameVi: string;
  nameEn: string;
  shortVi: string;
  shortEn: string;
  family: MetricFamily;
  group: IndicatorGroup;
  kind: IndicatorKind;
  period: IndicatorPeriod;
  unit: '%';
  numeratorVi: string;
  denominatorVi: string;
  /** Unit of the counted things, for display of the raw counts. */
  countUnitVi: string;
  higherIsBetter: boolean;
  /** Levels at which measurements are recorded; values of upper levels are aggregated from them. */
  reportedAt: readonly UnitLevel[];
  ownerAgency: string;
  targets: readonly IndicatorTarget[];
}

/** Seed 003 sets one minimum per level for digitising dossiers (the district level no longer exists since 1/7/2025). */
const DIGITISATION_TARGET_SOURCE =
  '003_e4f4146e24cb296c.txt: "… thuộc thẩm quyền giải quyết của cấp tỉnh, cấp huyện, cấp xã đạt tỷ lệ tối thiểu tương ứng 90%, 80%, 60%"';

export const INDICATORS = [
  {
    code: 'DVC.NOP_TRUC_TUYEN',
    nameVi: 'Tỷ lệ nộp hồ sơ trực tuyến',
    nameEn: 'Dossiers submitted online',
    shortVi: 'Nộp trực tuyến',
    shortEn: 'Submitted online',
    family: 'public_services',
    group: 'daily_direction',
    kind: 'flow',
    period: 'realtime',
    unit: '%',
    numeratorVi: 'Số hồ sơ TTHC nộp trực tuyến',
    denominatorVi: 'Tổng số hồ sơ TTHC tiếp nhận',
    countUnitVi: 'hồ sơ',
    higherIsBetter: true,
    reportedAt: ['province', 'commune'],
    ownerAgency: 'SKHCN',
    targets: [],
  },
  {
    code: 'DVC.XU_LY_TRUC_TUYEN',
    nameVi: 'Tỷ lệ hồ sơ TTHC xử lý trực tuyến',
    nameEn: 'Dossiers processed online',
    shortVi: 'Xử lý trực tuyến',
    shortEn: 'Processed online',
    family: 'public_services',
    group: 'daily_direction',
    kind: 'flow',
    period: 'realtime',
    unit: '%',
    numeratorVi: 'Số hồ sơ TTHC xử lý trực tuyến',
    denominatorVi: 'Tổng số hồ sơ TTHC đã xử lý',
    countUnitVi: 'hồ sơ',
    higherIsBetter: true,
    reportedAt: ['province', 'commune'],
    ownerAgency: 'SKHCN',
    targets: [],
  },
  {
    code: 'DVC.TOAN_TRINH',
    nameVi: 'Tỷ lệ DVC trực tuyến toàn trình / TTHC đủ điều kiện',
    nameEn: 'Full-online services / eligible procedures',
    shortVi: 'DVC toàn trình',
    shortEn: 'Full-online services',
    family: 'public_services',
    group: 'daily_direction',
    kind: 'stock',
    period: 'month',
    unit: '%',
    numeratorVi: 'Số TTHC cung cấp DVC trực tuyến toàn trình',
    denominatorVi: 'Số TTHC đủ điều kiện toàn trình',
    countUnitVi: 'TTHC',
    higherIsBetter: true,
    reportedAt: ['province'],
    ownerAgency: 'VPUBND',
    targets: [
      {
        value: 100,
        level: null,
        due: null,
        source: '001_efedd52ede19b928.txt: "Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số TTHC có đủ điều kiện còn thấp so với mục tiêu 100%"',
      },
    ],
  },
  {
    code: 'SOHOA.TIEP_NHAN',
    nameVi: 'Tỷ lệ số hóa hồ sơ TTHC khi tiếp nhận',
    nameEn: 'Dossiers digitised at intake',
    shortVi: 'Số hóa khi tiếp nhận',
    shortEn: 'Digitised at intake',
    family: 'digitisation',
    group: 'daily_direction',
    kind: 'flow',
    period: 'realtime',
    unit: '%',
    numeratorVi: 'Số hồ sơ được số hóa thành phần khi tiếp nhận',
    denominatorVi: 'Tổng số hồ sơ tiếp nhận',
    countUnitVi: 'hồ sơ',
    higherIsBetter: true,
    reportedAt: ['province', 'commune'],
    ownerAgency: 'VPUBND',
    targets: [
      {
        value: 90,
        level: 'province',
        due: '2025-12-31',
        source: DIGITISATION_TARGET_SOURCE,
      },
      {
        value: 60,
        level: 'commune',
        due: '2025-12-31',
        source: DIGITISATION_TARGET_SOURCE,
      },
    ],
  },
  {
    code: 'SOHOA.KET_QUA',
    nameVi: 'Tỷ lệ số hóa kết quả giải quyết TTHC',
    nameEn: 'Results of procedures digitised',
    shortVi: 'Số hóa kết quả',
    shortEn: 'Results digitised',
    family: 'digitisation',
    group: 'daily_direction',
    kind: 'flow',
    period: 'realtime',
    unit: '%',
    numeratorVi: 'Số hồ sơ được số hóa kết quả giải quyết',
    denominatorVi: 'Số hồ sơ đã trả kết quả',
    countUnitVi: 'hồ sơ',
    higherIsBetter: true,
    reportedAt: ['province', 'commune'],
    ownerAgency: 'VPUBND',
    targets: [],
  },
  {
    code: 'SOHOA.LUU_TRU',
    nameVi: 'Tỷ lệ trang tài liệu lưu trữ đã số hóa',
    nameEn: 'Archive pages digitised',
    shortVi: 'Số hóa tài liệu lưu trữ',
    shortEn: 'Archive pages digitised',
    family: 'digitisation',
    group: 'daily_direction',
    kind: 'stock',
    period: 'month',
    unit: '%',
    numeratorVi: 'Số trang tài liệu đã số hóa',
    denominatorVi: 'Tổng số trang tài liệu cần số hóa',
    countUnitVi: 'trang',
    higherIsBetter: true,
    reportedAt: ['province'],
    ownerAgency: 'SNV',
    targets: [],
  },
  {
    code: 'HATANG.PHU_SONG_4G',
    nameVi: 'Tỷ lệ thôn, bản được phủ sóng 4G',
    nameEn: 'Hamlets covered by 4G',
    shortVi: 'Phủ sóng 4G',
    shortEn: '4G coverage',
    family: 'connectivity',
    group: 'daily_direction',
    kind: 'stock',
    period: 'week',
    unit: '%',
    numeratorVi: 'Số thôn, bản có sóng 4G',
    denominatorVi: 'Tổng số thôn, bản',
    countUnitVi: 'bản',
    higherIsBetter: true,
    reportedAt: ['hamlet'],
    ownerAgency: 'SKHCN',
    targets: [],
  },
  {
    code: 'HATANG.BANG_RONG_CO_DINH',
    nameVi: 'Tỷ lệ thôn, bản có băng rộng cố định',
    nameEn: 'Hamlets with fixed broadband',
    shortVi: 'Băng rộng cố định',
    shortEn: 'Fixed broadband',
    family: 'connectivity',
    group: 'daily_direction',
    kind: 'stock',
    period: 'week',
    unit: '%',
    numeratorVi: 'Số thôn, bản có băng rộng cố định',
    denominatorVi: 'Tổng số thôn, bản',
    countUnitVi: 'bản',
    higherIsBetter: true,
    reportedAt: ['hamlet'],
    ownerAgency: 'SKHCN',
    targets: [],
  },
  {
    code: 'NGANSACH.GIAI_NGAN_KHCN',
    nameVi: 'Tỷ lệ giải ngân kinh phí KHCN, ĐMST và CĐS',
    nameEn: 'Science, innovation and digital-transformation budget disbursed',
    shortVi: 'Giải ngân KHCN, CĐS',
    shortEn: 'Budget disbursed',
    family: 'budget',
    group: 'annual_plan',
    kind: 'stock',
    period: 'week',
    unit: '%',
    numeratorVi: 'Kinh phí đã giải ngân (triệu đồng)',
    denominatorVi: 'Kinh phí đã bố trí (triệu đồng)',
    countUnitVi: 'triệu đồng',
    higherIsBetter: true,
    reportedAt: ['province', 'commune'],
    ownerAgency: 'STC',
    targets: [],
  },
] as const satisfies readonly IndicatorDefinition[];

export type IndicatorCode = (typeof INDICATORS)[number]['code'];
export const INDICATOR_CODES = INDICATORS.map((i) => i.code) as readonly IndicatorCode[];

const byCode = new Map<string, IndicatorDefinition>(INDICATORS.map((i) => [i.code, i]));

export function isIndicatorCode(code: string): code is IndicatorCode {
  return byCode.has(code);
}

export function getIndicator(code: IndicatorCode): IndicatorDefinition {
  const found = byCode.get(code);
  if (!found) throw new Error(`Unknown indicator ${code}`);
  return found;
}

/** The target that applies to a unit of the given level, if any. */
export function targetFor(indicator: IndicatorDefinition, level: UnitLevel): IndicatorTarget | null {
  return indicator.targets.find((t) => t.level === level) ?? indicator.targets.find((t) => t.level === null) ?? null;
}

/** The indicator the wall's tile shows for each family. */
export const FAMILY_HEADLINE: Record<MetricFamily, IndicatorCode> = {
  public_services: 'DVC.NOP_TRUC_TUYEN',
  digitisation: 'SOHOA.TIEP_NHAN',
  connectivity: 'HATANG.PHU_SONG_4G',
  budget: 'NGANSACH.GIAI_NGAN_KHCN',
};
