import type { DataSource } from 'typeorm';
import { scopeOf, type RequestInfo, type Viewer } from '../api/src/auth/auth.service';
import { User } from '../api/src/auth/user.entity';
import type { Config } from '../api/src/config';
import { RenovationStage, RenovationWorkKind } from '../api/src/renovation/renovation.enums';
import type { WorkItemInput } from '../api/src/renovation/renovation.types';
import { createServices } from '../api/src/services';
import { DEMO_IDS, demoRows } from './demo';

/**
 * The renovation projects of 东直门街道, as Beijing Daily (2020-08-03) tells them: 东中街36号楼
 * finished its closure in June 2020 and is the template (范本) for the 7 compounds under renovation
 * since July 2020, due in August 2020; the work adds access control (门禁系统), automatic
 * person-and-vehicle recognition (人车自动识别), a party-member council hall (党员议事厅) and a
 * property company (引入物业); the street invested over 1,000,000 yuan. Exact days, contractors,
 * amounts and the handover of 36号楼 to a property company in July are made up to fit.
 *
 * The 7 are left UNDER_CONSTRUCTION with closure planned for 2020-08-31, as the article leaves
 * them, so on any later day (the platform's "today" is past 2026) they are overdue and the alert
 * list shows them: that is the correct reading of the data, not a seed error.
 *
 * Recorded through the renovation service as demo-street (东直门街道's officer), so the stage
 * history, the audit log and the overdue alerts come from the one code path.
 */

export const DEMO_RENOVATION_ACTOR = 'demo-street';

const CONTRACTOR = '某建设工程有限公司';
const PROPERTY_COMPANY = '某物业服务有限公司';

const { FENCING, ACCESS_CONTROL, PERSON_VEHICLE_RECOGNITION, PARTY_COUNCIL_HALL, PROPERTY_INTRODUCTION } = RenovationWorkKind;

/** 东中街36号楼 (96 households): what the template cost, every item paid. */
const TEMPLATE_ITEMS: WorkItemInput[] = [
  { kind: FENCING, description: '围栏及南门改造, 北门封堵', budget: 28000, spent: 27650 },
  { kind: ACCESS_CONTROL, description: '门禁系统 (人脸、刷卡、二维码)', budget: 36000, spent: 35800 },
  { kind: PERSON_VEHICLE_RECOGNITION, description: '人车自动识别, 车行道闸', budget: 42000, spent: 41900 },
  { kind: PARTY_COUNCIL_HALL, description: '党员议事厅', budget: 18000, spent: 18400 },
  { kind: PROPERTY_INTRODUCTION, description: '引入物业: 选聘与首年过渡', budget: 8000, spent: 8000 },
];

/**
 * The 7 copy the template's items; fencing and access control grow with the compound (yuan per
 * household), and by the end of the records part of the hardware is paid for.
 */
function itemsFor(households: number): WorkItemInput[] {
  const fencing = 18000 + 60 * households;
  const access = 24000 + 80 * households;
  return [
    { kind: FENCING, description: '围栏, 多余出入口封堵', budget: fencing, spent: Math.round(fencing * 0.6) },
    { kind: ACCESS_CONTROL, description: '门禁系统 (人脸、刷卡、二维码)', budget: access, spent: Math.round(access * 0.5) },
    { kind: PERSON_VEHICLE_RECOGNITION, description: '人车自动识别, 车行道闸', budget: 42000, spent: 16800 },
    { kind: PARTY_COUNCIL_HALL, description: '党员议事厅', budget: 18000, spent: 0 },
    { kind: PROPERTY_INTRODUCTION, description: '引入物业: 选聘与首年过渡', budget: 8000, spent: 0 },
  ];
}

const pad = (n: number) => String(n).padStart(2, '0');

