import { ClosureStatus, GateState } from '../compounds/compound.enums';
import { CriterionOutcome, QualificationStatus } from '../qualification/qualification.enums';
import { RenovationStage, STAGE_ORDER } from '../renovation/renovation.enums';
import { type HotlineCategory, NON_FACE_LABEL, NonFaceMethod } from './hotline.enums';
import { TEMPLATE_VARIABLES, renderTemplate } from './template';

/**
 * The answer composer: live facts of one compound in, the value of every template variable out.
 * Pure, so every qualification and renovation state can be tested without a database. Values are
 * whole phrases in spoken Chinese; a fact that is not known yet says so instead of staying blank.
 */

export interface CompoundFacts {
  compoundName: string;
  streetName: string;
  communityName: string;
  closureStatus: ClosureStatus;
  /** The stored qualification result; null when none was computed. */
  qualification: {
    status: QualificationStatus;
    /** 0: computed without any assessment, i.e. not assessed yet. */
    assessmentVersion: number;
    criteria: { outcome: CriterionOutcome; explanation: string }[];
    computedAt: Date;
  } | null;
  /** The compound's renovation project; null when it has none. */
  renovation: {
    stage: RenovationStage;
    dates: { stage: RenovationStage; plannedOn: string | null; actualOn: string | null }[];
  } | null;
  /** Each gate with its opening hours (if recorded) and the kinds of its gate devices in service. */
  gates: { name: string; state: GateState; hours: string | null; devices: string[] }[];
  /** The hotline settings a street office recorded for the compound; null: the platform's defaults. */
  profile: {
    enrolmentPlace: string;
    enrolmentHours: string;
    homeVisits: boolean;
    familyPhotos: boolean;
    nonFaceMethods: NonFaceMethod[];
    faceDataOnDevice: boolean;
    vendorFiled: boolean;
  } | null;
}

const CLOSURE_PHRASE: Record<ClosureStatus, string> = {
  [ClosureStatus.OPEN]: '目前是开放式管理',
  [ClosureStatus.PLANNED]: '已经列入封闭式改造计划',
  [ClosureStatus.UNDER_RENOVATION]: '正在进行封闭式改造',
  [ClosureStatus.CLOSED]: '已经完成封闭式改造',
};

const RESULT_PHRASE: Record<QualificationStatus, string> = {
  [QualificationStatus.QUALIFIED]: '经街道评定，这个小区目前具备封闭式改造条件。',
  [QualificationStatus.NEARLY]: '经街道评定，这个小区目前还差一项条件。',
  [QualificationStatus.BLOCKED]: '经街道评定，这个小区目前暂不具备封闭式改造条件。',
};
const NOT_ASSESSED = '街道还没有对这个小区做改造条件评估，暂时还不能答复是否具备条件。';

export const STAGE_LABEL: Record<RenovationStage, string> = {
  [RenovationStage.ASSESSED]: '已评估',
  [RenovationStage.APPROVED]: '已批准',
  [RenovationStage.UNDER_CONSTRUCTION]: '施工中',
  [RenovationStage.CLOSED]: '已封闭',
  [RenovationStage.HANDED_OVER]: '已移交物业',
};

/** gate_device kinds (api/src/gates) as a resident would name them. */
const DEVICE_LABEL: Readonly<Record<string, string>> = {
  FACE_DOOR: '人脸识别门',
  TEMPERATURE_SCREEN: '测温屏',
  VEHICLE_GATE: '车辆识别道闸',
  CARD_READER: '刷卡器',
};

const GATE_PHRASE: Record<GateState, string> = {
  [GateState.OPEN]: '开放',
  [GateState.CLOSED]: '关闭',
  [GateState.SEALED]: '已封堵',
};

