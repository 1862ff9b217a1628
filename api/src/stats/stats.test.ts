import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { WORLD, insertWorld } from '../../../test/fixtures';
import { startTestApi, type TestApi } from '../../test/api';
import { beijingDay } from '../common/time';
import { ClosureStatus } from '../compounds/compound.enums';
import { StatsService } from './stats.service';

interface Stats {
  compounds: number;
  oldCompounds: number;
  households: number;
  floorArea: number;
  closedShareOfOld: number;
  byClosureStatus: { status: string; count: number }[];
}

const STATS = `compounds oldCompounds households floorArea closedShareOfOld byClosureStatus { status count }`;

describe('street and district aggregates', () => {
  let t: TestDatabase;
  let api: TestApi;

  beforeAll(async () => {
    t = await createTestDatabase();
    // Hand-checkable: S1 (c1, c2) has a, b, c; S2 (c3) has d. D2/S3 has none.
    await insertWorld(t.db, [
      {
        key: 'a',
        community: 'c1',
        name: '甲院',
        yearBuilt: 1980,
        households: 100,
        floorArea: 6000.5,
        isOld: true,
        status: ClosureStatus.CLOSED,
      },
      {
        key: 'b',
        community: 'c1',
        name: '乙院',
        yearBuilt: 1985,
        households: 200,
        floorArea: 12000,
        isOld: true,
        status: ClosureStatus.OPEN,
      },
      {
        key: 'c',
        community: 'c2',
        name: '丙院',
        yearBuilt: 2008,
        households: 300,
        floorArea: 20000.25,
        isOld: false,
        status: ClosureStatus.CLOSED,
      },
      {
        key: 'd',
        community: 'c3',
        name: '丁院',
        yearBuilt: 1990,
        households: 50,
        floorArea: 3000,
        isOld: true,
        status: ClosureStatus.UNDER_RENOVATION,
      },
    ]);
    api = await startTestApi(t.db, t.url);
  });
  afterAll(async () => {
    await api.close();
    await t.drop();
  });

  const counts = (open: number, planned: number, under: number, closed: number) => [
    { status: 'OPEN', count: open },
    { status: 'PLANNED', count: planned },
    { status: 'UNDER_RENOVATION', count: under },
    { status: 'CLOSED', count: closed },
  ];

  it('sums each street and each district from its compounds', async () => {
    const res = await api.gql<{ districts: { name: string; stats: Stats; streets: { name: string; stats: Stats }[] }[] }>(
      `{ districts { name stats { ${STATS} } streets { name stats { ${STATS} } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const [d1, d2] = res.data!.districts;
    expect(d1!.stats).toEqual({
      compounds: 4,
      oldCompounds: 3,
      households: 650,
      floorArea: 41000.75,
      closedShareOfOld: 1 / 3,
      byClosureStatus: counts(1, 0, 1, 2),
    });
    expect(d1!.streets.map((s) => [s.name, s.stats])).toEqual([
      [
        '一街道',
        { compounds: 3, oldCompounds: 2, households: 600, floorArea: 38000.75, closedShareOfOld: 0.5, byClosureStatus: counts(1, 0, 0, 2) },
      ],
      [
        '二乡',
        { compounds: 1, oldCompounds: 1, households: 50, floorArea: 3000, closedShareOfOld: 0, byClosureStatus: counts(0, 0, 1, 0) },
      ],
    ]);
    // An area with no compounds reports zeros, not nulls or an error.
    expect(d2!.stats).toEqual({
      compounds: 0,
      oldCompounds: 0,
      households: 0,
      floorArea: 0,
      closedShareOfOld: 0,
      byClosureStatus: counts(0, 0, 0, 0),
    });
  });

  it('takes idempotent daily snapshots and charts them as a trend', async () => {
    const stats = new StatsService(t.db);
    const today = beijingDay();
    expect(await stats.snapshot(today)).toEqual({ day: today, streets: 3 });
    expect(await stats.snapshot(today)).toEqual({ day: today, streets: 3 });
    const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM street_stats_snapshot`)) as [{ n: number }];
    expect(n).toBe(3);

    // A compound closes; the same day's snapshot is updated in place, not duplicated.
    await t.db.query(`UPDATE compound SET closure_status = 'CLOSED' WHERE name = '乙院'`);
    await stats.snapshot(today);
    const res = await api.gql<{ district: { trend: unknown[] } }>(
      `query($id: ID!) { district(id: $id) { trend(days: 7) { day compounds open planned underRenovation closed } } }`,
      {
        id: WORLD.d1,
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.district.trend).toEqual([{ day: today, compounds: 4, open: 0, planned: 0, underRenovation: 1, closed: 3 }]);
    await t.db.query(`UPDATE compound SET closure_status = 'OPEN' WHERE name = '乙院'`);
  });

  it('refuses a malformed day and an out-of-range trend window', async () => {
    await expect(new StatsService(t.db).snapshot('25/11/2026')).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'day' },
    });
    const res = await api.gql(`query($id: ID!) { street(id: $id) { trend(days: 0) { day } } }`, { id: WORLD.s1 });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days' });
  });
});
