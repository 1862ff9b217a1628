import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { WORLD, fixtureId, insertWorld } from '../../../test/fixtures';
import { startTestApi, type TestApi } from '../../test/api';
import { createTestSession } from '../../test/sessions';
import { Role } from '../auth/roles';
import { ClosureStatus } from '../compounds/compound.enums';
import { DEFAULT_RATE_LIMITS } from '../http/rate-limit';

/** 2026-03-02 00:00 in Beijing: day buckets start here. */
const BASE = new Date('2026-03-01T16:00:00.000Z');
const hour = (n: number) => new Date(BASE.getTime() + n * 3_600_000).toISOString();

const GATES = {
  own0: fixtureId('own:gate:0'),
  own1: fixtureId('own:gate:1'),
  same0: fixtureId('sameStreet:gate:0'),
  other0: fixtureId('otherStreet:gate:0'),
  far0: fixtureId('otherDistrict:gate:0'),
};
/** Each gate's place: compound, community, street, district. */
const PLACE: Record<keyof typeof GATES, [string, string, string, string]> = {
  own0: [fixtureId('own'), WORLD.c1, WORLD.s1, WORLD.d1],
  own1: [fixtureId('own'), WORLD.c1, WORLD.s1, WORLD.d1],
  same0: [fixtureId('sameStreet'), WORLD.c2, WORLD.s1, WORLD.d1],
  other0: [fixtureId('otherStreet'), WORLD.c3, WORLD.s2, WORLD.d1],
  far0: [fixtureId('otherDistrict'), WORLD.c4, WORLD.s3, WORLD.d2],
};

const OPERATIONS = `query ($place: GatePlaceInput!, $from: DateTimeISO, $to: DateTimeISO, $bucket: GateBucket) {
  gateOperations(place: $place, from: $from, to: $to, bucket: $bucket) {
    level placeId name from to bucket
    path { level id name }
    totals { face card qr pin volunteer passes faceShare denials temperatureReadings fever }
    series { at passes face denials fever }
    children { level id name passes face denials fever devices devicesOffline }
    deviceSummary { total online offline maintenance }
    devices { id gateId gateName compoundName kind status online lastSeenAt silentSince }
  }
}`;

interface Traffic {
  face: number;
  card: number;
  qr: number;
  pin: number;
  volunteer: number;
  passes: number;
  faceShare: number | null;
  denials: number;
  temperatureReadings: number;
  fever: number;
}
interface Operations {
  gateOperations: {
    level: string;
    placeId: string;
    name: string;
    from: string;
    to: string;
    bucket: string;
    path: { level: string; id: string; name: string }[];
    totals: Traffic;
    series: { at: string; passes: number; face: number; denials: number; fever: number }[];
    children: {
      level: string;
      id: string;
      name: string;
      passes: number;
      face: number;
      denials: number;
      fever: number;
      devices: number;
      devicesOffline: number;
    }[];
    deviceSummary: { total: number; online: number; offline: number; maintenance: number };
    devices: {
      id: string;
      gateId: string;
      gateName: string;
      compoundName: string;
      kind: string;
      status: string;
      online: boolean;
      lastSeenAt: string | null;
      silentSince: string | null;
    }[];
  };
}

interface LiveEvent {
  kind: string;
  gateId: string | null;
  compoundId: string | null;
  streetId: string | null;
  activity: { passes: number; face: number; denials: number; fever: number; plates: number } | null;
  device: { deviceId: string; online: boolean; status: string } | null;
}

const LIVE = `subscription ($place: GatePlaceInput!) {
  gateLive(place: $place) { kind gateId compoundId streetId activity { passes face denials fever plates } device { deviceId online status } }
}`;

