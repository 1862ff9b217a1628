import { createTestDatabase, type TestDatabase } from '../../../test/db';
import {
  DEMO_IDS,
  seedDemo,
  seedDemoAccounts,
  seedDemoGateOperations,
  seedDemoQualification,
  seedDemoRenovation,
  seedDemoResidents,
} from '../../../seeds';
import { startTestApi, type TestApi } from '../../test/api';
import { createTestSession } from '../../test/sessions';
import { Role } from '../auth/roles';
import { beijingDay } from '../common/time';
import { parseConfig } from '../config';
import { PersonalData } from '../personal/personal-data';
import { HotlineSearch } from './hotline-search';
import { HotlineTickets } from './tickets';
import { CompoundService } from '../compounds/compound.service';

const CARD = `query($id: ID!) { hotlineCard(compoundId: $id) {
  compoundId name streetName communityName closureStatus
  answers { category title script templateVersion values { name value } }
  replies { id reply status } openTickets { id status }
  profile { enrolmentPlace nonFaceMethods } } }`;
const LOG = `mutation($input: LogHotlineCallInput!) { logHotlineCall(input: $input) { id compoundName category callerPhone followUp ticketId agentName } }`;
const TICKET_FIELDS = `id status compoundName streetName callerPhone reply resolution satisfaction overdue respondDueAt resolveDueAt
  history { fromStatus toStatus note }`;
const TICKETS = `query($filter: HotlineTicketFilter) { hotlineTickets(filter: $filter) { totalCount items { ${TICKET_FIELDS} } } }`;

interface Answer {
  category: string;
  script: string;
  templateVersion: number;
  values: { name: string; value: string }[];
}
interface Card {
  name: string;
  streetName: string;
  answers: Answer[];
  replies: { id: string; reply: string }[];
  openTickets: { id: string; status: string }[];
}
interface Ticket {
  id: string;
  status: string;
  callerPhone: string | null;
  reply: string | null;
  overdue: boolean;
  respondDueAt: string;
  resolveDueAt: string;
  history: { fromStatus: string | null; toStatus: string; note: string | null }[];
}

const PHONE = '13812345678';

