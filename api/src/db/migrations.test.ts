import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { migrations } from '../../../migrations';

describe('migrations', () => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase({ migrated: false });
  });
  afterAll(() => t.drop());

  const tables = async () =>
    (
      await t.db.query<{ tablename: string }[]>(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'typeorm_migrations' ORDER BY 1`,
      )
    ).map((r) => r.tablename);

  it('run up, down to nothing, and up again', async () => {
    expect(await t.db.runMigrations({ transaction: 'each' })).toHaveLength(migrations.length);
    const afterUp = await tables();
    expect(afterUp).toEqual(expect.arrayContaining(['district', 'street', 'community', 'compound', 'gate', 'street_stats_snapshot']));

    for (let i = 0; i < migrations.length; i++) await t.db.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual([]);
    const types = await t.db.query(`SELECT typname FROM pg_type WHERE typtype = 'e' AND typnamespace = 'public'::regnamespace`);
    expect(types).toEqual([]);

    await t.db.runMigrations({ transaction: 'each' });
    expect(await tables()).toEqual(afterUp);
  });

  it('creates databases whose ctype lets pg_trgm index Chinese', async () => {
    const [row] = await t.db.query<{ trigrams: string[]; sim: number }[]>(
      `SELECT show_trgm('樱花园小区') AS trigrams, similarity('樱花园', '樱花园小区') AS sim`,
    );
    expect(row!.trigrams.length).toBeGreaterThan(0);
    expect(row!.sim).toBeGreaterThan(0.3);
  });
});
