import 'reflect-metadata';
import { parseConfig } from '../api/src/config';
import { validate } from '../api/src/personal/normalize';
import { createServices } from '../api/src/services';
import { createTestDatabase, type TestDatabase } from '../test/db';
import { seedDemoAccounts } from './accounts';
import { DEMO_IDS, seedDemo } from './demo';
import { demoResidents, dongzhongjieCompoundId, seedDemoResidents, withCheckCharacter } from './residents';

const config = parseConfig({ NODE_ENV: 'test' });

let t: TestDatabase;
let registered: number;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
  await seedDemoAccounts(t.db, config);
  registered = await seedDemoResidents(t.db, config);
});

afterAll(async () => {
  await t.drop();
});

const count = async (sql: string, params: unknown[] = []): Promise<number> => (await t.db.query<{ n: number }[]>(sql, params))[0]!.n;

describe('demo residents', () => {
  it('registers about 40 residents in four compounds of 东中街社区', async () => {
    const people = demoResidents();
    expect(people.length).toBeGreaterThanOrEqual(35);
    expect(people.length).toBeLessThanOrEqual(45);
    expect(registered).toBe(people.length);
    expect(await count(`SELECT count(*)::int AS n FROM resident`)).toBe(people.length);
    expect(await count(`SELECT count(*)::int AS n FROM resident WHERE community_id <> $1`, [DEMO_IDS.dongzhongjieCommunity])).toBe(0);
    expect(await count(`SELECT count(DISTINCT compound_id)::int AS n FROM resident`)).toBe(4);
    expect(dongzhongjieCompoundId('东中街36号楼')).toBe(DEMO_IDS.dongzhongjie36);
    expect(await count(`SELECT count(*)::int AS n FROM resident WHERE compound_id = $1`, [DEMO_IDS.dongzhongjie36])).toBeGreaterThan(0);
  });

  it('is the same list on every call, with some residents lacking an ID number, a phone or a plate', () => {
    const people = demoResidents();
    expect(demoResidents()).toEqual(people);
    expect(people.some((p) => p.idNumber === null)).toBe(true);
    expect(people.some((p) => p.phone === null)).toBe(true);
    expect(people.some((p) => p.plate === null)).toBe(true);
    expect(people.filter((p) => p.plate?.length === 8).length).toBeGreaterThanOrEqual(1);
  });

  it('uses only values that pass validation: GB 11643 check characters, 110101, born 1940-2000', () => {
    expect(withCheckCharacter('11010519491231002')).toBe('11010519491231002X');
    for (const person of demoResidents()) {
      expect(validate('name', person.name).ok).toBe(true);
      if (person.idNumber) {
        expect({ id: person.idNumber, ...validate('idNumber', person.idNumber) }).toMatchObject({ ok: true });
        expect(person.idNumber.slice(0, 6)).toBe('110101');
        const year = Number(person.idNumber.slice(6, 10));
        expect(year).toBeGreaterThanOrEqual(1940);
        expect(year).toBeLessThanOrEqual(2000);
      }
      if (person.phone) expect(validate('phone', person.phone)).toEqual({ ok: true, value: person.phone });
      if (person.plate) expect(validate('plate', person.plate)).toEqual({ ok: true, value: person.plate });
    }
  });

  it('stores them encrypted and serves them masked, registered by demo-community and audited', async () => {
    const stored = await t.db.query<{ id_number: string | null; name: string }[]>(`SELECT name, id_number FROM resident`);
    for (const row of stored) {
      expect(row.name).toMatch(/^v1:/);
      if (row.id_number) expect(row.id_number).toMatch(/^v1:/);
    }
    const page = await createServices(t.db, config).residents.list({}, { first: 100 }, { level: 'all' });
    expect(await page.totalCount).toBe(registered);
    const people = demoResidents();
    for (const { node } of page.edges) {
      expect(node.name).toMatch(/^\p{Script=Han}\*+$/u);
      if (node.idNumber) expect(node.idNumber).toMatch(/^110101\*{8}\d{3}[\dX]$/);
      if (node.phone) expect(node.phone).toMatch(/^1\d{2}\*{4}\d{4}$/);
      if (node.plate) expect(node.plate).toMatch(/^京[A-Z]\*{3,4}\d{2}$/);
    }
    const served = JSON.stringify(page.edges);
    for (const person of people) {
      expect(served).not.toContain(person.name);
      if (person.idNumber) expect(served).not.toContain(person.idNumber);
    }
    expect(
      await count(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'resident.register' AND actor_name = 'demo-community' AND outcome = 'success'`,
      ),
    ).toBe(registered);
  });

  it('registers nothing when run again', async () => {
    const before = await count(`SELECT count(*)::int AS n FROM resident`);
    expect(await seedDemoResidents(t.db, config)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM resident`)).toBe(before);
  });

  it('needs the demo-community account', async () => {
    const other = await createTestDatabase();
    try {
      await seedDemo(other.db);
      await expect(seedDemoResidents(other.db, config)).rejects.toThrow(/demo-community/);
    } finally {
      await other.drop();
    }
  });
});
