import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PropertyRightsStatus } from '../compounds/compound.enums';
import { SortDirection } from '../compounds/compound.types';
import { ConnectionArgs, PageInfo } from '../graphql/pagination';
import { CriterionOutcome, QualificationCriterion, QualificationStatus } from './qualification.enums';

@ObjectType('QualificationCriterionResult', { description: '单项条件的评定及说明' })
export class CriterionResultView {
  @Field(() => QualificationCriterion)
  criterion!: QualificationCriterion;

  @Field(() => CriterionOutcome)
  outcome!: CriterionOutcome;

  @Field(() => String, { nullable: true, description: '小区的实际情况, 如 "38%"; 缺少材料时为空' })
  value!: string | null;

  @Field(() => String, { description: '规则要求, 如 "≥ 50%"' })
  threshold!: string;

  @Field(() => String, { description: '一句中文说明, 如 "居民付费意愿 38%，低于 50%"' })
  explanation!: string;
}

/** A compound's stored qualification, as the candidates view lists it. */
@ObjectType('ClosureCandidate', { description: '小区改造条件评定 (当前结果)' })
export class ClosureCandidate {
  @Field(() => ID)
  compoundId!: string;

  streetId!: string;

  @Field(() => QualificationStatus)
  status!: QualificationStatus;

  @Field(() => Int, { description: '未满足的条件数 (未达标或缺少材料)' })
  unmet!: number;

  @Field(() => String, { description: '一句话说明缺什么, 如 "差一项：居民付费意愿 38%，低于 50%"' })
  summary!: string;

  @Field(() => [String], { description: '每项未满足条件的中文说明' })
  missing!: string[];

  @Field(() => [CriterionResultView], { description: '全部条件的评定' })
  criteria!: CriterionResultView[];

  @Field(() => Int, { description: '所用规则版本' })
  ruleSetVersion!: number;

  @Field(() => Int, { description: '所用评估版本; 0 表示尚未评估' })
  assessmentVersion!: number;

  @Field(() => Date)
  computedAt!: Date;
}

@ObjectType('StreetQualificationCounts', { description: '街道的评定结果数' })
export class StreetQualificationCounts {
  @Field(() => ID)
  streetId!: string;

  @Field(() => Int)
  qualified!: number;

  @Field(() => Int)
  nearly!: number;

  @Field(() => Int)
  blocked!: number;

  @Field(() => Int)
  total!: number;
}

@ObjectType('ClosureCandidateEdge')
export class ClosureCandidateEdge {
  @Field(() => ClosureCandidate)
  node!: ClosureCandidate;

  @Field(() => String)
  cursor!: string;
}

@ObjectType('ClosureCandidateConnection')
export class ClosureCandidateConnection {
  @Field(() => [ClosureCandidateEdge])
  edges!: ClosureCandidateEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: '符合筛选条件的总数' })
  totalCount!: Promise<number>;

  @Field(() => [StreetQualificationCounts], { description: '按街道统计 (同样的筛选条件, 但不按状态筛选), 按街道代码排序' })
  byStreet!: Promise<StreetQualificationCounts[]>;
}

export enum ClosureCandidateSortField {
  /** Fewest unmet criteria first (qualified, then nearly, then blocked), then by name. */
  UNMET = 'UNMET',
  NAME = 'NAME',
  HOUSEHOLDS = 'HOUSEHOLDS',
}
registerEnumType(ClosureCandidateSortField, {
  name: 'ClosureCandidateSortField',
  valuesConfig: {
    UNMET: { description: '按未满足条件数, 再按名称' },
    NAME: { description: '按小区名称' },
    HOUSEHOLDS: { description: '按户数' },
  },
});

@InputType({ description: '改造候选筛选条件; 各条件之间为 "且"' })
export class ClosureCandidateFilter {
  @Field(() => ID, { nullable: true })
  districtId?: string | null;

  @Field(() => ID, { nullable: true })
  streetId?: string | null;

  @Field(() => [QualificationStatus], { nullable: true, description: '任一状态即匹配' })
  status?: QualificationStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: '只看 (或排除) 老旧小区' })
  isOld?: boolean | null;

  @Field(() => String, { nullable: true, description: '在小区名称、别名、地址中查找, 1-50 个字符' })
  search?: string | null;
}

@InputType()
export class ClosureCandidateSort {
  @Field(() => ClosureCandidateSortField)
  field!: ClosureCandidateSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}

@ArgsType()
export class ClosureCandidatesArgs extends ConnectionArgs {
  @Field(() => ClosureCandidateFilter, { nullable: true })
  filter?: ClosureCandidateFilter | null;

  @Field(() => ClosureCandidateSort, { nullable: true, description: '默认按未满足条件数升序' })
  sort?: ClosureCandidateSort | null;
}

/**
 * A new assessment version. A field left out keeps the current version's value; a field sent as
 * null clears it (no evidence).
 */
@InputType({ description: '记录评估 (生成新版本): 未提供的字段沿用当前版本, 显式传 null 表示清空 (缺少材料)' })
export class AssessmentInput {
  @Field(() => ID)
  compoundId!: string;

  @Field(() => PropertyRightsStatus, { nullable: true })
  rightsClarity?: PropertyRightsStatus | null;

