import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { WORLD, fixtureId, insertWorld } from '../../../test/fixtures';
import { startTestApi, type TestApi } from '../../test/api';
import { createTestSession, type TestAccount } from '../../test/sessions';
import { ClosureStatus } from '../compounds/compound.enums';
import { GateDeviceKind } from '../gates/gate-device.enums';
import type { GateDeviceService } from '../gates/gate-device.service';
import { DEFAULT_RATE_LIMITS } from '../http/rate-limit';
import { parseConfig } from '../config';
import { createServices } from '../services';
import { getSchema } from '../graphql/schema';
import type { Viewer } from './auth.service';
import { decide } from './authorization';
import { POLICY, accessFor, type OperationType } from './policy';
import { Role, SECOND_FACTOR_REQUIRED, USER_ROLES } from './roles';

const schema = getSchema();
const OPERATIONS: { type: OperationType; name: string; field: GraphQLField<unknown, unknown> }[] = (['Query', 'Mutation'] as const).flatMap(
  (type) =>
    Object.values((type === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields()).map((field) => ({
      type,
      name: field.name,
      field,
    })),
);

function viewer(role: Role, patch: Partial<Viewer> = {}): Viewer {
  return {
    userId: '00000000-0000-4000-8000-000000000001',
    sessionId: '00000000-0000-4000-8000-000000000002',
    username: 'someone',
    displayName: 'someone',
    role,
    scope: { level: 'all' },
    secondFactor: true,
    hasTotp: true,
    passwordExpired: false,
    ...patch,
  };
}

describe('the policy table', () => {
  it('has an entry for every operation in the schema, and none for operations that do not exist', () => {
    const missing = OPERATIONS.filter((op) => accessFor(op.type, op.name) === undefined).map((op) => `${op.type}.${op.name}`);
    expect(missing).toEqual([]);
    const known = new Set(OPERATIONS.map((op) => `${op.type}.${op.name}`));
    const stale = (['Query', 'Mutation'] as const)
      .flatMap((type) => Object.keys(POLICY[type]).map((name) => `${type}.${name}`))
      .filter((key) => !known.has(key));
    expect(stale).toEqual([]);
  });

  // Subscriptions run over graphql-ws (api/src/graphql/subscriptions.ts), which applies the same table.
  it('has an entry for every subscription, and none for subscriptions that do not exist, decided as the table says', () => {
    const fields = Object.keys(schema.getSubscriptionType()?.getFields() ?? {});
    expect(fields.filter((name) => accessFor('Subscription', name) === undefined)).toEqual([]);
    expect(Object.keys(POLICY.Subscription).filter((name) => !fields.includes(name))).toEqual([]);
    for (const name of fields) {
      const access = accessFor('Subscription', name)!;
      for (const role of Object.values(Role)) {
        const allowed = access === 'PUBLIC' || (access === 'SESSION' ? role !== Role.DEVICE : access.includes(role));
        expect([name, role, decide(access, viewer(role), name)?.extensions.code ?? null]).toEqual([
          name,
          role,
          allowed ? null : 'FORBIDDEN',
        ]);
      }
      expect(decide(access, null, name)?.extensions.code).toBe(access === 'PUBLIC' ? undefined : 'UNAUTHENTICATED');
    }
  });

  // Every operation x every role (+ no session), against what the table says.
  const ROLES = Object.values(Role);
  const CASES = OPERATIONS.flatMap((op) => [...ROLES.map((role) => ({ op, role })), { op, role: null }]);
  it(`decides all ${CASES.length} operation x role cases as the table says`, () => {
    const wrong: string[] = [];
    for (const { op, role } of CASES) {
      const access = accessFor(op.type, op.name)!;
      const error = decide(access, role ? viewer(role) : null, op.name);
      const allowed = access === 'PUBLIC' || (role !== null && (access === 'SESSION' ? role !== Role.DEVICE : access.includes(role)));
      const expected = allowed ? null : role === null ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      const got = error ? String(error.extensions.code) : null;
      if (got !== expected) wrong.push(`${op.type}.${op.name} as ${role ?? 'anonymous'}: ${got} (expected ${expected})`);
    }
    expect(wrong).toEqual([]);
  });

  it('holds roles that need a second factor to enrolment until they pass it', () => {
    for (const role of SECOND_FACTOR_REQUIRED) {
      expect(decide(POLICY.Query.districts, viewer(role, { secondFactor: false, hasTotp: false }), 'districts')?.extensions.code).toBe(
        role === Role.AUDITOR ? 'SECOND_FACTOR_ENROLMENT_REQUIRED' : 'SECOND_FACTOR_ENROLMENT_REQUIRED',
      );
      expect(
        decide(POLICY.Mutation.startTotpEnrolment, viewer(role, { secondFactor: false, hasTotp: false }), 'startTotpEnrolment'),
      ).toBeNull();
    }
    expect(
      decide(POLICY.Query.compounds, viewer(Role.COMMUNITY_OPERATOR, { secondFactor: false, hasTotp: false }), 'compounds'),
    ).toBeNull();
  });
});

/**
 * Through HTTP: every operation of the schema (arguments filled with valid nonsense) for every
 * role, a gate device and no session; every argument-free query with real answers; every by-id
 * lookup with an id in and out of the caller's scope.
 */
describe('access through the API', () => {
  let t: TestDatabase;
  let api: TestApi;
  const tokens = new Map<Role, string>();

  // Accounts bound to D1 / S1 / C1; the "other" rows are in D1/S2/C3 and D2.
  const ACCOUNTS: Record<Exclude<Role, Role.DEVICE>, TestAccount> = {
    [Role.DISTRICT_OFFICIAL]: { role: Role.DISTRICT_OFFICIAL, districtId: WORLD.d1 },
    [Role.HOTLINE_AGENT]: { role: Role.HOTLINE_AGENT, districtId: WORLD.d1 },
    [Role.STREET_OFFICER]: { role: Role.STREET_OFFICER, districtId: WORLD.d1, streetId: WORLD.s1 },
    [Role.COMMUNITY_OPERATOR]: {
      role: Role.COMMUNITY_OPERATOR,
      districtId: WORLD.d1,
      streetId: WORLD.s1,
      communityId: WORLD.c1,
      secondFactor: false,
    },
    [Role.VOLUNTEER_COORDINATOR]: {
      role: Role.VOLUNTEER_COORDINATOR,
      districtId: WORLD.d1,
      streetId: WORLD.s1,
      communityId: WORLD.c1,
      secondFactor: false,
    },
    [Role.AUDITOR]: { role: Role.AUDITOR },
    [Role.ADMIN]: { role: Role.ADMIN },
  };

  beforeAll(async () => {
    t = await createTestDatabase();
    const compound = (key: string, community: 'c1' | 'c2' | 'c3' | 'c4') => ({
      key,
      community,
      name: `${key}院`,
      yearBuilt: 1985,
      households: 50,
      floorArea: 3000,
      isOld: true,
      status: ClosureStatus.OPEN,
    });
    await insertWorld(t.db, [
      { ...compound('own', 'c1'), gates: 1 },
      compound('sameStreet', 'c2'),
      compound('otherStreet', 'c3'),
      compound('otherDistrict', 'c4'),
    ]);
    // Hundreds of requests from one address: the limits have their own tests.
    api = await startTestApi(t.db, t.url, { rateLimit: { ...DEFAULT_RATE_LIMITS, ipPerMinute: 100_000, loginAttemptsPer15Min: 10_000 } });
    for (const [role, account] of Object.entries(ACCOUNTS)) tokens.set(role as Role, (await createTestSession(t.db, account)).token);
  });
  afterAll(async () => {
    await api.close();
    await t.drop();
  });

  /** A valid literal for a required argument: the value is nonsense, the document validates. */
  function literal(type: GraphQLInputType): string {
    if (isNonNullType(type)) return literal(type.ofType);
    if (isListType(type)) return `[${literal(type.ofType)}]`;
    if (isEnumType(type)) return type.getValues()[0]!.name;
    if (isInputObjectType(type)) {
      const required = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
      return `{ ${required.map((f) => `${f.name}: ${literal(f.type)}`).join(', ')} }`;
    }
    switch (type.name) {
      case 'ID':
        return '"00000000-0000-4000-8000-000000000000"';
      case 'Int':
      case 'Float':
        return '1';
      case 'Boolean':
        return 'false';
      case 'DateTimeISO':
        return '"2026-01-01T00:00:00.000Z"';
      default:
        return '"x"';
    }
  }

  function documentFor(op: (typeof OPERATIONS)[number]): string {
    const args = op.field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
    const argText = args.length ? `(${args.map((a) => `${a.name}: ${literal(a.type)}`).join(', ')})` : '';
    const selection = isLeafType(getNamedType(op.field.type)) ? '' : ' { __typename }';
    return `${op.type === 'Query' ? 'query' : 'mutation'} { ${op.name}${argText}${selection} }`;
  }

  const REFUSALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'SECOND_FACTOR_ENROLMENT_REQUIRED', 'PASSWORD_EXPIRED']);

  describe(`all ${OPERATIONS.length * (Object.values(Role).length + 1)} operation x caller cases over HTTP (every role, a gate device, anonymous)`, () => {
    let gateDevices: GateDeviceService;
    let adminViewer: Viewer;
    let devicesMade = 0;
    beforeAll(async () => {
      const admin = await createTestSession(t.db, { role: Role.ADMIN });
      gateDevices = createServices(t.db, parseConfig({ NODE_ENV: 'test' })).gates.devices;
      adminViewer = {
        userId: admin.userId,
        sessionId: admin.sessionId,
        username: admin.username,
        displayName: 'a',
        role: Role.ADMIN,
        scope: { level: 'all' },
        secondFactor: true,
        hasTotp: true,
        passwordExpired: false,
      };
    });

    /** A fresh caller per case: an allowed mutation (logout, say) may end its own session. */
    async function tokenFor(role: Role | null): Promise<string | null> {
      if (role === null) return null;
      if (role !== Role.DEVICE) return (await createTestSession(t.db, ACCOUNTS[role])).token;
      devicesMade += 1;
      const created = await gateDevices.create(
        {
          gateId: fixtureId('own:gate:0'),
          kind: GateDeviceKind.FACE_DOOR,
          vendor: 'matrix',
          serial: `SN-${devicesMade}`,
          firmware: 'V1',
          installedOn: '2025-06-01',
        },
        adminViewer,
        { requestId: 'matrix', ip: null },
      );
      return created.key;
    }

    it.each(OPERATIONS.map((op) => [`${op.type}.${op.name}`, op] as const))(
      '%s is refused exactly where the policy says',
      async (_, op) => {
        const document = documentFor(op);
        const access = accessFor(op.type, op.name)!;
        const wrong: string[] = [];
        for (const role of [...Object.values(Role), null]) {
          const res = await api.gqlAs(await tokenFor(role), document);
          const code = res.errors?.[0]?.extensions?.code as string | undefined;
          const allowed = access === 'PUBLIC' || (role !== null && (access === 'SESSION' ? role !== Role.DEVICE : access.includes(role)));
          const expected = role === null ? 'UNAUTHENTICATED' : 'FORBIDDEN';
          const ok = code === 'GRAPHQL_VALIDATION_FAILED' ? false : allowed ? !REFUSALS.has(code ?? '') : code === expected;
          if (!ok)
            wrong.push(`${document} as ${role ?? 'anonymous'}: ${code ?? 'no error'} (${allowed ? 'allowed' : `expected ${expected}`})`);
        }
        expect(wrong).toEqual([]);
      },
    );
  });

  const ARGLESS = OPERATIONS.filter(
    (op) => op.type === 'Query' && op.field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined),
  );
  const SELECTION: Record<string, string> = {
    me: '{ username }',
    districts: '{ id }',
    streets: '{ id }',
    communities: '{ totalCount }',
    compounds: '{ totalCount }',
    residents: '{ totalCount }',
    users: '{ id }',
    deviceKeys: '{ id }',
    auditLog: '{ totalCount }',
    auditVerification: '{ ok }',
    renovationProjects: '{ totalCount }',
    alerts: '{ totalCount }',
    closureCandidates: '{ totalCount }',
    qualificationRuleSets: '{ id }',
    ledgerTemplate: '{ filename }',
    hotlineTemplates: '{ id }',
    hotlineCalls: '{ id }',
    hotlineTickets: '{ totalCount }',
    hotlineTimeLimits: '{ category }',
  };

  it('runs each argument-free query for each role and anonymously exactly as the policy says', async () => {
    const wrong: string[] = [];
    let cases = 0;
    for (const op of ARGLESS) {
      const selection = SELECTION[op.name];
      if (selection === undefined) {
        wrong.push(`no test selection for Query.${op.name}: add it to SELECTION`);
        continue;
      }
      for (const role of [...USER_ROLES, null]) {
        cases += 1;
        const res = await api.gqlAs(role ? tokens.get(role)! : null, `{ ${op.name} ${selection} }`);
        const access = accessFor('Query', op.name)!;
        const allowed = access === 'PUBLIC' || (role !== null && (access === 'SESSION' || access.includes(role)));
        const code = res.errors?.[0]?.extensions?.code ?? null;
        const expected = allowed ? null : role === null ? 'UNAUTHENTICATED' : 'FORBIDDEN';
        if (code !== expected) wrong.push(`${op.name} as ${role ?? 'anonymous'}: ${String(code)} (expected ${expected})`);
      }
    }
    expect(wrong).toEqual([]);
    expect(cases).toBe(ARGLESS.length * (USER_ROLES.length + 1));
  });

  // The classic IDOR path: a valid id from another place reads as missing.
  const LOOKUPS = [
    {
      query: 'compound',
      own: () => fixtureId('own'),
      other: { street: () => fixtureId('otherStreet'), district: () => fixtureId('otherDistrict') },
    },
    { query: 'community', own: () => WORLD.c1, other: { street: () => WORLD.c3, district: () => WORLD.c4 } },
    { query: 'street', own: () => WORLD.s1, other: { street: () => WORLD.s2, district: () => WORLD.s3 } },
    { query: 'district', own: () => WORLD.d1, other: { street: () => WORLD.d2, district: () => WORLD.d2 } },
  ];

  it.each([Role.DISTRICT_OFFICIAL, Role.HOTLINE_AGENT, Role.STREET_OFFICER, Role.COMMUNITY_OPERATOR, Role.VOLUNTEER_COORDINATOR])(
    'as %s, an id outside the scope is NOT_FOUND like a missing one, an id inside is found',
    async (role) => {
      const token = tokens.get(role)!;
      for (const lookup of LOOKUPS) {
        const own = await api.gqlAs(token, `query($id: ID!) { ${lookup.query}(id: $id) { id } }`, { id: lookup.own() });
        expect(own.errors).toBeUndefined();
        const district = await api.gqlAs(token, `query($id: ID!) { ${lookup.query}(id: $id) { id } }`, { id: lookup.other.district() });
        expect(district.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        const street = await api.gqlAs(token, `query($id: ID!) { ${lookup.query}(id: $id) { id } }`, { id: lookup.other.street() });
        const districtWide = role === Role.DISTRICT_OFFICIAL || role === Role.HOTLINE_AGENT;
        // A sibling street (or its community and compounds) is inside a district-wide scope only.
        if (lookup.query === 'district') expect(street.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        else expect(street.errors?.[0]?.extensions?.code ?? null).toBe(districtWide ? null : 'NOT_FOUND');
      }
    },
  );

  it('cuts lists, nested lists and aggregates to the scope', async () => {
    const asStreet = await api.gqlAs<{
      compounds: { totalCount: number };
      districts: { id: string; stats: { compounds: number }; streets: { id: string }[] }[];
    }>(tokens.get(Role.STREET_OFFICER)!, `{ compounds(first: 10) { totalCount } districts { id stats { compounds } streets { id } } }`);
    expect(asStreet.data?.compounds.totalCount).toBe(2);
    expect(asStreet.data?.districts).toEqual([{ id: WORLD.d1, stats: { compounds: 2 }, streets: [{ id: WORLD.s1 }] }]);

    const asCommunity = await api.gqlAs<{ compounds: { totalCount: number }; communities: { totalCount: number } }>(
      tokens.get(Role.COMMUNITY_OPERATOR)!,
      `{ compounds(first: 10) { totalCount } communities(first: 10) { totalCount } }`,
    );
    expect(asCommunity.data).toEqual({ compounds: { totalCount: 1 }, communities: { totalCount: 1 } });

    const asDistrict = await api.gqlAs<{ compounds: { totalCount: number } }>(
      tokens.get(Role.DISTRICT_OFFICIAL)!,
      `{ compounds(first: 10) { totalCount } }`,
    );
    expect(asDistrict.data?.compounds.totalCount).toBe(3);
  });

  it('audits a refused operation of a signed-in caller', async () => {
    await api.gqlAs(tokens.get(Role.HOTLINE_AGENT)!, `{ users { id } }`);
    const [row] = (await t.db.query(
      `SELECT actor_role, target_id, reason FROM audit_log WHERE action = 'authz.denied' ORDER BY seq DESC LIMIT 1`,
    )) as {
      actor_role: string;
      target_id: string;
      reason: string;
    }[];
    expect(row).toEqual({ actor_role: 'HOTLINE_AGENT', target_id: 'users', reason: 'FORBIDDEN' });
  });
});