describe('gate operations', () => {
  let t: TestDatabase;
  let api: TestApi;
  const tokens = new Map<Role, string>();
  const devices = { faceOnline: '', screenSilent: '', readerNever: '', retired: '', otherStreet: '' };
  const silentAt = new Date(Date.now() - 10 * 60_000);

  async function rollup(gate: keyof typeof GATES, at: string, kind: string, method: string, events: number, fever = 0) {
    const [compound, community, street, district] = PLACE[gate];
    await t.db.query(
      `INSERT INTO gate_hourly_rollup (gate_id, hour, kind, method, events, fever, compound_id, community_id, street_id, district_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [GATES[gate], at, kind, method, events, fever, compound, community, street, district],
    );
  }

  async function device(
    gate: keyof typeof GATES,
    kind: string,
    serial: string,
    lastSeenAt: Date | null,
    status = 'ACTIVE',
  ): Promise<string> {
    const [compound, community, street, district] = PLACE[gate];
    const id = fixtureId(`device:${serial}`);
    await t.db.query(
      `INSERT INTO gate_device (id, gate_id, compound_id, community_id, street_id, district_id, kind, vendor, serial, firmware,
                                installed_on, status, heartbeat_interval_seconds, last_seen_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, '海康', $8, '1.0.0', '2025-06-01', $9, 60, $10)`,
      [id, GATES[gate], compound, community, street, district, kind, serial, status, lastSeenAt],
    );
    return id;
  }

  beforeAll(async () => {
    t = await createTestDatabase();
    const compound = (key: string, community: 'c1' | 'c2' | 'c3' | 'c4', gates: number) => ({
      key,
      community,
      name: `${key}院`,
      yearBuilt: 1985,
      households: 50,
      floorArea: 3000,
      isOld: true,
      status: ClosureStatus.CLOSED,
      gates,
    });
    await insertWorld(t.db, [
      compound('own', 'c1', 2),
      compound('sameStreet', 'c2', 1),
      compound('otherStreet', 'c3', 1),
      compound('otherDistrict', 'c4', 1),
    ]);
    await rollup('own0', hour(1), 'PASS', 'FACE', 30);
    await rollup('own0', hour(1), 'PASS', 'CARD', 10);
    await rollup('own0', hour(1), 'DENIED', 'CARD', 2);
    await rollup('own0', hour(1), 'TEMPERATURE', '', 40, 1);
    await rollup('own1', hour(2), 'PASS', 'VOLUNTEER', 5);
    await rollup('own1', hour(2), 'PASS', 'QR', 5);
    await rollup('same0', hour(25), 'PASS', 'FACE', 20);
    await rollup('other0', hour(1), 'PASS', 'FACE', 100);
    await rollup('other0', hour(1), 'DENIED', 'FACE', 7);
    await rollup('far0', hour(1), 'PASS', 'CARD', 50);
    // Outside every queried range: must never count.
    await rollup('own0', hour(-1), 'PASS', 'FACE', 1000);

    devices.faceOnline = await device('own0', 'FACE_DOOR', 'F-1', new Date(Date.now() - 30_000));
    devices.screenSilent = await device('own0', 'TEMPERATURE_SCREEN', 'T-1', silentAt);
    devices.readerNever = await device('own1', 'CARD_READER', 'C-1', null);
    devices.retired = await device('own1', 'FACE_DOOR', 'F-old', null, 'RETIRED');
    devices.otherStreet = await device('other0', 'FACE_DOOR', 'F-2', new Date(Date.now() - 5_000));

    api = await startTestApi(t.db, t.url, { rateLimit: { ...DEFAULT_RATE_LIMITS, ipPerMinute: 100_000 } });
    tokens.set(Role.DISTRICT_OFFICIAL, (await createTestSession(t.db, { role: Role.DISTRICT_OFFICIAL, districtId: WORLD.d1 })).token);
    tokens.set(
      Role.STREET_OFFICER,
      (await createTestSession(t.db, { role: Role.STREET_OFFICER, districtId: WORLD.d1, streetId: WORLD.s1 })).token,
    );
    tokens.set(Role.HOTLINE_AGENT, (await createTestSession(t.db, { role: Role.HOTLINE_AGENT, districtId: WORLD.d1 })).token);
  });
  afterAll(async () => {
    await api.close();
    await t.drop();
  });

  const ops = (role: Role, variables: Record<string, unknown>) => api.gqlAs<Operations>(tokens.get(role)!, OPERATIONS, variables);
  const range = { from: hour(0), to: hour(48) };

  describe('gateOperations', () => {
    it('sums a district by method, with fever, denials and face share, hour by hour, and drills into its streets', async () => {
      const res = await ops(Role.DISTRICT_OFFICIAL, { place: { level: 'DISTRICT', id: WORLD.d1 }, ...range });
      expect(res.errors).toBeUndefined();
      const g = res.data!.gateOperations;
      expect(g.totals).toEqual({
        face: 150,
        card: 10,
        qr: 5,
        pin: 0,
        volunteer: 5,
        passes: 170,
        faceShare: 150 / 170,
        denials: 9,
        temperatureReadings: 40,
        fever: 1,
      });
      expect(g.series).toHaveLength(48);
      expect(g.series[0]).toEqual({ at: hour(0), passes: 0, face: 0, denials: 0, fever: 0 });
      expect(g.series[1]).toEqual({ at: hour(1), passes: 140, face: 130, denials: 9, fever: 1 });
      expect(g.series[25]).toEqual({ at: hour(25), passes: 20, face: 20, denials: 0, fever: 0 });
      expect(g.children.map((c) => [c.level, c.id, c.passes, c.devices, c.devicesOffline])).toEqual([
        ['STREET', WORLD.s2, 100, 1, 0],
        ['STREET', WORLD.s1, 70, 3, 2],
      ]);
      expect(g.path).toEqual([{ level: 'DISTRICT', id: WORLD.d1, name: '甲区' }]);
    });

    it('cuts a district to a street officer’s own street, and hides other streets’ places as missing', async () => {
      const res = await ops(Role.STREET_OFFICER, { place: { level: 'DISTRICT', id: WORLD.d1 }, ...range });
      expect(res.errors).toBeUndefined();
      const g = res.data!.gateOperations;
      expect(g.totals.passes).toBe(70);
      expect(g.totals.denials).toBe(2);
      expect(g.children.map((c) => c.id)).toEqual([WORLD.s1]);
      expect(g.devices.map((d) => d.id).sort()).toEqual([devices.faceOnline, devices.screenSilent, devices.readerNever].sort());

      for (const place of [
        { level: 'STREET', id: WORLD.s2 },
        { level: 'COMPOUND', id: fixtureId('otherStreet') },
        { level: 'GATE', id: GATES.other0 },
        { level: 'DISTRICT', id: WORLD.d2 },
        { level: 'GATE', id: 'not-an-id' },
      ]) {
        const refused = await ops(Role.STREET_OFFICER, { place, ...range });
        expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      }
    });

    it('drills from a street to its compounds, a compound to its gates, and a gate to nothing', async () => {
      const street = (await ops(Role.STREET_OFFICER, { place: { level: 'STREET', id: WORLD.s1 }, ...range })).data!.gateOperations;
      expect(street.children.map((c) => [c.level, c.id, c.passes])).toEqual([
        ['COMPOUND', fixtureId('own'), 50],
        ['COMPOUND', fixtureId('sameStreet'), 20],
      ]);
      const compound = (await ops(Role.STREET_OFFICER, { place: { level: 'COMPOUND', id: fixtureId('own') }, ...range })).data!
        .gateOperations;
      expect(compound.children.map((c) => [c.level, c.id, c.name, c.passes, c.devices, c.devicesOffline])).toEqual([
        ['GATE', GATES.own0, '东门', 40, 2, 1],
        ['GATE', GATES.own1, '西门', 10, 1, 1],
      ]);
      const gate = (await ops(Role.STREET_OFFICER, { place: { level: 'GATE', id: GATES.own1 }, ...range })).data!.gateOperations;
      expect(gate.children).toEqual([]);
      expect(gate.totals).toMatchObject({ passes: 10, volunteer: 5, qr: 5, faceShare: 0 });
      expect(gate.path.map((p) => p.level)).toEqual(['DISTRICT', 'STREET', 'COMPOUND', 'GATE']);
      expect(gate.name).toBe('西门');
    });

    it('buckets by Beijing day, aligning the range to Beijing midnights', async () => {
      const res = await ops(Role.STREET_OFFICER, {
        place: { level: 'STREET', id: WORLD.s1 },
        from: hour(0.5),
        to: hour(47),
        bucket: 'DAY',
      });
      const g = res.data!.gateOperations;
      expect([g.from, g.to]).toEqual([hour(0), hour(48)]);
      expect(g.series.map((b) => [b.at, b.passes])).toEqual([
        [hour(0), 50],
        [hour(24), 20],
      ]);
    });

    it('lists devices in service offline first, with when each went silent', async () => {
      const g = (await ops(Role.STREET_OFFICER, { place: { level: 'COMPOUND', id: fixtureId('own') }, ...range })).data!.gateOperations;
      expect(g.deviceSummary).toEqual({ total: 3, online: 1, offline: 2, maintenance: 0 });
      expect(g.devices.map((d) => [d.id, d.online])).toEqual([
        [devices.screenSilent, false],
        [devices.readerNever, false],
        [devices.faceOnline, true],
      ]);
      const silent = g.devices.find((d) => d.id === devices.screenSilent)!;
      expect(silent.silentSince).toBe(silentAt.toISOString());
      expect(g.devices.find((d) => d.id === devices.readerNever)!.silentSince).toBeNull();
      expect(g.devices.find((d) => d.id === devices.faceOnline)!.silentSince).toBeNull();
    });

    it('refuses a reversed or too long range with the field that is wrong', async () => {
      const reversed = await ops(Role.DISTRICT_OFFICIAL, { place: { level: 'DISTRICT', id: WORLD.d1 }, from: hour(10), to: hour(5) });
      expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
      const long = await ops(Role.DISTRICT_OFFICIAL, { place: { level: 'DISTRICT', id: WORLD.d1 }, from: hour(0), to: hour(24 * 40) });
      expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
      const days = await ops(Role.DISTRICT_OFFICIAL, {
        place: { level: 'DISTRICT', id: WORLD.d1 },
        from: hour(0),
        to: hour(24 * 40),
        bucket: 'DAY',
      });
      expect(days.errors).toBeUndefined();
      expect(days.data!.gateOperations.series).toHaveLength(40);
    });

    it('is for the offices only', async () => {
      const res = await ops(Role.HOTLINE_AGENT, { place: { level: 'DISTRICT', id: WORLD.d1 }, ...range });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('gateLive subscription', () => {
    const clients: Client[] = [];
    afterEach(async () => {
      await Promise.all(clients.splice(0).map((c) => c.dispose()));
    });

    function connect(token: string | null, headers: Record<string, string> = {}): Client {
      const url = api.url.replace(/^http/, 'ws') + '/graphql';
      const client = createClient({
        url,
        lazy: false,
        retryAttempts: 0,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        webSocketImpl: class extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            super(address, protocols, { headers });
          }
        },
        onNonLazyError: () => undefined,
      });
      clients.push(client);
      return client;
    }

    interface Feed {
      events: LiveEvent[];
      errors: unknown[];
      closed: Promise<void>;
    }

    function listen(client: Client, place: { level: string; id: string }, query = LIVE): Feed {
      const feed: Feed = { events: [], errors: [], closed: Promise.resolve() };
      feed.closed = new Promise((resolve) => {
        client.subscribe<{ gateLive: LiveEvent }>(
          { query, variables: { place } },
          {
            next: (value) => {
              if (value.errors) feed.errors.push(...value.errors);
              if (value.data) feed.events.push(value.data.gateLive);
            },
            error: (error) => {
              feed.errors.push(error);
              resolve();
            },
            complete: () => resolve(),
          },
        );
      });
      return feed;
    }

    async function until(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (!check()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    }

    function activity(gate: keyof typeof GATES, counts: Record<string, number>) {
      const [compoundId, , streetId, districtId] = PLACE[gate];
      return t.db.query(`SELECT pg_notify('gate_activity', $1)`, [
        JSON.stringify({ gateId: GATES[gate], compoundId, streetId, districtId, at: new Date().toISOString(), counts }),
      ]);
    }

    /** Notifies until every feed has seen one event: LISTEN and the subscriptions are then in place. */
    async function live(feeds: Feed[], gate: keyof typeof GATES): Promise<void> {
      const deadline = Date.now() + 5000;
      while (feeds.some((f) => f.events.length === 0)) {
        if (Date.now() > deadline) throw new Error(`no probe arrived: ${JSON.stringify(feeds.map((f) => f.errors))}`);
        await activity(gate, { HEARTBEAT: 1 });
        await new Promise((r) => setTimeout(r, 50));
      }
      await new Promise((r) => setTimeout(r, 100));
      for (const f of feeds) f.events.length = 0;
    }

    it('delivers activity and device changes, and a street officer never receives another street’s events', async () => {
      const street = listen(connect(tokens.get(Role.STREET_OFFICER)!), { level: 'DISTRICT', id: WORLD.d1 });
      const district = listen(connect(tokens.get(Role.DISTRICT_OFFICIAL)!), { level: 'DISTRICT', id: WORLD.d1 });
      const compound = listen(connect(tokens.get(Role.STREET_OFFICER)!), { level: 'COMPOUND', id: fixtureId('own') });
      await live([street, district, compound], 'own0');

      await activity('other0', { 'PASS:FACE': 3, 'DENIED:FACE': 1 });
      await activity('far0', { 'PASS:CARD': 9 });
      await activity('same0', { 'PASS:FACE': 2, 'PASS:CARD': 1, TEMPERATURE: 3, FEVER: 1, PLATE_IN: 2, PLATE_OUT: 1 });
      const [compoundId, , streetId, districtId] = PLACE.own1;
      await t.db.query(`SELECT pg_notify('gate_device_status', $1)`, [
        JSON.stringify({
          deviceId: devices.readerNever,
          gateId: GATES.own1,
          compoundId,
          streetId,
          districtId,
          online: true,
          status: 'ACTIVE',
          lastSeenAt: new Date().toISOString(),
        }),
      ]);

      await until(() => district.events.length >= 3 && street.events.length >= 2 && compound.events.length >= 1, 'the events');
      await new Promise((r) => setTimeout(r, 200));
      expect(street.events.map((e) => [e.kind, e.gateId])).toEqual([
        ['ACTIVITY', GATES.same0],
        ['DEVICE_STATUS', GATES.own1],
      ]);
      expect(street.events[0]!.activity).toEqual({ passes: 3, face: 2, denials: 0, fever: 1, plates: 3 });
      expect(street.events[1]!.device).toEqual({ deviceId: devices.readerNever, online: true, status: 'ACTIVE' });
      expect(district.events.map((e) => e.gateId)).toEqual([GATES.other0, GATES.same0, GATES.own1]);
      expect(compound.events.map((e) => e.gateId)).toEqual([GATES.own1]);
      for (const f of [street, district, compound]) expect(f.errors).toEqual([]);
    });

    it('refuses places outside the scope, roles without access, anonymous sockets, queries and oversized documents', async () => {
      const outside = listen(connect(tokens.get(Role.STREET_OFFICER)!), { level: 'STREET', id: WORLD.s2 });
      await outside.closed;
      expect(outside.errors).toMatchObject([{ extensions: { code: 'NOT_FOUND' } }]);

      const hotline = listen(connect(tokens.get(Role.HOTLINE_AGENT)!), { level: 'DISTRICT', id: WORLD.d1 });
      await hotline.closed;
      expect(hotline.errors).toMatchObject([[{ extensions: { code: 'FORBIDDEN' } }]]);

      const anonymous = listen(connect(null), { level: 'DISTRICT', id: WORLD.d1 });
      await anonymous.closed;
      expect(anonymous.errors).toMatchObject([{ code: 4403 }]);

      const query = listen(connect(tokens.get(Role.STREET_OFFICER)!), { level: 'DISTRICT', id: WORLD.d1 }, `{ me { username } }`);
      await query.closed;
      expect(query.errors).toMatchObject([[{ extensions: { code: 'BAD_REQUEST' } }]]);

      const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: kind`).join(' ');
      const greedy = listen(
        connect(tokens.get(Role.STREET_OFFICER)!),
        { level: 'DISTRICT', id: WORLD.d1 },
        `subscription ($place: GatePlaceInput!) { gateLive(place: $place) { ${aliases} } }`,
      );
      await greedy.closed;
      expect(greedy.errors).toMatchObject([[{ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'aliases' } }]]);
    });

    it('authenticates the dashboard’s session cookie too, and refuses a page from another origin', async () => {
      const cookie = listen(connect(null, { cookie: `anju_session=${tokens.get(Role.STREET_OFFICER)!}` }), {
        level: 'STREET',
        id: WORLD.s1,
      });
      await live([cookie], 'own0');
      expect(cookie.errors).toEqual([]);

      const foreign = listen(connect(tokens.get(Role.STREET_OFFICER)!, { origin: 'https://evil.example' }), {
        level: 'STREET',
        id: WORLD.s1,
      });
      await foreign.closed;
      expect(foreign.errors).toHaveLength(1);
      expect(foreign.events).toEqual([]);
    });

    it('closes open sockets when the API shuts down (1001: going away), so shutdown does not hang', async () => {
      const other = await startTestApi(t.db, t.url);
      const closedWith = new Promise<number>((resolve) => {
        const client = createClient({
          url: other.url.replace(/^http/, 'ws') + '/graphql',
          lazy: false,
          retryAttempts: 0,
          connectionParams: { authorization: `Bearer ${tokens.get(Role.DISTRICT_OFFICIAL)!}` },
          webSocketImpl: WebSocket,
          on: { closed: (event) => resolve((event as { code: number }).code) },
          onNonLazyError: () => undefined,
        });
        clients.push(client);
        client.subscribe(
          { query: LIVE, variables: { place: { level: 'DISTRICT', id: WORLD.d1 } } },
          { next: () => undefined, error: () => undefined, complete: () => undefined },
        );
      });
      await new Promise((r) => setTimeout(r, 300));
      await other.close();
      expect(await closedWith).toBe(1001);
    });

    it('reconnects its LISTEN connection after losing it and tells subscribers to resync', async () => {
      const feed = listen(connect(tokens.get(Role.DISTRICT_OFFICIAL)!), { level: 'DISTRICT', id: WORLD.d1 });
      await live([feed], 'own0');
      const [listening] = (await t.db.query(
        `SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'anju-gate-live'`,
      )) as { count: number }[];
      expect(listening?.count).toBe(1);
      await t.db.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'anju-gate-live'`,
      );
      await until(() => feed.events.some((e) => e.kind === 'RESYNC'), 'the resync event');
      await activity('other0', { 'PASS:FACE': 4 });
      await until(() => feed.events.some((e) => e.kind === 'ACTIVITY'), 'activity after reconnecting');
      expect(feed.events.find((e) => e.kind === 'ACTIVITY')).toMatchObject({ gateId: GATES.other0, activity: { passes: 4 } });
    });
  });
});
