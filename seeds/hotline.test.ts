import { createTestDatabase, type TestDatabase } from '../test/db';
import { parseConfig } from '../api/src/config';
import { PersonalData } from '../api/src/personal/personal-data';
import { DEMO_CALLS, DEMO_IDS, seedDemo, seedDemoAccounts, seedDemoHotline } from '.';

describe('demo hotline seed', () => {
  let t: TestDatabase;
  const config = parseConfig({ NODE_ENV: 'test' });

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    await seedDemoAccounts(t.db, config);
  });
  afterAll(async () => {
    await t.drop();
  });

  it('writes the calls and tickets once, with synthetic phones stored encrypted, and indexes the pinyin', async () => {
    const first = await seedDemoHotline(t.db, config);
    expect(first).toEqual({ calls: DEMO_CALLS.length, tickets: DEMO_CALLS.filter((c) => c[6] !== null).length });
    expect(await seedDemoHotline(t.db, config)).toEqual({ calls: 0, tickets: 0 });

    const personal = PersonalData.fromConfig(config);
    const phones = (await t.db.query(`SELECT caller_phone FROM hotline_call WHERE caller_phone IS NOT NULL`)) as { caller_phone: string }[];
    for (const { caller_phone } of phones) {
      expect(caller_phone).not.toMatch(/^139/);
      expect(personal.decrypt('hotline_call.caller_phone', caller_phone)).toMatch(/^1390000\d{4}$/);
    }
    const statuses = (await t.db.query(`SELECT status, count(*)::int AS n FROM hotline_ticket GROUP BY status ORDER BY status`)) as {
      status: string;
    }[];
    expect(statuses.map((s) => s.status)).toEqual(['NEW', 'ASSIGNED', 'RESPONDED', 'RESOLVED', 'CLOSED']);
    const [profile] = (await t.db.query(`SELECT enrolment_place FROM hotline_compound_profile WHERE compound_id = $1`, [
      DEMO_IDS.yinghuayuan,
    ])) as {
      enrolment_place: string;
    }[];
    expect(profile!.enrolment_place).toContain('樱花园社区居委会');
    const [{ stale }] = (await t.db.query(`SELECT count(*)::int AS stale FROM hotline_compound_search WHERE pinyin_source IS NULL`)) as [
      { stale: number },
    ];
    expect(stale).toBe(0);
    // Every ticket's history runs from NEW to its status, one step at a time.
    const broken = await t.db.query(
      `SELECT t.id FROM hotline_ticket t
        WHERE (SELECT count(*) FROM hotline_ticket_event e WHERE e.ticket_id = t.id) <> array_position(enum_range(NULL::hotline_ticket_status), t.status)`,
    );
    expect(broken).toEqual([]);
  });
});
