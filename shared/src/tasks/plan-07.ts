/**
 * The 38 rows of the annexes of seed 001_efedd52ede19b928.txt (the UBND report
 * on Kế hoạch 21-KH/ĐU), entered as data:
 * - Phụ lục I: the 14 urgent tasks due by 30/6/2025, all reported done
 *   ("14/14 nhiệm vụ đã hoàn thành").
 * - Phụ lục II: 24 rows; the 19 unmarked are the breakthrough tasks to 31/12/2025
 *   ("15/19 … đã hoàn thành", "04/19 … đang tiếp tục triển khai").
 * - Rows marked * are the additional tasks of Thông báo 10/TB-TCT (footnote 1:
 *   "Các nhiệm vụ bổ sung … được đánh dấu * tại các phụ lục"): 4* of Phụ lục I and
 *   5*, 19*, 22*, 23*, 24* of Phụ lục II ("03/06 … 01 nhiệm vụ thuộc nhóm nhiệm vụ
 *   cấp bách … và 02 nhiệm vụ thuộc nhóm nhiệm vụ đột phá"; 3/6 in progress).
 *   The report counts 4* both among the 14 urgent and the 6 additional tasks, so
 *   it appears twice here (U04 and A04, linked by `sameAs`).
 * Status is the annex's "Đã hoàn thành" / "Đang triển khai" mark; the deadline its
 * "Thời gian hoàn thành theo kế hoạch" column (Phụ lục I: its title, 30/6/2025;
 * A04: "thời hạn trước 10/7/2025" in the report's body).
 */
import type { PlanTask, TaskGroup, TaskStatus } from './tasks.js';

export const PLAN_07_SEED = '001_efedd52ede19b928.txt';
/** The report's figures run to 20/12/2025 (e.g. row 19*: "Đến 20/12/2025"). */
export const PLAN_07_REPORTED_AS_OF = '2025-12-20';

interface Row {
  annex: 'I' | 'II';
  row: string;
  group: TaskGroup;
  title: string;
  titleEn: string;
  status: TaskStatus;
  deadline: string | null;
  deadlineText: string | null;
}

const JUNE_30 = { deadline: '2025-06-30', deadlineText: 'Đến ngày 30/6/2025' } as const;
const BEFORE_DEC_20 = { deadline: '2025-12-20', deadlineText: 'Trước 20/12/2025' } as const;
const ON_DEC_20 = { deadline: '2025-12-20', deadlineText: '20/12/2025' } as const;
const JUNE_2025 = { deadline: '2025-06-30', deadlineText: 'Tháng 6/2025' } as const;
const RECURRING = { deadline: null, deadlineText: 'Nhiệm vụ thường xuyên' } as const;
const YEARLY = { deadline: null, deadlineText: 'Hàng năm' } as const;
const NONE = { deadline: null, deadlineText: null } as const;