describe('12345 hotline: card, calls, tickets, templates, figures, scope', () => {
  let t: TestDatabase;
  let api: TestApi;
  let agent: string;
  let dongchengAgent: string;
  let street: string;
  let otherStreet: string;
  let district: string;
  let admin: string;
  const config = parseConfig({ NODE_ENV: 'test' });

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    await seedDemoAccounts(t.db, config);
    await seedDemoQualification(t.db, config);
    await seedDemoRenovation(t.db, config);
    await seedDemoResidents(t.db, config);
    await seedDemoGateOperations(t.db);
    await new HotlineSearch(t.db).refreshIndex();
    api = await startTestApi(t.db, t.url);
    agent = (await createTestSession(t.db, { role: Role.HOTLINE_AGENT, districtId: DEMO_IDS.chaoyang })).token;
    dongchengAgent = (await createTestSession(t.db, { role: Role.HOTLINE_AGENT, districtId: DEMO_IDS.dongcheng })).token;
    street = (await createTestSession(t.db, { role: Role.STREET_OFFICER, districtId: DEMO_IDS.chaoyang, streetId: DEMO_IDS.hepingjie }))
      .token;
    otherStreet = (await createTestSession(t.db, { role: Role.STREET_OFFICER, districtId: DEMO_IDS.chaoyang, streetId: DEMO_IDS.sunhe }))
      .token;
    district = (await createTestSession(t.db, { role: Role.DISTRICT_OFFICIAL, districtId: DEMO_IDS.chaoyang })).token;
    admin = (await createTestSession(t.db, { role: Role.ADMIN })).token;
  });
  afterAll(async () => {
    await api.close();
    await t.drop();
  });

  const card = async (token: string, id: string) => {
    const res = await api.gqlAs<{ hotlineCard: Card }>(token, CARD, { id });
    expect(res.errors).toBeUndefined();
    return res.data!.hotlineCard;
  };
  const answer = (c: Card, category: string) => c.answers.find((a) => a.category === category)!;
  const move = async (token: string, mutation: string, args: string, variables: Record<string, unknown>) =>
    api.gqlAs<Record<string, Ticket>>(token, `mutation($id: ID!${args}) { ${mutation} { ${TICKET_FIELDS} } }`, variables);

  it('finds 樱花园 by its pinyin initials and shows street and community', async () => {
    const res = await api.gqlAs<{ hotlineSearch: { name: string; streetName: string; communityName: string; matchedBy: string }[] }>(
      agent,
      `{ hotlineSearch(text: "yhy") { compoundId name streetName communityName score matchedBy } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.hotlineSearch[0]).toMatchObject({
      name: '樱花园小区',
      streetName: '和平街街道',
      communityName: '樱花园社区',
      matchedBy: 'INITIALS',
    });
  });

  it('answers the four questions of 樱花园 from live data, with nothing left unfilled', async () => {
    const c = await card(agent, DEMO_IDS.yinghuayuan);
    expect(c.answers.map((a) => a.category)).toEqual(['SUITABILITY', 'PROGRESS', 'FACE_REGISTRATION', 'PRIVACY']);
    for (const a of c.answers) expect(a.script).not.toMatch(/\{\{|\}\}/);
    const face = answer(c, 'FACE_REGISTRATION').script;
    for (const fact of [
      '身份证原件',
      '房产证',
      '户口簿',
      '租房合同',
      '上门',
      '家人代为提交照片',
      '樱花园社区居委会',
      '门禁卡',
      '二维码',
      '密码',
    ]) {
      expect(face).toContain(fact);
    }
    const progress = answer(c, 'PROGRESS').script;
    expect(progress).toContain('东门');
    expect(progress).toContain('北门已封堵');
    // 樱花园's gate devices (seeds/gate-operations.ts), as the gate registry lists them.
    expect(progress).toMatch(/东门有[^，。]*人脸识别门/);
    const privacy = answer(c, 'PRIVACY').script;
    for (const fact of ['脱敏', '专人专用', '不能导出', '公安']) expect(privacy).toContain(fact);
  });

  it('logs a call with follow-up: phone stored encrypted and shown masked, a ticket for the street office', async () => {
    const res = await api.gqlAs<{ logHotlineCall: { id: string; callerPhone: string; ticketId: string; followUp: boolean } }>(agent, LOG, {
      input: {
        compoundId: DEMO_IDS.yinghuayuan,
        category: 'FACE_REGISTRATION',
        question: '家里老人腿脚不便，能不能上门登记人脸？',
        answer: '可以，社区工作人员可以上门办理。',
        callerPhone: PHONE,
        followUp: true,
        request: '请居委会联系来电人安排上门登记',
      },
    });
    expect(res.errors).toBeUndefined();
    const call = res.data!.logHotlineCall;
    expect(call.callerPhone).toBe('138****5678');
    expect(call.ticketId).toBeTruthy();
    const [stored] = (await t.db.query(`SELECT caller_phone, caller_phone_index FROM hotline_call WHERE id = $1`, [call.id])) as {
      caller_phone: string;
      caller_phone_index: string;
    }[];
    expect(stored!.caller_phone).not.toContain(PHONE);
    expect(stored!.caller_phone_index).toMatch(/^[0-9a-f]{64}$/);

    const queue = await api.gqlAs<{ hotlineTickets: { totalCount: number; items: Ticket[] } }>(street, TICKETS);
    expect(queue.data!.hotlineTickets.items.map((i) => i.id)).toContain(call.ticketId);
    const ticket = queue.data!.hotlineTickets.items.find((i) => i.id === call.ticketId)!;
    expect(ticket).toMatchObject({ status: 'NEW', callerPhone: '138****5678', overdue: false });
    // FACE_REGISTRATION: 24 hours to respond, 48 to resolve (migration defaults).
    expect(Date.parse(ticket.resolveDueAt) - Date.parse(ticket.respondDueAt)).toBe(24 * 3600 * 1000);
  });

  it('pages through the queue with limit and offset in its order, and refuses a negative offset', async () => {
    const PAGE = `query($limit: Int, $offset: Int) { hotlineTickets(filter: { status: [NEW, ASSIGNED, RESPONDED, RESOLVED, CLOSED] }, limit: $limit, offset: $offset) { totalCount items { id } } }`;
    const all = await api.gqlAs<{ hotlineTickets: { totalCount: number; items: { id: string }[] } }>(street, PAGE, { limit: 200 });
    const ids = all.data!.hotlineTickets.items.map((i) => i.id);
    expect(ids.length).toBeGreaterThan(0);
    const paged: string[] = [];
    for (let offset = 0; offset < ids.length; offset += 1) {
      const page = await api.gqlAs<{ hotlineTickets: { totalCount: number; items: { id: string }[] } }>(street, PAGE, { limit: 1, offset });
      expect(page.data!.hotlineTickets.totalCount).toBe(ids.length);
      paged.push(...page.data!.hotlineTickets.items.map((i) => i.id));
    }
    expect(paged).toEqual(ids);
    const past = await api.gqlAs<{ hotlineTickets: { items: unknown[] } }>(street, PAGE, { limit: 5, offset: ids.length });
    expect(past.data!.hotlineTickets.items).toEqual([]);
    const negative = await api.gqlAs(street, PAGE, { offset: -1 });
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'offset' });
  });

  it('shows a street officer only the tickets of their street, and an agent only those of their district', async () => {
    const [{ id }] = (await t.db.query(`SELECT id FROM hotline_ticket LIMIT 1`)) as [{ id: string }];
    const other = await api.gqlAs<{ hotlineTickets: { totalCount: number } }>(otherStreet, TICKETS);
    expect(other.data!.hotlineTickets.totalCount).toBe(0);
    const direct = await api.gqlAs(otherStreet, `query($id: ID!) { hotlineTicket(id: $id) { id } }`, { id });
    expect(direct.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const far = await api.gqlAs(dongchengAgent, `query($id: ID!) { hotlineTicket(id: $id) { id } }`, { id });
    expect(far.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const farCard = await api.gqlAs(dongchengAgent, CARD, { id: DEMO_IDS.yinghuayuan });
    expect(farCard.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const move_ = await move(otherStreet, 'assignHotlineTicket(id: $id)', '', { id });
    expect(move_.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('finds a returning caller by the blind index of their phone, however it is written', async () => {
    const res = await api.gqlAs<{ hotlineCallerTickets: Ticket[] }>(
      agent,
      `query($p: String!) { hotlineCallerTickets(callerPhone: $p) { id status callerPhone } }`,
      {
        p: '+86 138-1234-5678',
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.hotlineCallerTickets).toHaveLength(1);
    expect(res.data!.hotlineCallerTickets[0]!.callerPhone).toBe('138****5678');
    const bad = await api.gqlAs(agent, `{ hotlineCallerTickets(callerPhone: "12") { id } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'callerPhone' });
  });

  it('moves a ticket one step at a time, shows the reply on the card, and closes it with the caller’s satisfaction', async () => {
    const [{ id }] = (await t.db.query(`SELECT id FROM hotline_ticket LIMIT 1`)) as [{ id: string }];
    const early = await move(street, 'resolveHotlineTicket(id: $id, resolution: "已上门")', '', { id });
    expect(early.errors?.[0]?.extensions).toMatchObject({
      code: 'ILLEGAL_TICKET_TRANSITION',
      from: 'NEW',
      to: 'RESOLVED',
      allowed: ['ASSIGNED'],
    });

    expect((await move(street, 'assignHotlineTicket(id: $id)', '', { id })).data!.assignHotlineTicket!.status).toBe('ASSIGNED');
    const reply = '居委会已与来电人约定周六上午上门登记。';
    const responded = await move(street, 'respondHotlineTicket(id: $id, reply: $reply)', ', $reply: String!', { id, reply });
    expect(responded.data!.respondHotlineTicket!).toMatchObject({ status: 'RESPONDED', reply });

    const c = await card(agent, DEMO_IDS.yinghuayuan);
    expect(c.replies[0]).toMatchObject({ id, reply });
    expect(c.openTickets.map((o) => o.id)).toContain(id);

    const agentResolve = await move(agent, 'resolveHotlineTicket(id: $id, resolution: "x")', '', { id });
    expect(agentResolve.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await move(street, 'resolveHotlineTicket(id: $id, resolution: "已上门登记")', '', { id })).data!.resolveHotlineTicket!.status,
    ).toBe('RESOLVED');
    const closed = await move(agent, 'closeHotlineTicket(id: $id, satisfaction: SATISFIED)', '', { id });
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.closeHotlineTicket!.history.map((h) => h.toStatus)).toEqual(['NEW', 'ASSIGNED', 'RESPONDED', 'RESOLVED', 'CLOSED']);
    const again = await move(agent, 'closeHotlineTicket(id: $id, satisfaction: SATISFIED)', '', { id });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'ILLEGAL_TICKET_TRANSITION', allowed: [] });
    const returning = await api.gqlAs<{ hotlineCallerTickets: Ticket[] }>(
      agent,
      `{ hotlineCallerTickets(callerPhone: "${PHONE}") { id } }`,
    );
    expect(returning.data!.hotlineCallerTickets).toEqual([]);
  });

  it('marks tickets past their deadline as overdue and puts them first in the queue; time limits apply to new tickets', async () => {
    const set = await api.gqlAs<{ setHotlineTimeLimit: { respondWithinHours: number } }>(
      admin,
      `mutation { setHotlineTimeLimit(input: { category: PROGRESS, respondWithinHours: 2, resolveWithinHours: 10 }) { category respondWithinHours resolveWithinHours } }`,
    );
    expect(set.errors).toBeUndefined();
    const bad = await api.gqlAs(
      admin,
      `mutation { setHotlineTimeLimit(input: { category: PROGRESS, respondWithinHours: 20, resolveWithinHours: 10 }) { category } }`,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.resolveWithinHours' });
    const forbidden = await api.gqlAs(
      district,
      `mutation { setHotlineTimeLimit(input: { category: PROGRESS, respondWithinHours: 2, resolveWithinHours: 10 }) { category } }`,
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const logged = await api.gqlAs<{ logHotlineCall: { ticketId: string } }>(agent, LOG, {
      input: {
        compoundId: DEMO_IDS.yinghuayuan,
        category: 'PROGRESS',
        question: '西门什么时候开？',
        answer: '已转街道核实。',
        followUp: true,
      },
    });
    const ticketId = logged.data!.logHotlineCall.ticketId;
    const before = await api.gqlAs<{ hotlineTicket: Ticket }>(street, `query($id: ID!) { hotlineTicket(id: $id) { ${TICKET_FIELDS} } }`, {
      id: ticketId,
    });
    const due = before.data!.hotlineTicket;
    expect(Date.parse(due.resolveDueAt) - Date.parse(due.respondDueAt)).toBe(8 * 3600 * 1000);

    const tickets = new HotlineTickets(t.db, PersonalData.fromConfig(config), new CompoundService(t.db));
    expect(await tickets.markOverdue(new Date(Date.now() + 3600 * 1000))).toEqual({ marked: 0 });
    expect(await tickets.markOverdue(new Date(Date.now() + 3 * 3600 * 1000))).toEqual({ marked: 1 });
    expect(await tickets.markOverdue(new Date(Date.now() + 3 * 3600 * 1000))).toEqual({ marked: 0 });
    const queue = await api.gqlAs<{ hotlineTickets: { items: Ticket[] } }>(street, TICKETS);
    expect(queue.data!.hotlineTickets.items[0]).toMatchObject({ id: ticketId, overdue: true });
    const overdueOnly = await api.gqlAs<{ hotlineTickets: { totalCount: number } }>(street, TICKETS, { filter: { overdue: true } });
    expect(overdueOnly.data!.hotlineTickets.totalCount).toBe(1);
  });

  it('refuses a template with an unknown variable, saves nothing, and reads a new version aloud at once', async () => {
    const before = ((await t.db.query(`SELECT count(*)::int AS n FROM hotline_template`)) as [{ n: number }])[0].n;
    const save = (body: string) =>
      api.gqlAs<{ saveHotlineTemplate: { version: number; variables: string[]; districtId: string } }>(
        district,
        `mutation($body: String!) { saveHotlineTemplate(input: { category: FACE_REGISTRATION, body: $body }) { version variables districtId } }`,
        { body },
      );
    const unknown = await save('您好，{{compoundName}}请到{{deskAddress}}办理。');
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'HOTLINE_TEMPLATE_UNKNOWN_VARIABLE',
      field: 'input.body',
      variable: 'deskAddress',
      category: 'FACE_REGISTRATION',
    });
    expect((unknown.errors?.[0]?.extensions?.allowed as string[]).includes('enrolmentPlace')).toBe(true);
    const unclosed = await save('您好，{{compoundName 请办理。');
    expect(unclosed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.body' });
    expect(((await t.db.query(`SELECT count(*)::int AS n FROM hotline_template`)) as [{ n: number }])[0].n).toBe(before);

    const ok = await save(
      '您好，{{compoundName}}的人脸登记请到{{enrolmentPlace}}，时间{{enrolmentHours}}。不刷脸可以用{{nonFaceMethods}}。',
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.saveHotlineTemplate).toMatchObject({ version: 1, districtId: DEMO_IDS.chaoyang });
    const c = await card(agent, DEMO_IDS.yinghuayuan);
    expect(answer(c, 'FACE_REGISTRATION').script).toBe(
      '您好，樱花园小区的人脸登记请到樱花园社区居委会，时间居委会的工作时间，去之前可以先打电话确认。不刷脸可以用门禁卡、手机二维码、密码。',
    );
    // Another district still reads the platform's version.
    const dongcheng = await card(dongchengAgent, DEMO_IDS.dongzhongjie36);
    expect(answer(dongcheng, 'FACE_REGISTRATION').script).toContain('租房合同');
    const agentSave = await api.gqlAs(agent, `mutation { saveHotlineTemplate(input: { category: PRIVACY, body: "x" }) { id } }`);
    expect(agentSave.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('uses the settings a street office records for the compound', async () => {
    const res = await api.gqlAs(
      street,
      `mutation($input: HotlineCompoundProfileInput!) { setHotlineCompoundProfile(input: $input) { enrolmentPlace nonFaceMethods gateHours { gateId hours } } }`,
      {
        input: {
          compoundId: DEMO_IDS.yinghuayuan,
          enrolmentPlace: '樱花园社区居委会一层服务大厅',
          enrolmentHours: '工作日上午9点到11点半',
          homeVisits: true,
          familyPhotos: false,
          nonFaceMethods: ['CARD', 'PIN'],
          faceDataOnDevice: true,
          vendorFiled: true,
          gateHours: [{ gateId: DEMO_IDS.yinghuayuanEastGate, hours: '06:00-24:00' }],
        },
      },
    );
    expect(res.errors).toBeUndefined();
    const c = await card(agent, DEMO_IDS.yinghuayuan);
    expect(answer(c, 'PROGRESS').script).toContain('东门（06:00-24:00）、西门开放');
    expect(answer(c, 'PRIVACY').script).toContain('已经在公安机关备案');
    expect(answer(c, 'PRIVACY').script).toContain('门禁卡、密码');
    const wrongGate = await api.gqlAs(
      street,
      `mutation($input: HotlineCompoundProfileInput!) { setHotlineCompoundProfile(input: $input) { compoundId } }`,
      {
        input: {
          compoundId: DEMO_IDS.yinghuayuan,
          enrolmentPlace: '居委会',
          enrolmentHours: '工作日',
          homeVisits: true,
          familyPhotos: true,
          nonFaceMethods: ['CARD'],
          faceDataOnDevice: true,
          vendorFiled: true,
          gateHours: [{ gateId: DEMO_IDS.dongzhongjie36, hours: '全天' }],
        },
      },
    );
    expect(wrongGate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.gateHours[0].gateId' });
  });

  it('gives the district its figures per street and week, and an audited export', async () => {
    const today = beijingDay();
    const res = await api.gqlAs<{
      hotlineFigures: {
        rows: {
          streetName: string;
          calls: number;
          tickets: number;
          firstCallShare: number | null;
          responseRate: number | null;
          satisfactionRate: number | null;
        }[];
        hotCompounds: { name: string; calls: number }[];
      };
    }>(
      district,
      `query($area: HotlineAreaInput!, $w: String!) { hotlineFigures(area: $area, fromWeek: $w, toWeek: $w) {
        rows { week streetName calls byCategory { category calls } firstCallShare tickets ticketsOnTime responseRate resolutionRate satisfactionRate }
        weeks { calls } hotCompounds { name calls } } }`,
      { area: { level: 'DISTRICT', id: DEMO_IDS.chaoyang }, w: today },
    );
    expect(res.errors).toBeUndefined();
    const row = res.data!.hotlineFigures.rows.find((r) => r.streetName === '和平街街道')!;
    expect(row).toMatchObject({ calls: 2, tickets: 2, firstCallShare: 0, responseRate: 0.5, satisfactionRate: 1 });
    expect(res.data!.hotlineFigures.hotCompounds[0]).toEqual({ name: '樱花园小区', calls: 2 });

    const agentFigures = await api.gqlAs(
      agent,
      `{ hotlineFigures(area: { level: DISTRICT, id: "${DEMO_IDS.chaoyang}" }, fromWeek: "${today}", toWeek: "${today}") { fromWeek } }`,
    );
    expect(agentFigures.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const exported = await api.gqlAs<{ exportHotlineFigures: { filename: string; base64: string } }>(
      district,
      `mutation($area: HotlineAreaInput!, $w: String!) { exportHotlineFigures(area: $area, fromWeek: $w, toWeek: $w, reason: "周报汇总") { filename base64 } }`,
      { area: { level: 'DISTRICT', id: DEMO_IDS.chaoyang }, w: today },
    );
    expect(exported.errors).toBeUndefined();
    expect(Buffer.from(exported.data!.exportHotlineFigures.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    const audit = await t.db.query(`SELECT actor_role, target_id, reason FROM audit_log WHERE action = 'hotline.export'`);
    expect(audit).toEqual([{ actor_role: 'DISTRICT_OFFICIAL', target_id: DEMO_IDS.chaoyang, reason: '周报汇总' }]);
  });

  it('refuses bad week ranges and areas outside the scope; a street officer reads their own street', async () => {
    const figures = (token: string, area: Record<string, string>, from: string, to: string) =>
      api.gqlAs(
        token,
        `query($area: HotlineAreaInput!, $from: String!, $to: String!) { hotlineFigures(area: $area, fromWeek: $from, toWeek: $to) { fromWeek toWeek rows { calls } } }`,
        {
          area,
          from,
          to,
        },
      );
    const district_ = { level: 'DISTRICT', id: DEMO_IDS.chaoyang };
    expect((await figures(district, district_, '2026-11-30', '2026-11-02')).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'toWeek',
    });
    expect((await figures(district, district_, '2025-01-01', '2026-11-02')).errors?.[0]?.extensions).toMatchObject({ field: 'fromWeek' });
    expect((await figures(district, district_, '2026-02-30', '2026-03-02')).errors?.[0]?.extensions).toMatchObject({ field: 'fromWeek' });
    const week = await figures(district, district_, '2026-11-25', '2026-11-26');
    expect(week.data).toMatchObject({ hotlineFigures: { fromWeek: '2026-11-23', toWeek: '2026-11-23' } });
    const own = await figures(street, { level: 'STREET', id: DEMO_IDS.hepingjie }, '2026-11-25', '2026-11-25');
    expect(own.errors).toBeUndefined();
    const other = await figures(otherStreet, { level: 'STREET', id: DEMO_IDS.hepingjie }, '2026-11-25', '2026-11-25');
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const exportForbidden = await api.gqlAs(
      street,
      `mutation { exportHotlineFigures(area: { level: STREET, id: "${DEMO_IDS.hepingjie}" }, fromWeek: "2026-11-25", toWeek: "2026-11-25", reason: "周报汇总") { filename } }`,
    );
    expect(exportForbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets ADMIN version the platform template, read by every district without its own', async () => {
    const saved = await api.gqlAs<{ saveHotlineTemplate: { version: number; districtId: string | null } }>(
      admin,
      `mutation { saveHotlineTemplate(input: { category: PRIVACY, body: "{{compoundName}}：{{vendorFiling}}。" }) { version districtId } }`,
    );
    expect(saved.data!.saveHotlineTemplate).toEqual({ version: 2, districtId: null });
    const c = await card(agent, DEMO_IDS.yinghuayuan);
    expect(answer(c, 'PRIVACY')).toMatchObject({
      templateVersion: 2,
      script: '樱花园小区：技术支持公司已经在公安机关备案，具有信息系统安全等级保护资质。',
    });
    const versions = await api.gqlAs<{ hotlineTemplates: { version: number; districtId: string | null }[] }>(
      agent,
      `{ hotlineTemplates(category: PRIVACY) { version districtId body variables } }`,
    );
    expect(versions.data!.hotlineTemplates.map((v) => v.version)).toEqual([2, 1]);
    const variables = await api.gqlAs<{ hotlineTemplateVariables: { name: string }[] }>(
      agent,
      `{ hotlineTemplateVariables(category: PRIVACY) { name description } }`,
    );
    expect(variables.data!.hotlineTemplateVariables.map((v) => v.name)).toContain('faceDataStorage');
  });

  it('never shows a hotline agent unmasked resident data', async () => {
    const personal = PersonalData.fromConfig(config);
    const rows = (await t.db.query(`SELECT id, compound_id, name, phone FROM resident WHERE phone IS NOT NULL ORDER BY id LIMIT 5`)) as {
      id: string;
      compound_id: string;
      name: string;
      phone: string;
    }[];
    expect(rows.length).toBeGreaterThan(0);
    const compoundId = rows[0]!.compound_id;
    const seen = JSON.stringify([
      await api.gqlAs(dongchengAgent, CARD, { id: compoundId }),
      await api.gqlAs(dongchengAgent, `query($id: ID!) { hotlineCalls(compoundId: $id) { callerPhone question } }`, { id: compoundId }),
      await api.gqlAs(dongchengAgent, `{ hotlineSearch(text: "东中街") { name } }`),
    ]);
    for (const r of rows) {
      expect(seen).not.toContain(personal.decrypt('resident.phone', r.phone));
      expect(seen).not.toContain(personal.decrypt('resident.name', r.name));
    }
    const residents = await api.gqlAs(dongchengAgent, `{ residents { totalCount } }`);
    expect(residents.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const reveal = await api.gqlAs(dongchengAgent, `mutation($id: ID!) { revealResident(id: $id, reason: "核实来电人") { phone } }`, {
      id: rows[0]!.id,
    });
    expect(reveal.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
