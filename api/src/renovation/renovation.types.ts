import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionArgs, ConnectionType } from '../graphql/pagination';
import { RenovationProject } from './renovation.entity';
import { RenovationStage, RenovationWorkKind } from './renovation.enums';

export const NAME_MAX_LENGTH = 64;
export const DESCRIPTION_MAX_LENGTH = 200;
export const REASON_MIN_LENGTH = 2;
export const REASON_MAX_LENGTH = 200;
/** numeric(14,2): twelve digits before the point. */
export const MONEY_MAX = 999_999_999_999.99;

@InputType({ description: '某一阶段的计划日期' })
export class StagePlanInput {
  @Field(() => RenovationStage)
  stage!: RenovationStage;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; 为空表示取消计划日期' })
  plannedOn?: string | null;
}

@InputType({ description: '工作项; 每个项目每类一项' })
export class WorkItemInput {
  @Field(() => RenovationWorkKind)
  kind!: RenovationWorkKind;

  @Field(() => String, { nullable: true, description: `说明, 最多 ${DESCRIPTION_MAX_LENGTH} 字` })
  description?: string | null;

  @Field(() => Float, { description: '预算 (元), 不小于 0, 最多两位小数' })
  budget!: number;

  @Field(() => Float, { nullable: true, description: '实际支出 (元), 不小于 0, 默认 0' })
  spent?: number | null;
}

@InputType({ description: '新建改造项目 (街道)' })
export class CreateRenovationProjectInput {
  @Field(() => ID)
  compoundId!: string;

  @Field(() => ID, { nullable: true, description: '范本小区: 须已完成改造 (已封闭或已移交); 未给出工作项时复制其工作项和预算' })
  templateCompoundId?: string | null;

  @Field(() => String, { description: '计划启动日期 YYYY-MM-DD' })
  plannedStartOn!: string;

  @Field(() => String, { nullable: true, description: '评估完成日期 YYYY-MM-DD, 默认今天 (北京时间)' })
  assessedOn?: string | null;

  @Field(() => [StagePlanInput], { nullable: true, description: '各阶段计划日期, 按阶段顺序不得倒退' })
  plannedDates?: StagePlanInput[] | null;

  @Field(() => String, { nullable: true, description: `施工单位, 最多 ${NAME_MAX_LENGTH} 字` })
  contractor?: string | null;

  @Field(() => [WorkItemInput], { nullable: true, description: '工作项; 不给出时从范本复制' })
  workItems?: WorkItemInput[] | null;
}

@InputType({ description: '修改改造项目; 未给出的字段不变' })
export class UpdateRenovationProjectInput {
  @Field(() => ID, { nullable: true, description: '范本小区; 传 null 表示去掉范本' })
  templateCompoundId?: string | null;

  @Field(() => String, { nullable: true, description: '计划启动日期 YYYY-MM-DD' })
  plannedStartOn?: string | null;

  @Field(() => [StagePlanInput], { nullable: true, description: '只修改列出的阶段' })
  plannedDates?: StagePlanInput[] | null;

  @Field(() => String, { nullable: true, description: '施工单位; 传空字符串表示清除' })
  contractor?: string | null;

  @Field(() => [WorkItemInput], { nullable: true, description: '全部工作项: 替换现有清单' })
  workItems?: WorkItemInput[] | null;
}

@InputType({ description: '推进一级' })
export class AdvanceRenovationStageInput {
  @Field(() => RenovationStage, { description: '目标阶段: 必须是当前阶段的下一级' })
  toStage!: RenovationStage;

  @Field(() => String, { nullable: true, description: '实际日期 YYYY-MM-DD, 默认今天 (北京时间)' })
  actualOn?: string | null;

  @Field(() => String, { nullable: true, description: `移交物业时必填: 物业公司名称, 最多 ${NAME_MAX_LENGTH} 字` })
  propertyCompany?: string | null;
}

@InputType({ description: '更正误操作: 撤回最近一次推进, 回到上一级; 须填写原因, 记入审计日志' })
export class CorrectRenovationStageInput {
  @Field(() => RenovationStage, { description: '回到的阶段: 必须是当前阶段的上一级' })
  toStage!: RenovationStage;

