import { Client } from 'pg';
import { TEST_ADMIN_URL, templateDb } from './env';

export default async function globalTeardown(): Promise<void> {
  const admin = new Client({ connectionString: TEST_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${templateDb()} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
