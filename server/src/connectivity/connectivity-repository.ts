/** Reads of the per-hamlet connectivity table (hamlet_connectivity), with each record's status. */
import type pg from 'pg';
import {
  CONNECTIVITY_TECHNOLOGIES,
  connectivityStatus,
  type ConnectivityResponse,
  type ConnectivityTechnology,
  type HamletConnectivityRecord,
} from '@ioc/shared';

interface Row {
  hamlet_code: string;
  hamlet_name: string;
  commune_code: string;
  technology: ConnectivityTechnology;
  covered_since: Date | null;
  planned_date: string | null;
  operator: string | null;
  tracked: boolean;
  is_simulated: boolean;
}

const SELECT = `
  SELECT h.code AS hamlet_code, h.name AS hamlet_name, h.parent_code AS commune_code, t.technology,
         c.covered_since, to_char(c.planned_date, 'YYYY-MM-DD') AS planned_date, c.operator,
         (c.hamlet_code IS NOT NULL) AS tracked, coalesce(c.is_simulated, false) AS is_simulated
  FROM admin_unit h
  CROSS JOIN unnest($1::text[]) AS t(technology)
  LEFT JOIN hamlet_connectivity c ON c.hamlet_code = h.code AND c.technology = t.technology
  WHERE h.level = 'hamlet'`;

export class ConnectivityRepository {
  constructor(private readonly pool: pg.Pool) {}

  /**
   * A commune: all its hamlets. The province (commune null): only the tracked
   * hamlets (those without the technology when the records began, ~500 rows),
   * with totals over all hamlets.
   */
  async list(commune: string | null, today: string, now: Date): Promise<ConnectivityResponse> {
    const rows = await this.pool.query<Row>(
      `${SELECT} AND ($2::text IS NULL OR h.parent_code = $2) AND ($2::text IS NOT NULL OR c.hamlet_code IS NOT NULL)
       ORDER BY h.code, t.technology`,
      [CONNECTIVITY_TECHNOLOGIES, commune],
    );
    const counts = await this.pool.query<{ technology: ConnectivityTechnology; hamlets: string; uncovered: string }>(
      `SELECT t.technology, count(*) AS hamlets,
              count(*) FILTER (WHERE c.hamlet_code IS NOT NULL AND c.covered_since IS NULL) AS uncovered
       FROM admin_unit h
       CROSS JOIN unnest($1::text[]) AS t(technology)
       LEFT JOIN hamlet_connectivity c ON c.hamlet_code = h.code AND c.technology = t.technology
       WHERE h.level = 'hamlet' AND ($2::text IS NULL OR h.parent_code = $2)
       GROUP BY t.technology`,
      [CONNECTIVITY_TECHNOLOGIES, commune],
    );
    const totals = Object.fromEntries(CONNECTIVITY_TECHNOLOGIES.map((t) => [t, { hamlets: 0, covered: 0 }])) as ConnectivityResponse['totals'];
    for (const c of counts.rows) totals[c.technology] = { hamlets: Number(c.hamlets), covered: Number(c.hamlets) - Number(c.uncovered) };
    const hamlets = rows.rows.map(
      (r): HamletConnectivityRecord => ({
        hamletCode: r.hamlet_code,
        hamletName: r.hamlet_name,
        communeCode: r.commune_code,
        technology: r.technology,
        coveredSince: r.covered_since ? r.covered_since.toISOString() : null,
        plannedDate: r.planned_date,
        operator: r.operator,
        // An untracked hamlet had the technology before the records began.
        status: r.tracked ? connectivityStatus(r.covered_since?.toISOString() ?? null, r.planned_date, today) : 'covered',
        tracked: r.tracked,
        simulated: r.is_simulated,
      }),
    );
    return { commune, generatedAt: now.toISOString(), simulated: hamlets.some((h) => h.simulated), totals, hamlets };
  }
}
