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
