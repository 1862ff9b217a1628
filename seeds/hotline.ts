import type { DataSource } from 'typeorm';
import { scopeOf, type Viewer } from '../api/src/auth/auth.service';
import { User } from '../api/src/auth/user.entity';
import type { Config } from '../api/src/config';
import { HotlineCategory, NonFaceMethod, Satisfaction, TICKET_ORDER, TicketStatus } from '../api/src/hotline/hotline.enums';
import { createServices } from '../api/src/services';
import { DEMO_IDS, demoRows } from './demo';
import { uuidFrom } from './ids';

/**
 * Synthetic 12345 calls and tickets for the demo district: who called about which compound and
 * what the street office answered. Every phone number is made up (139 0000 xxxx, a range no
 * caller here owns); the questions are the article's four. 樱花园小区 also gets the settings its
 * street office records for the hotline (enrolment desk, gate hours, non-face ways in).
 */

const { SUITABILITY, PROGRESS, FACE_REGISTRATION, PRIVACY } = HotlineCategory;
const { NEW, ASSIGNED, RESPONDED, RESOLVED, CLOSED } = TicketStatus;

interface DemoTicket {
  request: string;
  status: TicketStatus;
  reply?: string;
  resolution?: string;
  satisfaction?: Satisfaction;
}

type DemoCall = readonly [
  daysAgo: number,
  compound: string,
  category: HotlineCategory,
  question: string,
  answer: string,
  phone: string | null,
  ticket: DemoTicket | null,
];

const ANSWERED = '已按答复口径答复来电人。';

export const DEMO_CALLS: readonly DemoCall[] = [
  [20, '樱花园小区', FACE_REGISTRATION, '老人不会用手机，人脸识别怎么注册？', ANSWERED, '13900001001', null],
  [19, '樱花园小区', PRIVACY, '在APP上传房产证照片，信息会不会泄露？', ANSWERED, '13900001002', null],
  [
    18,
    '樱花园小区',
    FACE_REGISTRATION,
    '母亲卧床不能去居委会，能上门登记吗？',
    '可以上门办理，已转居委会预约。',
    '13900001003',
    {
      request: '请居委会联系来电人，预约上门登记人脸',
      status: CLOSED,
      reply: '居委会已于周六上午上门完成登记。',
      resolution: '已上门登记',
      satisfaction: Satisfaction.SATISFIED,
    },
  ],
  [15, '樱花园小区', PROGRESS, '北门什么时候能开？', ANSWERED, null, null],
  [
    12,
    '樱花园小区',
    PROGRESS,
    '西门晚上几点关？下夜班进不去',
    '已转街道核实西门开放时间。',
    '13900001004',
    {
      request: '请核实西门夜间开放时间并答复来电人',
      status: RESOLVED,
      reply: '西门开放到22:00，22:00以后请走东门，东门开放到24:00。',
      resolution: '已电话告知来电人',
    },
  ],
  [8, '樱花园小区', PRIVACY, '不想刷脸，还能进小区吗？', '可以使用门禁卡或密码进出。', '13900001002', null],
  [
    3,
    '樱花园小区',
    FACE_REGISTRATION,
    '租户登记人脸需要带什么？',
    '身份证原件和租房合同原件。',
    '13900001005',
    { request: '来电人反映居委会要求房东到场，请核实', status: ASSIGNED },
  ],
  [
    1,
    '樱花园小区',
    PROGRESS,
    '门口测温屏坏了没人管',
    '已转街道处理。',
    '13900001006',
    { request: '东门测温屏故障，请安排维修', status: NEW },
  ],
  [21, '东中街36号楼', PROGRESS, '改造完了停车还收费吗？', ANSWERED, '13900002001', null],
  [17, '东中街42号院', SUITABILITY, '我们院没有物业，能不能封闭？', ANSWERED, '13900002002', null],
  [
    16,
    '东中街42号院',
    PROGRESS,
    '施工什么时候结束？楼道一直很吵',
    '已转街道答复施工安排。',
    '13900002003',
    {
      request: '请答复施工完工时间和夜间施工安排',
      status: CLOSED,
      reply: '主体施工8月底完成，夜间22点后不施工。',
      resolution: '已答复',
      satisfaction: Satisfaction.BASICALLY_SATISFIED,
    },
  ],
  [14, '东中街40号楼', SUITABILITY, '隔壁都装门禁了，我们楼为什么没有？', ANSWERED, '13900002004', null],
  [
    10,
    '东中街40号楼',
    SUITABILITY,
    '产权单位找不到了，小区还能改造吗？',
    '已转街道了解产权情况。',
    '13900002004',
    { request: '请街道答复产权单位不清的楼如何推进封闭管理', status: RESPONDED, reply: '街道正在联系原产权单位，明确后召开居民议事会。' },
  ],
  [9, '新中街11号院', FACE_REGISTRATION, '人脸登记要交照片吗？', ANSWERED, null, null],
  [6, '清水苑小区', SUITABILITY, '我们小区什么时候能改造？', ANSWERED, '13900002005', null],
  [
    5,
    '清水苑小区',
    PRIVACY,
    '安装门禁的公司会不会卖我们的信息？',
    '已转街道核实门禁公司备案情况。',
    '13900002006',
    {
      request: '请核实门禁技术支持公司备案和保密协议情况',
      status: CLOSED,
      reply: '该小区尚未安装门禁，安装时将选用已在公安机关备案的公司并签订保密协议。',
      resolution: '已答复',
      satisfaction: Satisfaction.DISSATISFIED,
    },
  ],
  [2, '东中街36号楼', FACE_REGISTRATION, '孩子在外地，能帮老人提交照片吗？', ANSWERED, '13900002007', null],
  [11, '孙河佳园', PROGRESS, '二期什么时候和一期一样封闭？', ANSWERED, '13900003001', null],
  [4, '二里沟东里', PRIVACY, '采集的信息存在哪里？', ANSWERED, '13900004001', null],
];