const ROWS = [
  // Phụ lục I — I. Công tác chỉ đạo, điều hành và thể chế
  { annex: 'I', row: '1', group: 'urgent', status: 'done', ...JUNE_30, title: 'Thành lập Tổ Công tác liên ngành của Ban Chỉ đạo', titleEn: "Set up the steering committee's inter-agency working group" },
  { annex: 'I', row: '2', group: 'urgent', status: 'done', ...JUNE_30, title: 'Chỉ đạo UBND cấp xã thành lập Tổ Ứng cứu Công nghệ và Nghiệp vụ hỗ trợ giải quyết TTHC tại xã, phường', titleEn: 'Have every commune set up a technology and procedures response team for administrative procedures' },
  { annex: 'I', row: '3', group: 'urgent', status: 'done', ...JUNE_30, title: 'Ban hành Quyết định về Bộ TTHC của tỉnh sau sáp nhập', titleEn: "Issue the decision on the province's set of administrative procedures after the merger" },
  { annex: 'I', row: '4*', group: 'urgent', status: 'done', ...JUNE_30, title: 'Trưng tập công chức, viên chức của các Sở, ngành, cơ quan có liên quan tham gia thực hiện nhiệm vụ của Tổ Công tác, Tổ Giúp việc', titleEn: 'Second civil servants of departments and agencies to the working group and support team' },
  // II. Chuẩn bị hạ tầng, hệ thống và dữ liệu
  { annex: 'I', row: '5', group: 'urgent', status: 'done', ...JUNE_30, title: 'Rà soát, nâng cấp hạ tầng mạng tại các điểm Một cửa 75 xã, phường', titleEn: 'Review and upgrade the network at the one-stop desks of the 75 communes and wards' },
  { annex: 'I', row: '6', group: 'urgent', status: 'done', ...JUNE_30, title: 'Cung cấp danh sách tài khoản thụ hưởng của các đơn vị mới', titleEn: 'Provide the beneficiary bank accounts of the new units' },
  { annex: 'I', row: '7', group: 'urgent', status: 'done', ...JUNE_30, title: 'Cung cấp danh sách cán bộ được phân công tại các đơn vị mới', titleEn: 'Provide the lists of staff assigned in the new units' },
  { annex: 'I', row: '8', group: 'urgent', status: 'done', ...JUNE_30, title: 'Hoàn thành số hoá 100% kết quả giải quyết TTHC còn hiệu lực của cấp huyện cũ', titleEn: 'Digitise 100% of the still-valid procedure results of the former districts' },
  // III. Cấu hình, kiểm thử và diễn tập
  { annex: 'I', row: '9', group: 'urgent', status: 'done', ...JUNE_30, title: 'Cấu hình hệ thống giải quyết TTHC theo bộ TTHC mới, đơn vị mới, tài khoản mới', titleEn: 'Configure the procedures system for the new procedures, units and accounts' },
  { annex: 'I', row: '10', group: 'urgent', status: 'done', ...JUNE_30, title: 'Tổ chức tập huấn “thực chiến” cho cán bộ Một cửa và thành viên Tổ Ứng cứu cấp xã', titleEn: 'Hands-on training for one-stop staff and commune response teams' },
  { annex: 'I', row: '11', group: 'urgent', status: 'done', ...JUNE_30, title: 'Tổ chức diễn tập toàn tỉnh theo Kịch bản chuyển đổi hệ thống và Kịch bản vận hành sau sáp nhập', titleEn: 'Province-wide drill of the system cut-over and post-merger operation scenarios' },
  // IV. Chuyển đổi và vận hành chính thức
  { annex: 'I', row: '12', group: 'urgent', status: 'done', ...JUNE_30, title: 'Thực hiện cắt chuyển hệ thống sang trạng thái hoạt động chính thức', titleEn: 'Cut the systems over to official operation' },
  { annex: 'I', row: '13', group: 'urgent', status: 'done', ...JUNE_30, title: 'Hướng dẫn tổ chức các đội hỗ trợ trực 24/7 tại các điểm nóng trong tuần đầu tiên', titleEn: 'Organise 24/7 support teams at hot spots during the first week' },
  { annex: 'I', row: '14', group: 'urgent', status: 'done', ...JUNE_30, title: 'Thực hiện chế độ báo cáo hàng ngày về Cơ quan thường trực Ban Chỉ đạo 1363 tỉnh', titleEn: 'Report daily to the standing office of the provincial Steering Committee 1363' },
  // The additional task 4*, counted again in the additional group with its own deadline.
  { annex: 'I', row: '4*', group: 'additional', status: 'done', deadline: '2025-07-10', deadlineText: 'Trước 10/7/2025', title: 'Trưng tập công chức, viên chức của các Sở, ngành, cơ quan có liên quan tham gia thực hiện nhiệm vụ của Tổ Công tác, Tổ Giúp việc', titleEn: 'Second civil servants of departments and agencies to the working group and support team' },

  // Phụ lục II — I. Về hạ tầng kỹ thuật, công nghệ
  { annex: 'II', row: '1', group: 'breakthrough', status: 'done', ...JUNE_2025, title: 'Rà soát, đánh giá hiệu quả việc triển khai Trung tâm điều hành thông minh (IOC) tỉnh; xây dựng phương án khai thác, sử dụng hiệu quả', titleEn: "Review the provincial IOC's effectiveness and plan its effective use" },
  { annex: 'II', row: '2', group: 'breakthrough', status: 'done', ...ON_DEC_20, title: 'Phối hợp Bộ Công an xây dựng phương án triển khai và lộ trình tích hợp các hệ thống Camera giám sát an ninh, trật tự, giao thông công cộng về Trung tâm điều hành thông minh (IOC) tỉnh và kết nối liên thông với CSDL quốc gia về dân cư', titleEn: 'With the Ministry of Public Security, plan and schedule the integration of security and traffic cameras into the IOC, linked to the national population database' },
  { annex: 'II', row: '3', group: 'breakthrough', status: 'done', ...RECURRING, title: 'Đẩy mạnh kết nối, liên thông dữ liệu, ứng dụng phục vụ chỉ đạo, điều hành của các lãnh đạo và các cấp chính quyền bảo đảm hiệu quả, tránh lãng phí, đáp ứng mô hình chính quyền địa phương 2 cấp', titleEn: 'Connect data and applications for direction at every level of the two-tier local government' },
  { annex: 'II', row: '4', group: 'breakthrough', status: 'in_progress', ...BEFORE_DEC_20, title: 'Phối hợp Bộ Khoa học và Công nghệ xoá các điểm lõm sóng, thiếu điện để các thôn, bản có điều kiện tiếp cận chuyển đổi số', titleEn: 'With the Ministry of Science and Technology, remove coverage gaps and power shortages so every hamlet can go digital' },
  { annex: 'II', row: '5*', group: 'additional', status: 'done', ...NONE, title: 'Kết nối, liên thông Hệ thống văn bản điều hành số giữa các cơ quan Đảng - Chính quyền - Mặt trận thống nhất, bảo đảm gửi, nhận văn bản điện tử (kể cả văn bản mật) thông suốt, an toàn, bảo mật giữa tất cả các cơ quan trong hệ thống chính trị', titleEn: 'Link the digital document systems of the Party, the government and the Front, including classified documents' },
  // II. Về dữ liệu
  { annex: 'II', row: '6', group: 'breakthrough', status: 'in_progress', ...BEFORE_DEC_20, title: '100% hồ sơ, tài liệu công việc phát sinh từ ngày 01/7/2025 được tạo lập và xử lý trên môi trường điện tử; số hóa ít nhất 30% tài liệu lưu trữ lịch sử có giá trị cao trong năm 2025', titleEn: 'All records from 1/7/2025 created and handled electronically; digitise at least 30% of high-value historical archives in 2025' },
  { annex: 'II', row: '7', group: 'breakthrough', status: 'done', deadline: '2025-09-30', deadlineText: 'Quý III/2025', title: 'Đồng bộ dữ liệu Hệ thống thông tin giải quyết TTHC của tỉnh với Trung tâm Dữ liệu quốc gia', titleEn: "Synchronise the province's procedures system with the National Data Centre" },
  { annex: 'II', row: '8', group: 'breakthrough', status: 'in_progress', ...BEFORE_DEC_20, title: 'Làm sạch và đưa vào khai thác, bảo đảm “đúng - đủ - sạch - sống - thống nhất - dùng chung” đối với 12 cơ sở dữ liệu quốc gia và chuyên ngành trọng yếu', titleEn: 'Clean and bring into use 12 key national and sector databases' },
  { annex: 'II', row: '9', group: 'breakthrough', status: 'done', ...BEFORE_DEC_20, title: 'Nghiên cứu cơ chế cho phép các doanh nghiệp triển khai, đảm nhận các dịch vụ công của cơ quan nhà nước', titleEn: 'Study a mechanism for businesses to deliver public services' },
  { annex: 'II', row: '10', group: 'breakthrough', status: 'done', ...ON_DEC_20, title: 'Hoàn thành rà soát, cấu trúc lại các thủ tục hành chính chuyển từ thủ công trên giấy sang môi trường điện tử', titleEn: 'Review and restructure administrative procedures from paper to electronic' },
  // III. Về các nền tảng, ứng dụng
  { annex: 'II', row: '11', group: 'breakthrough', status: 'done', ...JUNE_2025, title: 'Hoàn thành bàn giao hồ sơ, số hoá 100% kết quả giải quyết TTHC còn hiệu lực của chính quyền cấp huyện để tái sử dụng thông tin, dữ liệu', titleEn: "Hand over files and digitise 100% of the former districts' valid procedure results for reuse" },
  { annex: 'II', row: '12', group: 'breakthrough', status: 'done', ...RECURRING, title: 'Tiếp tục đẩy mạnh số hoá hồ sơ, kết quả giải quyết thủ tục hành chính theo quy định, phục vụ tái sử dụng thông tin, dữ liệu', titleEn: 'Keep digitising procedure dossiers and results for reuse' },
  { annex: 'II', row: '13', group: 'breakthrough', status: 'done', ...BEFORE_DEC_20, title: 'Tiếp tục rà soát, đánh giá, nâng cấp hệ thống thông tin, cơ sở dữ liệu, kết nối, chia sẻ dữ liệu để cung cấp các dịch vụ công trực tuyến theo Kế hoạch số 02-KH/BCĐTW', titleEn: 'Upgrade systems and data sharing to provide the online public services of Plan 02-KH/BCĐTW' },
  { annex: 'II', row: '14', group: 'breakthrough', status: 'done', ...BEFORE_DEC_20, title: 'Chủ động bố trí nguồn lực, kinh phí thực hiện phân loại hồ sơ, tài liệu để xác định những loại tài liệu cần số hóa', titleEn: 'Allocate resources and funds to sort records and choose those to digitise' },
  // IV. Về nhân lực cho chuyển đổi số
  { annex: 'II', row: '15', group: 'breakthrough', status: 'done', ...NONE, title: 'Rà soát, đánh giá lại thực trạng đội ngũ cán bộ công chức, viên chức về chuyển đổi số của tỉnh', titleEn: "Review the province's digital-transformation workforce" },
  { annex: 'II', row: '16', group: 'breakthrough', status: 'in_progress', ...BEFORE_DEC_20, title: 'Nghiên cứu triển khai các hình thức linh hoạt như ký hợp đồng thuê chuyên gia theo từng dự án, nhiệm vụ, không phụ thuộc vào biên chế', titleEn: 'Hire experts flexibly by project, outside the staffing quota' },
  // V. Về nguồn lực tài chính
  { annex: 'II', row: '17', group: 'breakthrough', status: 'done', ...NONE, title: 'Bố trí dự phòng ngân sách nhà nước và các nguồn hợp pháp để đáp ứng đầy đủ nhu cầu cấp bách phát sinh ngoài dự toán cho chuyển đổi số và công nghệ thông tin', titleEn: 'Reserve budget for urgent unplanned digital-transformation and IT needs' },
  { annex: 'II', row: '18', group: 'breakthrough', status: 'done', ...RECURRING, title: 'Tổ chức các khoá đào tạo, tập huấn về kỹ năng số, kỹ năng vận hành hệ thống mới cho cán bộ, công chức, viên chức', titleEn: 'Train civil servants in digital skills and the new systems' },
  { annex: 'II', row: '19*', group: 'additional', status: 'done', ...RECURRING, title: 'Tham mưu, bố trí kinh phí kịp thời để thực hiện các nhiệm vụ trong Kế hoạch; ưu tiên bố trí ngân sách cho các nhiệm vụ cấp bách, đột phá', titleEn: "Fund the plan's tasks in time, urgent and breakthrough tasks first" },
  // VI. Bảo đảm an toàn, an ninh thông tin và bảo mật
  { annex: 'II', row: '20', group: 'breakthrough', status: 'done', ...BEFORE_DEC_20, title: 'Phối hợp Bộ Công an, Bộ Quốc phòng, Bộ Khoa học và Công nghệ trong việc bảo đảm an toàn thông tin, an ninh mạng cho các hạ tầng kỹ thuật, dữ liệu, ứng dụng triển khai tại tỉnh', titleEn: "Secure the province's infrastructure, data and applications with the ministries" },
  { annex: 'II', row: '21', group: 'breakthrough', status: 'done', ...BEFORE_DEC_20, title: 'Các cơ quan chủ trì quản lý, vận hành các nền tảng số, hệ thống thông tin, cơ sở dữ liệu sẵn sàng có phương án dự phòng, kịch bản ứng phó khi hệ thống bị lỗi, bị tấn công', titleEn: 'Contingency and incident-response plans for every platform, system and database' },
  // VII. Công tác kiểm tra, giám sát — VIII. Thi đua, khen thưởng
  { annex: 'II', row: '22*', group: 'additional', status: 'in_progress', ...BEFORE_DEC_20, title: 'Xây dựng cơ chế kiểm tra, giám sát tại từng Sở, ngành, UBND xã, phường và định kỳ hoặc đột xuất báo cáo theo yêu cầu của Ủy ban nhân dân tỉnh, Ban Chỉ đạo 1287 tỉnh', titleEn: 'Inspection and monitoring in every department and commune, with regular and ad hoc reports' },
  { annex: 'II', row: '23*', group: 'additional', status: 'in_progress', ...YEARLY, title: 'Gắn kết quả thực hiện Kế hoạch với đánh giá, xếp loại mức độ hoàn thành nhiệm vụ của tập thể và cá nhân, đặc biệt là người đứng đầu', titleEn: 'Tie the plan to the performance ratings of units and people, heads first' },
  { annex: 'II', row: '24*', group: 'additional', status: 'in_progress', ...YEARLY, title: 'Biểu dương, khen thưởng các tập thể, cá nhân có thành tích xuất sắc, các mô hình hay, cách làm sáng tạo; xử lý nghiêm các trường hợp không hoàn thành nhiệm vụ', titleEn: 'Reward outstanding units, people and models; deal firmly with failures' },
] as const satisfies readonly Row[];

const GROUP_LETTER: Record<TaskGroup, string> = { urgent: 'U', breakthrough: 'B', additional: 'A' };

function idOf(row: Row): string {
  return `${GROUP_LETTER[row.group]}${row.row.replace('*', '').padStart(2, '0')}`;
}

export const PLAN_07_TASKS: readonly PlanTask[] = ROWS.map((row: Row): PlanTask => {
  const sameAs = row.annex === 'I' && row.row === '4*' ? (row.group === 'urgent' ? 'A04' : 'U04') : null;
  return {
    id: idOf(row),
    group: row.group,
    title: row.title,
    titleEn: row.titleEn,
    status: row.status,
    deadline: row.deadline,
    deadlineText: row.deadlineText,
    source: `${PLAN_07_SEED}, Phụ lục ${row.annex}, TT ${row.row}`,
    sameAs,
  };
});
