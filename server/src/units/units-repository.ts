/** Reads of the administrative units. */
import type pg from 'pg';
import { asUnitCode, type AdminUnit, type UnitLevel } from '@ioc/shared';

interface UnitRow {
  code: string;
  level: UnitLevel;
  name: string;
  full_name: string;
  name_en: string;
  unit_type: string;
  parent_code: string | null;
  area_km2: number | null;
  population: number | null;
  centroid_lon: number | null;
  centroid_lat: number | null;
  is_demo: boolean;
}

const COLUMNS = 'code, level, name, full_name, name_en, unit_type, parent_code, area_km2, population, centroid_lon, centroid_lat, is_demo';

function toUnit(r: UnitRow): AdminUnit {
  return {
    code: asUnitCode(r.code),
    level: r.level,
    name: r.name,
    fullName: r.full_name,
    nameEn: r.name_en,
    type: r.unit_type,
    parentCode: r.parent_code ? asUnitCode(r.parent_code) : null,
    areaKm2: r.area_km2,
    population: r.population,
    centroid: r.centroid_lon !== null && r.centroid_lat !== null ? [r.centroid_lon, r.centroid_lat] : null,
    isDemo: r.is_demo,
  };
}

export class UnitsRepository {
  constructor(private readonly pool: pg.Pool) {}

  async list(level?: UnitLevel): Promise<AdminUnit[]> {
    const r = level
      ? await this.pool.query<UnitRow>(`SELECT ${COLUMNS} FROM admin_unit WHERE level = $1 ORDER BY code`, [level])
      : await this.pool.query<UnitRow>(`SELECT ${COLUMNS} FROM admin_unit ORDER BY level, code`);
    return r.rows.map(toUnit);
  }

  async find(code: string): Promise<AdminUnit | null> {
    const r = await this.pool.query<UnitRow>(`SELECT ${COLUMNS} FROM admin_unit WHERE code = $1`, [code]);
    return r.rows[0] ? toUnit(r.rows[0]) : null;
  }
}
