import { PropertyRightsStatus } from '../compounds/compound.enums';
import { CriterionOutcome, QualificationCriterion, QualificationStatus } from './qualification.enums';

/** The facts of one compound's newest assessment; null means "no evidence recorded". */
export interface AssessmentFacts {
  rightsClarity: PropertyRightsStatus | null;
  rightsUnit: string | null;
  hasCaretaker: boolean | null;
  caretaker: string | null;
  caretakerSince: string | null;
  surveyHouseholdsAsked: number | null;
  surveyHouseholdsWilling: number | null;
  /** Yuan per m² per month. */
  surveyAcceptedFee: number | null;
  closableGates: number | null;
  fireLane: boolean | null;
  entrancesToKeep: number | null;
}

/** The thresholds of a rule set. A criterion switched off (not required, no minimum fee) is not checked. */
export interface QualificationRules {
  minRightsClarity: PropertyRightsStatus;
  caretakerRequired: boolean;
  /** 0-1, at most 4 decimals. */
  minWillingShare: number;
  /** Yuan per m² per month; null: the fee residents accept is not checked. */
  minAcceptedFee: number | null;
  minClosableGates: number;
  maxEntrancesToKeep: number;
  fireLaneRequired: boolean;
}

export interface CriterionResult {
  criterion: QualificationCriterion;
  outcome: CriterionOutcome;
  /** The compound's value as shown to people, e.g. "38%"; null when evidence is missing. */
  value: string | null;
  /** The rule, e.g. "≥ 50%". */
  threshold: string;
  /** One plain Chinese sentence, e.g. "居民付费意愿 38%，低于 50%". */
  explanation: string;
}

export interface Evaluation {
  status: QualificationStatus;
  /** Criteria not passed (failed or missing evidence). */
  unmet: number;
  criteria: CriterionResult[];
  /** The row text of the candidates view: what is missing, in plain Chinese. */
  summary: string;
}

const CLARITY_RANK: Record<PropertyRightsStatus, number> = {
  [PropertyRightsStatus.UNCLEAR]: 0,
  [PropertyRightsStatus.BASICALLY_CLEAR]: 1,
  [PropertyRightsStatus.CLEAR]: 2,
};
const CLARITY_LABEL: Record<PropertyRightsStatus, string> = {
  [PropertyRightsStatus.UNCLEAR]: '不清',
  [PropertyRightsStatus.BASICALLY_CLEAR]: '基本明确',
  [PropertyRightsStatus.CLEAR]: '明确',
};

/** Shares and fees are compared as integers (basis points, fen), so a value exactly at the threshold passes. */
const basisPoints = (share: number) => Math.round(share * 10000);
const fen = (yuan: number) => Math.round(yuan * 100);

/** 0.5 → "50%", 0.5555 → "55.55%": thresholds are shown exactly. */
function thresholdPercent(share: number): string {
  return `${Number((basisPoints(share) / 100).toFixed(2))}%`;
}

/**
 * A survey share, rounded down to one decimal: a share just below the threshold never reads as
 * equal to it ("49.9%，低于 50%", not "50%，低于 50%").
 */
function sharePercent(willing: number, asked: number): string {
  return `${Math.floor((willing * 1000) / asked) / 10}%`;
}

const yuan = (value: number) => `${value.toFixed(2)} 元/㎡·月`;