  @Field(() => String, { nullable: true, description: '产权单位名称, 1-100 个字符' })
  rightsUnit?: string | null;

  @Field(() => Boolean, { nullable: true, description: '是否有专人盯守维护; false 即失管' })
  hasCaretaker?: boolean | null;

  @Field(() => String, { nullable: true, description: '盯守维护的专人或单位, 1-100 个字符' })
  caretaker?: string | null;

  @Field(() => String, { nullable: true, description: '专人盯守起始日期 YYYY-MM-DD, 不晚于今天' })
  caretakerSince?: string | null;

  @Field(() => Int, { nullable: true, description: '受访户数, 1 至小区户数' })
  surveyHouseholdsAsked?: number | null;

  @Field(() => Int, { nullable: true, description: '愿意付费户数, 不超过受访户数' })
  surveyHouseholdsWilling?: number | null;

  @Field(() => Float, { nullable: true, description: '居民可接受的物业费 (元/平方米/月), 0-100, 最多两位小数' })
  surveyAcceptedFee?: number | null;

  @Field(() => Int, { nullable: true, description: '可封闭的大门个数, 0-50' })
  closableGates?: number | null;

  @Field(() => Boolean, { nullable: true })
  fireLane?: boolean | null;

  @Field(() => Int, { nullable: true, description: '封闭后需保留的出入口个数, 0-50' })
  entrancesToKeep?: number | null;

  @Field(() => String, { description: '依据, 2-500 个字符 (如 "2020-06 入户问卷 100 户; 房管所证明")' })
  evidence!: string;
}

@InputType({ description: '一套改造条件规则 (草稿或试算)' })
export class RuleSetInput {
  @Field(() => ID)
  districtId!: string;

  @Field(() => String, { nullable: true, description: '版本说明, 最多 200 个字符' })
  note?: string | null;

  @Field(() => PropertyRightsStatus, { description: '产权单位至少应达到的明确程度' })
  minRightsClarity!: PropertyRightsStatus;

  @Field(() => Boolean)
  caretakerRequired!: boolean;

  @Field(() => Float, { description: '居民付费意愿最低比例, 0-1, 最多四位小数' })
  minWillingShare!: number;

  @Field(() => Float, { nullable: true, description: '居民可接受物业费下限 (元/平方米/月), 0-100; 为空则不考核' })
  minAcceptedFee?: number | null;

  @Field(() => Int, { description: '可封闭大门最少个数, 0-50' })
  minClosableGates!: number;

  @Field(() => Int, { description: '需保留出入口最多个数, 1-50' })
  maxEntrancesToKeep!: number;

  @Field(() => Boolean)
  fireLaneRequired!: boolean;
}

/** What-if lists at most this many changed compounds; `changedCount` has them all. */
export const WHAT_IF_MAX_CHANGES = 200;

@ObjectType('QualificationWhatIfStreet', { description: '试算: 一个街道的结果' })
export class WhatIfStreet {
  @Field(() => ID)
  streetId!: string;

  @Field(() => Int)
  compounds!: number;

  @Field(() => Int, { description: '按生效规则, 具备条件的小区数' })
  qualifiedNow!: number;

  @Field(() => Int, { description: '按草稿规则, 具备条件的小区数' })
  qualifiedWithDraft!: number;

  @Field(() => Int)
  nearlyNow!: number;

  @Field(() => Int)
  nearlyWithDraft!: number;

  @Field(() => Int, { description: '结果改变的小区数' })
  changed!: number;
}

@ObjectType('QualificationWhatIfChange', { description: '试算: 结果改变的小区' })
export class WhatIfChange {
  @Field(() => ID)
  compoundId!: string;

  @Field(() => ID)
  streetId!: string;

  @Field(() => QualificationStatus, { nullable: true, description: '按生效规则的结果; 本区尚无生效规则时为空' })
  before!: QualificationStatus | null;

  @Field(() => QualificationStatus, { description: '按草稿规则的结果' })
  after!: QualificationStatus;

  @Field(() => [String], { description: '原因: 评定改变的各项条件在草稿规则下的说明' })
  reasons!: string[];

  @Field(() => String, { description: '按草稿规则的一句话说明' })
  summary!: string;
}

@ObjectType('QualificationWhatIf', { description: '试算结果: 用草稿规则评定当前数据, 不保存任何内容' })
export class WhatIfResult {
  @Field(() => ID)
  districtId!: string;

  @Field(() => Int, { nullable: true, description: '对比的生效规则版本; 尚无生效规则时为空' })
  activeVersion!: number | null;

  @Field(() => Int)
  compounds!: number;

  @Field(() => Int)
  qualifiedNow!: number;

  @Field(() => Int)
  qualifiedWithDraft!: number;

  @Field(() => [WhatIfStreet], { description: '按街道代码排序' })
  streets!: WhatIfStreet[];

  @Field(() => Int, { description: '结果改变的小区总数' })
  changedCount!: number;

  @Field(() => [WhatIfChange], { description: `结果改变的小区, 按街道和名称排序, 最多 ${WHAT_IF_MAX_CHANGES} 个` })
  changes!: WhatIfChange[];
}
