/** Administrative units after the 1 July 2025 reorganisation: province → 75 communes/wards → hamlets. */
export const UNIT_LEVELS = ['province', 'commune', 'hamlet'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** A unit's official code (5-digit commune code, '14' for the province, commune code + 3 digits for a demo hamlet). */
export type UnitCode = string & { readonly __brand: 'UnitCode' };
export const asUnitCode = (code: string): UnitCode => code as UnitCode;

/** Province code of Sơn La in the national list (Công văn 1027/CTK-CSCL). */
export const PROVINCE_CODE = asUnitCode('14');

export interface AdminUnit {
  code: UnitCode;
  level: UnitLevel;
  /** Short name without the type prefix, e.g. "Chiềng Cơi". */
  name: string;
  /** e.g. "Phường Chiềng Cơi". */
  fullName: string;
  nameEn: string;
  /** 'tỉnh' | 'xã' | 'phường' for the upper levels; 'bản' | 'tổ dân phố' … for hamlets. */
  type: string;
  parentCode: UnitCode | null;
  areaKm2: number | null;
  population: number | null;
  /** [lon, lat] of the area centroid, where known. */
  centroid: [number, number] | null;
  /** True for generated reference data (the demo hamlet registry). */
  isDemo: boolean;
}
