import type { DataSource } from 'typeorm';
import type { Config } from '../api/src/config';
import { ClosureStatus, GateState, PropertyRightsStatus } from '../api/src/compounds/compound.enums';
import type { AssessmentFacts, QualificationRules } from '../api/src/qualification/evaluate';
import { createServices } from '../api/src/services';
import { DEMO_IDS, demoRows } from './demo';
import { fractionFrom, uuidFrom } from './ids';
import { Random } from './random';
import type { CompoundRow, GateRow } from './write';

/**
 * Rule set v1 of every demo district: the article's three conditions (rights unit at least
 * basically clear, someone looking after the compound, residents willing to pay; most of the
 * seven pay 1 yuan per m² a month) plus the physical facts a closure needs.
 */
export const DEMO_RULES: QualificationRules = {
  minRightsClarity: PropertyRightsStatus.BASICALLY_CLEAR,
  caretakerRequired: true,
  minWillingShare: 0.5,
  minAcceptedFee: 1,
  minClosableGates: 1,
  maxEntrancesToKeep: 2,
  fireLaneRequired: true,
};

const RECORDER = '东直门街道城市管理办（演示数据）';
const SEED_AUTHOR = '区城市管理委员会（演示数据）';

type Row = AssessmentFacts & {
  id: string;
  compoundId: string;
  communityId: string;
  streetId: string;
  districtId: string;
  version: number;
  evidence: string;
  recordedAt: string;
};

/**
 * The facts a street office would find, from what the compound row says: closed and renovating
 * compounds were picked because they qualified; a unit-less, unmanaged dormitory has no funds and
 * so little willingness to pay (the article's three common problems). `roll` gives 0-1 values.
 */
export function factsFor(compound: CompoundRow, gates: GateRow[], roll: () => number): AssessmentFacts {
  const picked = compound.closureStatus !== ClosureStatus.OPEN;
  const managed = compound.caretaker !== null;
  const clear = compound.propertyRights !== PropertyRightsStatus.UNCLEAR;
  // Shares: picked compounds 70-90%; managed with a clear unit 40-65% (some just short); managed
  // without a clear unit 50-70% (the unit alone holds them back); unmanaged ("no funds") 15-35%.
  const share = picked ? 0.7 + 0.2 * roll() : managed ? (clear ? 0.4 : 0.5) + (clear ? 0.25 : 0.2) * roll() : 0.15 + 0.2 * roll();
  const asked = Math.max(1, Math.round(compound.households * (0.8 + 0.15 * roll())));
  const willing = Math.floor(asked * share);
  const open = gates.filter((gate) => gate.state !== GateState.SEALED).length;
  return {
    rightsClarity: compound.propertyRights,
    rightsUnit: compound.propertyRightsUnit,
    hasCaretaker: managed,
    caretaker: compound.caretaker,
    caretakerSince: managed ? `${2008 + Math.floor(roll() * 10)}-0${1 + Math.floor(roll() * 9)}-01` : null,
    surveyHouseholdsAsked: asked,
    surveyHouseholdsWilling: willing,
    // Most of the seven accept 1 yuan per m²; compounds without funds only a token fee.
    surveyAcceptedFee: picked ? (roll() < 0.75 ? 1 : 1.2) : managed ? 1 : roll() < 0.5 ? 0.3 : 0.5,
    closableGates: gates.length,
    // A one-building compound squeezed between streets often has no lane a fire engine can use.
    fireLane: picked || compound.buildings > 1 || roll() < 0.5,
    entrancesToKeep: Math.max(1, Math.min(open, compound.households > 600 ? 2 : 1)),
  };
}