function rightsUnit(facts: AssessmentFacts, rules: QualificationRules): CriterionResult {
  const criterion = QualificationCriterion.RIGHTS_UNIT;
  const threshold = rules.minRightsClarity === PropertyRightsStatus.UNCLEAR ? '不作要求' : `至少${CLARITY_LABEL[rules.minRightsClarity]}`;
  const clarity = facts.rightsClarity;
  if (clarity === null) {
    return { criterion, outcome: CriterionOutcome.MISSING_EVIDENCE, value: null, threshold, explanation: '缺少产权单位信息' };
  }
  const label = CLARITY_LABEL[clarity];
  if (CLARITY_RANK[clarity] < CLARITY_RANK[rules.minRightsClarity]) {
    return {
      criterion,
      outcome: CriterionOutcome.FAILED,
      value: facts.rightsUnit ? `${label}（${facts.rightsUnit}）` : label,
      threshold,
      explanation: `产权单位${label}，要求${threshold}`,
    };
  }
  // A unit said to be (basically) clear must be named, or the finding has no evidence behind it.
  if (clarity !== PropertyRightsStatus.UNCLEAR && !facts.rightsUnit) {
    return { criterion, outcome: CriterionOutcome.MISSING_EVIDENCE, value: label, threshold, explanation: '缺少产权单位名称' };
  }
  return {
    criterion,
    outcome: CriterionOutcome.PASSED,
    value: facts.rightsUnit ? `${label}（${facts.rightsUnit}）` : label,
    threshold,
    explanation: facts.rightsUnit ? `产权单位${label}（${facts.rightsUnit}）` : `产权单位${label}，本规则不作要求`,
  };
}

function caretaker(facts: AssessmentFacts): CriterionResult {
  const criterion = QualificationCriterion.CARETAKER;
  const threshold = '须有专人';
  if (facts.hasCaretaker === null) {
    return { criterion, outcome: CriterionOutcome.MISSING_EVIDENCE, value: null, threshold, explanation: '缺少专人盯守维护情况' };
  }
  if (!facts.hasCaretaker) {
    return { criterion, outcome: CriterionOutcome.FAILED, value: '无', threshold, explanation: '无专人盯守维护（失管）' };
  }
  if (!facts.caretaker) {
    return { criterion, outcome: CriterionOutcome.MISSING_EVIDENCE, value: null, threshold, explanation: '缺少盯守维护人信息' };
  }
  const since = facts.caretakerSince ? `（自 ${facts.caretakerSince} 起）` : '';
  return {
    criterion,
    outcome: CriterionOutcome.PASSED,
    value: facts.caretaker,
    threshold,
    explanation: `有专人盯守维护：${facts.caretaker}${since}`,
  };
}

function willingness(facts: AssessmentFacts, rules: QualificationRules): CriterionResult {
  const criterion = QualificationCriterion.WILLINGNESS;
  const threshold = `≥ ${thresholdPercent(rules.minWillingShare)}`;
  const asked = facts.surveyHouseholdsAsked;
  const willing = facts.surveyHouseholdsWilling;
  if (asked === null || willing === null || asked <= 0) {
    return { criterion, outcome: CriterionOutcome.MISSING_EVIDENCE, value: null, threshold, explanation: '缺少居民付费意愿调查' };
  }
  const value = sharePercent(willing, asked);
  // willing / asked >= bp / 10000, without division.
  const passed = willing * 10000 >= basisPoints(rules.minWillingShare) * asked;
  return {
    criterion,
    outcome: passed ? CriterionOutcome.PASSED : CriterionOutcome.FAILED,
    value,
    threshold,
    explanation: `居民付费意愿 ${value}，${passed ? '达到' : '低于'} ${thresholdPercent(rules.minWillingShare)}`,
  };
}

function acceptedFee(facts: AssessmentFacts, minimum: number): CriterionResult {
  const criterion = QualificationCriterion.ACCEPTED_FEE;
  const threshold = `≥ ${yuan(minimum)}`;
  if (facts.surveyAcceptedFee === null) {
    return { criterion, outcome: CriterionOutcome.MISSING_EVIDENCE, value: null, threshold, explanation: '缺少居民可接受的物业费标准' };
  }
  const passed = fen(facts.surveyAcceptedFee) >= fen(minimum);
  return {
    criterion,
    outcome: passed ? CriterionOutcome.PASSED : CriterionOutcome.FAILED,
    value: yuan(facts.surveyAcceptedFee),
    threshold,
    explanation: `居民可接受物业费 ${yuan(facts.surveyAcceptedFee)}，${passed ? '达到' : '低于'} ${yuan(minimum)}`,
  };
}

