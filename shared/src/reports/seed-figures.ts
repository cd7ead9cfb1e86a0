/**
 * Figures of the province's own reports, shown on the meeting screen as real
 * (not simulated) figures with their source: the seed file and the sentence.
 * Each quote is the seed's wording (footnote markers removed).
 */
export const SEED_FIGURE_UNITS = ['count', 'percent', 'million_vnd'] as const;
export type SeedFigureUnit = (typeof SEED_FIGURE_UNITS)[number];

export interface SeedFigure {
  id: string;
  /** The headline number; `of` makes it "value/of" (e.g. 30/75). */
  value: number;
  of: number | null;
  unit: SeedFigureUnit;
  /** A minimum ("tối thiểu 65%"), shown as ≥. */
  atLeast: boolean;
  /** Optional second number told in the same sentence (e.g. members of the teams). */
  detail: { value: number; unit: SeedFigureUnit; labelVi: string; labelEn: string } | null;
  labelVi: string;
  labelEn: string;
  /** yyyy-mm-dd the figure describes, when the sentence says. */
  asOf: string | null;
  file: string;
  quote: string;
}

const SEED_001 = '001_efedd52ede19b928.txt';
const SEED_004 = '004_00e9603c3b98e52c.txt';

export const SEED_FIGURES = [
  {
    id: 'community-digital-teams',
    value: 2233,
    of: null,
    unit: 'count',
    atLeast: false,
    detail: { value: 13574, unit: 'count', labelVi: 'thành viên', labelEn: 'members' },
    labelVi: 'Tổ Công nghệ số cộng đồng (100% thôn, bản)',
    labelEn: 'Community digital technology teams (100% of hamlets)',
    asOf: null,
    file: SEED_001,
    quote: 'Đã thành lập 2.233 Tổ Công nghệ số cộng đồng trên địa bàn tỉnh với 13.574 thành viên, đạt 100% tổng số thôn/bản có Tổ công nghệ số cộng đồng.',
  },
  {
    id: 'training-courses',
    value: 55,
    of: null,
    unit: 'count',
    atLeast: false,
    detail: { value: 10572, unit: 'count', labelVi: 'người tham dự', labelEn: 'participants' },
    labelVi: 'Khóa đào tạo, tập huấn chuyển đổi số',
    labelEn: 'Digital transformation training courses',
    asOf: null,
    file: SEED_001,
    quote: 'Các cơ quan, đơn vị đã triển khai tổ chức 55 khóa đào tạo, tập huấn với tổng số trên 10.572 người tham dự',
  },
  {
    id: 'online-services-plans',
    value: 30,
    of: 75,
    unit: 'count',
    atLeast: false,
    detail: null,
    labelVi: 'Xã, phường đã có kế hoạch tuyên truyền dịch vụ công trực tuyến',
    labelEn: 'Communes with a plan for the online public services campaign',
    asOf: null,
    file: SEED_001,
    quote: 'Đến nay, có 06/15 sở, ban, ngành; 30/75 xã đã xây dựng kế hoạch (hoặc lồng trong Kế hoạch Chuyển đổi số, kế hoạch Cải cách hành chính, văn bản chỉ đạo) để triển khai, thực hiện.',
  },
  {
    id: 'digital-literacy-plans',
    value: 75,
    of: 75,
    unit: 'count',
    atLeast: false,
    detail: null,
    labelVi: 'Xã, phường đã ban hành kế hoạch “Bình dân học vụ số”',
    labelEn: 'Communes with a “Digital literacy for all” plan',
    asOf: null,
    file: SEED_001,
    quote: 'Đến nay, 15/15 sở, ban, ngành và 75/75 UBND xã/phường đã ban hành Kế hoạch triển khai thực hiện phong trào “Bình dân học vụ số”.',
  },
  {
    id: 'online-submission-2025',
    value: 68.07,
    of: null,
    unit: 'percent',
    atLeast: false,
    detail: null,
    labelVi: 'Tỷ lệ nộp hồ sơ trực tuyến năm 2025',
    labelEn: 'Online submission rate, 2025',
    asOf: '2025-12-28',
    file: SEED_001,
    quote: 'Tỷ lệ nộp hồ sơ trực tuyến đạt 68,07%.',
  },
  {
    id: 'full-online-services',
    value: 941,
    of: 1065,
    unit: 'count',
    atLeast: false,
    detail: null,
    labelVi: 'TTHC trực tuyến toàn trình / đủ điều kiện',
    labelEn: 'Fully online procedures / eligible procedures',
    asOf: '2025-12-28',
    file: SEED_001,
    quote: 'Đến ngày 28/12/2025: tỉnh Sơn La đã cung cấp 2.163 thủ tục hành chính (TTHC) trên cổng dịch vụ công quốc gia (trong đó: 941 thủ tục hành chính trực tuyến toàn trình trên tổng số 1.065 TTHC đủ điều kiện toàn trình, …)',
  },
  {
    id: 'hamlets-4g-covered',
    value: 26,
    of: 69,
    unit: 'count',
    atLeast: false,
    detail: null,
    labelVi: 'Bản trắng sóng đã được phủ sóng 4G',
    labelEn: 'Hamlets without 4G now covered',
    asOf: '2025-11-10',
    file: SEED_001,
    quote: 'Tổng số bản trắng sóng đã được phủ sóng 4G đến ngày 10/11/2025 là 26/69 bản.',
  },
  {
    id: 'budget-disbursed',
    value: 30.77,
    of: null,
    unit: 'percent',
    atLeast: false,
    detail: { value: 197548, unit: 'million_vnd', labelVi: 'bố trí', labelEn: 'allocated' },
    labelVi: 'Giải ngân vốn KHCN, ĐMST và CĐS',
    labelEn: 'Science, innovation and digital transformation funds disbursed',
    asOf: '2025-12-20',
    file: SEED_001,
    quote: 'Nguồn vốn ngân sách nhà nước bố trí cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số là 197.548 triệu đồng (…). Kết quả giải ngân đến ngày 20/12/2025 đạt 30,77% nguồn vốn đã bố trí',
  },
  {
    id: 'vneid-target',
    value: 65,
    of: null,
    unit: 'percent',
    atLeast: true,
    detail: null,
    labelVi: 'Mục tiêu tài khoản VNeID (tối thiểu, % công dân)',
    labelEn: 'VNeID account target (at least, % of citizens)',
    asOf: '2026-05-06',
    file: SEED_004,
    quote: 'mục tiêu cấp tài khoản VNeID cho tối thiểu 65% công dân trên địa bàn tỉnh, mở rộng cho nhóm từ 6-14 tuổi',
  },
] as const satisfies readonly SeedFigure[];

/** The steering-committee meeting whose conclusions are seed 004 (the default "since" date of /meeting). */
export const LAST_STEERING_MEETING = { date: '2026-05-06', file: SEED_004 } as const;
