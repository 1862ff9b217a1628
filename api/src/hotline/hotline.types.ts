import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ClosureStatus } from '../compounds/compound.enums';
import { HotlineCategory, HotlineMatch, NonFaceMethod, Satisfaction, TicketStatus } from './hotline.enums';

export const QUESTION_MAX_LENGTH = 1000;
export const ANSWER_MAX_LENGTH = 4000;
export const NOTE_MAX_LENGTH = 2000;
export const TICKETS_DEFAULT = 50;
export const TICKETS_MAX = 200;
export const CALLS_DEFAULT = 20;
export const CALLS_MAX = 100;
/** Figures cover at most a year of weeks per request. */
export const MAX_WEEKS = 53;

@ObjectType('HotlineSearchHit', { description: '热线检索结果: 用街道和社区区分同名小区' })
export class HotlineSearchHit {
  @Field(() => ID)
  compoundId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  streetName!: string;

  @Field(() => String)
  communityName!: string;

  @Field(() => Float, { description: '相似度 0-1, 越大越像' })
  score!: number;

  @Field(() => HotlineMatch)
  matchedBy!: HotlineMatch;
}

@ObjectType('HotlineVariableValue', { description: '模板变量及其当前取值' })
export class HotlineVariableValue {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  value!: string;
}

@ObjectType('HotlineAnswer', { description: '某类问题的答复口径, 由模板和小区的实时数据生成' })
export class HotlineAnswer {
  @Field(() => HotlineCategory)
  category!: HotlineCategory;

  @Field(() => String, { description: '类别名称, 如 人脸识别登记' })
  title!: string;

  @Field(() => String, { description: '可直接朗读的答复' })
  script!: string;

  @Field(() => ID)
  templateId!: string;

  @Field(() => Int)
  templateVersion!: number;

  @Field(() => [HotlineVariableValue])
  values!: HotlineVariableValue[];
}

@ObjectType('HotlineGateHours', { description: '大门开放时间' })
export class HotlineGateHours {
  @Field(() => ID)
  gateId!: string;

  @Field(() => String)
  hours!: string;
}

@ObjectType('HotlineCompoundProfile', { description: '街道为热线登记的小区设置: 人脸登记地点和时间、不刷脸的进门方式、隐私设置' })
export class HotlineCompoundProfile {
  @Field(() => ID)
  compoundId!: string;

  @Field(() => String, { description: '人脸登记办理地点' })
  enrolmentPlace!: string;

  @Field(() => String, { description: '办理时间' })
  enrolmentHours!: string;

  @Field(() => Boolean, { description: '行动不便者可上门办理' })
  homeVisits!: boolean;

  @Field(() => Boolean, { description: '可由家人代交照片' })
  familyPhotos!: boolean;

  @Field(() => [NonFaceMethod], { description: '不刷脸的进门方式' })
  nonFaceMethods!: NonFaceMethod[];

  @Field(() => Boolean, { description: '人脸信息只存于门口设备, 不集中' })
  faceDataOnDevice!: boolean;

  @Field(() => Boolean, { description: '门禁技术支持公司已在公安机关备案' })
  vendorFiled!: boolean;

  @Field(() => [HotlineGateHours])
  gateHours!: HotlineGateHours[];

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType('HotlineTicketEvent', { description: '工单状态变化' })
export class HotlineTicketEvent {
  @Field(() => TicketStatus, { nullable: true })
  fromStatus!: TicketStatus | null;

  @Field(() => TicketStatus)
  toStatus!: TicketStatus;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => String, { nullable: true, description: '操作人姓名' })
  actorName!: string | null;

  @Field(() => Date)
  at!: Date;
}

@ObjectType('HotlineTicket', { description: '转街道办理的工单' })
export class HotlineTicket {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  callId!: string;

  @Field(() => ID)
  compoundId!: string;

  @Field(() => String)
  compoundName!: string;

  @Field(() => ID)
  streetId!: string;

  @Field(() => String)
  streetName!: string;

  @Field(() => String)
  communityName!: string;

  @Field(() => HotlineCategory)
  category!: HotlineCategory;

  @Field(() => String, { description: '需要街道办理的诉求' })
  request!: string;

  @Field(() => String, { nullable: true, description: '来电号码, 已脱敏 (138****5678)' })
  callerPhone!: string | null;

  @Field(() => TicketStatus)
  status!: TicketStatus;

  @Field(() => String, { nullable: true, description: '街道接单人' })
  assigneeName!: string | null;

  @Field(() => String, { nullable: true, description: '街道答复, 下一位接线员打开小区时可见' })
  reply!: string | null;

  @Field(() => String, { nullable: true, description: '解决情况' })
  resolution!: string | null;

  @Field(() => Satisfaction, { nullable: true })
  satisfaction!: Satisfaction | null;

  @Field(() => Date, { description: '答复时限' })
  respondDueAt!: Date;

  @Field(() => Date, { description: '解决时限' })
  resolveDueAt!: Date;

  @Field(() => Boolean, { description: '已超时 (由定时任务标记)' })
  overdue!: boolean;

