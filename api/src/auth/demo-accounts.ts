import type { DataSource } from 'typeorm';

/** User names of demo accounts (seeded with a published password), which production must not have. */
export async function demoAccountsPresent(db: DataSource): Promise<string[]> {
  const rows = (await db.query(`SELECT username FROM app_user WHERE is_demo ORDER BY username`)) as { username: string }[];
  return rows.map((row) => row.username);
}
