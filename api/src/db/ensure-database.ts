import { Client } from 'pg';
import type { Logger } from '../logger';

/** The ctype every anju database needs for pg_trgm to index Chinese text. */
export const UTF8_CTYPE = 'C.UTF-8';

/**
 * Creates the database named in `url` when it is missing, with a UTF-8 ctype, and checks the
 * ctype of one that exists: under `C`, pg_trgm finds no trigrams in Chinese and search is blind.
 */
export async function ensureDatabase(url: string, logger: Logger): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!name) throw new Error('DATABASE_URL names no database');
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query<{ datctype: string }>('SELECT datctype FROM pg_database WHERE datname = $1', [name]);
    const existing = found.rows[0];
    if (!existing) {
      await client.query(
        `CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE template0 ENCODING 'UTF8' ` +
          `LC_COLLATE '${UTF8_CTYPE}' LC_CTYPE '${UTF8_CTYPE}'`,
      );
      logger.info({ database: name }, 'created database');
    } else if (!/utf-?8/i.test(existing.datctype)) {
      logger.warn(
        { database: name, ctype: existing.datctype },
        'database ctype is not UTF-8: Chinese text search will find nothing; recreate it with LC_CTYPE C.UTF-8',
      );
    }
  } finally {
    await client.end();
  }
}
