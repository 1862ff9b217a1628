import { PropertyRightsStatus } from '../compounds/compound.enums';
import { evaluate, type AssessmentFacts, type QualificationRules } from './evaluate';
import { CriterionOutcome, QualificationCriterion, QualificationStatus } from './qualification.enums';

const RULES: QualificationRules = {
  minRightsClarity: PropertyRightsStatus.BASICALLY_CLEAR,
  caretakerRequired: true,
  minWillingShare: 0.5,
  minAcceptedFee: 1,
  minClosableGates: 1,
  maxEntrancesToKeep: 2,
  fireLaneRequired: true,
};

/** Passes every criterion of RULES. */
const GOOD: AssessmentFacts = {
  rightsClarity: PropertyRightsStatus.BASICALLY_CLEAR,
  rightsUnit: '某设计院',
  hasCaretaker: true,
  caretaker: '产权单位房管员',
  caretakerSince: '2015-03-01',
  surveyHouseholdsAsked: 100,
  surveyHouseholdsWilling: 80,
  surveyAcceptedFee: 1,
  closableGates: 2,
  fireLane: true,
  entrancesToKeep: 1,
};

function criterion(facts: Partial<AssessmentFacts>, which: QualificationCriterion, rules: Partial<QualificationRules> = {}) {
  const result = evaluate({ ...GOOD, ...facts }, { ...RULES, ...rules });
  const found = result.criteria.find((c) => c.criterion === which);
  if (!found) throw new Error(`${which} was not evaluated`);
  return { outcome: found.outcome, value: found.value, threshold: found.threshold, explanation: found.explanation, status: result.status };
}

