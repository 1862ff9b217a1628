import type { DataSource } from 'typeorm';

export const SEEDED_TABLES = ['district', 'street', 'community', 'compound', 'gate'] as const;

export interface TableContents {
  rows: number;
  /** md5 over every row but its timestamps, in id order. */
  checksum: string;
  /** Latest updated_at, to show that a re-run wrote nothing. */
  lastUpdate: string | null;
}

/** For tests: what each seeded table holds, optionally only the rows of one district. */
export async function tableContents(db: DataSource, districtId?: string): Promise<Record<string, TableContents>> {
  const contents: Record<string, TableContents> = {};
  for (const table of SEEDED_TABLES) {
    const scope = districtId === undefined ? '' : `WHERE ${table === 'district' ? 'id' : 'district_id'} = $1`;
    const [row] = await db.query<TableContents[]>(
      `SELECT count(*)::int AS rows,
              md5(coalesce(string_agg((to_jsonb(t) - 'created_at' - 'updated_at')::text, ',' ORDER BY id), '')) AS checksum,
              max(updated_at)::text AS "lastUpdate"
         FROM ${table} t ${scope}`,
      districtId === undefined ? [] : [districtId],
    );
    if (!row) throw new Error(`no contents for ${table}`);
    contents[table] = row;
  }
  return contents;
}

/** For tests: rows whose denormalised street/district ids disagree with their parent's (all zero when consistent). */
export async function hierarchyMismatches(db: DataSource): Promise<{ compounds: number; gates: number; communities: number }> {
  const [row] = await db.query<{ compounds: number; gates: number; communities: number }[]>(
    `SELECT (SELECT count(*)::int FROM compound c JOIN community m ON m.id = c.community_id
              WHERE c.street_id <> m.street_id OR c.district_id <> m.district_id) AS compounds,
            (SELECT count(*)::int FROM gate g JOIN compound c ON c.id = g.compound_id
              WHERE g.street_id <> c.street_id OR g.district_id <> c.district_id) AS gates,
            (SELECT count(*)::int FROM community m JOIN street s ON s.id = m.street_id
              WHERE m.district_id <> s.district_id) AS communities`,
  );
  if (!row) throw new Error('hierarchy check returned no row');
  return row;
}
