import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { fixtureId, insertWorld } from '../../../test/fixtures';
import { startTestApi, type TestApi } from '../../test/api';
import { registerDevice } from '../../test/gates';
import { ClosureStatus } from '../compounds/compound.enums';

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

  it('issues a key only with a registered device, shows it once, keeps only its hash, lists it with its device, and audits it', async () => {
    const { deviceId, key } = await registerDevice(api, gateId, 'SN-KEY-1');
    expect(key).toMatch(/^anju_d_[\w-]{43}$/);
    const listed = await api.gql<{ deviceKeys: { id: string; deviceId: string; gateId: string; keyPrefix: string }[] }>(
      `query($g: ID) { deviceKeys(gateId: $g) { id deviceId gateId keyPrefix } }`,
      { g: gateId },
    );
    const [deviceKey] = listed.data!.deviceKeys;
    expect(listed.data!.deviceKeys).toHaveLength(1);
    expect(deviceKey).toMatchObject({ deviceId, gateId, keyPrefix: key.slice(0, 11) });
    const [row] = (await t.db.query(`SELECT encode(key_hash, 'hex') AS hash FROM device_key WHERE id = $1`, [deviceKey!.id])) as {
      hash: string;
    }[];
    expect(row!.hash).toHaveLength(64);
    expect(JSON.stringify(row)).not.toContain(key);
    const [{ n }] = (await t.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'device_key.create' AND target_id = $1 AND details->>'deviceId' = $2`,
      [deviceKey!.id, deviceId],
    )) as [{ n: number }];
    expect(n).toBe(1);
  });

  it('offers no way to make a key without a device', async () => {
    const res = await api.gql(`mutation { createDeviceKey(gateId: "${gateId}", name: "旧式密钥") { key } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('lets a device read nothing (no places, no account operations), and stops a revoked key at once', async () => {
    const { deviceId, key } = await registerDevice(api, gateId, 'SN-KEY-2');
    expect((await api.gqlAs(key, `{ districts { id } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gqlAs(key, `mutation { logout }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gqlAs(key, `{ me { id } }`)).data).toEqual({ me: null });

    const keys = await api.gql<{ deviceKeys: { id: string; deviceId: string }[] }>(
      `query($g: ID) { deviceKeys(gateId: $g) { id deviceId } }`,
      {
        g: gateId,
      },
    );
    const own = keys.data!.deviceKeys.find((k) => k.deviceId === deviceId)!;
    await api.gql(`mutation($id: ID!) { revokeDeviceKey(id: $id) { revokedAt } }`, { id: own.id });
    expect((await api.gqlAs(key, `{ districts { id } }`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses to revoke a key that does not exist', async () => {
    const res = await api.gql(`mutation($id: ID!) { revokeDeviceKey(id: $id) { id } }`, { id: fixtureId('nowhere') });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
