/**
 * Agencies that own indicators. The full list of 38 reporting agencies comes with
 * the reporting regime; these are the owners of the catalogue's indicators.
 * Since 1/3/2025 the former Sở Thông tin và Truyền thông is part of Sở Khoa học và Công nghệ,
 * which therefore owns the online-services report of seed 002's annex ("Báo cáo tình hình
 * cung cấp Dịch vụ công trực tuyến, hồ sơ trực tuyến … Cập nhật từ Cổng dịch vụ công theo thời gian thực").
 */
export interface AgencyDefinition {
  code: string;
  nameVi: string;
  nameEn: string;
}

export const AGENCIES = [
  { code: 'VPUBND', nameVi: 'Văn phòng UBND tỉnh', nameEn: 'Office of the Provincial People’s Committee' },
  { code: 'SKHCN', nameVi: 'Sở Khoa học và Công nghệ', nameEn: 'Department of Science and Technology' },
  { code: 'STC', nameVi: 'Sở Tài chính', nameEn: 'Department of Finance' },
  { code: 'SNV', nameVi: 'Sở Nội vụ', nameEn: 'Department of Home Affairs' },
] as const satisfies readonly AgencyDefinition[];