const DAY_MS = 86_400_000;

async function viewer(db: DataSource, username: string): Promise<Viewer> {
  const user = await db.getRepository(User).findOneBy({ username });
  if (!user) throw new Error(`the demo hotline data needs the ${username} account: run seedDemoAccounts first`);
  return {
    userId: user.id,
    sessionId: 'seed',
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    scope: scopeOf(user),
    secondFactor: true,
    hasTotp: user.totpEnabledAt !== null,
    passwordExpired: false,
  };
}

/** The demo calls and tickets (idempotent: fixed ids) and 樱花园小区's hotline settings; returns what it wrote. */
export async function seedDemoHotline(db: DataSource, config: Config, now: Date = new Date()): Promise<{ calls: number; tickets: number }> {
  const services = createServices(db, config);
  const rows = demoRows();
  const compoundByName = new Map(rows.compounds.map((c) => [c.name, c]));
  const street = await viewer(db, 'demo-heping');
  const agents = { [DEMO_IDS.chaoyang]: await viewer(db, 'demo-hotline-cy'), other: await viewer(db, 'demo-hotline') };
  const officers = { [DEMO_IDS.hepingjie]: street, other: await viewer(db, 'demo-street') };

  await services.hotline.setProfile(
    {
      compoundId: DEMO_IDS.yinghuayuan,
      enrolmentPlace: '樱花园社区居委会一层便民服务大厅',
      enrolmentHours: '工作日上午9点到11点半、下午2点到5点',
      homeVisits: true,
      familyPhotos: true,
      nonFaceMethods: [NonFaceMethod.CARD, NonFaceMethod.QR_CODE, NonFaceMethod.PIN],
      faceDataOnDevice: true,
      vendorFiled: true,
      gateHours: [
        { gateId: DEMO_IDS.yinghuayuanEastGate, hours: '06:00-24:00' },
        { gateId: DEMO_IDS.yinghuayuanWestGate, hours: '06:00-22:00' },
      ],
    },
    street,
    { requestId: 'seed', ip: null },
  );

  const limits = new Map((await services.hotline.timeLimits()).map((l) => [l.category, l]));
  let calls = 0;
  let tickets = 0;
  for (const [index, [daysAgo, name, category, question, answer, phone, ticket]] of DEMO_CALLS.entries()) {
    const compound = compoundByName.get(name);
    if (!compound) throw new Error(`demo hotline call about ${name}, which is no demo compound`);
    const at = new Date(now.getTime() - daysAgo * DAY_MS - (index % 7) * 3_600_000);
    const agent = agents[compound.districtId] ?? agents.other;
    const callId = uuidFrom(`hotline-call:${index}`);
    const inserted = (await db.query(
      `INSERT INTO hotline_call (id, compound_id, community_id, street_id, district_id, category, question, answer,
                                 caller_phone, caller_phone_index, follow_up, agent_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        callId,
        compound.id,
        compound.communityId,
        compound.streetId,
        compound.districtId,
        category,
        question,
        answer,
        phone && services.personalData.encrypt('hotline_call.caller_phone', phone),
        phone && services.personalData.blindIndex('phone', phone),
        ticket !== null,
        agent.userId,
        at,
      ],
    )) as unknown[];
    if (inserted.length === 0) continue;
    calls += 1;
    if (!ticket) continue;

    const limit = limits.get(category)!;
    const hour = 3_600_000;
    const ticketId = uuidFrom(`hotline-ticket:${index}`);
    const reached = TICKET_ORDER.indexOf(ticket.status);
    // Each step a few hours after the one before, within the time limits.
    const stepAt = (step: number) => (reached >= step ? new Date(at.getTime() + step * 4 * hour) : null);
    const officer = officers[compound.streetId] ?? officers.other;
    await db.query(
      `INSERT INTO hotline_ticket (id, call_id, compound_id, community_id, street_id, district_id, category, request, caller_phone_index,
                                   status, assignee_id, reply, resolution, satisfaction, respond_due_at, resolve_due_at,
                                   assigned_at, responded_at, resolved_at, closed_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $21)`,
      [
        ticketId,
        callId,
        compound.id,
        compound.communityId,
        compound.streetId,
        compound.districtId,
        category,
        ticket.request,
        phone && services.personalData.blindIndex('phone', phone),
        ticket.status,
        reached >= 1 ? officer.userId : null,
        ticket.reply ?? null,
        ticket.resolution ?? null,
        ticket.satisfaction ?? null,
        new Date(at.getTime() + limit.respondWithinHours * hour),
        new Date(at.getTime() + limit.resolveWithinHours * hour),
        stepAt(1),
        stepAt(2),
        stepAt(3),
        stepAt(4),
        at,
      ],
    );
    for (let step = 0; step <= reached; step += 1) {
      const note = [null, null, ticket.reply, ticket.resolution, null][step] ?? null;
      await db.query(
        `INSERT INTO hotline_ticket_event (ticket_id, from_status, to_status, note, actor_id, at) VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          ticketId,
          step === 0 ? null : TICKET_ORDER[step - 1],
          TICKET_ORDER[step],
          note,
          step === 0 || step === 4 ? agent.userId : officer.userId,
          stepAt(step) ?? at,
        ],
      );
    }
    tickets += 1;
  }
  await services.hotline.tickets.markOverdue(now);
  await services.hotline.search.refreshIndex();
  return { calls, tickets };
}
