import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { fixtureId, insertWorld } from '../../../test/fixtures';
import { startTestApi, type TestApi } from '../../test/api';
import { ClosureStatus } from '../compounds/compound.enums';

const CREATE = `mutation($gateId: ID!, $name: String!) { createDeviceKey(gateId: $gateId, name: $name) { key deviceKey { id keyPrefix gateId } } }`;

describe('gate device keys', () => {
  let t: TestDatabase;
  let api: TestApi;
  const gateId = fixtureId('door:gate:0');

  beforeAll(async () => {
    t = await createTestDatabase();
    await insertWorld(t.db, [
      {
        key: 'door',
        community: 'c1',
        name: '门院',
        yearBuilt: 1985,
        households: 50,
        floorArea: 3000,
        isOld: true,
        status: ClosureStatus.CLOSED,
        gates: 1,
      },
    ]);
    api = await startTestApi(t.db, t.url);
  });
  afterAll(async () => {
    await api.close();
    await t.drop();
  });

  it('creates a key for one gate, shows it once, keeps only its hash, and audits it', async () => {
    const res = await api.gql<{ createDeviceKey: { key: string; deviceKey: { id: string; keyPrefix: string; gateId: string } } }>(CREATE, {
      gateId,
      name: '东门人脸门禁',
    });
    const { key, deviceKey } = res.data!.createDeviceKey;
    expect(key).toMatch(/^anju_d_[\w-]{43}$/);
    expect(deviceKey).toMatchObject({ gateId, keyPrefix: key.slice(0, 11) });
    const [row] = (await t.db.query(`SELECT encode(key_hash, 'hex') AS hash FROM device_key WHERE id = $1`, [deviceKey.id])) as {
      hash: string;
    }[];
    expect(row!.hash).toHaveLength(64);
    expect(JSON.stringify(row)).not.toContain(key);
    const listed = await api.gql<{ deviceKeys: { id: string }[] }>(`query($g: ID) { deviceKeys(gateId: $g) { id } }`, { g: gateId });
    expect(listed.data?.deviceKeys).toEqual([{ id: deviceKey.id }]);
    const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'device_key.create' AND target_id = $1`, [
      deviceKey.id,
    ])) as [{ n: number }];
    expect(n).toBe(1);
  });

  it('lets a device read nothing (no places, no account operations), and stops a revoked key at once', async () => {
    const { key, deviceKey } = (
      await api.gql<{ createDeviceKey: { key: string; deviceKey: { id: string } } }>(CREATE, { gateId, name: '西门' })
    ).data!.createDeviceKey;
    expect((await api.gqlAs(key, `{ districts { id } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gqlAs(key, `mutation { logout }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gqlAs(key, `{ me { id } }`)).data).toEqual({ me: null });

    await api.gql(`mutation($id: ID!) { revokeDeviceKey(id: $id) { revokedAt } }`, { id: deviceKey.id });
    expect((await api.gqlAs(key, `{ districts { id } }`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a missing gate and an empty name', async () => {
    expect((await api.gql(CREATE, { gateId: fixtureId('nowhere'), name: 'x' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await api.gql(CREATE, { gateId, name: '  ' })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
    });
  });
});