async function insertAssessments(db: DataSource, rows: Row[], recorder: string): Promise<void> {
  for (let from = 0; from < rows.length; from += 1000) {
    const payload = rows.slice(from, from + 1000).map((r) => ({
      id: r.id,
      compound_id: r.compoundId,
      community_id: r.communityId,
      street_id: r.streetId,
      district_id: r.districtId,
      version: r.version,
      rights_clarity: r.rightsClarity,
      rights_unit: r.rightsUnit,
      has_caretaker: r.hasCaretaker,
      caretaker: r.caretaker,
      caretaker_since: r.caretakerSince,
      survey_households_asked: r.surveyHouseholdsAsked,
      survey_households_willing: r.surveyHouseholdsWilling,
      survey_accepted_fee: r.surveyAcceptedFee,
      closable_gates: r.closableGates,
      fire_lane: r.fireLane,
      entrances_to_keep: r.entrancesToKeep,
      evidence: r.evidence,
      recorded_at: r.recordedAt,
    }));
    await db.query(
      `INSERT INTO compound_assessment (id, compound_id, community_id, street_id, district_id, version, rights_clarity, rights_unit,
              has_caretaker, caretaker, caretaker_since, survey_households_asked, survey_households_willing, survey_accepted_fee,
              closable_gates, fire_lane, entrances_to_keep, evidence, recorded_by_name, recorded_at)
       SELECT x.id, x.compound_id, x.community_id, x.street_id, x.district_id, x.version, x.rights_clarity, x.rights_unit,
              x.has_caretaker, x.caretaker, x.caretaker_since, x.survey_households_asked, x.survey_households_willing,
              x.survey_accepted_fee, x.closable_gates, x.fire_lane, x.entrances_to_keep, x.evidence, $2, x.recorded_at
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, compound_id uuid, community_id uuid,
              street_id uuid, district_id uuid, version integer, rights_clarity property_rights_status, rights_unit text,
              has_caretaker boolean, caretaker text, caretaker_since date, survey_households_asked integer,
              survey_households_willing integer, survey_accepted_fee numeric, closable_gates smallint, fire_lane boolean,
              entrances_to_keep smallint, evidence text, recorded_at timestamptz)
       ON CONFLICT (id) DO NOTHING`,
      [JSON.stringify(payload), recorder],
    );
  }
}

async function insertActiveRules(db: DataSource, districtId: string, note: string): Promise<void> {
  await db.query(
    `INSERT INTO qualification_rule_set (id, district_id, version, status, note, min_rights_clarity, caretaker_required,
            min_willing_share, min_accepted_fee, min_closable_gates, max_entrances_to_keep, fire_lane_required, created_by_name,
            created_at, activated_at)
     VALUES ($1, $2, 1, 'ACTIVE', $3, $4, $5, $6, $7, $8, $9, $10, $11, '2020-05-01T09:00:00+08:00', '2020-05-01T09:00:00+08:00')
     ON CONFLICT (id) DO NOTHING`,
    [
      uuidFrom(`qualification-rules:${districtId}:1`),
      districtId,
      note,
      DEMO_RULES.minRightsClarity,
      DEMO_RULES.caretakerRequired,
      DEMO_RULES.minWillingShare,
      DEMO_RULES.minAcceptedFee,
      DEMO_RULES.minClosableGates,
      DEMO_RULES.maxEntrancesToKeep,
      DEMO_RULES.fireLaneRequired,
      SEED_AUTHOR,
    ],
  );
}

