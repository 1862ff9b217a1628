import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { ENCRYPTED_COLUMNS, type EncryptedColumn } from './encrypted-columns';
import { PersonalData } from './personal-data';
import { checkEncryptedColumns, readRotationProgress, rotateKeys, type RotationProgress } from './rotation';

const keyA = randomBytes(32).toString('base64');
const keyB = randomBytes(32).toString('base64');
const blind = randomBytes(32).toString('base64');
const withA = PersonalData.fromConfig({ NODE_ENV: 'test', PERSONAL_DATA_KEYS: `a:${keyA}`, BLIND_INDEX_KEY: blind });
const withAB = PersonalData.fromConfig({ NODE_ENV: 'test', PERSONAL_DATA_KEYS: `a:${keyA},b:${keyB}`, BLIND_INDEX_KEY: blind });

const ROWS = 25;
const phones: EncryptedColumn = { table: 'scratch_resident', column: 'phone', context: 'scratch_resident.phone' };
const plates: EncryptedColumn = { table: 'scratch_car', column: 'plate', context: 'scratch_car.plate' };
const COLUMNS = [phones, plates];

const plainPhone = (i: number) => `138${String(i).padStart(8, '0')}`;
const plainPlate = (i: number) => `京A${String(i).padStart(5, '0')}`;