describe('evaluate', () => {
  it('qualifies a compound that meets every criterion, with all seven explained', () => {
    const result = evaluate(GOOD, RULES);
    expect(result.status).toBe(QualificationStatus.QUALIFIED);
    expect(result.unmet).toBe(0);
    expect(result.summary).toBe('具备改造条件');
    expect(result.criteria.map((c) => c.criterion)).toEqual([
      'RIGHTS_UNIT',
      'CARETAKER',
      'WILLINGNESS',
      'ACCEPTED_FEE',
      'CLOSABLE_GATES',
      'ENTRANCES',
      'FIRE_LANE',
    ]);
    expect(result.criteria.every((c) => c.outcome === CriterionOutcome.PASSED)).toBe(true);
  });

  describe('rights unit', () => {
    const R = QualificationCriterion.RIGHTS_UNIT;
    it('passes exactly at the required clarity and above it', () => {
      expect(criterion({}, R)).toMatchObject({
        outcome: 'PASSED',
        value: '基本明确（某设计院）',
        explanation: '产权单位基本明确（某设计院）',
      });
      expect(criterion({ rightsClarity: PropertyRightsStatus.CLEAR }, R).outcome).toBe('PASSED');
    });
    it('fails one step below', () => {
      expect(criterion({ rightsClarity: PropertyRightsStatus.UNCLEAR, rightsUnit: null }, R)).toMatchObject({
        outcome: 'FAILED',
        value: '不清',
        threshold: '至少基本明确',
        explanation: '产权单位不清，要求至少基本明确',
      });
      expect(criterion({}, R, { minRightsClarity: PropertyRightsStatus.CLEAR })).toMatchObject({
        outcome: 'FAILED',
        explanation: '产权单位基本明确，要求至少明确',
      });
    });
    it('lacks evidence without a finding, or without the unit named', () => {
      expect(criterion({ rightsClarity: null }, R)).toMatchObject({
        outcome: 'MISSING_EVIDENCE',
        value: null,
        explanation: '缺少产权单位信息',
      });
      expect(criterion({ rightsUnit: null }, R)).toMatchObject({ outcome: 'MISSING_EVIDENCE', explanation: '缺少产权单位名称' });
    });
    it('accepts an unclear unit when the rule asks nothing', () => {
      expect(
        criterion({ rightsClarity: PropertyRightsStatus.UNCLEAR, rightsUnit: null }, R, { minRightsClarity: PropertyRightsStatus.UNCLEAR }),
      ).toMatchObject({ outcome: 'PASSED', threshold: '不作要求', explanation: '产权单位不清，本规则不作要求' });
    });
  });

  describe('caretaker', () => {
    const C = QualificationCriterion.CARETAKER;
    it('passes with a named caretaker, fails without one, lacks evidence when unknown or unnamed', () => {
      expect(criterion({}, C)).toMatchObject({ outcome: 'PASSED', explanation: '有专人盯守维护：产权单位房管员（自 2015-03-01 起）' });
      expect(criterion({ hasCaretaker: false, caretaker: null }, C)).toMatchObject({
        outcome: 'FAILED',
        explanation: '无专人盯守维护（失管）',
      });
      expect(criterion({ hasCaretaker: null }, C)).toMatchObject({ outcome: 'MISSING_EVIDENCE', explanation: '缺少专人盯守维护情况' });
      expect(criterion({ caretaker: null }, C)).toMatchObject({ outcome: 'MISSING_EVIDENCE', explanation: '缺少盯守维护人信息' });
    });
    it('is not checked when the rule does not require it', () => {
      const result = evaluate({ ...GOOD, hasCaretaker: false, caretaker: null }, { ...RULES, caretakerRequired: false });
      expect(result.criteria.map((c) => c.criterion)).not.toContain('CARETAKER');
      expect(result.status).toBe(QualificationStatus.QUALIFIED);
    });
  });

  describe('willingness', () => {
    const W = QualificationCriterion.WILLINGNESS;
    it('passes exactly at the threshold and fails one household below', () => {
      expect(criterion({ surveyHouseholdsWilling: 50 }, W)).toMatchObject({
        outcome: 'PASSED',
        value: '50%',
        explanation: '居民付费意愿 50%，达到 50%',
      });
      expect(criterion({ surveyHouseholdsWilling: 49 }, W)).toMatchObject({ outcome: 'FAILED', value: '49%', threshold: '≥ 50%' });
      expect(criterion({ surveyHouseholdsWilling: 38 }, W).explanation).toBe('居民付费意愿 38%，低于 50%');
    });
    it('compares exactly where floating point would not (7 of 10 at 70%, 1 of 3 at 33.33%)', () => {
      expect(criterion({ surveyHouseholdsAsked: 10, surveyHouseholdsWilling: 7 }, W, { minWillingShare: 0.7 }).outcome).toBe('PASSED');
      expect(criterion({ surveyHouseholdsAsked: 3, surveyHouseholdsWilling: 1 }, W, { minWillingShare: 0.3333 }).outcome).toBe('PASSED');
      expect(criterion({ surveyHouseholdsAsked: 3, surveyHouseholdsWilling: 1 }, W, { minWillingShare: 0.3334 }).outcome).toBe('FAILED');
    });
    it('never shows a share just below the threshold as equal to it', () => {
      expect(criterion({ surveyHouseholdsAsked: 1999, surveyHouseholdsWilling: 999 }, W)).toMatchObject({
        outcome: 'FAILED',
        explanation: '居民付费意愿 49.9%，低于 50%',
      });
    });
    it('lacks evidence without a survey', () => {
      expect(criterion({ surveyHouseholdsAsked: null, surveyHouseholdsWilling: null }, W)).toMatchObject({
        outcome: 'MISSING_EVIDENCE',
        explanation: '缺少居民付费意愿调查',
      });
    });
  });

  describe('accepted fee', () => {
    const F = QualificationCriterion.ACCEPTED_FEE;
    it('passes at the minimum, fails a fen below, lacks evidence without a fee, is skipped without a minimum', () => {
      expect(criterion({ surveyAcceptedFee: 1 }, F)).toMatchObject({ outcome: 'PASSED', value: '1.00 元/㎡·月' });
      expect(criterion({ surveyAcceptedFee: 0.99 }, F)).toMatchObject({
        outcome: 'FAILED',
        explanation: '居民可接受物业费 0.99 元/㎡·月，低于 1.00 元/㎡·月',
      });
      expect(criterion({ surveyAcceptedFee: 1.1 }, F, { minAcceptedFee: 1.1 }).outcome).toBe('PASSED');
      expect(criterion({ surveyAcceptedFee: null }, F).outcome).toBe('MISSING_EVIDENCE');
      expect(evaluate({ ...GOOD, surveyAcceptedFee: null }, { ...RULES, minAcceptedFee: null }).status).toBe(QualificationStatus.QUALIFIED);
    });
  });

  describe('gates, entrances, fire lane', () => {
    it('closable gates: at the minimum passes, one fewer fails, unknown lacks evidence', () => {
      const G = QualificationCriterion.CLOSABLE_GATES;
      expect(criterion({ closableGates: 1 }, G)).toMatchObject({ outcome: 'PASSED', explanation: '可封闭大门 1 个，不少于 1 个' });
      expect(criterion({ closableGates: 0 }, G)).toMatchObject({ outcome: 'FAILED', explanation: '可封闭大门 0 个，少于 1 个' });
      expect(criterion({ closableGates: null }, G).outcome).toBe('MISSING_EVIDENCE');
    });
    it('entrances to keep: at the maximum passes, one more fails, none fails, unknown lacks evidence', () => {
      const E = QualificationCriterion.ENTRANCES;
      expect(criterion({ entrancesToKeep: 2 }, E)).toMatchObject({ outcome: 'PASSED', explanation: '需保留出入口 2 个，不超过 2 个' });
      expect(criterion({ entrancesToKeep: 3 }, E)).toMatchObject({ outcome: 'FAILED', explanation: '需保留出入口 3 个，超过 2 个' });
      expect(criterion({ entrancesToKeep: 0 }, E).outcome).toBe('FAILED');
      expect(criterion({ entrancesToKeep: null }, E).outcome).toBe('MISSING_EVIDENCE');
    });
    it('fire lane: required and present passes, absent fails, unknown lacks evidence, not required is skipped', () => {
      const L = QualificationCriterion.FIRE_LANE;
      expect(criterion({ fireLane: true }, L).outcome).toBe('PASSED');
      expect(criterion({ fireLane: false }, L)).toMatchObject({ outcome: 'FAILED', explanation: '无消防通道' });
      expect(criterion({ fireLane: null }, L)).toMatchObject({ outcome: 'MISSING_EVIDENCE', explanation: '缺少消防通道情况' });
      expect(evaluate({ ...GOOD, fireLane: false }, { ...RULES, fireLaneRequired: false }).criteria.map((c) => c.criterion)).not.toContain(
        'FIRE_LANE',
      );
    });
  });

  describe('status', () => {
    it('is NEARLY with exactly one criterion failed, or exactly one missing', () => {
      const failed = evaluate({ ...GOOD, surveyHouseholdsWilling: 38 }, RULES);
      expect(failed).toMatchObject({ status: 'NEARLY', unmet: 1, summary: '差一项：居民付费意愿 38%，低于 50%' });
      const missing = evaluate({ ...GOOD, rightsClarity: null }, RULES);
      expect(missing).toMatchObject({ status: 'NEARLY', unmet: 1, summary: '差一项：缺少产权单位信息' });
    });
    it('is BLOCKED with two or more, and says each', () => {
      const result = evaluate({ ...GOOD, hasCaretaker: false, caretaker: null, rightsClarity: null }, RULES);
      expect(result).toMatchObject({ status: 'BLOCKED', unmet: 2, summary: '2 项未满足：缺少产权单位信息；无专人盯守维护（失管）' });
    });
    it('is BLOCKED with every criterion missing for a compound never assessed', () => {
      const result = evaluate(null, RULES);
      expect(result.status).toBe(QualificationStatus.BLOCKED);
      expect(result.unmet).toBe(7);
      expect(result.summary).toBe('尚未评估');
      expect(result.criteria.every((c) => c.outcome === CriterionOutcome.MISSING_EVIDENCE)).toBe(true);
    });
  });
});