  @Field(() => Date, { nullable: true })
  overdueSince!: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  assignedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  respondedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;
}

@ObjectType('HotlineTicketList')
export class HotlineTicketList {
  @Field(() => [HotlineTicket], { description: '超时的在前, 再按创建时间从早到晚' })
  items!: HotlineTicket[];

  @Field(() => Int, { description: '符合条件的总数' })
  totalCount!: number;
}

@ObjectType('HotlineCall', { description: '一次来电记录' })
export class HotlineCall {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  compoundId!: string;

  @Field(() => String)
  compoundName!: string;

  @Field(() => HotlineCategory)
  category!: HotlineCategory;

  @Field(() => String)
  question!: string;

  @Field(() => String)
  answer!: string;

  @Field(() => String, { nullable: true, description: '来电号码, 已脱敏' })
  callerPhone!: string | null;

  @Field(() => Boolean, { description: '需要街道跟进 (已生成工单)' })
  followUp!: boolean;

  @Field(() => String, { nullable: true, description: '接线员' })
  agentName!: string | null;

  @Field(() => ID, { nullable: true })
  ticketId!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('HotlineCard', { description: '小区答复卡: 四类问题的答复口径, 街道最近的答复, 未办结工单' })
export class HotlineCard {
  @Field(() => ID)
  compoundId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String])
  aliases!: string[];

  @Field(() => String)
  address!: string;

  @Field(() => String)
  streetName!: string;

  @Field(() => String)
  communityName!: string;

  @Field(() => ClosureStatus)
  closureStatus!: ClosureStatus;

  @Field(() => [HotlineAnswer], { description: '按类别顺序: 能否改造、进展、人脸登记、信息安全' })
  answers!: HotlineAnswer[];

  @Field(() => [HotlineTicket], { description: '街道最近的答复 (最多 5 条, 新的在前)' })
  replies!: HotlineTicket[];

  @Field(() => [HotlineTicket], { description: '本小区未办结的工单' })
  openTickets!: HotlineTicket[];

  @Field(() => HotlineCompoundProfile, { nullable: true, description: '街道登记的热线设置; 为空时按平台默认口径答复' })
  profile!: HotlineCompoundProfile | null;
}

@ObjectType('HotlineTemplateVariable')
export class HotlineTemplateVariable {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;
}

@ObjectType('HotlineTemplate', { description: '答复模板的一个版本; 保存即新版本, 不修改旧版本' })
export class HotlineTemplate {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: '所属区; 为空是平台默认模板' })
  districtId!: string | null;

  @Field(() => HotlineCategory)
  category!: HotlineCategory;

  @Field(() => Int)
  version!: number;

  @Field(() => String)
  body!: string;

  @Field(() => [String], { description: '用到的变量' })
  variables!: string[];

  @Field(() => String, { nullable: true })
  createdByName!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('HotlineTimeLimit', { description: '工单时限 (小时)' })
export class HotlineTimeLimit {
  @Field(() => HotlineCategory)
  category!: HotlineCategory;

  @Field(() => Int)
  respondWithinHours!: number;

  @Field(() => Int)
  resolveWithinHours!: number;

  @Field(() => Date)
  updatedAt!: Date;
}

export enum HotlineAreaLevel {
  DISTRICT = 'DISTRICT',
  STREET = 'STREET',
}
registerEnumType(HotlineAreaLevel, {
  name: 'HotlineAreaLevel',
  valuesConfig: { DISTRICT: { description: '区' }, STREET: { description: '街道' } },
});

@InputType('HotlineAreaInput')
export class HotlineAreaInput {
  @Field(() => HotlineAreaLevel)
  level!: HotlineAreaLevel;

  @Field(() => ID)
  id!: string;
}

@ObjectType('HotlineCategoryCount')
export class HotlineCategoryCount {
  @Field(() => HotlineCategory)
  category!: HotlineCategory;

  @Field(() => Int)
  calls!: number;
}

@ObjectType('HotlineWeekFigures', { description: '某街道某周的热线数据; 比率在没有数据时为空' })
export class HotlineWeekFigures {
  @Field(() => String, { description: '周一的日期 YYYY-MM-DD (北京时间)' })
  week!: string;

  @Field(() => ID)
  streetId!: string;

  @Field(() => String)
  streetName!: string;

  @Field(() => Int)
  calls!: number;

  @Field(() => [HotlineCategoryCount], { description: '各类来电数, 按类别顺序' })
  byCategory!: HotlineCategoryCount[];

  @Field(() => Int, { description: '一次答复、无需跟进的来电' })
  answeredFirstCall!: number;

  @Field(() => Float, { nullable: true, description: '一次答复率' })
  firstCallShare!: number | null;

  @Field(() => Int, { description: '本周新建工单' })
  tickets!: number;

  @Field(() => Int, { description: '已解决或已到解决时限的工单' })
  ticketsDue!: number;

  @Field(() => Int, { description: '在解决时限内解决的工单' })
  ticketsOnTime!: number;

  @Field(() => Float, { nullable: true, description: '按时办结率 = 按时解决 / 已解决或已到期' })
  onTimeShare!: number | null;