/** The demo's assessments: every old compound of 东直门街道, 东中街36号楼 with a history of two. */
export function demoAssessments(): Row[] {
  const rows = demoRows();
  const rows36: Row[] = [];
  const result: Row[] = [];
  for (const compound of rows.compounds) {
    if (compound.streetId !== DEMO_IDS.dongzhimen || !compound.isOld) continue;
    const key = `assessment:${compound.id}`;
    let n = 0;
    const roll = () => fractionFrom(`${key}:${n++}`);
    const gates = rows.gates.filter((gate) => gate.compoundId === compound.id);
    const facts = factsFor(compound, gates, roll);
    const base = {
      compoundId: compound.id,
      communityId: compound.communityId,
      streetId: compound.streetId,
      districtId: compound.districtId,
    };
    if (compound.id === DEMO_IDS.dongzhongjie36) {
      // The template compound: a first survey fell short; door-to-door work brought it over the line.
      rows36.push({
        ...base,
        ...facts,
        id: uuidFrom(`${key}:v1`),
        version: 1,
        surveyHouseholdsWilling: Math.floor((facts.surveyHouseholdsAsked ?? 0) * 0.45),
        evidence: '2020-03 入户问卷; 产权单位出具证明',
        recordedAt: '2020-03-16T10:00:00+08:00',
      });
      rows36.push({
        ...base,
        ...facts,
        id: uuidFrom(`${key}:v2`),
        version: 2,
        evidence: '2020-05 入户动员后复查问卷',
        recordedAt: '2020-05-20T10:00:00+08:00',
      });
      continue;
    }
    result.push({
      ...base,
      ...facts,
      id: uuidFrom(`${key}:v1`),
      version: 1,
      evidence: '2020-06 街道入户问卷与现场核查',
      recordedAt: '2020-06-15T10:00:00+08:00',
    });
  }
  return [...rows36, ...result];
}

/**
 * Seeds closure qualification for the demo: rule set v1, active, in every demo district; the
 * assessments of 东直门街道's old compounds; and every result, computed by the service the
 * workers use. Running it again changes nothing.
 */
export async function seedDemoQualification(db: DataSource, config: Config): Promise<{ assessments: number; results: number }> {
  const [{ exists }] = (await db.query(`SELECT EXISTS (SELECT 1 FROM qualification_rule_set WHERE district_id = $1) AS exists`, [
    DEMO_IDS.dongcheng,
  ])) as [{ exists: boolean }];
  if (exists) return { assessments: 0, results: 0 };
  for (const districtId of [DEMO_IDS.dongcheng, DEMO_IDS.xicheng, DEMO_IDS.chaoyang]) {
    await insertActiveRules(db, districtId, '《北京市物业管理办法》施行后首版: 产权单位基本明确、有专人盯守、居民有付费意识');
  }
  const assessments = demoAssessments();
  await insertAssessments(db, assessments, RECORDER);
  const qualification = createServices(db, config).qualification;
  let results = 0;
  for (const districtId of [DEMO_IDS.dongcheng, DEMO_IDS.xicheng, DEMO_IDS.chaoyang]) {
    results += (await qualification.recomputeDistrict(districtId)).compounds;
  }
  return { assessments: assessments.length, results };
}

/**
 * For the benchmark: an active rule set v1 and one generated assessment for every compound of a
 * (generated) district, the same for the same seed. Results are left to the caller to compute.
 */
export async function seedGeneratedAssessments(db: DataSource, districtId: string, seed: number): Promise<number> {
  await insertActiveRules(db, districtId, '生成数据');
  const compounds = (await db.query(
    `SELECT id, community_id AS "communityId", street_id AS "streetId", district_id AS "districtId", households, buildings,
            property_rights AS "propertyRights", property_rights_unit AS "propertyRightsUnit", caretaker,
            closure_status AS "closureStatus"
       FROM compound WHERE district_id = $1 ORDER BY id`,
    [districtId],
  )) as CompoundRow[];
  const gates = (await db.query(`SELECT compound_id AS "compoundId", state FROM gate WHERE district_id = $1`, [districtId])) as GateRow[];
  const byCompound = new Map<string, GateRow[]>();
  for (const gate of gates) byCompound.set(gate.compoundId, [...(byCompound.get(gate.compoundId) ?? []), gate]);
  const random = new Random(seed);
  const rows: Row[] = compounds.map((compound) => ({
    ...factsFor(compound, byCompound.get(compound.id) ?? [], () => random.next()),
    id: uuidFrom(`generated-assessment:${compound.id}:1`),
    compoundId: compound.id,
    communityId: compound.communityId,
    streetId: compound.streetId,
    districtId: compound.districtId,
    version: 1,
    evidence: '生成数据',
    recordedAt: '2020-06-15T10:00:00+08:00',
  }));
  await insertAssessments(db, rows, '生成数据');
  return rows.length;
}
