import pino from 'pino';
import { WORLD, insertWorld } from '../../../test/fixtures';
import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { startTestApi, type GraphQLResponse, type TestApi } from '../../test/api';
import { createAdminSession } from '../../test/sessions';
import { ClosureStatus } from '../compounds/compound.enums';
import { MAX_ALIASES, MAX_DEPTH, MAX_DIRECTIVES, MAX_TOKENS } from './armor';

interface Reply {
  status: number;
  headers: Headers;
  text: string;
  body: GraphQLResponse;
}

let adminToken: string;

/** POSTs as a signed-in ADMIN (limits apply before authorization, but real queries need a caller). */
async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<Reply> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}`, ...headers },
    body,
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: JSON.parse(text) as GraphQLResponse };
}

const query = (api: TestApi, source: string, variables?: Record<string, unknown>) =>
  post(api.url, JSON.stringify({ query: source, variables }));

/** `district { streets { district { streets … } } }`, `levels` fields deep. */
function nested(levels: number): string {
  let selection = 'id';
  for (let level = levels - 1; level >= 2; level--) selection = `${level % 2 === 0 ? 'streets' : 'district'} { ${selection} }`;
  return selection;
}

/**
 * Rejected before execution with QUERY_TOO_COMPLEX naming the limit (others may be exceeded too),
 * and no number that would reveal a limit.
 */
function expectRejected(reply: Reply, limit: string): void {
  expect(reply.status).toBe(400);
  expect(reply.body.data).toBeUndefined();
  const errors = reply.body.errors ?? [];
  expect(errors).toContainEqual({ message: expect.any(String), extensions: { code: 'QUERY_TOO_COMPLEX', limit } });
  for (const error of errors) {
    expect(error.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(error.message).not.toMatch(/\d/);
  }
}

const DASHBOARD_OVERVIEW = `query DistrictOverview($id: ID!) {
  district(id: $id) {
    id name
    stats { compounds oldCompounds households closedShareOfOld byClosureStatus { status count } }
    streets { id name kind stats { compounds oldCompounds households byClosureStatus { status count } } }
    trend(days: 90) { day open planned underRenovation closed }
  }
}`;

/** The benchmark's page: the costliest query a client legitimately sends. */
const FULL_PAGE = `{
  compounds(first: 100, filter: { isOld: true }) {
    edges { node { id name households street { name district { name } } district { name } gates { name kind state } } }
  }
}`;

describe('GraphQL and HTTP hardening', () => {
  let t: TestDatabase;
  let dev: TestApi;
  let prod: TestApi;
  const logLines: string[] = [];

  beforeAll(async () => {
    t = await createTestDatabase();
    await insertWorld(t.db, [
      {
        key: 'h1',
        community: 'c1',
        name: '院一',
        yearBuilt: 1990,
        households: 10,
        floorArea: 700,
        isOld: true,
        status: ClosureStatus.OPEN,
        gates: 2,
      },
    ]);
    adminToken = (await createAdminSession(t.db)).token;
    const logger = pino({ level: 'error' }, { write: (line: string) => logLines.push(line) });
    dev = await startTestApi(t.db, t.url, { logger });
    prod = await startTestApi(t.db, t.url, { production: true });
  });
  afterAll(async () => {
    await dev.close();
    await prod.close();
    await t.drop();
  });

  describe('query limits', () => {
    it('lets the dashboard queries and a full 100-row page through', async () => {
      for (const api of [dev, prod]) {
        const overview = await query(api, DASHBOARD_OVERVIEW, { id: WORLD.d1 });
        expect(overview.body.errors).toBeUndefined();
        expect(overview.body.data).toMatchObject({ district: { id: WORLD.d1 } });
        const page = await query(api, FULL_PAGE);
        expect(page.body.errors).toBeUndefined();
        expect(page.body.data).toMatchObject({ compounds: { edges: [{ node: { name: '院一' } }] } });
      }
    });

    it('takes nesting up to the depth limit and refuses one level more', async () => {
      const atLimit = await query(dev, `query($id: ID!) { district(id: $id) { ${nested(MAX_DEPTH)} } }`, { id: WORLD.d1 });
      expect(atLimit.body.errors).toBeUndefined();
      expectRejected(await query(dev, `query($id: ID!) { district(id: $id) { ${nested(MAX_DEPTH + 1)} } }`, { id: WORLD.d1 }), 'depth');
      expectRejected(await query(prod, `{ districts { ${nested(40)} } }`), 'depth');
    });

    it('counts a fragment named __schema like any other (GHSA-224p-v68g-5g8f)', async () => {
      const trick = `query { ...__schema } fragment __schema on Query { districts { ${nested(MAX_DEPTH + 5)} } }`;
      expectRejected(await query(dev, trick), 'depth');
      expectRejected(await query(prod, trick), 'depth');
      // The same selection under an ordinary fragment name is refused alike.
      expectRejected(await query(dev, trick.replaceAll('__schema', 'places')), 'depth');
    });

    it('refuses more aliases than allowed, and 1,000 aliases before even validating them', async () => {
      const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: districts { id }`).join(' ')} }`;
      expect((await query(dev, aliases(MAX_ALIASES))).body.errors).toBeUndefined();
      expectRejected(await query(dev, aliases(MAX_ALIASES + 1)), 'aliases');
      // 5,000 tokens: stopped by the token limit while parsing.
      expectRejected(await query(prod, aliases(1000)), 'tokens');
    });

    it('refuses a document with too many tokens', async () => {
      const fields = Array.from({ length: MAX_TOKENS }, () => 'id').join(' ');
      expectRejected(await query(dev, `{ districts { ${fields} } }`), 'tokens');
    });

    it('refuses too many directives', async () => {
      const fields = (n: number) => Array.from({ length: n }, () => 'id @include(if: true)').join(' ');
      expect((await query(dev, `{ districts { ${fields(MAX_DIRECTIVES)} } }`)).body.errors).toBeUndefined();
      expectRejected(await query(dev, `{ districts { ${fields(MAX_DIRECTIVES + 1)} } }`), 'directives');
    });

    it('refuses a query whose estimated cost is too high: big pages of nested lists', async () => {
      const costly = `{ compounds(first: 100) { edges { node { gates { compound { gates { compound { gates { id name kind state } } } } } } } } }`;
      expectRejected(await query(dev, costly), 'cost');
      expectRejected(
        await query(prod, `{ a: ${FULL_PAGE.slice(1, -1)} b: ${FULL_PAGE.slice(1, -1)} c: ${FULL_PAGE.slice(1, -1)} }`),
        'cost',
      );
    });
  });

  describe('production', () => {
    it('answers introspection in development only', async () => {
      const introspection = `{ __schema { queryType { name } } }`;
      expect((await query(dev, introspection)).body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      const refused = await query(prod, introspection);
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('names no fields or enum values in suggestions', async () => {
      const typo = `{ districts { nme } }`;
      const enumTypo = `{ compounds(filter: { closureStatus: [OPN] }) { totalCount } }`;
      const variableTypo = [
        `query($s: [ClosureStatus!]) { compounds(filter: { closureStatus: $s }) { totalCount } }`,
        { s: ['OPN'] },
      ] as const;
      // Development helps the developer, which is what makes the production check meaningful.
      expect((await query(dev, typo)).text).toContain('Did you mean');
      for (const reply of [await query(prod, typo), await query(prod, enumTypo), await query(prod, ...variableTypo)]) {
        expect(reply.body.errors?.length).toBeGreaterThan(0);
        expect(reply.text).not.toMatch(/Did you mean|"name"|"OPEN"/);
      }
      expect((await query(prod, typo)).body.errors?.[0]?.message).toBe('Cannot query field "nme" on type "District".');
    });

    it('serves no landing page', async () => {
      const res = await fetch(`${prod.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(await res.text()).not.toContain('<html');
    });
  });

  describe('errors', () => {
    it('masks an internal error even in development: code and request id, no stack, details in the log', async () => {
      await t.db.query(`ALTER TABLE district RENAME TO district_hidden`);
      try {
        const reply = await post(dev.url, JSON.stringify({ query: `{ districts { id } }` }), { 'x-request-id': 'req-hardening-1' });
        expect(reply.body.errors).toEqual([
          expect.objectContaining({
            message: 'Internal server error',
            extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-hardening-1' },
          }),
        ]);
        expect(reply.text).not.toMatch(/stacktrace|district_hidden|at .*\.ts/);
      } finally {
        await t.db.query(`ALTER TABLE district_hidden RENAME TO district`);
      }
      const logged = logLines.map((line) => JSON.parse(line) as { requestId?: string; err?: { message: string; stack: string } });
      const entry = logged.find((line) => line.requestId === 'req-hardening-1');
      expect(entry?.err?.message).toContain('district');
      expect(entry?.err?.stack).toBeTruthy();
    });
  });

  describe('HTTP', () => {
    it('refuses simple requests without the CSRF preflight marker', async () => {
      const get = await fetch(`${dev.url}/graphql?query=${encodeURIComponent('{ districts { id } }')}`);
      expect(get.status).toBe(400);
      expect(await get.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
      const textPlain = await fetch(`${dev.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ query: '{ districts { id } }' }),
      });
      expect(textPlain.status).toBe(400);
      expect(JSON.stringify(await textPlain.json())).not.toContain('"data"');
      // With the marker, a GET query is fine.
      const preflighted = await fetch(`${dev.url}/graphql?query=${encodeURIComponent('{ districts { id } }')}`, {
        headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${adminToken}` },
      });
      expect(preflighted.status).toBe(200);
    });

    it('refuses a body over 100 kB with 413 and a JSON error', async () => {
      const reply = await post(dev.url, JSON.stringify({ query: `{ districts { id } }`, variables: { pad: 'x'.repeat(110_000) } }));
      expect(reply.status).toBe(413);
      expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
      expect(reply.body).toEqual({
        errors: [{ message: 'The request body is too large.', extensions: { code: 'PAYLOAD_TOO_LARGE', requestId: expect.any(String) } }],
      });
      expect(reply.text).not.toMatch(/<html|at .*\.js/);
    });

    it('answers unparsable JSON with 400 and a JSON error', async () => {
      const reply = await post(dev.url, '{"query": ');
      expect(reply.status).toBe(400);
      expect(reply.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_REQUEST' });
      expect(reply.text).not.toMatch(/<html|SyntaxError|at .*\.js/);
    });

    it('refuses a NUL character in any string input with BAD_USER_INPUT naming the field', async () => {
      const inVariable = await query(prod, `query ($id: ID!) { district(id: $id) { id } }`, { id: `${WORLD.d1}\u0000` });
      expect(inVariable.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      const nested = await query(prod, `mutation ($input: CreateGateDeviceInput!) { createGateDevice(input: $input) { key } }`, {
        input: { gateId: WORLD.d1, kind: 'FACE_DOOR', vendor: 'ok', serial: 'SN\u0000', firmware: '1', installedOn: '2026-01-01' },
      });
      expect(nested.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.serial' });
      const inLiteral = await query(prod, `{ district(id: "a\\u0000b") { id } }`);
      expect(inLiteral.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(inLiteral.text).not.toMatch(/INTERNAL_SERVER_ERROR/);
    });

    it('marks responses as not to be sniffed or cached', async () => {
      const reply = await query(prod, `{ districts { id } }`);
      expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
      expect(reply.headers.get('cache-control')).toBe('no-store');
    });
  });
});