  @Field(() => Float, { nullable: true, description: '响应率 = 已答复 (含之后各状态) / 工单数' })
  responseRate!: number | null;

  @Field(() => Float, { nullable: true, description: '解决率 = 已解决或已办结 / 工单数' })
  resolutionRate!: number | null;

  @Field(() => Float, { nullable: true, description: '满意率 = (满意 + 基本满意) / 已回访' })
  satisfactionRate!: number | null;

  @Field(() => Int, { description: '已回访评价的工单' })
  rated!: number;
}

@ObjectType('HotlineHotCompound', { description: '来电最多的小区' })
export class HotlineHotCompound {
  @Field(() => ID)
  compoundId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  streetName!: string;

  @Field(() => Int)
  calls!: number;
}

@ObjectType('HotlineFigures', { description: '热线数据: 按街道和周' })
export class HotlineFigures {
  @Field(() => String)
  fromWeek!: string;

  @Field(() => String)
  toWeek!: string;

  @Field(() => [HotlineWeekFigures], { description: '每街道每周一行 (有来电或工单的), 按周再按街道代码' })
  rows!: HotlineWeekFigures[];

  @Field(() => [HotlineWeekFigures], { description: '各周合计 (streetId 为所选区域的 id)' })
  weeks!: HotlineWeekFigures[];

  @Field(() => [HotlineHotCompound], { description: '来电最多的 10 个小区' })
  hotCompounds!: HotlineHotCompound[];
}

@InputType('SaveHotlineTemplateInput', { description: '保存答复模板 (生成新版本); 变量写作 {{name}}, 只能用该类别提供的变量' })
export class SaveHotlineTemplateInput {
  @Field(() => HotlineCategory)
  category!: HotlineCategory;

  @Field(() => String, { description: '1-2000 字' })
  body!: string;

  @Field(() => ID, { nullable: true, description: '区级账号默认为本区; 管理员留空即平台默认模板' })
  districtId?: string | null;
}

@InputType('LogHotlineCallInput', { description: '记录来电' })
export class LogHotlineCallInput {
  @Field(() => ID)
  compoundId!: string;

  @Field(() => HotlineCategory)
  category!: HotlineCategory;

  @Field(() => String, { description: `来电问题, 1-${QUESTION_MAX_LENGTH} 字` })
  question!: string;

  @Field(() => String, { description: `给出的答复, 1-${ANSWER_MAX_LENGTH} 字` })
  answer!: string;

  @Field(() => String, { nullable: true, description: '来电号码 (加密保存, 只显示脱敏)' })
  callerPhone?: string | null;

  @Field(() => Boolean, { description: '需要街道跟进: 生成工单' })
  followUp!: boolean;

  @Field(() => String, { nullable: true, description: '转街道的诉求; 默认为来电问题' })
  request?: string | null;
}

@InputType('HotlineTicketFilter', { description: '工单筛选; 各条件之间为 "且"' })
export class HotlineTicketFilter {
  @Field(() => ID, { nullable: true })
  streetId?: string | null;

  @Field(() => ID, { nullable: true })
  compoundId?: string | null;

  @Field(() => [TicketStatus], { nullable: true, description: '任一状态即匹配; 默认为未办结的 (除 CLOSED 外)' })
  status?: TicketStatus[] | null;

  @Field(() => HotlineCategory, { nullable: true })
  category?: HotlineCategory | null;

  @Field(() => Boolean, { nullable: true, description: '只看 (或排除) 超时工单' })
  overdue?: boolean | null;
}

@InputType('SetHotlineTimeLimitInput')
export class SetHotlineTimeLimitInput {
  @Field(() => HotlineCategory)
  category!: HotlineCategory;

  @Field(() => Int, { description: '答复时限, 1-720 小时' })
  respondWithinHours!: number;

  @Field(() => Int, { description: '解决时限, 不短于答复时限, 最多 2160 小时' })
  resolveWithinHours!: number;
}

@InputType('HotlineGateHoursInput')
export class HotlineGateHoursInput {
  @Field(() => ID)
  gateId!: string;

  @Field(() => String, { description: '开放时间, 如 06:00-24:00, 1-60 字' })
  hours!: string;
}

@InputType('HotlineCompoundProfileInput', { description: '街道登记小区的热线设置' })
export class HotlineCompoundProfileInput {
  @Field(() => ID)
  compoundId!: string;

  @Field(() => String, { description: '人脸登记办理地点, 1-100 字' })
  enrolmentPlace!: string;

  @Field(() => String, { description: '办理时间, 1-100 字' })
  enrolmentHours!: string;

  @Field(() => Boolean)
  homeVisits!: boolean;

  @Field(() => Boolean)
  familyPhotos!: boolean;

  @Field(() => [NonFaceMethod], { description: '至少一种' })
  nonFaceMethods!: NonFaceMethod[];

  @Field(() => Boolean)
  faceDataOnDevice!: boolean;

  @Field(() => Boolean)
  vendorFiled!: boolean;

  @Field(() => [HotlineGateHoursInput], { nullable: true, description: '各大门的开放时间; 给出即替换全部' })
  gateHours?: HotlineGateHoursInput[] | null;
}