function closableGates(facts: AssessmentFacts, rules: QualificationRules): CriterionResult {
  const criterion = QualificationCriterion.CLOSABLE_GATES;
  const threshold = `≥ ${rules.minClosableGates} 个`;
  if (facts.closableGates === null) {
    return { criterion, outcome: CriterionOutcome.MISSING_EVIDENCE, value: null, threshold, explanation: '缺少可封闭大门数量' };
  }
  const passed = facts.closableGates >= rules.minClosableGates;
  return {
    criterion,
    outcome: passed ? CriterionOutcome.PASSED : CriterionOutcome.FAILED,
    value: `${facts.closableGates} 个`,
    threshold,
    explanation: `可封闭大门 ${facts.closableGates} 个，${passed ? '不少于' : '少于'} ${rules.minClosableGates} 个`,
  };
}

function entrances(facts: AssessmentFacts, rules: QualificationRules): CriterionResult {
  const criterion = QualificationCriterion.ENTRANCES;
  const threshold = `1-${rules.maxEntrancesToKeep} 个`;
  const kept = facts.entrancesToKeep;
  if (kept === null) {
    return { criterion, outcome: CriterionOutcome.MISSING_EVIDENCE, value: null, threshold, explanation: '缺少需保留出入口数量' };
  }
  const value = `${kept} 个`;
  if (kept < 1) {
    return { criterion, outcome: CriterionOutcome.FAILED, value, threshold, explanation: '未保留任何出入口，居民无法进出' };
  }
  const passed = kept <= rules.maxEntrancesToKeep;
  return {
    criterion,
    outcome: passed ? CriterionOutcome.PASSED : CriterionOutcome.FAILED,
    value,
    threshold,
    explanation: `需保留出入口 ${kept} 个，${passed ? '不超过' : '超过'} ${rules.maxEntrancesToKeep} 个`,
  };
}

function fireLane(facts: AssessmentFacts): CriterionResult {
  const criterion = QualificationCriterion.FIRE_LANE;
  const threshold = '须有消防通道';
  if (facts.fireLane === null) {
    return { criterion, outcome: CriterionOutcome.MISSING_EVIDENCE, value: null, threshold, explanation: '缺少消防通道情况' };
  }
  return facts.fireLane
    ? { criterion, outcome: CriterionOutcome.PASSED, value: '有', threshold, explanation: '有消防通道' }
    : { criterion, outcome: CriterionOutcome.FAILED, value: '无', threshold, explanation: '无消防通道' };
}

const NO_FACTS: AssessmentFacts = {
  rightsClarity: null,
  rightsUnit: null,
  hasCaretaker: null,
  caretaker: null,
  caretakerSince: null,
  surveyHouseholdsAsked: null,
  surveyHouseholdsWilling: null,
  surveyAcceptedFee: null,
  closableGates: null,
  fireLane: null,
  entrancesToKeep: null,
};

/**
 * Evaluates one compound's facts against a rule set: pure, so the worker, the seed and the
 * what-if preview give the same answer for the same inputs. `facts` null: never assessed.
 */
export function evaluate(facts: AssessmentFacts | null, rules: QualificationRules): Evaluation {
  const f = facts ?? NO_FACTS;
  const criteria: CriterionResult[] = [rightsUnit(f, rules)];
  if (rules.caretakerRequired) criteria.push(caretaker(f));
  criteria.push(willingness(f, rules));
  if (rules.minAcceptedFee !== null) criteria.push(acceptedFee(f, rules.minAcceptedFee));
  criteria.push(closableGates(f, rules), entrances(f, rules));
  if (rules.fireLaneRequired) criteria.push(fireLane(f));

  const unmet = criteria.filter((c) => c.outcome !== CriterionOutcome.PASSED);
  const status =
    unmet.length === 0 ? QualificationStatus.QUALIFIED : unmet.length === 1 ? QualificationStatus.NEARLY : QualificationStatus.BLOCKED;
  const reasons = unmet.map((c) => c.explanation).join('；');
  const summary =
    facts === null
      ? '尚未评估'
      : status === QualificationStatus.QUALIFIED
        ? '具备改造条件'
        : status === QualificationStatus.NEARLY
          ? `差一项：${reasons}`
          : `${unmet.length} 项未满足：${reasons}`;
  return { status, unmet: unmet.length, criteria, summary };
}
