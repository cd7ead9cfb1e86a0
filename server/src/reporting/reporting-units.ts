/**
 * Reporting units (Điều 8.1.b of seed 002): the current agencies (the annex's,
 * with merged departments replaced by their 2025 successors) and the 75 communes.
 */
import type pg from 'pg';
import type { ReportingUnitRef } from '@ioc/shared';

export type NamedUnit = ReportingUnitRef & { name: string };

export class ReportingUnits {
  private cache: Map<string, NamedUnit> | null = null;

  constructor(private readonly pool: pg.Pool) {}

  private async load(): Promise<Map<string, NamedUnit>> {
    if (this.cache) return this.cache;
    const r = await this.pool.query<{ kind: 'agency' | 'commune'; code: string; name: string }>(
      `SELECT 'agency' AS kind, code, name_vi AS name FROM agency WHERE successor_code IS NULL
       UNION ALL SELECT 'commune', code, full_name FROM admin_unit WHERE level = 'commune'`,
    );
    this.cache = new Map(r.rows.map((u) => [`${u.kind}:${u.code}`, { kind: u.kind, code: u.code, name: u.name }]));
    return this.cache;
  }

  async all(): Promise<NamedUnit[]> {
    return [...(await this.load()).values()];
  }

  async named(ref: ReportingUnitRef): Promise<NamedUnit> {
    return (await this.load()).get(`${ref.kind}:${ref.code}`) ?? { ...ref, name: ref.code };
  }

  async communes(): Promise<NamedUnit[]> {
    return (await this.all()).filter((u) => u.kind === 'commune');
  }
}