/** 2020-07-03 → 2020年7月3日, as it is read aloud. */
export function spokenDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${year}年${month}月${date}日`;
}

const beijingDate = (at: Date) => spokenDate(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at));

function qualificationValues(facts: CompoundFacts): Record<string, string> {
  const q = facts.qualification;
  if (!q || q.assessmentVersion === 0) return { qualificationResult: NOT_ASSESSED, qualificationReasons: '', assessedOn: '暂无' };
  // The unmet criteria first: they are what the caller needs to hear.
  const unmet = q.criteria.filter((c) => c.outcome !== CriterionOutcome.PASSED).map((c) => c.explanation);
  const met = q.criteria.filter((c) => c.outcome === CriterionOutcome.PASSED).map((c) => c.explanation);
  const parts: string[] = [];
  if (unmet.length > 0) parts.push(`还没有满足的是：${unmet.join('；')}。`);
  if (met.length > 0) parts.push(`已经满足的是：${met.join('；')}。`);
  return { qualificationResult: RESULT_PHRASE[q.status], qualificationReasons: parts.join(''), assessedOn: beijingDate(q.computedAt) };
}

function renovationValues(facts: CompoundFacts): Record<string, string> {
  const r = facts.renovation;
  if (!r) {
    const reason =
      facts.closureStatus === ClosureStatus.CLOSED
        ? '这个小区已经是封闭式管理，目前没有在办的改造项目。'
        : '这个小区目前还没有封闭式改造项目。';
    return { renovationStage: reason, renovationDates: '' };
  }
  const dates = STAGE_ORDER.map((stage) => r.dates.find((d) => d.stage === stage))
    .filter((d): d is NonNullable<typeof d> => d !== undefined && (d.plannedOn !== null || d.actualOn !== null))
    .map((d) => {
      const planned = d.plannedOn ? `计划${spokenDate(d.plannedOn)}` : '';
      const actual = d.actualOn ? `实际${spokenDate(d.actualOn)}` : '';
      return `“${STAGE_LABEL[d.stage]}”${[planned, actual].filter(Boolean).join('，')}`;
    });
  return {
    renovationStage: `这个小区的改造项目目前处于“${STAGE_LABEL[r.stage]}”阶段。`,
    renovationDates: dates.length > 0 ? `时间安排是：${dates.join('；')}。` : '',
  };
}

function gateValues(facts: CompoundFacts): Record<string, string> {
  if (facts.gates.length === 0) return { openGates: '街道还没有登记这个小区的大门', gateEquipment: '门口还没有登记智能门禁设备' };
  const open = facts.gates.filter((g) => g.state === GateState.OPEN);
  const others = facts.gates.filter((g) => g.state !== GateState.OPEN);
  const parts: string[] = [];
  if (open.length > 0) parts.push(`${open.map((g) => (g.hours ? `${g.name}（${g.hours}）` : g.name)).join('、')}开放`);
  else parts.push('目前没有开放的大门');
  for (const g of others) parts.push(`${g.name}${GATE_PHRASE[g.state]}`);
  const equipped = facts.gates.filter((g) => g.devices.length > 0);
  const gateEquipment =
    equipped.length === 0
      ? '门口还没有登记智能门禁设备'
      : equipped.map((g) => `${g.name}有${g.devices.map((d) => DEVICE_LABEL[d] ?? d).join('、')}`).join('，');
  return { openGates: parts.join('，'), gateEquipment };
}

/** The article's practice where the street office recorded nothing else: desk at the committee, visits, all three non-face ways. */
function profileOf(facts: CompoundFacts): NonNullable<CompoundFacts['profile']> & { recorded: boolean } {
  if (facts.profile) return { ...facts.profile, recorded: true };
  return {
    enrolmentPlace: `${facts.communityName}居委会`,
    enrolmentHours: '居委会的工作时间，去之前可以先打电话确认',
    homeVisits: true,
    familyPhotos: true,
    nonFaceMethods: [NonFaceMethod.CARD, NonFaceMethod.QR_CODE, NonFaceMethod.PIN],
    faceDataOnDevice: true,
    vendorFiled: false,
    recorded: false,
  };
}

function homeVisitPhrase(profile: { homeVisits: boolean; familyPhotos: boolean }): string {
  if (profile.homeVisits && profile.familyPhotos) {
    return '家里的老年人、残疾人行动不便的，社区工作人员可以上门办理，也可以由家人代为提交照片。';
  }
  if (profile.homeVisits) return '家里的老年人、残疾人行动不便的，社区工作人员可以上门办理。';
  if (profile.familyPhotos) return '家里的老年人、残疾人行动不便的，可以由家人代为提交照片。';
  return '行动不便需要上门服务的，请先和居委会联系。';
}

function profileValues(facts: CompoundFacts): Record<string, string> {
  const profile = profileOf(facts);
  return {
    enrolmentPlace: profile.enrolmentPlace,
    enrolmentHours: profile.enrolmentHours,
    homeVisit: homeVisitPhrase(profile),
    nonFaceMethods: profile.nonFaceMethods.map((m) => NON_FACE_LABEL[m]).join('、'),
    faceDataStorage: profile.faceDataOnDevice
      ? '这个小区的人脸信息只保存在门口的设备上，不集中上传。'
      : '这个小区的人脸信息经居民单独同意后集中保存，并按规定备案。',
    vendorFiling: profile.vendorFiled
      ? '技术支持公司已经在公安机关备案，具有信息系统安全等级保护资质'
      : '技术支持公司按规定要在公安机关备案；这个小区的备案情况街道还没有登记，我们可以请街道核实后答复您',
  };
}

/** Every variable of every category, from the facts. */
export function composeValues(facts: CompoundFacts): Record<string, string> {
  return {
    compoundName: facts.compoundName,
    streetName: facts.streetName,
    communityName: facts.communityName,
    closureStatus: CLOSURE_PHRASE[facts.closureStatus],
    ...qualificationValues(facts),
    ...renovationValues(facts),
    ...gateValues(facts),
    ...profileValues(facts),
  };
}

/** One category's script, the template filled with the compound's values, and the values of the category's variables. */
export function composeAnswer(
  category: HotlineCategory,
  body: string,
  facts: CompoundFacts,
): { script: string; values: { name: string; value: string }[] } {
  const values = composeValues(facts);
  return {
    script: renderTemplate(body, values),
    values: TEMPLATE_VARIABLES[category].map(({ name }) => ({ name, value: values[name] ?? '' })),
  };
}
