import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { fixtureId, insertWorld, WORLD } from '../../../test/fixtures';
import { migrations } from '../../../migrations';
import { FeePaymentsOnBills1764750000000 } from '../../../migrations/1764750000000-fee-payments-on-bills';
import { ClosureStatus } from '../compounds/compound.enums';

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

  it('moves each payment onto its bill and back', async () => {
    const later = migrations.length - migrations.indexOf(FeePaymentsOnBills1764750000000);
    for (let i = 0; i < later; i++) await t.db.undoLastMigration({ transaction: 'each' });
    await insertWorld(t.db, [
      {
        key: 'pay',
        community: 'c1',
        name: '缴费小区',
        yearBuilt: 1990,
        households: 2,
        floorArea: 100,
        isOld: true,
        status: ClosureStatus.CLOSED,
      },
    ]);
    const place = [fixtureId('pay'), WORLD.c1, WORLD.s1, WORLD.d1];
    const [paying, owing] = [fixtureId('h-paying'), fixtureId('h-owing')];
    await t.db.query(
      `INSERT INTO fee_household (id, compound_id, community_id, street_id, district_id, building, room, floor_area)
       VALUES ($5, $1, $2, $3, $4, '1', '101', 50), ($6, $1, $2, $3, $4, '1', '102', 60)`,
      [...place, paying, owing],
    );
    await t.db.query(
      `INSERT INTO fee_bill (household_id, month, compound_id, community_id, street_id, district_id, amount)
       VALUES ($5, '2020-07-01', $1, $2, $3, $4, 50), ($6, '2020-07-01', $1, $2, $3, $4, 60)`,
      [...place, paying, owing],
    );
    await t.db.query(
      `INSERT INTO fee_payment (household_id, month, compound_id, community_id, street_id, district_id, amount, paid_on)
       VALUES ($5, '2020-07-01', $1, $2, $3, $4, 50, '2020-07-09')`,
      [...place, paying],
    );

    await t.db.runMigrations({ transaction: 'each' });
    const bills = () =>
      t.db.query(`SELECT household_id, amount, paid_amount, paid_on::text FROM fee_bill ORDER BY household_id`) as Promise<unknown[]>;
    const moved = [
      { household_id: paying, amount: '50.00', paid_amount: '50.00', paid_on: '2020-07-09' },
      { household_id: owing, amount: '60.00', paid_amount: null, paid_on: null },
    ].sort((a, b) => a.household_id.localeCompare(b.household_id));
    expect(await bills()).toEqual(moved);

    for (let i = 0; i < later; i++) await t.db.undoLastMigration({ transaction: 'each' });
    expect(await t.db.query(`SELECT household_id, amount, paid_on::text FROM fee_payment`)).toEqual([
      { household_id: paying, amount: '50.00', paid_on: '2020-07-09' },
    ]);
    await t.db.runMigrations({ transaction: 'each' });
    expect(await bills()).toEqual(moved);
  });

  it('creates databases whose ctype lets pg_trgm index Chinese', async () => {
    const [row] = await t.db.query<{ trigrams: string[]; sim: number }[]>(
      `SELECT show_trgm('樱花园小区') AS trigrams, similarity('樱花园', '樱花园小区') AS sim`,
    );
    expect(row!.trigrams.length).toBeGreaterThan(0);
    expect(row!.sim).toBeGreaterThan(0.3);
  });
});