describe('key rotation', () => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t.drop();
  });

  /** Both scratch tables, every value under key a; a few residents without a phone. */
  async function seed(): Promise<void> {
    await t.db.query(`DROP TABLE IF EXISTS scratch_resident, scratch_car`);
    await t.db.query(`CREATE TABLE scratch_resident (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), n int NOT NULL, phone text)`);
    await t.db.query(`CREATE TABLE scratch_car (id bigint PRIMARY KEY, plate text NOT NULL)`);
    const numbers = Array.from({ length: ROWS }, (_, i) => i);
    await t.db.query(`INSERT INTO scratch_resident (n, phone) SELECT * FROM unnest($1::int[], $2::text[])`, [
      numbers,
      numbers.map((i) => (i % 10 === 9 ? null : withA.encrypt(phones.context, plainPhone(i)))),
    ]);
    await t.db.query(`INSERT INTO scratch_car (id, plate) SELECT * FROM unnest($1::bigint[], $2::text[])`, [
      numbers.map((i) => i + 1),
      numbers.map((i) => withA.encrypt(plates.context, plainPlate(i))),
    ]);
  }

  async function values(): Promise<{ phones: (string | null)[]; plates: string[] }> {
    const residents: { phone: string | null }[] = await t.db.query(`SELECT phone FROM scratch_resident ORDER BY n`);
    const cars: { plate: string }[] = await t.db.query(`SELECT plate FROM scratch_car ORDER BY id`);
    return { phones: residents.map((r) => r.phone), plates: cars.map((c) => c.plate) };
  }

  async function expectAllUnderB(): Promise<void> {
    const now = await values();
    now.phones.forEach((value, i) => {
      if (i % 10 === 9) return expect(value).toBeNull();
      expect(value!.startsWith('v1:b:')).toBe(true);
      expect(withAB.decrypt(phones.context, value!)).toBe(plainPhone(i));
    });
    now.plates.forEach((value, i) => {
      expect(value.startsWith('v1:b:')).toBe(true);
      expect(withAB.decrypt(plates.context, value)).toBe(plainPlate(i));
    });
  }

  const withPhones = ROWS - Math.floor(ROWS / 10);

  it('re-encrypts every value under the newest key, table by table, in batches', async () => {
    await seed();
    const reports: RotationProgress[] = [];
    const result = await rotateKeys(t.db, withAB, { columns: COLUMNS, batchSize: 10, onProgress: (p) => reports.push(p) });
    await expectAllUnderB();
    expect(result).toEqual({
      keyId: 'b',
      cursor: null,
      columns: [
        { table: 'scratch_resident', column: 'phone', checked: withPhones, reencrypted: withPhones, changedConcurrently: 0, done: true },
        { table: 'scratch_car', column: 'plate', checked: ROWS, reencrypted: ROWS, changedConcurrently: 0, done: true },
      ],
    });
    // 3 batches and a finish per table; every report is a snapshot, not the live object.
    expect(reports).toHaveLength(8);
    expect(reports[0]!.columns[0]!.checked).toBe(10);
    expect(reports[0]!.cursor).toMatchObject({ table: 'scratch_resident', column: 'phone' });
    expect(reports[4]!.cursor).toEqual({ table: 'scratch_car', column: 'plate', afterId: '10' });

    // A second run finds nothing to do.
    const again = await rotateKeys(t.db, withAB, { columns: COLUMNS, batchSize: 10 });
    expect(again.columns.map((c) => [c.checked, c.reencrypted])).toEqual([
      [withPhones, 0],
      [ROWS, 0],
    ]);
  });

  it('after a crash, a plain re-run completes without re-encrypting anything twice', async () => {
    await seed();
    let crashed = false;
    await expect(
      rotateKeys(t.db, withAB, {
        columns: COLUMNS,
        batchSize: 10,
        onProgress: () => {
          crashed = true;
          throw new Error('worker killed');
        },
      }),
    ).rejects.toThrow('worker killed');
    expect(crashed).toBe(true);
    const half = await values();
    expect(half.phones.filter((v) => v?.startsWith('v1:b:'))).toHaveLength(10);

    const result = await rotateKeys(t.db, withAB, { columns: COLUMNS, batchSize: 10 });
    expect(result.columns[0]).toMatchObject({ checked: withPhones, reencrypted: withPhones - 10 });
    expect(result.columns[1]).toMatchObject({ checked: ROWS, reencrypted: ROWS });
    await expectAllUnderB();
  });

  it('a resumed run continues from the cursor of the interrupted one and keeps its counts', async () => {
    await seed();
    let last: RotationProgress | undefined;
    let batches = 0;
    await expect(
      rotateKeys(t.db, withAB, {
        columns: COLUMNS,
        batchSize: 10,
        onProgress: (p) => {
          last = p;
          batches += 1;
          // Crash after the residents are done and the first batch of cars is written.
          if (batches === 5) throw new Error('worker killed');
        },
      }),
    ).rejects.toThrow('worker killed');
    expect(last!.cursor).toEqual({ table: 'scratch_car', column: 'plate', afterId: '10' });

    // Through JSON, as a job's progress would come back.
    const resume = readRotationProgress(JSON.parse(JSON.stringify(last)));
    const checked: number[] = [];
    const result = await rotateKeys(t.db, withAB, {
      columns: COLUMNS,
      batchSize: 10,
      resume,
      onProgress: (p) => checked.push(p.columns[1]!.checked),
    });
    // Only cars 11-25 were read again: 2 batches and a finish.
    expect(checked).toEqual([20, 25, 25]);
    expect(result.columns).toEqual([
      expect.objectContaining({ checked: withPhones, reencrypted: withPhones, done: true }),
      expect.objectContaining({ checked: ROWS, reencrypted: ROWS, done: true }),
    ]);
    await expectAllUnderB();
  });

  it('a cursor from a rotation to another key is ignored: everything is checked again', async () => {
    await seed();
    const stale: RotationProgress = {
      keyId: 'a',
      columns: [{ ...phones, checked: 999, reencrypted: 0, changedConcurrently: 0, done: true }].map(({ context: _, ...c }) => c),
      cursor: { table: 'scratch_car', column: 'plate', afterId: '20' },
    };
    const result = await rotateKeys(t.db, withAB, { columns: COLUMNS, batchSize: 10, resume: stale });
    expect(result.columns.map((c) => c.reencrypted)).toEqual([withPhones, ROWS]);
  });

  it('never overwrites a value written while its batch was being re-encrypted', async () => {
    await seed();
    const [target] = (await t.db.query(`SELECT id FROM scratch_resident WHERE n = 3`)) as { id: string }[];
    const writer = new Client({ connectionString: t.url });
    await writer.connect();
    try {
      // A concurrent update holds the row: the rotation reads the old value, then waits on the lock.
      await writer.query('BEGIN');
      await writer.query(`UPDATE scratch_resident SET phone = $1 WHERE id = $2`, [
        withAB.encrypt(phones.context, '13900000000'),
        target!.id,
      ]);
      const rotation = rotateKeys(t.db, withAB, { columns: [phones], batchSize: 100 });
      await waitUntilBlocked(t);
      await writer.query('COMMIT');
      const result = await rotation;
      expect(result.columns[0]).toMatchObject({ checked: withPhones, reencrypted: withPhones - 1, changedConcurrently: 1 });
    } finally {
      await writer.end();
    }
    const [row] = (await t.db.query(`SELECT phone FROM scratch_resident WHERE n = 3`)) as { phone: string }[];
    expect(withAB.decrypt(phones.context, row!.phone)).toBe('13900000000');
  });

  it('stops with the row named when a value cannot be decrypted, leaving its batch untouched', async () => {
    await seed();
    await t.db.query(`UPDATE scratch_car SET plate = $1 WHERE id = 3`, [withA.encrypt('elsewhere.plate', '京A00002')]);
    await expect(rotateKeys(t.db, withAB, { columns: [plates], batchSize: 10 })).rejects.toThrow(
      /^cannot re-encrypt scratch_car\.plate of row 3: ciphertext does not authenticate under key "a"/,
    );
    const now = await values();
    expect(now.plates.filter((v) => v.startsWith('v1:b:'))).toHaveLength(0);

    await t.db.query(`UPDATE scratch_car SET plate = '京A00002' WHERE id = 3`);
    await expect(rotateKeys(t.db, withAB, { columns: [plates], batchSize: 10 })).rejects.toThrow(
      'cannot re-encrypt scratch_car.plate of row 3: not a v1 personal data ciphertext',
    );
  });

  it('refuses a registry entry that is not a plain identifier, or a table without id', async () => {
    await expect(rotateKeys(t.db, withAB, { columns: [{ table: 'x; DROP TABLE y', column: 'c', context: 'x.c' }] })).rejects.toThrow(
      'encrypted column x; DROP TABLE y.c: table and column must be lower-case SQL identifiers',
    );
    await t.db.query(`CREATE TABLE scratch_no_id (key text PRIMARY KEY, secret text)`);
    await expect(rotateKeys(t.db, withAB, { columns: [{ table: 'scratch_no_id', column: 'secret', context: 'c' }] })).rejects.toThrow(
      'encrypted column scratch_no_id: the table has no "id" column to walk',
    );
  });

  it('the registry of encrypted columns is well-formed', () => {
    expect(() => checkEncryptedColumns(ENCRYPTED_COLUMNS)).not.toThrow();
    expect(() => checkEncryptedColumns([phones, phones])).toThrow('encrypted column scratch_resident.phone is listed twice');
    expect(() => checkEncryptedColumns([{ ...phones, context: '' }])).toThrow('the context is empty');
  });

  it('reads only a rotation progress back from a job', () => {
    expect(readRotationProgress(undefined)).toBeUndefined();
    expect(readRotationProgress(42)).toBeUndefined();
    expect(readRotationProgress({ keyId: 'b', columns: [null], cursor: null })).toBeUndefined();
    expect(readRotationProgress({ keyId: 'b', columns: [], cursor: null })).toEqual({ keyId: 'b', columns: [], cursor: null });
  });
});

/** Waits until some session of the test database waits on a row lock. */
async function waitUntilBlocked(t: TestDatabase): Promise<void> {
  const deadline = Date.now() + 10000;
  while (Date.now() < deadline) {
    const [row] = (await t.db.query(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    )) as { waiting: number }[];
    if (row!.waiting > 0) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the rotation never waited on the locked row');
}
