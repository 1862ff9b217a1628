import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { SYSTEM_SCOPE } from '../api/src/auth/scope';
import { parseConfig } from '../api/src/config';
import { FeeAreaLevel } from '../api/src/fees/fee.enums';
import { validateLedger } from '../api/src/fees/ledger';
import { createServices } from '../api/src/services';
import { createTestDatabase, type TestDatabase } from '../test/db';
import { DEMO_IDS, seedDemo } from './demo';
import { seedDemoFees } from './fees';

const config = parseConfig({ NODE_ENV: 'test' });

describe('demo property fees', () => {
  let t: TestDatabase;
  let bills: number;

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    bills = await seedDemoFees(t.db, config);
  });
  afterAll(() => t.drop());

  const snapshot = () =>
    t.db.query(
      `SELECT 'c' AS t, to_jsonb(c) - 'id' - 'created_at' - 'updated_at' AS row FROM fee_contract c
       UNION ALL SELECT 'h', to_jsonb(h) FROM fee_household h UNION ALL SELECT 'b', to_jsonb(b) FROM fee_bill b ORDER BY 1, 2`,
    );

  it('charges 1 yuan per m² in 东中街36号楼 from July 2020 and in the seven renovated compounds after them', async () => {
    const contracts = (await t.db.query(
      `SELECT compound_id, start_date::text, fee_per_m2::text FROM fee_contract ORDER BY start_date`,
    )) as {
      compound_id: string;
      start_date: string;
      fee_per_m2: string;
    }[];
    expect(contracts).toHaveLength(8);
    expect(contracts[0]).toEqual({ compound_id: DEMO_IDS.dongzhongjie36, start_date: '2020-07-01', fee_per_m2: '1.00' });
    expect(new Set(contracts.slice(1).map((c) => c.compound_id))).toEqual(new Set(DEMO_IDS.dongzhimenUnderRenovation));
    expect(contracts.every((c) => c.fee_per_m2 === '1.00')).toBe(true);
    const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM fee_bill`)) as [{ n: number }];
    expect(n).toBe(bills);
  });

  it('goes from zero to one: few payers in the first month, most a year on, never fewer than the month before', async () => {
    const fees = createServices(t.db, config).fees;
    const street = await fees.adoption({ level: FeeAreaLevel.STREET, id: DEMO_IDS.dongzhimen }, null, null, SYSTEM_SCOPE);
    expect(street.months[0]!.month).toBe('2020-07');
    expect(street.months.at(-1)!.month).toBe('2021-06');
    expect(street.months[0]!.payingShare).toBeLessThan(0.3);
    expect(street.months.at(-1)!.payingShare).toBeGreaterThan(0.8);
    for (let i = 1; i < street.months.length; i++) {
      expect(street.months[i]!.householdsPaying).toBeGreaterThanOrEqual(street.months[i - 1]!.householdsPaying);
    }
    // Bills are area × 1.00: the amount billed equals the billed households' floor area.
    const [check] = (await t.db.query(
      `SELECT sum(b.amount)::text AS billed, sum(h.floor_area)::text AS area FROM fee_bill b JOIN fee_household h ON h.id = b.household_id`,
    )) as { billed: string; area: string }[];
    expect(check!.billed).toBe(check!.area);
  });

  it('ships a sample ledger (npm run fees:sample) that passes validation for the demo', async () => {
    const file = fs.readFileSync(path.join(__dirname, '..', 'docs', 'samples', 'ledger-sample.xlsx'));
    const checked = await validateLedger(
      file,
      { compoundId: DEMO_IDS.dongzhongjie36, month: '2021-07', feeFenPerM2: 100 },
      async () => new Set(),
    );
    expect(checked.errors).toEqual([]);
    expect(checked.rows).toHaveLength(96);
    // The sample's households are the demo's: same addresses, same areas.
    const [{ same }] = (await t.db.query(
      `SELECT count(*)::int AS same FROM fee_household h
         JOIN unnest($1::text[], $2::text[], $3::text[], $4::numeric[]) AS s(building, unit, room, area)
           ON (h.building, h.unit, h.room, h.floor_area) = (s.building, s.unit, s.room, s.area)`,
      [
        checked.rows.map((r) => r.building),
        checked.rows.map((r) => r.unit),
        checked.rows.map((r) => r.room),
        checked.rows.map((r) => (r.areaCentiM2 / 100).toFixed(2)),
      ],
    )) as [{ same: number }];
    expect(same).toBe(96);
  });

  it('changes nothing when run again', async () => {
    const before = await snapshot();
    await seedDemoFees(t.db, config);
    expect(await snapshot()).toEqual(before);
  });
});