  @Field(() => String, { description: `原因, ${REASON_MIN_LENGTH}-${REASON_MAX_LENGTH} 字` })
  reason!: string;
}

@InputType({ description: '改造项目筛选条件; 各条件之间为 "且"' })
export class RenovationProjectFilter {
  @Field(() => ID, { nullable: true })
  districtId?: string | null;

  @Field(() => ID, { nullable: true })
  streetId?: string | null;

  @Field(() => ID, { nullable: true })
  compoundId?: string | null;

  @Field(() => [RenovationStage], { nullable: true, description: '任一阶段即匹配' })
  stages?: RenovationStage[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: 只看有逾期阶段的; false: 只看没有的' })
  overdue?: boolean | null;
}

@ArgsType()
export class RenovationProjectsArgs extends ConnectionArgs {
  @Field(() => RenovationProjectFilter, { nullable: true })
  filter?: RenovationProjectFilter | null;
}

export const RenovationProjectConnection = ConnectionType(RenovationProject, 'RenovationProject');

@ObjectType({ description: '漏斗: 某一阶段的项目数' })
export class StageCount {
  @Field(() => RenovationStage)
  stage!: RenovationStage;

  @Field(() => Int, { description: '当前处于该阶段' })
  current!: number;

  @Field(() => Int, { description: '已到达该阶段或更后' })
  reached!: number;
}

@ObjectType({ description: '已完成封闭的小区 (时间线)' })
export class FinishedCompound {
  @Field(() => ID)
  projectId!: string;

  @Field(() => ID)
  compoundId!: string;

  @Field(() => ID)
  streetId!: string;

  @Field(() => String, { description: '封闭日期 YYYY-MM-DD' })
  closedOn!: string;
}

/** The figures of an area (the district, or one street), as the progress view shows them. */
@ObjectType({ description: '改造进展数字' })
export class RenovationFigures {
  @Field(() => Int, { description: '项目数' })
  projectCount!: number;

  @Field(() => [StageCount], { description: '各阶段项目数, 每个阶段一项 (含 0), 按阶段顺序' })
  funnel!: StageCount[];

  @Field(() => Float, { description: '计划投资 (元): 工作项预算之和' })
  budget!: number;

  @Field(() => Float, { description: '实际支出 (元)' })
  spent!: number;

  @Field(() => Int, { description: '已完成 (有实际日期且有计划日期) 的阶段数' })
  completedStages!: number;

  @Field(() => Int, { description: '其中按期完成 (实际日期不晚于计划日期) 的阶段数' })
  completedOnTime!: number;

  @Field(() => Float, { nullable: true, description: '按期率 0-1; 没有已完成阶段时为空' })
  onTimeShare!: number | null;

  @Field(() => Int, { description: '有逾期阶段的项目数 (今天, 北京时间)' })
  overdueProjects!: number;

  @Field(() => [FinishedCompound], { description: '已封闭小区, 按封闭日期先后' })
  finished!: FinishedCompound[];
}

@ObjectType({ description: '某街道的改造进展' })
export class StreetRenovationProgress extends RenovationFigures {
  @Field(() => ID)
  streetId!: string;
}

@ObjectType({ description: '全区改造进展: 汇总, 以及可下钻到街道和小区的分街道数字' })
export class RenovationProgress extends RenovationFigures {
  @Field(() => ID)
  districtId!: string;

  @Field(() => [StreetRenovationProgress], { description: '本人可见的各街道, 按街道代码' })
  streets!: StreetRenovationProgress[];
}

@ObjectType({ description: '逾期阶段预警的内容' })
export class OverdueStage {
  @Field(() => ID)
  projectId!: string;

  @Field(() => RenovationStage, { description: '逾期的阶段 (最早的一个未完成且已过计划日期的阶段)' })
  stage!: RenovationStage;

  @Field(() => String, { description: '计划日期 YYYY-MM-DD' })
  dueOn!: string;

  @Field(() => String, { description: '逾期起始日 YYYY-MM-DD (计划日期次日)' })
  since!: string;

  @Field(() => Int, { description: '逾期天数: 到今天 (北京时间) 或到预警关闭之日' })
  daysOverdue!: number;
}
