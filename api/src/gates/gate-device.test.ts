import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { startTestApi, type TestApi } from '../../test/api';
import { GATES, insertGateWorld, passEvent, postBatch, registerDevice } from '../../test/gates';
import { isDeviceOnline } from './device-health';

describe('isDeviceOnline', () => {
  const now = new Date('2026-05-01T08:00:00Z');
  const seen = (at: string, heartbeatIntervalSeconds: number) => ({ status: 'ACTIVE', lastSeenAt: new Date(at), heartbeatIntervalSeconds });
  it('is online within three heartbeat intervals and offline after, when never seen, or once retired', () => {
    expect(isDeviceOnline(seen('2026-05-01T07:57:00Z', 60), now)).toBe(true);
    expect(isDeviceOnline(seen('2026-05-01T07:56:59Z', 60), now)).toBe(false);
    expect(isDeviceOnline(seen('2026-05-01T07:30:00Z', 600), now)).toBe(true);
    expect(isDeviceOnline({ status: 'ACTIVE', lastSeenAt: null, heartbeatIntervalSeconds: 60 }, now)).toBe(false);
    expect(isDeviceOnline({ ...seen('2026-05-01T07:59:59Z', 60), status: 'RETIRED' }, now)).toBe(false);
  });
});

describe('gate device registry', () => {
  let t: TestDatabase;
  let api: TestApi;

  beforeAll(async () => {
    t = await createTestDatabase();
    await insertGateWorld(t.db);
    api = await startTestApi(t.db, t.url);
  });
  afterAll(async () => {
    await api.close();
    await t.drop();
  });

  const LIST = `query($g: ID!) { gateDevices(gateId: $g) { id kind vendor serial firmware installedOn status heartbeatIntervalSeconds online lastSeenAt silentSince } }`;

  it("registers a device with its first key, lists it per gate, and copies the gate's place", async () => {
    const { deviceId, key } = await registerDevice(api, GATES.east0, 'SN-REG-1');
    expect(key).toMatch(/^anju_d_/);
    const listed = await api.gql<{ gateDevices: Record<string, unknown>[] }>(LIST, { g: GATES.east0 });
    expect(listed.data?.gateDevices).toEqual([
      {
        id: deviceId,
        kind: 'FACE_DOOR',
        vendor: '海康威视',
        serial: 'SN-REG-1',
        firmware: 'V5.6.0',
        installedOn: '2025-06-01',
        status: 'ACTIVE',
        heartbeatIntervalSeconds: 60,
        online: false,
        lastSeenAt: null,
        silentSince: null,
      },
    ]);
    const [row] = (await t.db.query(
      `SELECT d.compound_id = g.compound_id AND d.street_id = g.street_id AND d.district_id = g.district_id AND d.community_id = c.community_id AS same
       FROM gate_device d JOIN gate g ON g.id = d.gate_id JOIN compound c ON c.id = g.compound_id WHERE d.id = $1`,
      [deviceId],
    )) as [{ same: boolean }];
    expect(row.same).toBe(true);
    const keys = (await t.db.query(`SELECT device_id FROM device_key WHERE device_id = $1`, [deviceId])) as unknown[];
    expect(keys).toHaveLength(1);
    const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'gate_device.create' AND target_id = $1`, [
      deviceId,
    ])) as [{ n: number }];
    expect(n).toBe(1);
  });

  it('refuses bad input with the field named, and a serial already registered for the vendor', async () => {
    const create = `mutation($input: CreateGateDeviceInput!) { createGateDevice(input: $input) { key } }`;
    const input = {
      gateId: GATES.east0,
      kind: 'CARD_READER',
      vendor: '大华',
      serial: 'SN-DUP',
      firmware: '1.0',
      installedOn: '2025-01-01',
    };
    expect((await api.gql(create, { input })).errors).toBeUndefined();
    const cases: [Record<string, unknown>, string, string][] = [
      [input, 'BAD_USER_INPUT', 'serial'],
      [{ ...input, serial: 'SN-X', installedOn: '2025-02-30' }, 'BAD_USER_INPUT', 'installedOn'],
      [{ ...input, serial: 'SN-X', vendor: ' ' }, 'BAD_USER_INPUT', 'vendor'],
      [{ ...input, serial: 'SN-X', heartbeatIntervalSeconds: 1 }, 'BAD_USER_INPUT', 'heartbeatIntervalSeconds'],
      [{ ...input, serial: 'SN-X', gateId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', ''],
    ];
    for (const [variables, code, field] of cases) {
      const error = (await api.gql(create, { input: variables })).errors?.[0]?.extensions;
      expect(error).toMatchObject({ code, ...(field ? { field } : {}) });
    }
    expect((await t.db.query(`SELECT 1 FROM gate_device WHERE serial = 'SN-X'`)) as unknown[]).toHaveLength(0);
  });

  it('updates a device, rotates its key (the old one stops at once), and retires it', async () => {
    const { deviceId, key } = await registerDevice(api, GATES.east1, 'SN-ROT');
    const updated = await api.gql<{ updateGateDevice: Record<string, unknown> }>(
      `mutation($id: ID!, $input: UpdateGateDeviceInput!) { updateGateDevice(id: $id, input: $input) { firmware status heartbeatIntervalSeconds } }`,
      { id: deviceId, input: { firmware: 'V5.7.1', status: 'MAINTENANCE', heartbeatIntervalSeconds: 120 } },
    );
    expect(updated.data?.updateGateDevice).toEqual({ firmware: 'V5.7.1', status: 'MAINTENANCE', heartbeatIntervalSeconds: 120 });

    const rotated = await api.gql<{ rotateGateDeviceKey: { key: string; deviceKey: { deviceId: string } } }>(
      `mutation($id: ID!) { rotateGateDeviceKey(id: $id) { key deviceKey { deviceId } } }`,
      { id: deviceId },
    );
    const newKey = rotated.data!.rotateGateDeviceKey.key;
    expect(rotated.data!.rotateGateDeviceKey.deviceKey.deviceId).toBe(deviceId);
    expect((await postBatch(api.url, key, JSON.stringify([passEvent('rot-1', 1)]))).status).toBe(401);
    expect((await postBatch(api.url, newKey, JSON.stringify([passEvent('rot-1', 1)]))).body.accepted).toBe(1);

    const listed = await api.gql<{ gateDevices: { id: string; online: boolean; lastSeenAt: string | null }[] }>(LIST, { g: GATES.east1 });
    expect(listed.data?.gateDevices.find((d) => d.id === deviceId)).toMatchObject({ online: true });

    const retired = await api.gql<{ retireGateDevice: { status: string } }>(`mutation($id: ID!) { retireGateDevice(id: $id) { status } }`, {
      id: deviceId,
    });
    expect(retired.data?.retireGateDevice.status).toBe('RETIRED');
    expect((await postBatch(api.url, newKey, JSON.stringify([passEvent('rot-2', 1)]))).status).toBe(401);
    const again = await api.gql(`mutation($id: ID!) { rotateGateDeviceKey(id: $id) { key } }`, { id: deviceId });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const revocations = (await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'device_key.revoke'`)) as [
      { n: number },
    ];
    expect(revocations[0].n).toBe(2);
  });

  it('announces a silent device offline once, with the same rule as isDeviceOnline', async () => {
    const { deviceId, key } = await registerDevice(api, GATES.south0, 'SN-SWEEP');
    await postBatch(api.url, key, JSON.stringify([{ eventId: 'hb-1', at: new Date().toISOString(), kind: 'HEARTBEAT' }]));
    const listener = new Client({ connectionString: t.url });
    await listener.connect();
    const messages: Record<string, unknown>[] = [];
    listener.on('notification', (n) => messages.push(JSON.parse(n.payload ?? '{}') as Record<string, unknown>));
    await listener.query('LISTEN gate_device_status');
    try {
      const sweep = () => api.api.contextFor().services.gates.devices.sweepOffline();
      await sweep();
      expect(messages.filter((m) => m.deviceId === deviceId)).toEqual([]);
      // Silent for 181 s with a 60 s heartbeat: past three intervals.
      await t.db.query(`UPDATE gate_device SET last_seen_at = now() - interval '181 seconds' WHERE id = $1`, [deviceId]);
      expect((await sweep()).offline).toBeGreaterThanOrEqual(1);
      expect((await sweep()).offline).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const mine = messages.filter((m) => m.deviceId === deviceId);
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ online: false, gateId: GATES.south0, status: 'ACTIVE' });
      const listed = await api.gql<{ gateDevices: { id: string; online: boolean; silentSince: string | null; lastSeenAt: string }[] }>(
        LIST,
        {
          g: GATES.south0,
        },
      );
      const device = listed.data!.gateDevices.find((d) => d.id === deviceId)!;
      expect(device.online).toBe(false);
      expect(device.silentSince).toBe(device.lastSeenAt);
    } finally {
      await listener.end();
    }
  });
});
