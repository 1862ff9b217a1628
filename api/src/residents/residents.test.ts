import ExcelJS from 'exceljs';
import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { WORLD, fixtureId, insertWorld } from '../../../test/fixtures';
import { startTestApi, type TestApi } from '../../test/api';
import { createTestSession } from '../../test/sessions';
import { Role } from '../auth/roles';
import { ClosureStatus } from '../compounds/compound.enums';

// Synthetic people: the ID numbers carry valid GB 11643 check digits but belong to no one.
const ZHANG = { name: '张三丰', idNumber: '11010519491231002X', phone: '+86 138-1234-5678', plate: '京A12345' };
const LI = { name: '李四', idNumber: '110101199003074477', phone: '13900001111', plate: '京AD12345' };

const REGISTER = `mutation($input: RegisterResidentInput!) {
  registerResident(input: $input) { id building unit room name idNumber phone plate }
}`;
const LIST = `query($filter: ResidentFilter) { residents(first: 50, filter: $filter) { totalCount edges { node { id name idNumber phone plate } } } }`;

interface Masked {
  id: string;
  name: string;
  idNumber: string | null;
  phone: string | null;
  plate: string | null;
}

describe('residents: encrypted, masked, revealed and exported only with a reason', () => {
  let t: TestDatabase;
  let api: TestApi;
  let operator: string;
  let otherOperator: string;
  let street: string;
  let hotline: string;
  let zhang: Masked;

  const compound = (key: string, community: 'c1' | 'c3') => ({
    key,
    community,
    name: `${key}院`,
    yearBuilt: 1985,
    households: 50,
    floorArea: 3000,
    isOld: true,
    status: ClosureStatus.OPEN,
  });

  beforeAll(async () => {
    t = await createTestDatabase();
    await insertWorld(t.db, [compound('home', 'c1'), compound('elsewhere', 'c3')]);
    api = await startTestApi(t.db, t.url);
    operator = (
      await createTestSession(t.db, { role: Role.COMMUNITY_OPERATOR, districtId: WORLD.d1, streetId: WORLD.s1, communityId: WORLD.c1 })
    ).token;
    otherOperator = (
      await createTestSession(t.db, { role: Role.COMMUNITY_OPERATOR, districtId: WORLD.d1, streetId: WORLD.s2, communityId: WORLD.c3 })
    ).token;
    street = (await createTestSession(t.db, { role: Role.STREET_OFFICER, districtId: WORLD.d1, streetId: WORLD.s1 })).token;
    hotline = (await createTestSession(t.db, { role: Role.HOTLINE_AGENT, districtId: WORLD.d1 })).token;
  });
  afterAll(async () => {
    await api.close();
    await t.drop();
  });

  const register = (token: string, person: Record<string, string | null>, compoundKey = 'home', room = '101') =>
    api.gqlAs<{ registerResident: Masked }>(token, REGISTER, {
      input: { compoundId: fixtureId(compoundKey), building: '3', unit: '2', room, ...person },
    });

  it('registers a resident and answers with masked values only', async () => {
    const res = await register(operator, ZHANG);
    expect(res.errors).toBeUndefined();
    zhang = res.data!.registerResident;
    expect(zhang).toMatchObject({ name: '张**', idNumber: '110105********002X', phone: '138****5678', plate: '京A***45' });
    await register(operator, LI, 'home', '102');
  });

  it('stores ciphertexts and blind indexes, never the plaintext', async () => {
    const [row] = (await t.db.query(`SELECT name, id_number, phone, plate, id_number_index FROM resident WHERE id = $1`, [
      zhang.id,
    ])) as Record<string, string>[];
    expect(JSON.stringify(row)).not.toMatch(/张三丰|11010519491231002X|13812345678|京A12345/);
    expect(row!.id_number).toMatch(/^v1:demo:/);
    expect(row!.id_number_index).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses bad input with the field and reason, storing nothing', async () => {
    const before = ((await t.db.query(`SELECT count(*)::int AS n FROM resident`)) as [{ n: number }])[0].n;
    const cases: [Record<string, string | null>, string][] = [
      [{ ...ZHANG, idNumber: '110105194912310021' }, 'input.idNumber'],
      [{ ...ZHANG, phone: '1381234' }, 'input.phone'],
      [{ ...ZHANG, plate: 'ABC' }, 'input.plate'],
      [{ ...ZHANG, name: '' }, 'input.name'],
    ];
    for (const [person, field] of cases) {
      const res = await register(operator, person, 'home', '201');
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const duplicate = await register(operator, ZHANG, 'home', '301');
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.idNumber' });
    expect(((await t.db.query(`SELECT count(*)::int AS n FROM resident`)) as [{ n: number }])[0].n).toBe(before);
  });

  it('finds a resident by the exact phone, ID number or plate in any written form', async () => {
    for (const filter of [
      { phone: '13812345678' },
      { phone: '+86 138 1234 5678' },
      { idNumber: '11010519491231002x' },
      { plate: '京a·12345' },
    ]) {
      const res = await api.gqlAs<{ residents: { totalCount: number; edges: { node: Masked }[] } }>(operator, LIST, { filter });
      expect(res.data?.residents.edges.map((e) => e.node.id)).toEqual([zhang.id]);
    }
  });

  it('keeps other communities out: their operator sees none, and the id reads as missing', async () => {
    const list = await api.gqlAs<{ residents: { totalCount: number } }>(otherOperator, LIST, {});
    expect(list.data?.residents.totalCount).toBe(0);
    const byId = await api.gqlAs(otherOperator, `query($id: ID!) { resident(id: $id) { id } }`, { id: zhang.id });
    expect(byId.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const elsewhere = await register(operator, { name: '王五' }, 'elsewhere');
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('gives the hotline no residents and the committee no reveal or export', async () => {
    expect((await api.gqlAs(hotline, LIST, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const reveal = await api.gqlAs(operator, `mutation($id: ID!) { revealResident(id: $id, reason: "核实身份") { name } }`, {
      id: zhang.id,
    });
    expect(reveal.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const exported = await api.gqlAs(operator, `mutation { exportResidents(reason: "上报街道") { rows } }`);
    expect(exported.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('reveals to a street officer only with a reason, and audits it with that reason', async () => {
    const REVEAL = `mutation($id: ID!, $reason: String!) { revealResident(id: $id, reason: $reason) { name idNumber phone plate } }`;
    const noReason = await api.gqlAs(street, REVEAL, { id: zhang.id, reason: ' ' });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const res = await api.gqlAs<{ revealResident: Record<string, string> }>(street, REVEAL, {
      id: zhang.id,
      reason: '居民来电核实车辆登记',
    });
    expect(res.data?.revealResident).toEqual({ name: '张三丰', idNumber: '11010519491231002X', phone: '13812345678', plate: '京A12345' });
    const audit = (await t.db.query(`SELECT actor_role, target_id, reason FROM audit_log WHERE action = 'personal.reveal'`)) as Record<
      string,
      string
    >[];
    expect(audit).toEqual([{ actor_role: 'STREET_OFFICER', target_id: zhang.id, reason: '居民来电核实车辆登记' }]);
  });

  it('exports an Excel file of unmasked records for a permitted role, audited with the row count', async () => {
    const res = await api.gqlAs<{ exportResidents: { filename: string; base64: string; rows: number } }>(
      street,
      `mutation($filter: ResidentFilter) { exportResidents(filter: $filter, reason: "封闭改造门禁登记核对") { filename base64 rows } }`,
      { filter: { compoundId: fixtureId('home') } },
    );
    expect(res.data?.exportResidents.rows).toBe(2);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(Buffer.from(res.data!.exportResidents.base64, 'base64')).buffer);
    const sheet = workbook.getWorksheet('居民')!;
    expect(sheet.getRow(1).getCell(4).value).toBe('姓名');
    expect([sheet.getRow(2).getCell(4).value, sheet.getRow(3).getCell(4).value]).toEqual(['张三丰', '李四']);
    const [entry] = (await t.db.query(`SELECT reason, details->>'rows' AS rows FROM audit_log WHERE action = 'personal.export'`)) as Record<
      string,
      string
    >[];
    expect(entry).toEqual({ reason: '封闭改造门禁登记核对', rows: '2' });
  });
});