async function actor(db: DataSource): Promise<Viewer> {
  const user = await db.getRepository(User).findOneBy({ username: DEMO_RENOVATION_ACTOR });
  if (!user) throw new Error(`the demo renovation projects need the ${DEMO_RENOVATION_ACTOR} account: run seedDemoAccounts first`);
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

/**
 * Records the projects of 东直门街道 (the template and the 7), skipping any compound that already
 * has a project (idempotent). Returns how many projects were created.
 */
export async function seedDemoRenovation(db: DataSource, config: Config): Promise<number> {
  const renovation = createServices(db, config).renovation;
  const existing = new Set(
    (
      (await db.query(`SELECT compound_id FROM renovation_project WHERE street_id = $1`, [DEMO_IDS.dongzhimen])) as {
        compound_id: string;
      }[]
    ).map((r) => r.compound_id),
  );
  const viewer = await actor(db);
  const request: RequestInfo = { requestId: 'seed', ip: null };
  let created = 0;

  if (!existing.has(DEMO_IDS.dongzhongjie36)) {
    const template = await renovation.create(
      {
        compoundId: DEMO_IDS.dongzhongjie36,
        plannedStartOn: '2020-03-01',
        assessedOn: '2020-03-06',
        contractor: CONTRACTOR,
        plannedDates: [
          { stage: RenovationStage.ASSESSED, plannedOn: '2020-03-06' },
          { stage: RenovationStage.APPROVED, plannedOn: '2020-03-31' },
          { stage: RenovationStage.UNDER_CONSTRUCTION, plannedOn: '2020-04-15' },
          { stage: RenovationStage.CLOSED, plannedOn: '2020-06-30' },
          { stage: RenovationStage.HANDED_OVER, plannedOn: '2020-07-15' },
        ],
        workItems: TEMPLATE_ITEMS,
      },
      viewer,
      request,
    );
    await renovation.advance(template.id, { toStage: RenovationStage.APPROVED, actualOn: '2020-03-27' }, viewer, request);
    await renovation.advance(template.id, { toStage: RenovationStage.UNDER_CONSTRUCTION, actualOn: '2020-04-13' }, viewer, request);
    await renovation.advance(template.id, { toStage: RenovationStage.CLOSED, actualOn: '2020-06-18' }, viewer, request);
    await renovation.advance(
      template.id,
      { toStage: RenovationStage.HANDED_OVER, actualOn: '2020-07-01', propertyCompany: PROPERTY_COMPANY },
      viewer,
      request,
    );
    created += 1;
  }

  const households = new Map(demoRows().compounds.map((c) => [c.id, c.households]));
  for (const [i, compoundId] of DEMO_IDS.dongzhimenUnderRenovation.entries()) {
    if (existing.has(compoundId)) continue;
    const project = await renovation.create(
      {
        compoundId,
        templateCompoundId: DEMO_IDS.dongzhongjie36,
        plannedStartOn: '2020-06-01',
        assessedOn: `2020-06-${pad(3 + i)}`,
        contractor: CONTRACTOR,
        plannedDates: [
          { stage: RenovationStage.APPROVED, plannedOn: '2020-06-30' },
          { stage: RenovationStage.UNDER_CONSTRUCTION, plannedOn: '2020-07-01' },
          // "预计将于8月完工": due at the end of August 2020.
          { stage: RenovationStage.CLOSED, plannedOn: '2020-08-31' },
          { stage: RenovationStage.HANDED_OVER, plannedOn: '2020-09-30' },
        ],
        workItems: itemsFor(households.get(compoundId) ?? 0),
      },
      viewer,
      request,
    );
    await renovation.advance(project.id, { toStage: RenovationStage.APPROVED, actualOn: `2020-06-${pad(20 + (i % 3))}` }, viewer, request);
    await renovation.advance(
      project.id,
      { toStage: RenovationStage.UNDER_CONSTRUCTION, actualOn: `2020-07-${pad(1 + 2 * i)}` },
      viewer,
      request,
    );
    created += 1;
  }
  return created;
}
