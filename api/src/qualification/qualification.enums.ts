import { registerEnumType } from 'type-graphql';

/** Whether a compound can be closed now, by how many criteria it falls short (0, 1, more). */
export enum QualificationStatus {
  QUALIFIED = 'QUALIFIED',
  /** Exactly one criterion failed or lacks evidence: the street office's shortlist. */
  NEARLY = 'NEARLY',
  BLOCKED = 'BLOCKED',
}

/** The criteria a rule set checks; the article's three conditions first, then the physical ones. */
export enum QualificationCriterion {
  RIGHTS_UNIT = 'RIGHTS_UNIT',
  CARETAKER = 'CARETAKER',
  WILLINGNESS = 'WILLINGNESS',
  ACCEPTED_FEE = 'ACCEPTED_FEE',
  CLOSABLE_GATES = 'CLOSABLE_GATES',
  ENTRANCES = 'ENTRANCES',
  FIRE_LANE = 'FIRE_LANE',
}

export enum CriterionOutcome {
  PASSED = 'PASSED',
  FAILED = 'FAILED',
  MISSING_EVIDENCE = 'MISSING_EVIDENCE',
}

/** A rule set is written as a draft, activated once (retiring the active one), never edited. */
export enum RuleSetStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  RETIRED = 'RETIRED',
}

registerEnumType(QualificationStatus, {
  name: 'QualificationStatus',
  description: '改造条件评定结果',
  valuesConfig: {
    QUALIFIED: { description: '具备改造条件' },
    NEARLY: { description: '差一项 (一项未达标或缺少材料)' },
    BLOCKED: { description: '不具备 (两项及以上未满足)' },
  },
});
registerEnumType(QualificationCriterion, {
  name: 'QualificationCriterion',
  description: '评定条件',
  valuesConfig: {
    RIGHTS_UNIT: { description: '产权单位明确' },
    CARETAKER: { description: '有专人盯守维护' },
    WILLINGNESS: { description: '居民付费意愿' },
    ACCEPTED_FEE: { description: '居民可接受的物业费' },
    CLOSABLE_GATES: { description: '可封闭的大门' },
    ENTRANCES: { description: '需保留的出入口' },
    FIRE_LANE: { description: '消防通道' },
  },
});
registerEnumType(CriterionOutcome, {
  name: 'CriterionOutcome',
  valuesConfig: {
    PASSED: { description: '达标' },
    FAILED: { description: '未达标' },
    MISSING_EVIDENCE: { description: '缺少材料' },
  },
});
registerEnumType(RuleSetStatus, {
  name: 'QualificationRuleSetStatus',
  description: '规则版本状态',
  valuesConfig: {
    DRAFT: { description: '草稿' },
    ACTIVE: { description: '生效中 (每区一个)' },
    RETIRED: { description: '已停用' },
  },
});
