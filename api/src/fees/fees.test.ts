import ExcelJS from 'exceljs';
import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { WORLD, fixtureId, insertWorld } from '../../../test/fixtures';
import { startTestApi, type TestApi } from '../../test/api';
import { createTestSession } from '../../test/sessions';
import { Role } from '../auth/roles';
import { ClosureStatus } from '../compounds/compound.enums';
import { parseConfig } from '../config';
import { createServices, type Services } from '../services';
import { LEDGER_COLUMNS, LEDGER_MAX_BYTES, validateLedger } from './ledger';

type Cell = string | number | null;

/** A ledger as the property company would save it; `created` changes the bytes, not the content. */
async function ledger(rows: Cell[][], created = new Date('2020-08-01T00:00:00Z')): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = created;
  workbook.modified = created;
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow([...LEDGER_COLUMNS]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

const HOME = fixtureId('home');
const NEIGHBOUR = fixtureId('neighbour');
const FAR = fixtureId('far');

// 东中街-like compound at 1.00 yuan/m²/month: four households, two paying in July, all four in August.
const JULY: Cell[][] = [
  [HOME, '1', '1', '101', 50, '2020-07', 50, 50, '2020-07-10'],
  [HOME, '1', '1', '102', 60.5, '2020-07', 60.5, 0, null],
  [HOME, '1', '2', '201', 72.35, '2020-07', 72.35, 72.35, '2020-07-15'],
  [HOME, '2', null, '101', 45.1, '2020-07', 45.1, null, null],
];
const AUGUST: Cell[][] = [
  [HOME, '1', '1', '101', 50, '2020-08', 50, 50, '2020-08-03'],
  [HOME, '1', '1', '102', 60.5, '2020-08', 60.5, 60.5, '2020-08-20'],
  [HOME, '1', '2', '201', 72.35, '2020-08', 72.35, 72.35, '2020-08-11'],
  [HOME, '2', null, '101', 45.1, '2020-08', 45.1, 20, '2020-08-31'],
];
// At 1.50: 33.33 m² × 1.50 = 49.995, rounded half up to 50.00.
const NEIGHBOUR_AUGUST: Cell[][] = [
  [NEIGHBOUR, 'A', null, '1', 40, '2020-08', 60, 60, '2020-08-05'],
  [NEIGHBOUR, 'A', null, '2', 33.33, '2020-08', 50, 0, null],
];

const START = `mutation($compoundId: ID!, $month: String!, $file: String!) {
  startLedgerImport(compoundId: $compoundId, month: $month, fileBase64: $file, fileName: "台账.xlsx") { id state fileSha256 }
}`;
const STATUS = `query($id: ID!, $after: String) {
  ledgerImport(id: $id) { state percent rowsTotal rowsValidated rowsStored errorCount
    errors(first: 100, after: $after) { totalCount edges { node { sheet row column kind reason } } pageInfo { hasNextPage endCursor } } }
}`;
const ADOPTION = `query($area: FeeAreaInput!, $from: String, $to: String) {
  feeAdoption(area: $area, fromMonth: $from, toMonth: $to) {
    name months { month householdsBilled householdsPaying payingShare amountBilled amountCollected collectionRate }
  }
}`;

interface Started {
  startLedgerImport: { id: string; state: string; fileSha256: string };
}
interface Status {
  ledgerImport: {
    state: string;
    percent: number;
    rowsTotal: number | null;
    rowsValidated: number;
    rowsStored: number;
    errorCount: number;
    errors: {
      totalCount: number;
      edges: { node: { sheet: string; row: number; column: string; kind: string; reason: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
}

describe('property fees: contracts, ledger imports, adoption, export', () => {
  let t: TestDatabase;
  let api: TestApi;
  let services: Services;
  let street: string;
  let otherStreet: string;
  let district: string;
  let hotline: string;
  /** The bytes of the first July upload (exceljs stamps zip entries with the time, so a rewrite differs). */
  let julyFile: string;

  const compound = (key: string, community: 'c1' | 'c2' | 'c3') => ({
    key,
    community,
    name: `${key}院`,
    yearBuilt: 1985,
    households: 4,
    floorArea: 230,
    isOld: true,
    status: ClosureStatus.CLOSED,
  });

  const counts = async () =>
    (await t.db.query(
      `SELECT (SELECT count(*) FROM fee_household)::int AS households, (SELECT count(*) FROM fee_bill)::int AS bills,
              (SELECT count(paid_amount) FROM fee_bill)::int AS payments`,
    )) as unknown[];
  const tables = async () =>
    t.db.query(`SELECT 'h' AS t, to_jsonb(h) AS row FROM fee_household h UNION ALL SELECT 'b', to_jsonb(b) FROM fee_bill b ORDER BY 1, 2`);

  /** Uploads as `token` and runs the job's work in-process, as the worker would (the queue path has its own test). */
  async function importLedger(
    token: string,
    compoundId: string,
    month: string,
    file: string,
  ): Promise<Status['ledgerImport'] & { id: string }> {
    const started = await api.gqlAs<Started>(token, START, { compoundId, month, file });
    expect(started.errors).toBeUndefined();
    const id = started.data!.startLedgerImport.id;
    await services.fees.runImport(id);
    const status = await api.gqlAs<Status>(token, STATUS, { id });
    expect(status.errors).toBeUndefined();
    return { ...status.data!.ledgerImport, id };
  }

  beforeAll(async () => {
    t = await createTestDatabase();
    await insertWorld(t.db, [compound('home', 'c1'), compound('neighbour', 'c2'), compound('far', 'c3')]);
    api = await startTestApi(t.db, t.url);
    services = createServices(t.db, parseConfig({ NODE_ENV: 'test' }));
    street = (await createTestSession(t.db, { role: Role.STREET_OFFICER, districtId: WORLD.d1, streetId: WORLD.s1 })).token;
    otherStreet = (await createTestSession(t.db, { role: Role.STREET_OFFICER, districtId: WORLD.d1, streetId: WORLD.s2 })).token;
    district = (await createTestSession(t.db, { role: Role.DISTRICT_OFFICIAL, districtId: WORLD.d1 })).token;
    hotline = (await createTestSession(t.db, { role: Role.HOTLINE_AGENT, districtId: WORLD.d1 })).token;
  });
  afterAll(async () => {
    await api.close();
    await t.drop();
  });

  const SET_CONTRACT = `mutation($input: FeeContractInput!) { setFeeContract(input: $input) { compoundId company startDate feePerM2 } }`;

  it('sets contracts (audited), refuses bad ones, and shows them to the hotline', async () => {
    const bad = await api.gqlAs(street, SET_CONTRACT, {
      input: { compoundId: HOME, company: '某物业公司', startDate: '2020-07-01', feePerM2: 0 },
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.feePerM2' });
    const badDate = await api.gqlAs(street, SET_CONTRACT, {
      input: { compoundId: HOME, company: '某物业公司', startDate: '2020-02-30', feePerM2: 1 },
    });
    expect(badDate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.startDate' });

    const res = await api.gqlAs(street, SET_CONTRACT, {
      input: { compoundId: HOME, company: '某物业公司', startDate: '2020-07-01', feePerM2: 1 },
    });
    expect(res.data).toEqual({ setFeeContract: { compoundId: HOME, company: '某物业公司', startDate: '2020-07-01', feePerM2: 1 } });
    await api.gqlAs(district, SET_CONTRACT, {
      input: { compoundId: NEIGHBOUR, company: '另一物业', startDate: '2020-08-01', feePerM2: 1.5 },
    });
    // Another street's officer cannot touch this street's compound.
    const foreign = await api.gqlAs(otherStreet, SET_CONTRACT, {
      input: { compoundId: HOME, company: '冒名物业', startDate: '2020-07-01', feePerM2: 9 },
    });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const audit = await t.db.query(`SELECT actor_role, target_id FROM audit_log WHERE action = 'fees.contract.set' ORDER BY seq`);
    expect(audit).toEqual([
      { actor_role: 'STREET_OFFICER', target_id: HOME },
      { actor_role: 'DISTRICT_OFFICIAL', target_id: NEIGHBOUR },
    ]);
    const seen = await api.gqlAs(hotline, `query($id: ID!) { feeContract(compoundId: $id) { company feePerM2 } }`, { id: HOME });
    expect(seen.data).toEqual({ feeContract: { company: '某物业公司', feePerM2: 1 } });
    const none = await api.gqlAs(hotline, `query($id: ID!) { feeContract(compoundId: $id) { company } }`, { id: FAR });
    expect(none.data).toEqual({ feeContract: null });
  });

  it('imports valid ledgers: every row stored, progress at 100', async () => {
    julyFile = await ledger(JULY);
    const july = await importLedger(street, HOME, '2020-07', julyFile);
    expect(july).toMatchObject({ state: 'DONE', percent: 100, rowsTotal: 4, rowsValidated: 4, rowsStored: 4, errorCount: 0 });
    expect((await importLedger(street, HOME, '2020-08', await ledger(AUGUST))).state).toBe('DONE');
    expect((await importLedger(district, NEIGHBOUR, '2020-08', await ledger(NEIGHBOUR_AUGUST))).state).toBe('DONE');
    expect(await counts()).toEqual([{ households: 6, bills: 10, payments: 7 }]);
    const [neighbour] = (await t.db.query(
      `SELECT amount FROM fee_bill b JOIN fee_household h ON h.id = b.household_id WHERE h.room = '2' AND h.building = 'A'`,
    )) as {
      amount: string;
    }[];
    expect(neighbour!.amount).toBe('50.00');
  });

  it('changes nothing when the same ledger comes again, as the same bytes or re-saved', async () => {
    const before = await tables();
    const file = julyFile;
    const again = await api.gqlAs<Started>(street, START, { compoundId: HOME, month: '2020-07', file });
    const first = await api.gqlAs<Started>(street, START, { compoundId: HOME, month: '2020-07', file });
    // Same bytes: the same import (and job id), already done.
    expect(first.data!.startLedgerImport).toEqual(again.data!.startLedgerImport);
    expect(again.data!.startLedgerImport.state).toBe('DONE');
    // Re-saved (other bytes, same content): a new import whose upserts find nothing to change.
    const resaved = await importLedger(street, HOME, '2020-07', await ledger(JULY, new Date('2020-09-09T09:09:09Z')));
    expect(resaved.state).toBe('DONE');
    expect(await tables()).toEqual(before);
  });

  it('computes adoption per compound, street and district against hand-computed months', async () => {
    const home = await api.gqlAs(street, ADOPTION, { area: { level: 'COMPOUND', id: HOME } });
    expect(home.data).toEqual({
      feeAdoption: {
        name: 'home院',
        months: [
          // 50 + 60.50 + 72.35 + 45.10 = 227.95 billed; 50 + 72.35 = 122.35 collected; 122.35 / 227.95 = 0.53674
          {
            month: '2020-07',
            householdsBilled: 4,
            householdsPaying: 2,
            payingShare: 0.5,
            amountBilled: 227.95,
            amountCollected: 122.35,
            collectionRate: 0.5367,
          },
          // 50 + 60.50 + 72.35 + 20 = 202.85 collected; 202.85 / 227.95 = 0.88989
          {
            month: '2020-08',
            householdsBilled: 4,
            householdsPaying: 4,
            payingShare: 1,
            amountBilled: 227.95,
            amountCollected: 202.85,
            collectionRate: 0.8899,
          },
        ],
      },
    });
    // Street 一街道 = home + neighbour. August: 6 billed, 5 paying (5/6 = 0.8333); 337.95 billed, 262.85 collected (0.7778).
    const streetRes = await api.gqlAs<{ feeAdoption: { months: unknown[] } }>(street, ADOPTION, {
      area: { level: 'STREET', id: WORLD.s1 },
      from: '2020-06',
      to: '2020-08',
    });
    expect(streetRes.data?.feeAdoption.months).toEqual([
      {
        month: '2020-06',
        householdsBilled: 0,
        householdsPaying: 0,
        payingShare: 0,
        amountBilled: 0,
        amountCollected: 0,
        collectionRate: 0,
      },
      {
        month: '2020-07',
        householdsBilled: 4,
        householdsPaying: 2,
        payingShare: 0.5,
        amountBilled: 227.95,
        amountCollected: 122.35,
        collectionRate: 0.5367,
      },
      {
        month: '2020-08',
        householdsBilled: 6,
        householdsPaying: 5,
        payingShare: 0.8333,
        amountBilled: 337.95,
        amountCollected: 262.85,
        collectionRate: 0.7778,
      },
    ]);
    const districtRes = await api.gqlAs<{ feeAdoption: { months: { month: string; amountCollected: number }[] } }>(district, ADOPTION, {
      area: { level: 'DISTRICT', id: WORLD.d1 },
    });
    expect(districtRes.data?.feeAdoption.months.map((m) => [m.month, m.amountCollected])).toEqual([
      ['2020-07', 122.35],
      ['2020-08', 262.85],
    ]);
    const breakdown = await api.gqlAs<{ feeAdoption: { breakdown: unknown[] } }>(
      district,
      `query($id: ID!) { feeAdoption(area: { level: STREET, id: $id }) { breakdown(month: "2020-08") { level name figures { householdsPaying amountCollected } } } }`,
      { id: WORLD.s1 },
    );
    expect(breakdown.data?.feeAdoption.breakdown).toEqual([
      { level: 'COMPOUND', name: 'home院', figures: { householdsPaying: 4, amountCollected: 202.85 } },
      { level: 'COMPOUND', name: 'neighbour院', figures: { householdsPaying: 1, amountCollected: 60 } },
    ]);
  });

  it('cuts adoption to the scope: another street sees none of it', async () => {
    const byId = await api.gqlAs(otherStreet, ADOPTION, { area: { level: 'STREET', id: WORLD.s1 } });
    expect(byId.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const compoundRes = await api.gqlAs(otherStreet, ADOPTION, { area: { level: 'COMPOUND', id: HOME } });
    expect(compoundRes.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Their own district is visible as a parent, but only their street's (empty) figures count.
    const districtRes = await api.gqlAs(otherStreet, ADOPTION, { area: { level: 'DISTRICT', id: WORLD.d1 } });
    expect(districtRes.data).toEqual({ feeAdoption: { name: '甲区', months: [] } });
    expect((await api.gqlAs(hotline, ADOPTION, { area: { level: 'DISTRICT', id: WORLD.d1 } })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('reports every error of a bad ledger with sheet, row, column and reason, and stores nothing', async () => {
    const before = await tables();
    const ok = (building: string, room: string, extra: Partial<Record<number, Cell>> = {}): Cell[] => {
      const row: Cell[] = [HOME, building, '1', room, 60, '2020-09', 60, 60, '2020-09-05'];
      for (const [i, v] of Object.entries(extra)) row[Number(i)] = v ?? null;
      return row;
    };
    const file = await ledger([
      ok('1', '101'), // row 2: valid
      ok('', '102'), // row 3: no building
      ok('1', '103', { 4: 0, 6: 0, 7: 0, 8: null }), // row 4: area 0
      ok('1', '104', { 7: -10 }), // row 5: negative payment
      ok('1', '101'), // row 6: the household of row 2 again
      ok('1', '106', { 5: '2020-08' }), // row 7: another month
      ok('1', '107', { 0: '00000000-0000-4000-8000-000000000000' }), // row 8: no such compound
      ok('1', '108', { 0: FAR }), // row 9: a compound of another street
      ok('1', '109', { 0: NEIGHBOUR }), // row 10: a compound of this street, not this import's
      ok('1', '110', { 6: 59 }), // row 11: 60 m² × 1.00 is 60.00
      ok('1', '111', { 8: null }), // row 12: paid without a date
    ]);
    const result = await importLedger(street, HOME, '2020-09', file);
    expect(result).toMatchObject({ state: 'FAILED', errorCount: 10, rowsStored: 0, rowsTotal: 11 });
    expect(result.errors.totalCount).toBe(10);
    expect(result.errors.edges.map((e) => [e.node.sheet, e.node.row, e.node.column, e.node.kind])).toEqual([
      ['台账', 3, 'B', 'MISSING_HOUSEHOLD'],
      ['台账', 4, 'E', 'BAD_AREA'],
      ['台账', 5, 'H', 'NEGATIVE_AMOUNT'],
      ['台账', 6, 'D', 'DUPLICATE_ROW'],
      ['台账', 7, 'F', 'WRONG_MONTH'],
      ['台账', 8, 'A', 'UNKNOWN_COMPOUND'],
      ['台账', 9, 'A', 'UNKNOWN_COMPOUND'],
      ['台账', 10, 'A', 'COMPOUND_MISMATCH'],
      ['台账', 11, 'G', 'BILL_MISMATCH'],
      ['台账', 12, 'I', 'BAD_DATE'],
    ]);
    // Reasons say what is wrong in words; an out-of-scope compound reads exactly like an unknown one.
    const reasons = result.errors.edges.map((e) => e.node.reason);
    expect(reasons[3]).toContain('与第 2 行是同一户');
    expect(reasons[4]).toContain('2020-09');
    expect(reasons[8]).toContain('60.00');
    expect(reasons[6]).toBe(`小区编号「${FAR}」不存在或不在您的管辖范围内 (unknown compound)`);
    expect(await tables()).toEqual(before);
  });

  it('pages through the errors of a long bad ledger', async () => {
    const rows: Cell[][] = Array.from({ length: 130 }, (_, i) => [HOME, '9', null, String(i + 1), 50, '2020-10', 50, -1, null]);
    const bad = await importLedger(street, HOME, '2020-10', await ledger(rows));
    expect(bad.errorCount).toBe(130);
    expect(bad.errors.edges).toHaveLength(100);
    expect(bad.errors.pageInfo.hasNextPage).toBe(true);
    const next = await api.gqlAs<Status>(street, STATUS, { id: bad.id, after: bad.errors.pageInfo.endCursor });
    expect(next.data?.ledgerImport.errors.edges.map((e) => e.node.row)).toEqual(Array.from({ length: 30 }, (_, i) => i + 102));
    expect(next.data?.ledgerImport.errors.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses uploads that cannot be a ledger before storing them', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ compoundId: HOME, month: '2020-13', file: await ledger(JULY) }, 'month'],
      [{ compoundId: HOME, month: '2020-06', file: await ledger(JULY) }, 'month'], // before the contract starts
      [{ compoundId: HOME, month: '2020-07', file: Buffer.from('name,area\n').toString('base64') }, 'fileBase64'],
      [{ compoundId: HOME, month: '2020-07', file: '%%%' }, 'fileBase64'],
      [{ compoundId: FAR, month: '2020-07', file: await ledger(JULY) }, 'compoundId'], // no contract (district sees it)
      [{ compoundId: HOME, month: '2020-07', file: Buffer.alloc(LEDGER_MAX_BYTES + 1, 0x50).toString('base64') }, 'fileBase64'],
    ];
    const [{ n: imports }] = (await t.db.query(`SELECT count(*)::int AS n FROM ledger_import`)) as [{ n: number }];
    for (const [variables, field] of cases) {
      const res = await api.gqlAs(district, START, variables);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const big = await api.gqlAs(district, START, cases[5]![0]);
    expect(big.errors?.[0]?.message).toContain('larger than 20 MB');
    expect(await t.db.query(`SELECT count(*)::int AS n FROM ledger_import`)).toEqual([{ n: imports }]);
  });

  it("keeps other streets out: another street's officer cannot import for this street or read its imports", async () => {
    const file = await ledger(JULY);
    const res = await api.gqlAs(otherStreet, START, { compoundId: HOME, month: '2020-07', file });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const [{ id }] = (await t.db.query(`SELECT id FROM ledger_import ORDER BY created_at LIMIT 1`)) as [{ id: string }];
    const read = await api.gqlAs(otherStreet, STATUS, { id });
    expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await api.gqlAs(hotline, STATUS, { id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('serves a template that passes the validator as it is', async () => {
    const res = await api.gqlAs<{ ledgerTemplate: { filename: string; base64: string; rows: number } }>(
      street,
      `query($id: ID!) { ledgerTemplate(compoundId: $id, month: "2020-11") { filename base64 rows } }`,
      { id: HOME },
    );
    expect(res.data?.ledgerTemplate).toMatchObject({ filename: 'ledger-template-2020-11.xlsx', rows: 4 });
    const file = Buffer.from(res.data!.ledgerTemplate.base64, 'base64');
    const checked = await validateLedger(file, { compoundId: HOME, month: '2020-11', feeFenPerM2: 100 }, async () => new Set());
    expect(checked.errors).toEqual([]);
    expect(checked.rows.map((r) => [r.building, r.unit, r.room, r.areaCentiM2, r.billFen, r.paidFen])).toEqual([
      ['1', '1', '101', 5000, 5000, 0],
      ['1', '1', '102', 6050, 6050, 0],
      ['1', '2', '201', 7235, 7235, 0],
      ['2', '', '101', 4510, 4510, 0],
    ]);
    const blank = await api.gqlAs<{ ledgerTemplate: { rows: number } }>(street, `{ ledgerTemplate(month: "2020-11") { rows } }`);
    expect(blank.data?.ledgerTemplate.rows).toBe(0);
  });

  it('exports the adoption report for permitted roles, with a reason, audited', async () => {
    const EXPORT = `mutation($reason: String!) {
      exportAdoptionReport(area: { level: STREET, id: "${WORLD.s1}" }, fromMonth: "2020-07", toMonth: "2020-08", reason: $reason) { filename base64 rows }
    }`;
    const noReason = await api.gqlAs(street, EXPORT, { reason: '  ' });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await api.gqlAs(hotline, EXPORT, { reason: '向区里汇报' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'fees.export'`)).toEqual([{ n: 0 }]);

    const res = await api.gqlAs<{ exportAdoptionReport: { base64: string; rows: number } }>(street, EXPORT, {
      reason: '向区里汇报收缴进度',
    });
    expect(res.errors).toBeUndefined();
    // 2 months for the street, and 2 compounds × 2 months below it.
    expect(res.data?.exportAdoptionReport.rows).toBe(6);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(Buffer.from(res.data!.exportAdoptionReport.base64, 'base64')).buffer);
    const months = workbook.getWorksheet('逐月')!;
    expect(months.getRow(3).values).toEqual([undefined, '2020-08', 6, 5, 0.8333, 337.95, 262.85, 0.7778]);
    expect(workbook.getWorksheet('下级')!.getRow(2).getCell(2).value).toBe('home院');
    const audit = await t.db.query(`SELECT actor_role, target_type, target_id, reason FROM audit_log WHERE action = 'fees.export'`);
    expect(audit).toEqual([{ actor_role: 'STREET_OFFICER', target_type: 'street', target_id: WORLD.s1, reason: '向区里汇报收缴进度' }]);
  });

  it('replaces a month with a corrected ledger: only what differs is written, and again changes nothing', async () => {
    const corrected: Cell[][] = [
      [HOME, '1', '1', '101', 55, '2020-08', 55, 55, '2020-08-03'], // area, bill and payment change
      [HOME, '1', '1', '102', 60.5, '2020-08', 60.5, 0, null], // payment dropped
      // 1-2-201 left out: its bill and payment go, the household stays
      [HOME, '2', null, '101', 45.1, '2020-08', 45.1, 20, '2020-08-30'], // payment date changes
      [HOME, '3', '1', '301', 40, '2020-08', 40, 40, '2020-08-09'], // a new household
    ];
    const month = async () =>
      t.db.query(
        `SELECT h.building, h.unit, h.room, h.floor_area, b.amount AS billed, b.paid_amount AS paid, b.paid_on::text
           FROM fee_bill b JOIN fee_household h ON h.id = b.household_id
          WHERE b.compound_id = $1 AND b.month = '2020-08-01' ORDER BY 1, 2, 3`,
        [HOME],
      );
    const result = await importLedger(street, HOME, '2020-08', await ledger(corrected));
    expect(result).toMatchObject({ state: 'DONE', rowsTotal: 4, rowsStored: 4, errorCount: 0 });
    expect(await month()).toEqual([
      { building: '1', unit: '1', room: '101', floor_area: '55.00', billed: '55.00', paid: '55.00', paid_on: '2020-08-03' },
      { building: '1', unit: '1', room: '102', floor_area: '60.50', billed: '60.50', paid: null, paid_on: null },
      { building: '2', unit: '', room: '101', floor_area: '45.10', billed: '45.10', paid: '20.00', paid_on: '2020-08-30' },
      { building: '3', unit: '1', room: '301', floor_area: '40.00', billed: '40.00', paid: '40.00', paid_on: '2020-08-09' },
    ]);
    // July keeps its own bills; households are never removed (1-2-201 is still billed in July).
    const [july] = (await t.db.query(
      `SELECT count(*)::int AS bills, sum(amount)::text AS billed FROM fee_bill WHERE compound_id = $1 AND month = '2020-07-01'`,
      [HOME],
    )) as { bills: number; billed: string }[];
    expect(july).toEqual({ bills: 4, billed: '227.95' });
    const before = await tables();
    expect((await importLedger(street, HOME, '2020-08', await ledger(corrected, new Date('2020-09-10T00:00:00Z')))).state).toBe('DONE');
    expect(await tables()).toEqual(before);
  });
});
