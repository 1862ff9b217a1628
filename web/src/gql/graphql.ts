/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
};

/** 推进一级 */
export type AdvanceRenovationStageInput = {
  /** 实际日期 YYYY-MM-DD, 默认今天 (北京时间) */
  actualOn?: InputMaybe<Scalars['String']['input']>;
  /** 移交物业时必填: 物业公司名称, 最多 64 字 */
  propertyCompany?: InputMaybe<Scalars['String']['input']>;
  /** 目标阶段: 必须是当前阶段的下一级 */
  toStage: RenovationStage;
};

/** 预警: 由各模块开启, 条件消失后自动关闭 */
export type Alert = {
  __typename?: 'Alert';
  communityId?: Maybe<Scalars['ID']['output']>;
  compound?: Maybe<Compound>;
  compoundId?: Maybe<Scalars['ID']['output']>;
  district: District;
  districtId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  kind: AlertKind;
  /** 开启时间 */
  openedAt: Scalars['DateTimeISO']['output'];
  /** 逾期阶段 (类型为 OVERDUE_STAGE 时) */
  overdueStage?: Maybe<OverdueStage>;
  /** 关闭时间; 仍开启时为空 */
  resolvedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  street: Street;
  streetId: Scalars['ID']['output'];
};

export type AlertConnection = {
  __typename?: 'AlertConnection';
  edges: Array<AlertEdge>;
  pageInfo: PageInfo;
  /** 符合筛选条件的总数 */
  totalCount: Scalars['Int']['output'];
};

export type AlertEdge = {
  __typename?: 'AlertEdge';
  cursor: Scalars['String']['output'];
  node: Alert;
};

/** 预警筛选条件; 各条件之间为 "且" */
export type AlertFilter = {
  compoundId?: InputMaybe<Scalars['ID']['input']>;
  districtId?: InputMaybe<Scalars['ID']['input']>;
  /** 任一类型即匹配 */
  kinds?: InputMaybe<Array<AlertKind>>;
  /** true (默认): 只看开启的; false: 只看已关闭的 */
  open?: InputMaybe<Scalars['Boolean']['input']>;
  streetId?: InputMaybe<Scalars['ID']['input']>;
};

/** 预警类型 */
export type AlertKind =
  /** 改造阶段逾期: 计划日期已过仍未完成 */
  | 'OVERDUE_STAGE';

/** 区域汇总 */
export type AreaStats = {
  __typename?: 'AreaStats';
  /** 各封闭状态的小区数, 每种状态一项 (含 0) */
  byClosureStatus: Array<ClosureStatusCount>;
  /** 已封闭小区占老旧小区的比例, 0-1; 无老旧小区时为 0 */
  closedShareOfOld: Scalars['Float']['output'];
  /** 小区数 */
  compounds: Scalars['Int']['output'];
  /** 建筑面积 (平方米) */
  floorArea: Scalars['Float']['output'];
  /** 户数 */
  households: Scalars['Int']['output'];
  /** 老旧小区数 */
  oldCompounds: Scalars['Int']['output'];
};

/** 记录评估 (生成新版本): 未提供的字段沿用当前版本, 显式传 null 表示清空 (缺少材料) */
export type AssessmentInput = {
  /** 盯守维护的专人或单位, 1-100 个字符 */
  caretaker?: InputMaybe<Scalars['String']['input']>;
  /** 专人盯守起始日期 YYYY-MM-DD, 不晚于今天 */
  caretakerSince?: InputMaybe<Scalars['String']['input']>;
  /** 可封闭的大门个数, 0-50 */
  closableGates?: InputMaybe<Scalars['Int']['input']>;
  compoundId: Scalars['ID']['input'];
  /** 封闭后需保留的出入口个数, 0-50 */
  entrancesToKeep?: InputMaybe<Scalars['Int']['input']>;
  /** 依据, 2-500 个字符 (如 "2020-06 入户问卷 100 户; 房管所证明") */
  evidence: Scalars['String']['input'];
  fireLane?: InputMaybe<Scalars['Boolean']['input']>;
  /** 是否有专人盯守维护; false 即失管 */
  hasCaretaker?: InputMaybe<Scalars['Boolean']['input']>;
  rightsClarity?: InputMaybe<PropertyRightsStatus>;
  /** 产权单位名称, 1-100 个字符 */
  rightsUnit?: InputMaybe<Scalars['String']['input']>;
  /** 居民可接受的物业费 (元/平方米/月), 0-100, 最多两位小数 */
  surveyAcceptedFee?: InputMaybe<Scalars['Float']['input']>;
  /** 受访户数, 1 至小区户数 */
  surveyHouseholdsAsked?: InputMaybe<Scalars['Int']['input']>;
  /** 愿意付费户数, 不超过受访户数 */
  surveyHouseholdsWilling?: InputMaybe<Scalars['Int']['input']>;
};

export type AuditBreak = {
  __typename?: 'AuditBreak';
  occurredAt: Scalars['DateTimeISO']['output'];
  reason: AuditBreakReason;
  seq: Scalars['String']['output'];
};

export type AuditBreakReason =
  /** 序号不连续 (条目被删除) */
  | 'GAP'
  /** 条目内容与其哈希不符 (条目被改动) */
  | 'HASH_MISMATCH'
  /** 条目的 prev_hash 与前一条的哈希不符 */
  | 'PREV_HASH_MISMATCH';

/** 审计日志条目 (只增不改, 哈希链) */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** 动作, 如 auth.login, personal.reveal */
  action: Scalars['String']['output'];
  actorId?: Maybe<Scalars['ID']['output']>;
  /** 操作时的用户名 */
  actorName?: Maybe<Scalars['String']['output']>;
  actorRole?: Maybe<Scalars['String']['output']>;
  /** 附加信息, JSON 对象文本 */
  details: Scalars['String']['output'];
  /** SHA-256, 十六进制 */
  hash: Scalars['String']['output'];
  ip?: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTimeISO']['output'];
  outcome: AuditOutcome;
  /** 前一条的哈希, 十六进制 */
  prevHash?: Maybe<Scalars['String']['output']>;
  /** 事由 */
  reason?: Maybe<Scalars['String']['output']>;
  requestId?: Maybe<Scalars['String']['output']>;
  /** 全局序号 (bigint, 十进制字符串), 连续无间断 */
  seq: Scalars['String']['output'];
  targetId?: Maybe<Scalars['String']['output']>;
  targetType?: Maybe<Scalars['String']['output']>;
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  /** 符合筛选条件的总数 */
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

/** 审计日志筛选条件; 各条件之间为 "且" */
export type AuditFilter = {
  /** 动作, 完全匹配; 以 * 结尾时按前缀匹配, 如 auth.* */
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** 操作时的用户名, 完全匹配 */
  actorName?: InputMaybe<Scalars['String']['input']>;
  outcome?: InputMaybe<AuditOutcome>;
  /** 起始时间 (含) */
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
  targetId?: InputMaybe<Scalars['String']['input']>;
  targetType?: InputMaybe<Scalars['String']['input']>;
  /** 截止时间 (不含) */
  until?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

export type AuditOutcome =
  | 'DENIED'
  | 'FAILURE'
  | 'SUCCESS';

/** 哈希链校验结果 */
export type AuditVerification = {
  __typename?: 'AuditVerification';
  /** 第一个断点; 完好时为空 */
  brokenAt?: Maybe<AuditBreak>;
  /** 已校验的条目数 */
  checked: Scalars['Int']['output'];
  /** 最后一条的哈希 */
  headHash?: Maybe<Scalars['String']['output']>;
  /** 最后一条的序号; 可记录在别处, 以发现整段重写 */
  headSeq?: Maybe<Scalars['String']['output']>;
  ok: Scalars['Boolean']['output'];
};

/** 小区改造条件评定 (当前结果) */
export type ClosureCandidate = {
  __typename?: 'ClosureCandidate';
  /** 所用评估版本; 0 表示尚未评估 */
  assessmentVersion: Scalars['Int']['output'];
  compound: Compound;
  compoundId: Scalars['ID']['output'];
  computedAt: Scalars['DateTimeISO']['output'];
  /** 全部条件的评定 */
  criteria: Array<QualificationCriterionResult>;
  /** 每项未满足条件的中文说明 */
  missing: Array<Scalars['String']['output']>;
  /** 所用规则版本 */
  ruleSetVersion: Scalars['Int']['output'];
  status: QualificationStatus;
  street: Street;
  /** 一句话说明缺什么, 如 "差一项：居民付费意愿 38%，低于 50%" */
  summary: Scalars['String']['output'];
  /** 未满足的条件数 (未达标或缺少材料) */
  unmet: Scalars['Int']['output'];
};

export type ClosureCandidateConnection = {
  __typename?: 'ClosureCandidateConnection';
  /** 按街道统计 (同样的筛选条件, 但不按状态筛选), 按街道代码排序 */
  byStreet: Array<StreetQualificationCounts>;
  edges: Array<ClosureCandidateEdge>;
  pageInfo: PageInfo;
  /** 符合筛选条件的总数 */
  totalCount: Scalars['Int']['output'];
};

export type ClosureCandidateEdge = {
  __typename?: 'ClosureCandidateEdge';
  cursor: Scalars['String']['output'];
  node: ClosureCandidate;
};

/** 改造候选筛选条件; 各条件之间为 "且" */
export type ClosureCandidateFilter = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
  /** 只看 (或排除) 老旧小区 */
  isOld?: InputMaybe<Scalars['Boolean']['input']>;
  /** 在小区名称、别名、地址中查找, 1-50 个字符 */
  search?: InputMaybe<Scalars['String']['input']>;
  /** 任一状态即匹配 */
  status?: InputMaybe<Array<QualificationStatus>>;
  streetId?: InputMaybe<Scalars['ID']['input']>;
};

export type ClosureCandidateSort = {
  direction?: SortDirection;
  field: ClosureCandidateSortField;
};

export type ClosureCandidateSortField =
  /** 按户数 */
  | 'HOUSEHOLDS'
  /** 按小区名称 */
  | 'NAME'
  /** 按未满足条件数, 再按名称 */
  | 'UNMET';

/** 封闭式改造状态 */
export type ClosureStatus =
  /** 已封闭 */
  | 'CLOSED'
  /** 开放式 */
  | 'OPEN'
  /** 拟改造 */
  | 'PLANNED'
  /** 改造中 */
  | 'UNDER_RENOVATION';

export type ClosureStatusCount = {
  __typename?: 'ClosureStatusCount';
  count: Scalars['Int']['output'];
  status: ClosureStatus;
};

/** 社区 (居委会) */
export type Community = {
  __typename?: 'Community';
  district: District;
  districtId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  street: Street;
  streetId: Scalars['ID']['output'];
};

export type CommunityConnection = {
  __typename?: 'CommunityConnection';
  edges: Array<CommunityEdge>;
  pageInfo: PageInfo;
  /** 符合筛选条件的总数 */
  totalCount: Scalars['Int']['output'];
};

export type CommunityEdge = {
  __typename?: 'CommunityEdge';
  cursor: Scalars['String']['output'];
  node: Community;
};

/** 小区 */
export type Compound = {
  __typename?: 'Compound';
  address: Scalars['String']['output'];
  /** 别名, e.g. 俗称或旧称 */
  aliases: Array<Scalars['String']['output']>;
  /** 楼栋数 */
  buildings: Scalars['Int']['output'];
  /** 日常盯守维护的专人或单位 */
  caretaker?: Maybe<Scalars['String']['output']>;
  closureStatus: ClosureStatus;
  community: Community;
  communityId: Scalars['ID']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  district: District;
  districtId: Scalars['ID']['output'];
  /** 建筑面积 (平方米) */
  floorArea: Scalars['Float']['output'];
  /** 出入口, 按名称排序 */
  gates: Array<Gate>;
  /** 户数 */
  households: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** 是否列入老旧小区 */
  isOld: Scalars['Boolean']['output'];
  managementStatus: ManagementStatus;
  name: Scalars['String']['output'];
  origin: CompoundOrigin;
  propertyRights: PropertyRightsStatus;
  /** 产权单位 */
  propertyRightsUnit?: Maybe<Scalars['String']['output']>;
  street: Street;
  streetId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  yearBuilt: Scalars['Int']['output'];
};

/** 小区改造条件评估 (一个版本); 空值表示缺少材料 */
export type CompoundAssessment = {
  __typename?: 'CompoundAssessment';
  /** 盯守维护的专人或单位 */
  caretaker?: Maybe<Scalars['String']['output']>;
  /** 专人盯守起始日期 (YYYY-MM-DD) */
  caretakerSince?: Maybe<Scalars['String']['output']>;
  /** 可封闭的大门个数 */
  closableGates?: Maybe<Scalars['Int']['output']>;
  compound: Compound;
  compoundId: Scalars['ID']['output'];
  /** 封闭后需保留的出入口个数 */
  entrancesToKeep?: Maybe<Scalars['Int']['output']>;
  /** 依据 (调查、证明材料、现场核查等) */
  evidence: Scalars['String']['output'];
  /** 是否有消防通道 */
  fireLane?: Maybe<Scalars['Boolean']['output']>;
  /** 是否有专人盯守维护 */
  hasCaretaker?: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  recordedAt: Scalars['DateTimeISO']['output'];
  /** 记录人 */
  recordedByName: Scalars['String']['output'];
  /** 产权单位明确程度 */
  rightsClarity?: Maybe<PropertyRightsStatus>;
  /** 产权单位名称 */
  rightsUnit?: Maybe<Scalars['String']['output']>;
  /** 居民可接受的物业费 (元/平方米/月) */
  surveyAcceptedFee?: Maybe<Scalars['Float']['output']>;
  /** 付费意愿调查: 受访户数 */
  surveyHouseholdsAsked?: Maybe<Scalars['Int']['output']>;
  /** 付费意愿调查: 愿意付费户数 */
  surveyHouseholdsWilling?: Maybe<Scalars['Int']['output']>;
  /** 版本号, 每个小区从 1 起 */
  version: Scalars['Int']['output'];
};

export type CompoundConnection = {
  __typename?: 'CompoundConnection';
  edges: Array<CompoundEdge>;
  pageInfo: PageInfo;
  /** 符合筛选条件的总数 */
  totalCount: Scalars['Int']['output'];
};

export type CompoundEdge = {
  __typename?: 'CompoundEdge';
  cursor: Scalars['String']['output'];
  node: Compound;
};

/** 小区筛选条件; 各条件之间为 "且" */
export type CompoundFilter = {
  /** 任一状态即匹配 */
  closureStatus?: InputMaybe<Array<ClosureStatus>>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  districtId?: InputMaybe<Scalars['ID']['input']>;
  /** true: 只看已有改造项目的小区; false: 只看还没有的 (可新建项目的) */
  hasRenovationProject?: InputMaybe<Scalars['Boolean']['input']>;
  /** 只看 (或排除) 老旧小区 */
  isOld?: InputMaybe<Scalars['Boolean']['input']>;
  /** 在名称、别名、地址中查找, 1-50 个字符 */
  search?: InputMaybe<Scalars['String']['input']>;
  streetId?: InputMaybe<Scalars['ID']['input']>;
};

/** 小区来源 */
export type CompoundOrigin =
  /** 保障性住房 */
  | 'AFFORDABLE'
  /** 商品房 */
  | 'COMMERCIAL'
  /** 房改房 */
  | 'HOUSING_REFORM'
  /** 混合 */
  | 'MIXED'
  /** 回迁房 */
  | 'RESETTLEMENT'
  /** 单位宿舍楼 / 宿舍大院 */
  | 'WORK_UNIT_DORMITORY';

export type CompoundSort = {
  direction?: SortDirection;
  field: CompoundSortField;
};

export type CompoundSortField =
  | 'FLOOR_AREA'
  | 'HOUSEHOLDS'
  | 'NAME'
  | 'YEAR_BUILT';

/** 更正误操作: 撤回最近一次推进, 回到上一级; 须填写原因, 记入审计日志 */
export type CorrectRenovationStageInput = {
  /** 原因, 2-200 字 */
  reason: Scalars['String']['input'];
  /** 回到的阶段: 必须是当前阶段的上一级 */
  toStage: RenovationStage;
};

/** 登记门禁设备 */
export type CreateGateDeviceInput = {
  /** 固件版本, 1-64 字 */
  firmware: Scalars['String']['input'];
  gateId: Scalars['ID']['input'];
  /** 心跳间隔 (秒) 5-86400, 默认 60 */
  heartbeatIntervalSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** 安装日期 YYYY-MM-DD */
  installedOn: Scalars['String']['input'];
  kind: GateDeviceKind;
  /** 序列号, 1-64 字, 同一厂商内唯一 */
  serial: Scalars['String']['input'];
  /** 厂商, 1-64 字 */
  vendor: Scalars['String']['input'];
};

/** 新建改造项目 (街道) */
export type CreateRenovationProjectInput = {
  /** 评估完成日期 YYYY-MM-DD, 默认今天 (北京时间) */
  assessedOn?: InputMaybe<Scalars['String']['input']>;
  compoundId: Scalars['ID']['input'];
  /** 施工单位, 最多 64 字 */
  contractor?: InputMaybe<Scalars['String']['input']>;
  /** 各阶段计划日期, 按阶段顺序不得倒退 */
  plannedDates?: InputMaybe<Array<StagePlanInput>>;
  /** 计划启动日期 YYYY-MM-DD */
  plannedStartOn: Scalars['String']['input'];
  /** 范本小区: 须已完成改造 (已封闭或已移交); 未给出工作项时复制其工作项和预算 */
  templateCompoundId?: InputMaybe<Scalars['ID']['input']>;
  /** 工作项; 不给出时从范本复制 */
  workItems?: InputMaybe<Array<WorkItemInput>>;
};

export type CreateUserInput = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
  displayName: Scalars['String']['input'];
  districtId?: InputMaybe<Scalars['ID']['input']>;
  /** 初始密码: 至少 12 位, 不含用户名, 不在常见密码表中 */
  password: Scalars['String']['input'];
  role: Role;
  streetId?: InputMaybe<Scalars['ID']['input']>;
  username: Scalars['String']['input'];
};

export type CriterionOutcome =
  /** 未达标 */
  | 'FAILED'
  /** 缺少材料 */
  | 'MISSING_EVIDENCE'
  /** 达标 */
  | 'PASSED';

/** 门禁设备密钥 (只在创建时显示一次) */
export type DeviceKey = {
  __typename?: 'DeviceKey';
  compoundId: Scalars['ID']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** 所属设备; 设备登记之前创建的密钥为空 */
  deviceId?: Maybe<Scalars['ID']['output']>;
  gateId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** 密钥前缀, 用于辨认 (anju_d_xxxx) */
  keyPrefix: Scalars['String']['output'];
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  name: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** 区 */
export type District = {
  __typename?: 'District';
  /** 行政区划代码, e.g. 110101 */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  stats: AreaStats;
  /** 下辖街道 / 乡镇 */
  streets: Array<Street>;
  /** 每日快照中的封闭进度, 最早的在前 */
  trend: Array<StatsPoint>;
};


/** 区 */
export type DistrictTrendArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
};

/** 导出文件 (Excel), base64 编码 */
export type ExportFile = {
  __typename?: 'ExportFile';
  base64: Scalars['String']['output'];
  filename: Scalars['String']['output'];
  mimeType: Scalars['String']['output'];
  rows: Scalars['Int']['output'];
};

/** 物业费收缴: 一个范围从首个计费月起的逐月数据 ("从零到一") */
export type FeeAdoption = {
  __typename?: 'FeeAdoption';
  areaId: Scalars['ID']['output'];
  /** 下一级 (区→街道, 街道→有合同或账单的小区) 某月的收缴情况; 小区没有下一级 */
  breakdown: Array<FeeAdoptionRow>;
  level: FeeAreaLevel;
  /** 逐月, 从首个计费月 (或 fromMonth) 到最后计费月 (或 toMonth), 无数据的月份为 0 */
  months: Array<FeeAdoptionMonth>;
  name: Scalars['String']['output'];
};


/** 物业费收缴: 一个范围从首个计费月起的逐月数据 ("从零到一") */
export type FeeAdoptionBreakdownArgs = {
  month: Scalars['String']['input'];
};

/** 某范围某月的物业费收缴情况 */
export type FeeAdoptionMonth = {
  __typename?: 'FeeAdoptionMonth';
  /** 应收金额 (元) */
  amountBilled: Scalars['Float']['output'];
  /** 实收金额 (元) */
  amountCollected: Scalars['Float']['output'];
  /** 收缴率 = 实收金额 / 应收金额, 四位小数; 无账单时为 0 */
  collectionRate: Scalars['Float']['output'];
  /** 应收户数 (当月有账单的户数) */
  householdsBilled: Scalars['Int']['output'];
  /** 缴费户数 (当月实收大于 0 的户数) */
  householdsPaying: Scalars['Int']['output'];
  /** 月份 YYYY-MM */
  month: Scalars['String']['output'];
  /** 缴费户占比 = 缴费户数 / 应收户数, 0-1, 四位小数; 无账单时为 0 */
  payingShare: Scalars['Float']['output'];
};

/** 下一级范围 (区的街道, 街道的小区) 某月的收缴情况 */
export type FeeAdoptionRow = {
  __typename?: 'FeeAdoptionRow';
  areaId: Scalars['ID']['output'];
  figures: FeeAdoptionMonth;
  level: FeeAreaLevel;
  name: Scalars['String']['output'];
};

/** 统计范围: 一个区、街道或小区 */
export type FeeAreaInput = {
  id: Scalars['ID']['input'];
  level: FeeAreaLevel;
};

/** 统计范围层级 */
export type FeeAreaLevel =
  /** 小区 */
  | 'COMPOUND'
  /** 区 */
  | 'DISTRICT'
  /** 街道/乡 */
  | 'STREET';

/** 物业服务合同 (每个小区一份) */
export type FeeContract = {
  __typename?: 'FeeContract';
  /** 物业服务企业 */
  company: Scalars['String']['output'];
  compoundId: Scalars['ID']['output'];
  /** 物业费, 元/平方米/月 (两位小数) */
  feePerM2: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** 起始日期 YYYY-MM-DD */
  startDate: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** 物业服务合同 */
export type FeeContractInput = {
  /** 物业服务企业, 1-100 字 */
  company: Scalars['String']['input'];
  compoundId: Scalars['ID']['input'];
  /** 元/平方米/月, 大于 0, 最多两位小数, 如 1.00 */
  feePerM2: Scalars['Float']['input'];
  /** 起始日期 YYYY-MM-DD */
  startDate: Scalars['String']['input'];
};

/** 已完成封闭的小区 (时间线) */
export type FinishedCompound = {
  __typename?: 'FinishedCompound';
  /** 封闭日期 YYYY-MM-DD */
  closedOn: Scalars['String']['output'];
  compound: Compound;
  compoundId: Scalars['ID']['output'];
  projectId: Scalars['ID']['output'];
  street: Street;
  streetId: Scalars['ID']['output'];
};

/** 出入口 */
export type Gate = {
  __typename?: 'Gate';
  compound: Compound;
  compoundId: Scalars['ID']['output'];
  districtId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  kind: GateKind;
  name: Scalars['String']['output'];
  state: GateState;
  streetId: Scalars['ID']['output'];
};

/** 时间粒度 */
export type GateBucket =
  /** 按天 (北京时间) */
  | 'DAY'
  /** 按小时 */
  | 'HOUR';

/** 门禁设备 */
export type GateDevice = {
  __typename?: 'GateDevice';
  compoundId: Scalars['ID']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** 固件版本 */
  firmware: Scalars['String']['output'];
  gateId: Scalars['ID']['output'];
  /** 心跳间隔 (秒); 超过 3 倍无任何消息即为离线 */
  heartbeatIntervalSeconds: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** 安装日期 YYYY-MM-DD */
  installedOn: Scalars['String']['output'];
  kind: GateDeviceKind;
  /** 最后一次收到事件或心跳的时间 */
  lastSeenAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 是否在线 (最近 3 个心跳间隔内有消息) */
  online: Scalars['Boolean']['output'];
  /** 序列号 (同一厂商内唯一) */
  serial: Scalars['String']['output'];
  /** 离线设备自何时起无消息 (在线或从未上线为空) */
  silentSince?: Maybe<Scalars['DateTimeISO']['output']>;
  status: GateDeviceStatus;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** 厂商 */
  vendor: Scalars['String']['output'];
};

/** 门禁设备类型 */
export type GateDeviceKind =
  /** 刷卡器 */
  | 'CARD_READER'
  /** 人脸识别门禁 */
  | 'FACE_DOOR'
  /** 测温屏 */
  | 'TEMPERATURE_SCREEN'
  /** 人车识别道闸 / 车牌识别 */
  | 'VEHICLE_GATE';

/** 门禁设备的运行状态 */
export type GateDeviceState = {
  __typename?: 'GateDeviceState';
  compoundId: Scalars['ID']['output'];
  compoundName: Scalars['String']['output'];
  firmware: Scalars['String']['output'];
  gateId: Scalars['ID']['output'];
  gateName: Scalars['String']['output'];
  /** 心跳间隔 (秒); 超过 3 倍未收到任何消息即为离线 */
  heartbeatIntervalSeconds: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: GateDeviceKind;
  /** 最后一次收到该设备的事件或心跳; 从未收到为 null */
  lastSeenAt?: Maybe<Scalars['DateTimeISO']['output']>;
  online: Scalars['Boolean']['output'];
  serial: Scalars['String']['output'];
  /** 离线设备从何时起失联 (即最后一次收到消息的时刻); 在线或从未上线为 null */
  silentSince?: Maybe<Scalars['DateTimeISO']['output']>;
  /** ACTIVE 或 MAINTENANCE (已停用的设备不列出) */
  status: GateDeviceStatus;
  vendor: Scalars['String']['output'];
};

/** 设备状态 */
export type GateDeviceStatus =
  /** 在用 */
  | 'ACTIVE'
  /** 维护中 */
  | 'MAINTENANCE'
  /** 已停用 (密钥已吊销, 不再接收数据) */
  | 'RETIRED';

/** 范围内在用设备的在线情况 */
export type GateDeviceSummary = {
  __typename?: 'GateDeviceSummary';
  /** 维护中的设备 */
  maintenance: Scalars['Int']['output'];
  offline: Scalars['Int']['output'];
  online: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** 设备及其新密钥; 密钥只在这里显示一次 */
export type GateDeviceWithKey = {
  __typename?: 'GateDeviceWithKey';
  device: GateDevice;
  deviceKey: DeviceKey;
  /** 设备密钥 (Bearer), 只显示这一次 */
  key: Scalars['String']['output'];
};

/** 被拒绝的一条事件: 在批次中的位置 (从 0 起) 和原因 */
export type GateEventRejection = {
  __typename?: 'GateEventRejection';
  /** BAD_JSON, TOO_LARGE, INVALID, WRONG_GATE, TOO_OLD 或 IN_FUTURE */
  code: Scalars['String']['output'];
  /** 设备自己的事件编号 (若可读出) */
  eventId?: Maybe<Scalars['String']['output']>;
  /** 出错的字段, 如 payload.celsius */
  field?: Maybe<Scalars['String']['output']>;
  index: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

/** 一批门禁事件的处理结果 */
export type GateIngestResult = {
  __typename?: 'GateIngestResult';
  /** 新存储的事件数 */
  accepted: Scalars['Int']['output'];
  /** 已存储过 (或在本批中重复) 的事件数, 未再次存储 */
  duplicates: Scalars['Int']['output'];
  /** 批次中的事件数 */
  received: Scalars['Int']['output'];
  rejected: Array<GateEventRejection>;
};

export type GateKind =
  /** 人车混行 */
  | 'MIXED'
  /** 人行 */
  | 'PEDESTRIAN'
  /** 车行 */
  | 'VEHICLE';

/** 一个出入口一批已入库事件的计数 */
export type GateLiveActivity = GateTraffic & {
  __typename?: 'GateLiveActivity';
  /** 刷卡通行 */
  card: Scalars['Int']['output'];
  /** 拒绝通行 */
  denials: Scalars['Int']['output'];
  /** 门长时间未关 */
  doorHeldOpen: Scalars['Int']['output'];
  /** 刷脸通行 */
  face: Scalars['Int']['output'];
  /** 刷脸占通行的比例 0-1; 无通行时为 null */
  faceShare?: Maybe<Scalars['Float']['output']>;
  /** 体温 ≥ 37.3 °C 的次数 */
  fever: Scalars['Int']['output'];
  /** 通行合计 (各方式之和) */
  passes: Scalars['Int']['output'];
  /** 密码通行 */
  pin: Scalars['Int']['output'];
  /** 车辆进出 (车牌识别) */
  plates: Scalars['Int']['output'];
  /** 扫码通行 */
  qr: Scalars['Int']['output'];
  /** 防拆报警 */
  tamper: Scalars['Int']['output'];
  /** 测温次数 */
  temperatureReadings: Scalars['Int']['output'];
  /** 志愿者登记通行 */
  volunteer: Scalars['Int']['output'];
};

/** 设备状态变化 */
export type GateLiveDevice = {
  __typename?: 'GateLiveDevice';
  deviceId: Scalars['ID']['output'];
  lastSeenAt?: Maybe<Scalars['DateTimeISO']['output']>;
  online: Scalars['Boolean']['output'];
  status: GateDeviceStatus;
};

/** 门禁实时事件 (订阅 gateLive) */
export type GateLiveEvent = {
  __typename?: 'GateLiveEvent';
  activity?: Maybe<GateLiveActivity>;
  /** ACTIVITY: 本批最新事件的时间; DEVICE_STATUS: 最后一次收到消息的时间或通知时间; RESYNC: 通知时间 */
  at: Scalars['DateTimeISO']['output'];
  compoundId?: Maybe<Scalars['ID']['output']>;
  device?: Maybe<GateLiveDevice>;
  /** RESYNC 时为 null */
  gateId?: Maybe<Scalars['ID']['output']>;
  kind: GateLiveEventKind;
  streetId?: Maybe<Scalars['ID']['output']>;
};

/** 实时事件类型 */
export type GateLiveEventKind =
  /** 通行活动 (一批已入库事件的计数) */
  | 'ACTIVITY'
  /** 设备在线状态或登记状态变化 */
  | 'DEVICE_STATUS'
  /** 可能漏收了事件, 请重新查询 */
  | 'RESYNC';

/** 门禁运行: 一个范围在时间范围内的通行、测温、拒绝和设备状态 (读小时汇总与设备表) */
export type GateOperations = {
  __typename?: 'GateOperations';
  bucket: GateBucket;
  /** 有设备或有数据的下一级, 按通行量降序; 出入口没有下一级 */
  children: Array<GateOperationsRow>;
  deviceSummary: GateDeviceSummary;
  /** 在用设备, 离线在前; 最多 1000 台 */
  devices: Array<GateDeviceState>;
  /** 时间范围开始 (含), 已对齐到时间段 */
  from: Scalars['DateTimeISO']['output'];
  level: GatePlaceLevel;
  name: Scalars['String']['output'];
  /** 从区到本范围的各级 (含本级), 用于面包屑 */
  path: Array<GatePlace>;
  placeId: Scalars['ID']['output'];
  /** 逐时间段, 无数据的时间段为 0 */
  series: Array<GateTrafficBucket>;
  /** 时间范围结束 (不含), 已对齐到时间段 */
  to: Scalars['DateTimeISO']['output'];
  /** 时间范围内的合计 */
  totals: GateTrafficTotals;
};

/** 下一级范围 (区的街道, 街道的小区, 小区的出入口) 在时间范围内的合计 */
export type GateOperationsRow = GateTraffic & {
  __typename?: 'GateOperationsRow';
  /** 刷卡通行 */
  card: Scalars['Int']['output'];
  /** 拒绝通行 */
  denials: Scalars['Int']['output'];
  /** 在用设备 (不含已退役) */
  devices: Scalars['Int']['output'];
  /** 其中离线的设备 */
  devicesOffline: Scalars['Int']['output'];
  /** 刷脸通行 */
  face: Scalars['Int']['output'];
  /** 刷脸占通行的比例 0-1; 无通行时为 null */
  faceShare?: Maybe<Scalars['Float']['output']>;
  /** 体温 ≥ 37.3 °C 的次数 */
  fever: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  level: GatePlaceLevel;
  name: Scalars['String']['output'];
  /** 通行合计 (各方式之和) */
  passes: Scalars['Int']['output'];
  /** 密码通行 */
  pin: Scalars['Int']['output'];
  /** 扫码通行 */
  qr: Scalars['Int']['output'];
  /** 测温次数 */
  temperatureReadings: Scalars['Int']['output'];
  /** 志愿者登记通行 */
  volunteer: Scalars['Int']['output'];
};

/** 范围 (面包屑的一级) */
export type GatePlace = {
  __typename?: 'GatePlace';
  id: Scalars['ID']['output'];
  level: GatePlaceLevel;
  name: Scalars['String']['output'];
};

/** 门禁运行统计的范围: 一个区、街道、小区或出入口 */
export type GatePlaceInput = {
  id: Scalars['ID']['input'];
  level: GatePlaceLevel;
};

/** 门禁运行统计的范围层级 */
export type GatePlaceLevel =
  /** 小区 */
  | 'COMPOUND'
  /** 区 */
  | 'DISTRICT'
  /** 出入口 */
  | 'GATE'
  /** 街道 */
  | 'STREET';

export type GateState =
  /** 关闭 (可开启) */
  | 'CLOSED'
  /** 开放 */
  | 'OPEN'
  /** 封堵 */
  | 'SEALED';

/** 通行、拒绝和测温计数 */
export type GateTraffic = {
  /** 刷卡通行 */
  card: Scalars['Int']['output'];
  /** 拒绝通行 */
  denials: Scalars['Int']['output'];
  /** 刷脸通行 */
  face: Scalars['Int']['output'];
  /** 刷脸占通行的比例 0-1; 无通行时为 null */
  faceShare?: Maybe<Scalars['Float']['output']>;
  /** 体温 ≥ 37.3 °C 的次数 */
  fever: Scalars['Int']['output'];
  /** 通行合计 (各方式之和) */
  passes: Scalars['Int']['output'];
  /** 密码通行 */
  pin: Scalars['Int']['output'];
  /** 扫码通行 */
  qr: Scalars['Int']['output'];
  /** 测温次数 */
  temperatureReadings: Scalars['Int']['output'];
  /** 志愿者登记通行 */
  volunteer: Scalars['Int']['output'];
};

/** 一个时间段 (小时或北京时间的一天) 的计数 */
export type GateTrafficBucket = GateTraffic & {
  __typename?: 'GateTrafficBucket';
  /** 时间段开始 (UTC 时刻) */
  at: Scalars['DateTimeISO']['output'];
  /** 刷卡通行 */
  card: Scalars['Int']['output'];
  /** 拒绝通行 */
  denials: Scalars['Int']['output'];
  /** 刷脸通行 */
  face: Scalars['Int']['output'];
  /** 刷脸占通行的比例 0-1; 无通行时为 null */
  faceShare?: Maybe<Scalars['Float']['output']>;
  /** 体温 ≥ 37.3 °C 的次数 */
  fever: Scalars['Int']['output'];
  /** 通行合计 (各方式之和) */
  passes: Scalars['Int']['output'];
  /** 密码通行 */
  pin: Scalars['Int']['output'];
  /** 扫码通行 */
  qr: Scalars['Int']['output'];
  /** 测温次数 */
  temperatureReadings: Scalars['Int']['output'];
  /** 志愿者登记通行 */
  volunteer: Scalars['Int']['output'];
};

/** 时间范围内的合计 */
export type GateTrafficTotals = GateTraffic & {
  __typename?: 'GateTrafficTotals';
  /** 刷卡通行 */
  card: Scalars['Int']['output'];
  /** 拒绝通行 */
  denials: Scalars['Int']['output'];
  /** 刷脸通行 */
  face: Scalars['Int']['output'];
  /** 刷脸占通行的比例 0-1; 无通行时为 null */
  faceShare?: Maybe<Scalars['Float']['output']>;
  /** 体温 ≥ 37.3 °C 的次数 */
  fever: Scalars['Int']['output'];
  /** 通行合计 (各方式之和) */
  passes: Scalars['Int']['output'];
  /** 密码通行 */
  pin: Scalars['Int']['output'];
  /** 扫码通行 */
  qr: Scalars['Int']['output'];
  /** 测温次数 */
  temperatureReadings: Scalars['Int']['output'];
  /** 志愿者登记通行 */
  volunteer: Scalars['Int']['output'];
};

/** 某类问题的答复口径, 由模板和小区的实时数据生成 */
export type HotlineAnswer = {
  __typename?: 'HotlineAnswer';
  category: HotlineCategory;
  /** 可直接朗读的答复 */
  script: Scalars['String']['output'];
  templateId: Scalars['ID']['output'];
  templateVersion: Scalars['Int']['output'];
  /** 类别名称, 如 人脸识别登记 */
  title: Scalars['String']['output'];
  values: Array<HotlineVariableValue>;
};

export type HotlineAreaInput = {
  id: Scalars['ID']['input'];
  level: HotlineAreaLevel;
};

export type HotlineAreaLevel =
  /** 区 */
  | 'DISTRICT'
  /** 街道 */
  | 'STREET';

/** 一次来电记录 */
export type HotlineCall = {
  __typename?: 'HotlineCall';
  /** 接线员 */
  agentName?: Maybe<Scalars['String']['output']>;
  answer: Scalars['String']['output'];
  /** 来电号码, 已脱敏 */
  callerPhone?: Maybe<Scalars['String']['output']>;
  category: HotlineCategory;
  compoundId: Scalars['ID']['output'];
  compoundName: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** 需要街道跟进 (已生成工单) */
  followUp: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  question: Scalars['String']['output'];
  ticketId?: Maybe<Scalars['ID']['output']>;
};

/** 小区答复卡: 四类问题的答复口径, 街道最近的答复, 未办结工单 */
export type HotlineCard = {
  __typename?: 'HotlineCard';
  address: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  /** 按类别顺序: 能否改造、进展、人脸登记、信息安全 */
  answers: Array<HotlineAnswer>;
  closureStatus: ClosureStatus;
  communityName: Scalars['String']['output'];
  compoundId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** 本小区未办结的工单 */
  openTickets: Array<HotlineTicket>;
  /** 街道登记的热线设置; 为空时按平台默认口径答复 */
  profile?: Maybe<HotlineCompoundProfile>;
  /** 街道最近的答复 (最多 5 条, 新的在前) */
  replies: Array<HotlineTicket>;
  streetName: Scalars['String']['output'];
};

/** 12345 来电问题类别 */
export type HotlineCategory =
  /** 人脸识别登记 (在哪办、带什么、老人怎么办、不刷脸怎么进) */
  | 'FACE_REGISTRATION'
  /** 个人信息安全 */
  | 'PRIVACY'
  /** 改造进展与效果 (阶段、日期、开放的大门; 能否解决老问题) */
  | 'PROGRESS'
  /** 能否封闭改造 (是否具备改造条件) */
  | 'SUITABILITY';

export type HotlineCategoryCount = {
  __typename?: 'HotlineCategoryCount';
  calls: Scalars['Int']['output'];
  category: HotlineCategory;
};

/** 街道为热线登记的小区设置: 人脸登记地点和时间、不刷脸的进门方式、隐私设置 */
export type HotlineCompoundProfile = {
  __typename?: 'HotlineCompoundProfile';
  compoundId: Scalars['ID']['output'];
  /** 办理时间 */
  enrolmentHours: Scalars['String']['output'];
  /** 人脸登记办理地点 */
  enrolmentPlace: Scalars['String']['output'];
  /** 人脸信息只存于门口设备, 不集中 */
  faceDataOnDevice: Scalars['Boolean']['output'];
  /** 可由家人代交照片 */
  familyPhotos: Scalars['Boolean']['output'];
  gateHours: Array<HotlineGateHours>;
  /** 行动不便者可上门办理 */
  homeVisits: Scalars['Boolean']['output'];
  /** 不刷脸的进门方式 */
  nonFaceMethods: Array<NonFaceMethod>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** 门禁技术支持公司已在公安机关备案 */
  vendorFiled: Scalars['Boolean']['output'];
};

/** 街道登记小区的热线设置 */
export type HotlineCompoundProfileInput = {
  compoundId: Scalars['ID']['input'];
  /** 办理时间, 1-100 字 */
  enrolmentHours: Scalars['String']['input'];
  /** 人脸登记办理地点, 1-100 字 */
  enrolmentPlace: Scalars['String']['input'];
  faceDataOnDevice: Scalars['Boolean']['input'];
  familyPhotos: Scalars['Boolean']['input'];
  /** 各大门的开放时间; 给出即替换全部 */
  gateHours?: InputMaybe<Array<HotlineGateHoursInput>>;
  homeVisits: Scalars['Boolean']['input'];
  /** 至少一种 */
  nonFaceMethods: Array<NonFaceMethod>;
  vendorFiled: Scalars['Boolean']['input'];
};

/** 热线数据: 按街道和周 */
export type HotlineFigures = {
  __typename?: 'HotlineFigures';
  fromWeek: Scalars['String']['output'];
  /** 来电最多的 10 个小区 */
  hotCompounds: Array<HotlineHotCompound>;
  /** 每街道每周一行 (有来电或工单的), 按周再按街道代码 */
  rows: Array<HotlineWeekFigures>;
  toWeek: Scalars['String']['output'];
  /** 各周合计 (streetId 为所选区域的 id) */
  weeks: Array<HotlineWeekFigures>;
};

/** 大门开放时间 */
export type HotlineGateHours = {
  __typename?: 'HotlineGateHours';
  gateId: Scalars['ID']['output'];
  hours: Scalars['String']['output'];
};

export type HotlineGateHoursInput = {
  gateId: Scalars['ID']['input'];
  /** 开放时间, 如 06:00-24:00, 1-60 字 */
  hours: Scalars['String']['input'];
};

/** 来电最多的小区 */
export type HotlineHotCompound = {
  __typename?: 'HotlineHotCompound';
  calls: Scalars['Int']['output'];
  compoundId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  streetName: Scalars['String']['output'];
};

/** 检索命中方式 */
export type HotlineMatch =
  /** 地址 */
  | 'ADDRESS'
  /** 楼号 */
  | 'BUILDING'
  /** 拼音首字母 */
  | 'INITIALS'
  /** 名称或别名 */
  | 'NAME'
  /** 拼音 (含同音错字) */
  | 'PINYIN';

/** 回访满意度 */
export type HotlineSatisfaction =
  /** 基本满意 */
  | 'BASICALLY_SATISFIED'
  /** 不满意 */
  | 'DISSATISFIED'
  /** 满意 */
  | 'SATISFIED';

/** 热线检索结果: 用街道和社区区分同名小区 */
export type HotlineSearchHit = {
  __typename?: 'HotlineSearchHit';
  communityName: Scalars['String']['output'];
  compoundId: Scalars['ID']['output'];
  matchedBy: HotlineMatch;
  name: Scalars['String']['output'];
  /** 相似度 0-1, 越大越像 */
  score: Scalars['Float']['output'];
  streetName: Scalars['String']['output'];
};

/** 答复模板的一个版本; 保存即新版本, 不修改旧版本 */
export type HotlineTemplate = {
  __typename?: 'HotlineTemplate';
  body: Scalars['String']['output'];
  category: HotlineCategory;
  createdAt: Scalars['DateTimeISO']['output'];
  createdByName?: Maybe<Scalars['String']['output']>;
  /** 所属区; 为空是平台默认模板 */
  districtId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** 用到的变量 */
  variables: Array<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type HotlineTemplateVariable = {
  __typename?: 'HotlineTemplateVariable';
  description: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** 转街道办理的工单 */
export type HotlineTicket = {
  __typename?: 'HotlineTicket';
  assignedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 街道接单人 */
  assigneeName?: Maybe<Scalars['String']['output']>;
  callId: Scalars['ID']['output'];
  /** 来电号码, 已脱敏 (138****5678) */
  callerPhone?: Maybe<Scalars['String']['output']>;
  category: HotlineCategory;
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  communityName: Scalars['String']['output'];
  compoundId: Scalars['ID']['output'];
  compoundName: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** 状态变化, 从早到晚 */
  history: Array<HotlineTicketEvent>;
  id: Scalars['ID']['output'];
  /** 已超时 (由定时任务标记) */
  overdue: Scalars['Boolean']['output'];
  overdueSince?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 街道答复, 下一位接线员打开小区时可见 */
  reply?: Maybe<Scalars['String']['output']>;
  /** 需要街道办理的诉求 */
  request: Scalars['String']['output'];
  /** 解决情况 */
  resolution?: Maybe<Scalars['String']['output']>;
  /** 解决时限 */
  resolveDueAt: Scalars['DateTimeISO']['output'];
  resolvedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 答复时限 */
  respondDueAt: Scalars['DateTimeISO']['output'];
  respondedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  satisfaction?: Maybe<HotlineSatisfaction>;
  status: HotlineTicketStatus;
  streetId: Scalars['ID']['output'];
  streetName: Scalars['String']['output'];
};

/** 工单状态变化 */
export type HotlineTicketEvent = {
  __typename?: 'HotlineTicketEvent';
  /** 操作人姓名 */
  actorName?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTimeISO']['output'];
  fromStatus?: Maybe<HotlineTicketStatus>;
  note?: Maybe<Scalars['String']['output']>;
  toStatus: HotlineTicketStatus;
};

/** 工单筛选; 各条件之间为 "且" */
export type HotlineTicketFilter = {
  category?: InputMaybe<HotlineCategory>;
  compoundId?: InputMaybe<Scalars['ID']['input']>;
  /** 只看 (或排除) 超时工单 */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** 任一状态即匹配; 默认为未办结的 (除 CLOSED 外) */
  status?: InputMaybe<Array<HotlineTicketStatus>>;
  streetId?: InputMaybe<Scalars['ID']['input']>;
};

export type HotlineTicketList = {
  __typename?: 'HotlineTicketList';
  /** 超时的在前, 再按创建时间从早到晚 */
  items: Array<HotlineTicket>;
  /** 符合条件的总数 */
  totalCount: Scalars['Int']['output'];
};

/** 工单状态, 只能逐级推进: 新建 → 已派单 → 已答复 → 已解决 → 已办结 */
export type HotlineTicketStatus =
  /** 已派单 (街道已接单) */
  | 'ASSIGNED'
  /** 已办结 (热线回访后) */
  | 'CLOSED'
  /** 新建 */
  | 'NEW'
  /** 已解决 */
  | 'RESOLVED'
  /** 已答复 (街道答复对下一位接线员可见) */
  | 'RESPONDED';

/** 工单时限 (小时) */
export type HotlineTimeLimit = {
  __typename?: 'HotlineTimeLimit';
  category: HotlineCategory;
  resolveWithinHours: Scalars['Int']['output'];
  respondWithinHours: Scalars['Int']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** 模板变量及其当前取值 */
export type HotlineVariableValue = {
  __typename?: 'HotlineVariableValue';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/** 某街道某周的热线数据; 比率在没有数据时为空 */
export type HotlineWeekFigures = {
  __typename?: 'HotlineWeekFigures';
  /** 一次答复、无需跟进的来电 */
  answeredFirstCall: Scalars['Int']['output'];
  /** 各类来电数, 按类别顺序 */
  byCategory: Array<HotlineCategoryCount>;
  calls: Scalars['Int']['output'];
  /** 一次答复率 */
  firstCallShare?: Maybe<Scalars['Float']['output']>;
  /** 按时办结率 = 按时解决 / 已解决或已到期 */
  onTimeShare?: Maybe<Scalars['Float']['output']>;
  /** 已回访评价的工单 */
  rated: Scalars['Int']['output'];
  /** 解决率 = 已解决或已办结 / 工单数 */
  resolutionRate?: Maybe<Scalars['Float']['output']>;
  /** 响应率 = 已答复 (含之后各状态) / 工单数 */
  responseRate?: Maybe<Scalars['Float']['output']>;
  /** 满意率 = (满意 + 基本满意) / 已回访 */
  satisfactionRate?: Maybe<Scalars['Float']['output']>;
  streetId: Scalars['ID']['output'];
  streetName: Scalars['String']['output'];
  /** 本周新建工单 */
  tickets: Scalars['Int']['output'];
  /** 已解决或已到解决时限的工单 */
  ticketsDue: Scalars['Int']['output'];
  /** 在解决时限内解决的工单 */
  ticketsOnTime: Scalars['Int']['output'];
  /** 周一的日期 YYYY-MM-DD (北京时间) */
  week: Scalars['String']['output'];
};

/** 台账错误类别 */
export type LedgerErrorKind =
  /** 金额缺失或不是金额 */
  | 'BAD_AMOUNT'
  /** 建筑面积无效 */
  | 'BAD_AREA'
  /** 缴费日期缺失、多余或无效 */
  | 'BAD_DATE'
  /** 表头与模板不符 */
  | 'BAD_HEADER'
  /** 应收与合同单价 × 面积不符 */
  | 'BILL_MISMATCH'
  /** 不是本次导入的小区 */
  | 'COMPOUND_MISMATCH'
  /** 同一户出现多次 */
  | 'DUPLICATE_ROW'
  /** 没有数据行 */
  | 'EMPTY_LEDGER'
  /** 缺少或无效的楼号/单元/房号 */
  | 'MISSING_HOUSEHOLD'
  /** 金额为负 */
  | 'NEGATIVE_AMOUNT'
  /** 小区编号不存在或不在管辖范围内 */
  | 'UNKNOWN_COMPOUND'
  /** 不是可读的 .xlsx 文件 */
  | 'UNREADABLE_FILE'
  /** 月份与本次导入不符 */
  | 'WRONG_MONTH';

/** 物业费台账导入 (后台任务) */
export type LedgerImport = {
  __typename?: 'LedgerImport';
  compoundId: Scalars['ID']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** 错误总数; 大于 0 时未写入任何数据 */
  errorCount: Scalars['Int']['output'];
  /** 错误列表, 按行排序, 分页 */
  errors: LedgerImportErrorConnection;
  fileName: Scalars['String']['output'];
  /** 文件 SHA-256; 同一小区同一月份的同一文件只导入一次 */
  fileSha256: Scalars['String']['output'];
  /** 文件大小 (字节) */
  fileSize: Scalars['Int']['output'];
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** 月份 YYYY-MM */
  month: Scalars['String']['output'];
  /** 进度 0-100: 校验占前一半, 写入占后一半 */
  percent: Scalars['Int']['output'];
  /** 已写入行数 */
  rowsStored: Scalars['Int']['output'];
  /** 数据行数 (校验完成后可知) */
  rowsTotal?: Maybe<Scalars['Int']['output']>;
  /** 已校验行数 */
  rowsValidated: Scalars['Int']['output'];
  startedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  state: LedgerImportState;
};


/** 物业费台账导入 (后台任务) */
export type LedgerImportErrorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** 台账中的一处错误 */
export type LedgerImportError = {
  __typename?: 'LedgerImportError';
  /** 列 (A-I); 文件无法读取时为空 */
  column: Scalars['String']['output'];
  kind: LedgerErrorKind;
  /** 原因 (中文, 附英文) */
  reason: Scalars['String']['output'];
  /** 行号 (Excel 中的行号, 表头为第 1 行); 文件无法读取时为 0 */
  row: Scalars['Int']['output'];
  /** 工作表名; 文件无法读取时为空 */
  sheet: Scalars['String']['output'];
};

export type LedgerImportErrorConnection = {
  __typename?: 'LedgerImportErrorConnection';
  edges: Array<LedgerImportErrorEdge>;
  pageInfo: PageInfo;
  /** 符合筛选条件的总数 */
  totalCount: Scalars['Int']['output'];
};

export type LedgerImportErrorEdge = {
  __typename?: 'LedgerImportErrorEdge';
  cursor: Scalars['String']['output'];
  node: LedgerImportError;
};

/** 台账导入状态 */
export type LedgerImportState =
  /** 已完成, 全部写入 */
  | 'DONE'
  /** 未通过校验 (或文件无法读取), 未写入任何数据 */
  | 'FAILED'
  /** 排队中 */
  | 'QUEUED'
  /** 写入中 (一个事务) */
  | 'STORING'
  /** 逐行校验中 */
  | 'VALIDATING';

/** 记录来电 */
export type LogHotlineCallInput = {
  /** 给出的答复, 1-4000 字 */
  answer: Scalars['String']['input'];
  /** 来电号码 (加密保存, 只显示脱敏) */
  callerPhone?: InputMaybe<Scalars['String']['input']>;
  category: HotlineCategory;
  compoundId: Scalars['ID']['input'];
  /** 需要街道跟进: 生成工单 */
  followUp: Scalars['Boolean']['input'];
  /** 来电问题, 1-1000 字 */
  question: Scalars['String']['input'];
  /** 转街道的诉求; 默认为来电问题 */
  request?: InputMaybe<Scalars['String']['input']>;
};

export type LoginInput = {
  password: Scalars['String']['input'];
  /** 恢复码, 代替动态验证码使用一次 */
  recoveryCode?: InputMaybe<Scalars['String']['input']>;
  /** 动态验证码 (6 位), 已绑定时必填 */
  totpCode?: InputMaybe<Scalars['String']['input']>;
  username: Scalars['String']['input'];
};

export type LoginPayload = {
  __typename?: 'LoginPayload';
  /** 会话的绝对过期时间; 空闲超时另计 */
  expiresAt: Scalars['DateTimeISO']['output'];
  me: Me;
  /** Bearer token for API clients, only when asked for with returnToken; the dashboard uses the httpOnly cookie instead */
  token?: Maybe<Scalars['String']['output']>;
};

/** 管理状态 */
export type ManagementStatus =
  /** 失管 / 无人管理 */
  | 'NONE'
  /** 物业公司 */
  | 'PROPERTY_COMPANY'
  /** 自管 (产权单位或居民) */
  | 'SELF_MANAGED';

/** 当前登录的账户 */
export type Me = {
  __typename?: 'Me';
  communityId?: Maybe<Scalars['ID']['output']>;
  displayName: Scalars['String']['output'];
  districtId?: Maybe<Scalars['ID']['output']>;
  /** 账户已绑定动态验证码 */
  hasTotp: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  passwordExpired: Scalars['Boolean']['output'];
  role: Role;
  /** 本会话已通过动态验证码 */
  secondFactor: Scalars['Boolean']['output'];
  /** 此角色必须使用动态验证码 */
  secondFactorRequired: Scalars['Boolean']['output'];
  streetId?: Maybe<Scalars['ID']['output']>;
  username: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** 启用规则草稿 (原生效版本停用); 随后由后台重新评定全区小区 */
  activateQualificationRuleSet: QualificationRuleSet;
  /** 推进到下一阶段 (只能前进一级), 记录操作人和日期 */
  advanceRenovationStage: RenovationProject;
  /** 街道接单: 新建 → 已派单 */
  assignHotlineTicket: HotlineTicket;
  /** 修改密码; 本账户的其他会话全部失效 */
  changePassword: Scalars['Boolean']['output'];
  /** 热线回访后办结: 已解决 → 已办结, 记录满意度 */
  closeHotlineTicket: HotlineTicket;
  /** 确认绑定, 返回一次性恢复码 (只显示这一次) */
  confirmTotpEnrolment: Array<Scalars['String']['output']>;
  /** 更正误操作: 退回上一阶段, 须填写原因, 记入审计日志 */
  correctRenovationStage: RenovationProject;
  /** 登记门禁设备并签发第一把密钥; 密钥只返回这一次 */
  createGateDevice: GateDeviceWithKey;
  /** 新建规则版本 (草稿); 启用前不影响任何结果 */
  createQualificationRuleSet: QualificationRuleSet;
  /** 新建改造项目 (街道), 阶段为已评估; 记入审计日志 */
  createRenovationProject: RenovationProject;
  createUser: User;
  /** 导出物业费收缴报表 (.xlsx): 须填写原因, 记入审计日志 */
  exportAdoptionReport: ExportFile;
  /** 导出热线数据 (.xlsx): 须填写原因, 记入审计日志 */
  exportHotlineFigures: ExportFile;
  /** 导出 Excel (未脱敏): 须填写原因, 记入审计日志; 最多 5000 行 */
  exportResidents: ExportFile;
  /** 上报一批门禁事件 (设备密钥): JSON 数组或 NDJSON 文本, 最多 5000 条; 重发安全, 不会重复存储 */
  ingestGateEvents: GateIngestResult;
  /** 记录来电; 需要跟进时生成工单, 转小区所在街道 */
  logHotlineCall: HotlineCall;
  /** 登录; 网页端得到 httpOnly cookie, API 客户端用 returnToken 取得 bearer token */
  login: LoginPayload;
  /** 退出登录, 本会话立即失效 */
  logout: Scalars['Boolean']['output'];
  /** 记录小区评估 (新版本, 附依据); 随后由后台重新评定 */
  recordCompoundAssessment: CompoundAssessment;
  /** 重新生成恢复码; 旧码作废 */
  regenerateRecoveryCodes: Array<Scalars['String']['output']>;
  /** 登记居民 (居委会); 个人信息加密存储 */
  registerResident: Resident;
  /** 街道办结: 已答复 → 已解决 */
  resolveHotlineTicket: HotlineTicket;
  /** 街道答复: 已派单 → 已答复; 答复在小区答复卡上对接线员可见 */
  respondHotlineTicket: HotlineTicket;
  /** 停用门禁设备: 吊销其全部密钥, 不再接收数据 */
  retireGateDevice: GateDevice;
  /** 查看未脱敏信息: 须填写原因, 记入审计日志 */
  revealResident: RevealedResident;
  /** 吊销设备密钥, 立即生效 */
  revokeDeviceKey: DeviceKey;
  /** 结束该账户的全部会话, 返回结束的数量 */
  revokeUserSessions: Scalars['Int']['output'];
  /** 轮换设备密钥: 吊销旧密钥并签发新密钥, 新密钥只返回这一次 */
  rotateGateDeviceKey: GateDeviceWithKey;
  /** 保存答复模板 (新版本); 用到该类别没有的变量时拒绝 (HOTLINE_TEMPLATE_UNKNOWN_VARIABLE), 什么也不保存 */
  saveHotlineTemplate: HotlineTemplate;
  /** 设置小区的物业服务合同 (企业、起始日期、元/平方米/月); 记入审计日志 */
  setFeeContract: FeeContract;
  /** 登记小区的热线设置 (人脸登记地点和时间、不刷脸方式、隐私设置、大门开放时间); 记入审计日志 */
  setHotlineCompoundProfile: HotlineCompoundProfile;
  /** 设置某类工单的时限 (小时); 对之后新建的工单生效; 记入审计日志 */
  setHotlineTimeLimit: HotlineTimeLimit;
  /** 停用 (立即结束其全部会话) 或恢复账户 */
  setUserDisabled: User;
  /** 上传某小区某月的物业费台账 (.xlsx, base64, 最大 20 MB) 并在后台导入; 同一文件再次上传返回同一导入 */
  startLedgerImport: LedgerImport;
  startTotpEnrolment: TotpEnrolment;
  /** 解除登录失败造成的锁定 */
  unlockUser: User;
  /** 修改门禁设备 (厂商、序列号、固件、安装日期、在用/维护、心跳间隔) */
  updateGateDevice: GateDevice;
  /** 修改计划日期、范本、施工单位、工作项; 记入审计日志 */
  updateRenovationProject: RenovationProject;
};


export type MutationActivateQualificationRuleSetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAdvanceRenovationStageArgs = {
  id: Scalars['ID']['input'];
  input: AdvanceRenovationStageInput;
};


export type MutationAssignHotlineTicketArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCloseHotlineTicketArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  satisfaction: HotlineSatisfaction;
};


export type MutationConfirmTotpEnrolmentArgs = {
  code: Scalars['String']['input'];
};


export type MutationCorrectRenovationStageArgs = {
  id: Scalars['ID']['input'];
  input: CorrectRenovationStageInput;
};


export type MutationCreateGateDeviceArgs = {
  input: CreateGateDeviceInput;
};


export type MutationCreateQualificationRuleSetArgs = {
  input: RuleSetInput;
};


export type MutationCreateRenovationProjectArgs = {
  input: CreateRenovationProjectInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationExportAdoptionReportArgs = {
  area: FeeAreaInput;
  fromMonth: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  toMonth: Scalars['String']['input'];
};


export type MutationExportHotlineFiguresArgs = {
  area: HotlineAreaInput;
  fromWeek: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  toWeek: Scalars['String']['input'];
};


export type MutationExportResidentsArgs = {
  filter?: InputMaybe<ResidentFilter>;
  reason: Scalars['String']['input'];
};


export type MutationIngestGateEventsArgs = {
  batch: Scalars['String']['input'];
};


export type MutationLogHotlineCallArgs = {
  input: LogHotlineCallInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
  returnToken?: Scalars['Boolean']['input'];
};


export type MutationRecordCompoundAssessmentArgs = {
  input: AssessmentInput;
};


export type MutationRegisterResidentArgs = {
  input: RegisterResidentInput;
};


export type MutationResolveHotlineTicketArgs = {
  id: Scalars['ID']['input'];
  resolution: Scalars['String']['input'];
};


export type MutationRespondHotlineTicketArgs = {
  id: Scalars['ID']['input'];
  reply: Scalars['String']['input'];
};


export type MutationRetireGateDeviceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevealResidentArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRevokeDeviceKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeUserSessionsArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateGateDeviceKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveHotlineTemplateArgs = {
  input: SaveHotlineTemplateInput;
};


export type MutationSetFeeContractArgs = {
  input: FeeContractInput;
};


export type MutationSetHotlineCompoundProfileArgs = {
  input: HotlineCompoundProfileInput;
};


export type MutationSetHotlineTimeLimitArgs = {
  input: SetHotlineTimeLimitInput;
};


export type MutationSetUserDisabledArgs = {
  disabled: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationStartLedgerImportArgs = {
  compoundId: Scalars['ID']['input'];
  fileBase64: Scalars['String']['input'];
  fileName?: InputMaybe<Scalars['String']['input']>;
  month: Scalars['String']['input'];
};


export type MutationUnlockUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateGateDeviceArgs = {
  id: Scalars['ID']['input'];
  input: UpdateGateDeviceInput;
};


export type MutationUpdateRenovationProjectArgs = {
  id: Scalars['ID']['input'];
  input: UpdateRenovationProjectInput;
};

/** 不刷脸的进门方式 */
export type NonFaceMethod =
  /** 门禁卡 */
  | 'CARD'
  /** 密码 */
  | 'PIN'
  /** 手机二维码 */
  | 'QR_CODE';

/** 逾期阶段预警的内容 */
export type OverdueStage = {
  __typename?: 'OverdueStage';
  /** 逾期天数: 到今天 (北京时间) 或到预警关闭之日 */
  daysOverdue: Scalars['Int']['output'];
  /** 计划日期 YYYY-MM-DD */
  dueOn: Scalars['String']['output'];
  /** 项目 (不在本人辖区时为空) */
  project?: Maybe<RenovationProject>;
  projectId: Scalars['ID']['output'];
  /** 逾期起始日 YYYY-MM-DD (计划日期次日) */
  since: Scalars['String']['output'];
  /** 逾期的阶段 (最早的一个未完成且已过计划日期的阶段) */
  stage: RenovationStage;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** 产权单位是否明确 */
export type PropertyRightsStatus =
  /** 基本明确 */
  | 'BASICALLY_CLEAR'
  /** 明确 */
  | 'CLEAR'
  /** 不清 */
  | 'UNCLEAR';

/** 评定条件 */
export type QualificationCriterion =
  /** 居民可接受的物业费 */
  | 'ACCEPTED_FEE'
  /** 有专人盯守维护 */
  | 'CARETAKER'
  /** 可封闭的大门 */
  | 'CLOSABLE_GATES'
  /** 需保留的出入口 */
  | 'ENTRANCES'
  /** 消防通道 */
  | 'FIRE_LANE'
  /** 产权单位明确 */
  | 'RIGHTS_UNIT'
  /** 居民付费意愿 */
  | 'WILLINGNESS';

/** 单项条件的评定及说明 */
export type QualificationCriterionResult = {
  __typename?: 'QualificationCriterionResult';
  criterion: QualificationCriterion;
  /** 一句中文说明, 如 "居民付费意愿 38%，低于 50%" */
  explanation: Scalars['String']['output'];
  outcome: CriterionOutcome;
  /** 规则要求, 如 "≥ 50%" */
  threshold: Scalars['String']['output'];
  /** 小区的实际情况, 如 "38%"; 缺少材料时为空 */
  value?: Maybe<Scalars['String']['output']>;
};

/** 改造条件规则 (按区, 分版本) */
export type QualificationRuleSet = {
  __typename?: 'QualificationRuleSet';
  activatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 是否要求有专人盯守维护 */
  caretakerRequired: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** 制定人 */
  createdByName: Scalars['String']['output'];
  district: District;
  districtId: Scalars['ID']['output'];
  /** 是否要求有消防通道 */
  fireLaneRequired: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** 需保留出入口最多个数 */
  maxEntrancesToKeep: Scalars['Int']['output'];
  /** 居民可接受物业费下限 (元/平方米/月); 为空则不考核 */
  minAcceptedFee?: Maybe<Scalars['Float']['output']>;
  /** 可封闭大门最少个数 */
  minClosableGates: Scalars['Int']['output'];
  /** 产权单位至少应达到的明确程度 */
  minRightsClarity: PropertyRightsStatus;
  /** 居民付费意愿最低比例, 0-1 (如 0.5 即 50%) */
  minWillingShare: Scalars['Float']['output'];
  /** 版本说明 */
  note?: Maybe<Scalars['String']['output']>;
  status: QualificationRuleSetStatus;
  /** 版本号, 每区从 1 起 */
  version: Scalars['Int']['output'];
};

/** 规则版本状态 */
export type QualificationRuleSetStatus =
  /** 生效中 (每区一个) */
  | 'ACTIVE'
  /** 草稿 */
  | 'DRAFT'
  /** 已停用 */
  | 'RETIRED';

/** 改造条件评定结果 */
export type QualificationStatus =
  /** 不具备 (两项及以上未满足) */
  | 'BLOCKED'
  /** 差一项 (一项未达标或缺少材料) */
  | 'NEARLY'
  /** 具备改造条件 */
  | 'QUALIFIED';

/** 试算结果: 用草稿规则评定当前数据, 不保存任何内容 */
export type QualificationWhatIf = {
  __typename?: 'QualificationWhatIf';
  /** 对比的生效规则版本; 尚无生效规则时为空 */
  activeVersion?: Maybe<Scalars['Int']['output']>;
  /** 结果改变的小区总数 */
  changedCount: Scalars['Int']['output'];
  /** 结果改变的小区, 按街道和名称排序, 最多 200 个 */
  changes: Array<QualificationWhatIfChange>;
  compounds: Scalars['Int']['output'];
  districtId: Scalars['ID']['output'];
  qualifiedNow: Scalars['Int']['output'];
  qualifiedWithDraft: Scalars['Int']['output'];
  /** 按街道代码排序 */
  streets: Array<QualificationWhatIfStreet>;
};

/** 试算: 结果改变的小区 */
export type QualificationWhatIfChange = {
  __typename?: 'QualificationWhatIfChange';
  /** 按草稿规则的结果 */
  after: QualificationStatus;
  /** 按生效规则的结果; 本区尚无生效规则时为空 */
  before?: Maybe<QualificationStatus>;
  compound: Compound;
  compoundId: Scalars['ID']['output'];
  /** 原因: 评定改变的各项条件在草稿规则下的说明 */
  reasons: Array<Scalars['String']['output']>;
  streetId: Scalars['ID']['output'];
  /** 按草稿规则的一句话说明 */
  summary: Scalars['String']['output'];
};

/** 试算: 一个街道的结果 */
export type QualificationWhatIfStreet = {
  __typename?: 'QualificationWhatIfStreet';
  /** 结果改变的小区数 */
  changed: Scalars['Int']['output'];
  compounds: Scalars['Int']['output'];
  nearlyNow: Scalars['Int']['output'];
  nearlyWithDraft: Scalars['Int']['output'];
  /** 按生效规则, 具备条件的小区数 */
  qualifiedNow: Scalars['Int']['output'];
  /** 按草稿规则, 具备条件的小区数 */
  qualifiedWithDraft: Scalars['Int']['output'];
  street: Street;
  streetId: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** 预警列表: 默认只看开启的, 最新的在前; 按本人辖区裁剪 */
  alerts: AlertConnection;
  /** 审计日志: 筛选、最新在前、游标分页 */
  auditLog: AuditEntryConnection;
  /** 从头 (或保留期锚点) 校验整条哈希链 */
  auditVerification: AuditVerification;
  /** 改造候选 (街道视图): 具备条件、差一项、不具备; 每行说明缺什么; 含按街道统计 */
  closureCandidates: ClosureCandidateConnection;
  /** 社区, 按名称排序, 可按区或街道筛选 */
  communities: CommunityConnection;
  community: Community;
  compound: Compound;
  /** 一个小区的评估记录, 新版本在前 (第一条为当前评估) */
  compoundAssessments: Array<CompoundAssessment>;
  /** 一个小区的当前评定结果; 本区尚无生效规则时为空 */
  compoundQualification?: Maybe<ClosureCandidate>;
  /** 小区列表: 筛选、排序、游标分页 */
  compounds: CompoundConnection;
  /** 门禁设备密钥 (管理员), 可按门筛选, 最新的在前; 新密钥只能通过 createGateDevice / rotateGateDeviceKey 签发 */
  deviceKeys: Array<DeviceKey>;
  district: District;
  /** 全部区, 按区划代码排序 */
  districts: Array<District>;
  /** 物业费收缴逐月数据: 区、街道或小区; 默认从首个计费月到最后计费月 */
  feeAdoption: FeeAdoption;
  /** 小区的物业服务合同; 没有合同时为 null */
  feeContract?: Maybe<FeeContract>;
  /** 一个门的门禁设备 (管理员), 按登记先后 */
  gateDevices: Array<GateDevice>;
  /** 门禁运行: 按方式分列的通行量、刷脸占比、测温与发热、拒绝通行、下一级明细和设备状态; 默认最近 7 天按小时 */
  gateOperations: GateOperations;
  /** 回头来电: 同一号码 (按盲索引匹配) 未办结的工单 */
  hotlineCallerTickets: Array<HotlineTicket>;
  /** 最近的来电 (新的在前) */
  hotlineCalls: Array<HotlineCall>;
  /** 小区答复卡: 四类问题按实时数据生成的答复口径, 街道答复, 未办结工单 */
  hotlineCard: HotlineCard;
  /** 热线数据: 按街道和周 (周一起, 北京时间) */
  hotlineFigures: HotlineFigures;
  /** 12345 小区检索: 名称、别名、部分地址、楼号、错别字、全拼或拼音首字母 (如 yhy); 按相似度排序, 附街道和社区以区分同名小区 */
  hotlineSearch: Array<HotlineSearchHit>;
  /** 某类模板可用的变量 */
  hotlineTemplateVariables: Array<HotlineTemplateVariable>;
  /** 答复模板的各版本 (平台默认和本区), 新版本在前 */
  hotlineTemplates: Array<HotlineTemplate>;
  hotlineTicket: HotlineTicket;
  /** 工单队列: 超时的在前, 再从早到晚; 默认未办结的 */
  hotlineTickets: HotlineTicketList;
  /** 各类工单的答复和解决时限 */
  hotlineTimeLimits: Array<HotlineTimeLimit>;
  /** 台账导入的状态、进度和错误 */
  ledgerImport: LedgerImport;
  /** 台账模板 (.xlsx, base64); 指定小区时预填该小区已知各户及当月应收 */
  ledgerTemplate: ExportFile;
  /** 当前会话的账户; 未登录时为 null */
  me?: Maybe<Me>;
  /** 改造条件规则的各个版本, 按区, 新版本在前 */
  qualificationRuleSets: Array<QualificationRuleSet>;
  /** 试算: 用草稿规则评定当前数据, 与生效规则对比; 不保存任何内容 */
  qualificationWhatIf: QualificationWhatIf;
  /** 全区改造进展: 漏斗、投资、按期率、已封闭小区; 可下钻到街道和小区 */
  renovationProgress: RenovationProgress;
  renovationProject: RenovationProject;
  /** 改造项目列表: 按小区名称排序, 游标分页; 按本人辖区裁剪 */
  renovationProjects: RenovationProjectConnection;
  resident: Resident;
  /** 居民 (脱敏), 按楼号/单元/房号排序; 证件号、手机号、车牌只能精确查找 */
  residents: ResidentConnection;
  street: Street;
  /** 街道 / 乡镇, 可按区筛选 */
  streets: Array<Street>;
  user: User;
  /** 全部账户 (管理员) */
  users: Array<User>;
};


export type QueryAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AlertFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryClosureCandidatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClosureCandidateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ClosureCandidateSort>;
};


export type QueryCommunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  districtId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  streetId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCommunityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCompoundArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCompoundAssessmentsArgs = {
  compoundId: Scalars['ID']['input'];
};


export type QueryCompoundQualificationArgs = {
  compoundId: Scalars['ID']['input'];
};


export type QueryCompoundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CompoundFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<CompoundSort>;
};


export type QueryDeviceKeysArgs = {
  gateId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryDistrictArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFeeAdoptionArgs = {
  area: FeeAreaInput;
  fromMonth?: InputMaybe<Scalars['String']['input']>;
  toMonth?: InputMaybe<Scalars['String']['input']>;
};


export type QueryFeeContractArgs = {
  compoundId: Scalars['ID']['input'];
};


export type QueryGateDevicesArgs = {
  gateId: Scalars['ID']['input'];
};


export type QueryGateOperationsArgs = {
  bucket?: InputMaybe<GateBucket>;
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  place: GatePlaceInput;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


export type QueryHotlineCallerTicketsArgs = {
  callerPhone: Scalars['String']['input'];
};


export type QueryHotlineCallsArgs = {
  compoundId?: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  streetId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryHotlineCardArgs = {
  compoundId: Scalars['ID']['input'];
};


export type QueryHotlineFiguresArgs = {
  area: HotlineAreaInput;
  fromWeek: Scalars['String']['input'];
  toWeek: Scalars['String']['input'];
};


export type QueryHotlineSearchArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QueryHotlineTemplateVariablesArgs = {
  category: HotlineCategory;
};


export type QueryHotlineTemplatesArgs = {
  category?: InputMaybe<HotlineCategory>;
  districtId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryHotlineTicketArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHotlineTicketsArgs = {
  filter?: InputMaybe<HotlineTicketFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLedgerImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLedgerTemplateArgs = {
  compoundId?: InputMaybe<Scalars['ID']['input']>;
  month?: InputMaybe<Scalars['String']['input']>;
};


export type QueryQualificationRuleSetsArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryQualificationWhatIfArgs = {
  rules: RuleSetInput;
};


export type QueryRenovationProgressArgs = {
  districtId: Scalars['ID']['input'];
};


export type QueryRenovationProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRenovationProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RenovationProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryResidentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryResidentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResidentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStreetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStreetsArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};

export type RegisterResidentInput = {
  building: Scalars['String']['input'];
  compoundId: Scalars['ID']['input'];
  /** 18 位或 15 位身份证号 */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 车牌, 含新能源 8 位车牌 */
  plate?: InputMaybe<Scalars['String']['input']>;
  room: Scalars['String']['input'];
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** 全区改造进展: 汇总, 以及可下钻到街道和小区的分街道数字 */
export type RenovationProgress = {
  __typename?: 'RenovationProgress';
  /** 计划投资 (元): 工作项预算之和 */
  budget: Scalars['Float']['output'];
  /** 其中按期完成 (实际日期不晚于计划日期) 的阶段数 */
  completedOnTime: Scalars['Int']['output'];
  /** 已完成 (有实际日期且有计划日期) 的阶段数 */
  completedStages: Scalars['Int']['output'];
  district: District;
  districtId: Scalars['ID']['output'];
  /** 已封闭小区, 按封闭日期先后 */
  finished: Array<FinishedCompound>;
  /** 各阶段项目数, 每个阶段一项 (含 0), 按阶段顺序 */
  funnel: Array<StageCount>;
  /** 按期率 0-1; 没有已完成阶段时为空 */
  onTimeShare?: Maybe<Scalars['Float']['output']>;
  /** 有逾期阶段的项目数 (今天, 北京时间) */
  overdueProjects: Scalars['Int']['output'];
  /** 项目数 */
  projectCount: Scalars['Int']['output'];
  /** 实际支出 (元) */
  spent: Scalars['Float']['output'];
  /** 本人可见的各街道, 按街道代码 */
  streets: Array<StreetRenovationProgress>;
};

/** 封闭式改造项目 (每个小区一个) */
export type RenovationProject = {
  __typename?: 'RenovationProject';
  /** 预算合计 (元): 工作项预算之和 */
  budget: Scalars['Float']['output'];
  communityId: Scalars['ID']['output'];
  compound: Compound;
  compoundId: Scalars['ID']['output'];
  /** 施工单位 */
  contractor?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  district: District;
  districtId: Scalars['ID']['output'];
  /** 阶段变更记录, 先后顺序 */
  history: Array<RenovationStageChange>;
  id: Scalars['ID']['output'];
  /** 计划启动日期 YYYY-MM-DD; 各阶段的计划和实际日期都不早于它 */
  plannedStartOn: Scalars['String']['output'];
  /** 接管的物业公司 (移交后) */
  propertyCompany?: Maybe<Scalars['String']['output']>;
  /** 实际支出合计 (元) */
  spent: Scalars['Float']['output'];
  /** 当前阶段 */
  stage: RenovationStage;
  /** 五个阶段的计划和实际日期, 按阶段顺序 */
  stages: Array<RenovationStageDate>;
  street: Street;
  streetId: Scalars['ID']['output'];
  /** 范本小区 */
  templateCompound?: Maybe<Compound>;
  /** 作为范本的小区 (已完成改造) */
  templateCompoundId?: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** 工作项 */
  workItems: Array<RenovationWorkItem>;
};

export type RenovationProjectConnection = {
  __typename?: 'RenovationProjectConnection';
  edges: Array<RenovationProjectEdge>;
  pageInfo: PageInfo;
  /** 符合筛选条件的总数 */
  totalCount: Scalars['Int']['output'];
};

export type RenovationProjectEdge = {
  __typename?: 'RenovationProjectEdge';
  cursor: Scalars['String']['output'];
  node: RenovationProject;
};

/** 改造项目筛选条件; 各条件之间为 "且" */
export type RenovationProjectFilter = {
  compoundId?: InputMaybe<Scalars['ID']['input']>;
  districtId?: InputMaybe<Scalars['ID']['input']>;
  /** true: 只看有逾期阶段的; false: 只看没有的 */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** 任一阶段即匹配 */
  stages?: InputMaybe<Array<RenovationStage>>;
  streetId?: InputMaybe<Scalars['ID']['input']>;
};

/** 改造阶段, 只能按顺序逐级推进 */
export type RenovationStage =
  /** 已批准 */
  | 'APPROVED'
  /** 已评估 */
  | 'ASSESSED'
  /** 已封闭 */
  | 'CLOSED'
  /** 已移交物业 */
  | 'HANDED_OVER'
  /** 施工中 */
  | 'UNDER_CONSTRUCTION';

/** 阶段变更记录 */
export type RenovationStageChange = {
  __typename?: 'RenovationStageChange';
  actorId?: Maybe<Scalars['ID']['output']>;
  /** 操作人用户名 */
  actorName?: Maybe<Scalars['String']['output']>;
  /** 新阶段的实际日期 YYYY-MM-DD (更正时为空) */
  actualOn?: Maybe<Scalars['String']['output']>;
  changedAt: Scalars['DateTimeISO']['output'];
  /** 立项时为空 */
  fromStage?: Maybe<RenovationStage>;
  id: Scalars['ID']['output'];
  kind: StageChangeKind;
  /** 更正原因 */
  reason?: Maybe<Scalars['String']['output']>;
  toStage: RenovationStage;
};

/** 阶段日期 */
export type RenovationStageDate = {
  __typename?: 'RenovationStageDate';
  /** 实际到达该阶段的日期 YYYY-MM-DD */
  actualOn?: Maybe<Scalars['String']['output']>;
  /** 逾期天数: 计划日期已过仍未到达时, 到今天 (北京时间) 的天数; 否则为空 */
  daysOverdue?: Maybe<Scalars['Int']['output']>;
  /** 计划日期 YYYY-MM-DD */
  plannedOn?: Maybe<Scalars['String']['output']>;
  stage: RenovationStage;
};

/** 改造工作项: 预算与实际支出 (元) */
export type RenovationWorkItem = {
  __typename?: 'RenovationWorkItem';
  /** 预算 (元) */
  budget: Scalars['Float']['output'];
  /** 说明, 最多 200 字 */
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: RenovationWorkKind;
  /** 实际支出 (元) */
  spent: Scalars['Float']['output'];
};

/** 改造工作项 */
export type RenovationWorkKind =
  /** 门禁系统 */
  | 'ACCESS_CONTROL'
  /** 环境整治 */
  | 'ENVIRONMENT'
  /** 围墙围栏 */
  | 'FENCING'
  /** 门卫室 / 岗亭 */
  | 'GATEHOUSE'
  /** 其他 */
  | 'OTHER'
  /** 停车管理 */
  | 'PARKING'
  /** 党员议事厅 */
  | 'PARTY_COUNCIL_HALL'
  /** 人车自动识别 */
  | 'PERSON_VEHICLE_RECOGNITION'
  /** 引入物业 */
  | 'PROPERTY_INTRODUCTION'
  /** 视频监控 */
  | 'SURVEILLANCE';

/** 居民 (个人信息已脱敏) */
export type Resident = {
  __typename?: 'Resident';
  /** 楼号 */
  building: Scalars['String']['output'];
  compoundId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** 身份证号 (脱敏: 110101********1234) */
  idNumber?: Maybe<Scalars['String']['output']>;
  /** 姓名 (脱敏: 张**) */
  name: Scalars['String']['output'];
  /** 手机号 (脱敏: 138****5678) */
  phone?: Maybe<Scalars['String']['output']>;
  /** 车牌 (脱敏: 京A***45) */
  plate?: Maybe<Scalars['String']['output']>;
  registeredAt: Scalars['DateTimeISO']['output'];
  /** 房号 */
  room: Scalars['String']['output'];
  /** 单元, 可为空 */
  unit: Scalars['String']['output'];
};

export type ResidentConnection = {
  __typename?: 'ResidentConnection';
  edges: Array<ResidentEdge>;
  pageInfo: PageInfo;
  /** 符合筛选条件的总数 */
  totalCount: Scalars['Int']['output'];
};

export type ResidentEdge = {
  __typename?: 'ResidentEdge';
  cursor: Scalars['String']['output'];
  node: Resident;
};

export type ResidentFilter = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
  compoundId?: InputMaybe<Scalars['ID']['input']>;
  /** 完整身份证号, 精确匹配 */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** 完整手机号, 精确匹配 */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 完整车牌, 精确匹配 */
  plate?: InputMaybe<Scalars['String']['input']>;
};

/** 未脱敏的个人信息; 每次查看都记入审计日志 */
export type RevealedResident = {
  __typename?: 'RevealedResident';
  id: Scalars['ID']['output'];
  idNumber?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  plate?: Maybe<Scalars['String']['output']>;
};

/** 角色 */
export type Role =
  /** 管理员: 账户、设备、密钥; 默认不见居民数据 */
  | 'ADMIN'
  /** 审计员: 只读审计日志 */
  | 'AUDITOR'
  /** 社区居委会: 本社区, 仅脱敏数据, 无导出 */
  | 'COMMUNITY_OPERATOR'
  /** 门禁设备: 仅上报本门数据 */
  | 'DEVICE'
  /** 区级: 本区 */
  | 'DISTRICT_OFFICIAL'
  /** 12345 热线: 本区小区信息, 不见未脱敏居民数据 */
  | 'HOTLINE_AGENT'
  /** 街道: 本街道 */
  | 'STREET_OFFICER'
  /** 志愿者协调员: 本社区排班 */
  | 'VOLUNTEER_COORDINATOR';

/** 一套改造条件规则 (草稿或试算) */
export type RuleSetInput = {
  caretakerRequired: Scalars['Boolean']['input'];
  districtId: Scalars['ID']['input'];
  fireLaneRequired: Scalars['Boolean']['input'];
  /** 需保留出入口最多个数, 1-50 */
  maxEntrancesToKeep: Scalars['Int']['input'];
  /** 居民可接受物业费下限 (元/平方米/月), 0-100; 为空则不考核 */
  minAcceptedFee?: InputMaybe<Scalars['Float']['input']>;
  /** 可封闭大门最少个数, 0-50 */
  minClosableGates: Scalars['Int']['input'];
  /** 产权单位至少应达到的明确程度 */
  minRightsClarity: PropertyRightsStatus;
  /** 居民付费意愿最低比例, 0-1, 最多四位小数 */
  minWillingShare: Scalars['Float']['input'];
  /** 版本说明, 最多 200 个字符 */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** 保存答复模板 (生成新版本); 变量写作 {{name}}, 只能用该类别提供的变量 */
export type SaveHotlineTemplateInput = {
  /** 1-2000 字 */
  body: Scalars['String']['input'];
  category: HotlineCategory;
  /** 区级账号默认为本区; 管理员留空即平台默认模板 */
  districtId?: InputMaybe<Scalars['ID']['input']>;
};

export type SetHotlineTimeLimitInput = {
  category: HotlineCategory;
  /** 解决时限, 不短于答复时限, 最多 2160 小时 */
  resolveWithinHours: Scalars['Int']['input'];
  /** 答复时限, 1-720 小时 */
  respondWithinHours: Scalars['Int']['input'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** 阶段变更类型 */
export type StageChangeKind =
  /** 推进一级 */
  | 'ADVANCE'
  /** 更正: 撤回上一次推进 */
  | 'CORRECTION'
  /** 立项 */
  | 'CREATE';

/** 漏斗: 某一阶段的项目数 */
export type StageCount = {
  __typename?: 'StageCount';
  /** 当前处于该阶段 */
  current: Scalars['Int']['output'];
  /** 已到达该阶段或更后 */
  reached: Scalars['Int']['output'];
  stage: RenovationStage;
};

/** 某一阶段的计划日期 */
export type StagePlanInput = {
  /** YYYY-MM-DD; 为空表示取消计划日期 */
  plannedOn?: InputMaybe<Scalars['String']['input']>;
  stage: RenovationStage;
};

export type StatsPoint = {
  __typename?: 'StatsPoint';
  closed: Scalars['Int']['output'];
  compounds: Scalars['Int']['output'];
  /** YYYY-MM-DD (北京时间) */
  day: Scalars['String']['output'];
  open: Scalars['Int']['output'];
  planned: Scalars['Int']['output'];
  underRenovation: Scalars['Int']['output'];
};

/** 街道 / 乡镇 */
export type Street = {
  __typename?: 'Street';
  /** 街道代码, e.g. 110101008 */
  code: Scalars['String']['output'];
  district: District;
  districtId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  kind: StreetKind;
  name: Scalars['String']['output'];
  stats: AreaStats;
  /** 每日快照中的封闭进度, 最早的在前 */
  trend: Array<StatsPoint>;
};


/** 街道 / 乡镇 */
export type StreetTrendArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
};

/** 街道 (STREET) 或 乡镇 (TOWNSHIP) */
export type StreetKind =
  | 'STREET'
  | 'TOWNSHIP';

/** 街道的评定结果数 */
export type StreetQualificationCounts = {
  __typename?: 'StreetQualificationCounts';
  blocked: Scalars['Int']['output'];
  nearly: Scalars['Int']['output'];
  qualified: Scalars['Int']['output'];
  street: Street;
  streetId: Scalars['ID']['output'];
  total: Scalars['Int']['output'];
};

/** 某街道的改造进展 */
export type StreetRenovationProgress = {
  __typename?: 'StreetRenovationProgress';
  /** 计划投资 (元): 工作项预算之和 */
  budget: Scalars['Float']['output'];
  /** 其中按期完成 (实际日期不晚于计划日期) 的阶段数 */
  completedOnTime: Scalars['Int']['output'];
  /** 已完成 (有实际日期且有计划日期) 的阶段数 */
  completedStages: Scalars['Int']['output'];
  /** 已封闭小区, 按封闭日期先后 */
  finished: Array<FinishedCompound>;
  /** 各阶段项目数, 每个阶段一项 (含 0), 按阶段顺序 */
  funnel: Array<StageCount>;
  /** 按期率 0-1; 没有已完成阶段时为空 */
  onTimeShare?: Maybe<Scalars['Float']['output']>;
  /** 有逾期阶段的项目数 (今天, 北京时间) */
  overdueProjects: Scalars['Int']['output'];
  /** 项目数 */
  projectCount: Scalars['Int']['output'];
  /** 下钻: 本街道的项目, 按阶段再按小区名称 */
  projects: Array<RenovationProject>;
  /** 实际支出 (元) */
  spent: Scalars['Float']['output'];
  street: Street;
  streetId: Scalars['ID']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** 门禁实时事件 (graphql-ws, /graphql): 范围内各出入口的通行批次和设备状态变化; 只含调用者权限范围内的事件 */
  gateLive: GateLiveEvent;
};


export type SubscriptionGateLiveArgs = {
  place: GatePlaceInput;
};

/** 动态验证码绑定: 扫码后用 confirmTotpEnrolment 确认 */
export type TotpEnrolment = {
  __typename?: 'TotpEnrolment';
  otpauthUri: Scalars['String']['output'];
  /** The otpauth URI as an SVG QR code */
  qrSvg: Scalars['String']['output'];
  /** Base32 secret, for manual entry */
  secret: Scalars['String']['output'];
};

/** 修改门禁设备; 只改给出的字段. 停用请用 retireGateDevice */
export type UpdateGateDeviceInput = {
  firmware?: InputMaybe<Scalars['String']['input']>;
  heartbeatIntervalSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** YYYY-MM-DD */
  installedOn?: InputMaybe<Scalars['String']['input']>;
  serial?: InputMaybe<Scalars['String']['input']>;
  /** ACTIVE 或 MAINTENANCE */
  status?: InputMaybe<GateDeviceStatus>;
  vendor?: InputMaybe<Scalars['String']['input']>;
};

/** 修改改造项目; 未给出的字段不变 */
export type UpdateRenovationProjectInput = {
  /** 施工单位; 传空字符串表示清除 */
  contractor?: InputMaybe<Scalars['String']['input']>;
  /** 只修改列出的阶段 */
  plannedDates?: InputMaybe<Array<StagePlanInput>>;
  /** 计划启动日期 YYYY-MM-DD */
  plannedStartOn?: InputMaybe<Scalars['String']['input']>;
  /** 范本小区; 传 null 表示去掉范本 */
  templateCompoundId?: InputMaybe<Scalars['ID']['input']>;
  /** 全部工作项: 替换现有清单 */
  workItems?: InputMaybe<Array<WorkItemInput>>;
};

/** 账户 */
export type User = {
  __typename?: 'User';
  communityId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  disabledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  displayName: Scalars['String']['output'];
  districtId?: Maybe<Scalars['ID']['output']>;
  hasTotp: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  lockedUntil?: Maybe<Scalars['DateTimeISO']['output']>;
  passwordChangedAt: Scalars['DateTimeISO']['output'];
  role: Role;
  streetId?: Maybe<Scalars['ID']['output']>;
  username: Scalars['String']['output'];
};

/** 工作项; 每个项目每类一项 */
export type WorkItemInput = {
  /** 预算 (元), 不小于 0, 最多两位小数 */
  budget: Scalars['Float']['input'];
  /** 说明, 最多 200 字 */
  description?: InputMaybe<Scalars['String']['input']>;
  kind: RenovationWorkKind;
  /** 实际支出 (元), 不小于 0, 默认 0 */
  spent?: InputMaybe<Scalars['Float']['input']>;
};

export type StartTotpEnrolmentMutationVariables = Exact<{ [key: string]: never; }>;


export type StartTotpEnrolmentMutation = { __typename?: 'Mutation', startTotpEnrolment: { __typename?: 'TotpEnrolment', secret: string, otpauthUri: string, qrSvg: string } };

export type ConfirmTotpEnrolmentMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type ConfirmTotpEnrolmentMutation = { __typename?: 'Mutation', confirmTotpEnrolment: Array<string> };

export type RegenerateRecoveryCodesMutationVariables = Exact<{ [key: string]: never; }>;


export type RegenerateRecoveryCodesMutation = { __typename?: 'Mutation', regenerateRecoveryCodes: Array<string> };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: boolean };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', id: string, username: string, displayName: string, role: Role, districtId?: string | null, streetId?: string | null, communityId?: string | null, hasTotp: boolean, lockedUntil?: string | null, disabledAt?: string | null }> };

export type PlaceNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlaceNamesQuery = { __typename?: 'Query', districts: Array<{ __typename?: 'District', id: string, name: string }>, streets: Array<{ __typename?: 'Street', id: string, name: string }> };

export type CommunityNameQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CommunityNameQuery = { __typename?: 'Query', community: { __typename?: 'Community', id: string, name: string } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string, username: string } };

export type SetUserDisabledMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  disabled: Scalars['Boolean']['input'];
}>;


export type SetUserDisabledMutation = { __typename?: 'Mutation', setUserDisabled: { __typename?: 'User', id: string, disabledAt?: string | null } };

export type UnlockUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UnlockUserMutation = { __typename?: 'Mutation', unlockUser: { __typename?: 'User', id: string, lockedUntil?: string | null } };

export type RevokeUserSessionsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeUserSessionsMutation = { __typename?: 'Mutation', revokeUserSessions: number };

export type AuditLogQueryVariables = Exact<{
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditLogQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'AuditEntryEdge', node: { __typename?: 'AuditEntry', seq: string, occurredAt: string, actorName?: string | null, actorRole?: string | null, action: string, outcome: AuditOutcome, targetType?: string | null, targetId?: string | null, ip?: string | null, reason?: string | null } }> } };

export type AuditVerificationQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditVerificationQuery = { __typename?: 'Query', auditVerification: { __typename?: 'AuditVerification', ok: boolean, checked: number, headSeq?: string | null, brokenAt?: { __typename?: 'AuditBreak', seq: string, reason: AuditBreakReason, occurredAt: string } | null } };

export type CompoundDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CompoundDetailQuery = { __typename?: 'Query', compound: { __typename?: 'Compound', id: string, name: string, aliases: Array<string>, address: string, yearBuilt: number, isOld: boolean, buildings: number, households: number, floorArea: number, origin: CompoundOrigin, propertyRights: PropertyRightsStatus, propertyRightsUnit?: string | null, caretaker?: string | null, managementStatus: ManagementStatus, closureStatus: ClosureStatus, district: { __typename?: 'District', id: string, name: string }, street: { __typename?: 'Street', id: string, name: string }, community: { __typename?: 'Community', id: string, name: string }, gates: Array<{ __typename?: 'Gate', id: string, name: string, kind: GateKind, state: GateState }> } };

export type CompoundListQueryVariables = Exact<{
  filter?: InputMaybe<CompoundFilter>;
  sort?: InputMaybe<CompoundSort>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type CompoundListQuery = { __typename?: 'Query', compounds: { __typename?: 'CompoundConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'CompoundEdge', node: { __typename?: 'Compound', id: string, name: string, yearBuilt: number, households: number, floorArea: number, managementStatus: ManagementStatus, closureStatus: ClosureStatus, street: { __typename?: 'Street', id: string, name: string }, community: { __typename?: 'Community', id: string, name: string } } }> } };

export type GateDevicesQueryVariables = Exact<{
  gateId: Scalars['ID']['input'];
}>;


export type GateDevicesQuery = { __typename?: 'Query', gateDevices: Array<{ __typename?: 'GateDevice', id: string, gateId: string, kind: GateDeviceKind, vendor: string, serial: string, firmware: string, installedOn: string, status: GateDeviceStatus, heartbeatIntervalSeconds: number, online: boolean, lastSeenAt?: string | null, silentSince?: string | null }>, deviceKeys: Array<{ __typename?: 'DeviceKey', id: string, deviceId?: string | null, keyPrefix: string, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null }> };

export type CreateGateDeviceMutationVariables = Exact<{
  input: CreateGateDeviceInput;
}>;


export type CreateGateDeviceMutation = { __typename?: 'Mutation', createGateDevice: { __typename?: 'GateDeviceWithKey', key: string, device: { __typename?: 'GateDevice', id: string, vendor: string, serial: string }, deviceKey: { __typename?: 'DeviceKey', id: string, keyPrefix: string } } };

export type UpdateGateDeviceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateGateDeviceInput;
}>;


export type UpdateGateDeviceMutation = { __typename?: 'Mutation', updateGateDevice: { __typename?: 'GateDevice', id: string, status: GateDeviceStatus } };

export type RotateGateDeviceKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RotateGateDeviceKeyMutation = { __typename?: 'Mutation', rotateGateDeviceKey: { __typename?: 'GateDeviceWithKey', key: string, deviceKey: { __typename?: 'DeviceKey', id: string, keyPrefix: string } } };

export type RetireGateDeviceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetireGateDeviceMutation = { __typename?: 'Mutation', retireGateDevice: { __typename?: 'GateDevice', id: string, status: GateDeviceStatus } };

export type RevokeDeviceKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeDeviceKeyMutation = { __typename?: 'Mutation', revokeDeviceKey: { __typename?: 'DeviceKey', id: string, revokedAt?: string | null } };

export type FeeFiguresFragment = { __typename?: 'FeeAdoptionMonth', month: string, householdsBilled: number, householdsPaying: number, payingShare: number, amountBilled: number, amountCollected: number, collectionRate: number };

export type FeeAdoptionQueryVariables = Exact<{
  area: FeeAreaInput;
  fromMonth?: InputMaybe<Scalars['String']['input']>;
  toMonth?: InputMaybe<Scalars['String']['input']>;
}>;


export type FeeAdoptionQuery = { __typename?: 'Query', feeAdoption: { __typename?: 'FeeAdoption', level: FeeAreaLevel, areaId: string, name: string, months: Array<{ __typename?: 'FeeAdoptionMonth', month: string, householdsBilled: number, householdsPaying: number, payingShare: number, amountBilled: number, amountCollected: number, collectionRate: number }> } };

export type FeeBreakdownQueryVariables = Exact<{
  area: FeeAreaInput;
  month: Scalars['String']['input'];
}>;


export type FeeBreakdownQuery = { __typename?: 'Query', feeAdoption: { __typename?: 'FeeAdoption', areaId: string, breakdown: Array<{ __typename?: 'FeeAdoptionRow', level: FeeAreaLevel, areaId: string, name: string, figures: { __typename?: 'FeeAdoptionMonth', month: string, householdsBilled: number, householdsPaying: number, payingShare: number, amountBilled: number, amountCollected: number, collectionRate: number } }> } };

export type FeeStreetOptionsQueryVariables = Exact<{
  districtId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type FeeStreetOptionsQuery = { __typename?: 'Query', streets: Array<{ __typename?: 'Street', id: string, name: string }> };

export type FeeCompoundOptionsQueryVariables = Exact<{
  streetId: Scalars['ID']['input'];
}>;


export type FeeCompoundOptionsQuery = { __typename?: 'Query', compounds: { __typename?: 'CompoundConnection', edges: Array<{ __typename?: 'CompoundEdge', node: { __typename?: 'Compound', id: string, name: string } }> } };

export type FeeContractFieldsFragment = { __typename?: 'FeeContract', id: string, compoundId: string, company: string, startDate: string, feePerM2: number, updatedAt: string };

export type FeeContractQueryVariables = Exact<{
  compoundId: Scalars['ID']['input'];
}>;


export type FeeContractQuery = { __typename?: 'Query', feeContract?: { __typename?: 'FeeContract', id: string, compoundId: string, company: string, startDate: string, feePerM2: number, updatedAt: string } | null };

export type SetFeeContractMutationVariables = Exact<{
  input: FeeContractInput;
}>;


export type SetFeeContractMutation = { __typename?: 'Mutation', setFeeContract: { __typename?: 'FeeContract', id: string, compoundId: string, company: string, startDate: string, feePerM2: number, updatedAt: string } };

export type LedgerTemplateQueryVariables = Exact<{
  compoundId: Scalars['ID']['input'];
  month: Scalars['String']['input'];
}>;


export type LedgerTemplateQuery = { __typename?: 'Query', ledgerTemplate: { __typename?: 'ExportFile', base64: string, filename: string, mimeType: string, rows: number } };

export type LedgerImportFieldsFragment = { __typename?: 'LedgerImport', id: string, compoundId: string, month: string, fileName: string, fileSize: number, state: LedgerImportState, percent: number, rowsTotal?: number | null, rowsValidated: number, rowsStored: number, errorCount: number, createdAt: string, finishedAt?: string | null };

export type StartLedgerImportMutationVariables = Exact<{
  compoundId: Scalars['ID']['input'];
  month: Scalars['String']['input'];
  fileBase64: Scalars['String']['input'];
  fileName?: InputMaybe<Scalars['String']['input']>;
}>;


export type StartLedgerImportMutation = { __typename?: 'Mutation', startLedgerImport: { __typename?: 'LedgerImport', id: string, compoundId: string, month: string, fileName: string, fileSize: number, state: LedgerImportState, percent: number, rowsTotal?: number | null, rowsValidated: number, rowsStored: number, errorCount: number, createdAt: string, finishedAt?: string | null } };

export type LedgerImportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LedgerImportQuery = { __typename?: 'Query', ledgerImport: { __typename?: 'LedgerImport', id: string, compoundId: string, month: string, fileName: string, fileSize: number, state: LedgerImportState, percent: number, rowsTotal?: number | null, rowsValidated: number, rowsStored: number, errorCount: number, createdAt: string, finishedAt?: string | null } };

export type LedgerImportErrorsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type LedgerImportErrorsQuery = { __typename?: 'Query', ledgerImport: { __typename?: 'LedgerImport', id: string, errors: { __typename?: 'LedgerImportErrorConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'LedgerImportErrorEdge', cursor: string, node: { __typename?: 'LedgerImportError', sheet: string, row: number, column: string, kind: LedgerErrorKind, reason: string } }> } } };

export type ExportAdoptionReportMutationVariables = Exact<{
  area: FeeAreaInput;
  fromMonth: Scalars['String']['input'];
  toMonth: Scalars['String']['input'];
  reason: Scalars['String']['input'];
}>;


export type ExportAdoptionReportMutation = { __typename?: 'Mutation', exportAdoptionReport: { __typename?: 'ExportFile', base64: string, filename: string, mimeType: string, rows: number } };

type GateTrafficFigures_GateLiveActivity_Fragment = { __typename?: 'GateLiveActivity', face: number, card: number, qr: number, pin: number, volunteer: number, passes: number, faceShare?: number | null, denials: number, temperatureReadings: number, fever: number };

type GateTrafficFigures_GateOperationsRow_Fragment = { __typename?: 'GateOperationsRow', face: number, card: number, qr: number, pin: number, volunteer: number, passes: number, faceShare?: number | null, denials: number, temperatureReadings: number, fever: number };

type GateTrafficFigures_GateTrafficBucket_Fragment = { __typename?: 'GateTrafficBucket', face: number, card: number, qr: number, pin: number, volunteer: number, passes: number, faceShare?: number | null, denials: number, temperatureReadings: number, fever: number };

type GateTrafficFigures_GateTrafficTotals_Fragment = { __typename?: 'GateTrafficTotals', face: number, card: number, qr: number, pin: number, volunteer: number, passes: number, faceShare?: number | null, denials: number, temperatureReadings: number, fever: number };

export type GateTrafficFiguresFragment =
  | GateTrafficFigures_GateLiveActivity_Fragment
  | GateTrafficFigures_GateOperationsRow_Fragment
  | GateTrafficFigures_GateTrafficBucket_Fragment
  | GateTrafficFigures_GateTrafficTotals_Fragment
;

export type GateOperationsQueryVariables = Exact<{
  place: GatePlaceInput;
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
  bucket?: InputMaybe<GateBucket>;
}>;


export type GateOperationsQuery = { __typename?: 'Query', gateOperations: { __typename?: 'GateOperations', level: GatePlaceLevel, placeId: string, name: string, from: string, to: string, bucket: GateBucket, path: Array<{ __typename?: 'GatePlace', level: GatePlaceLevel, id: string, name: string }>, totals: { __typename?: 'GateTrafficTotals', face: number, card: number, qr: number, pin: number, volunteer: number, passes: number, faceShare?: number | null, denials: number, temperatureReadings: number, fever: number }, series: Array<{ __typename?: 'GateTrafficBucket', at: string, face: number, card: number, qr: number, pin: number, volunteer: number, passes: number, faceShare?: number | null, denials: number, temperatureReadings: number, fever: number }>, children: Array<{ __typename?: 'GateOperationsRow', level: GatePlaceLevel, id: string, name: string, devices: number, devicesOffline: number, face: number, card: number, qr: number, pin: number, volunteer: number, passes: number, faceShare?: number | null, denials: number, temperatureReadings: number, fever: number }>, deviceSummary: { __typename?: 'GateDeviceSummary', total: number, online: number, offline: number, maintenance: number }, devices: Array<{ __typename?: 'GateDeviceState', id: string, gateId: string, gateName: string, compoundId: string, compoundName: string, kind: GateDeviceKind, vendor: string, serial: string, firmware: string, status: GateDeviceStatus, online: boolean, lastSeenAt?: string | null, silentSince?: string | null }> } };

export type GateLiveSubscriptionVariables = Exact<{
  place: GatePlaceInput;
}>;


export type GateLiveSubscription = { __typename?: 'Subscription', gateLive: { __typename?: 'GateLiveEvent', kind: GateLiveEventKind, gateId?: string | null, compoundId?: string | null, streetId?: string | null, at: string, activity?: { __typename?: 'GateLiveActivity', passes: number, face: number, denials: number, fever: number, plates: number } | null, device?: { __typename?: 'GateLiveDevice', deviceId: string, online: boolean, status: GateDeviceStatus, lastSeenAt?: string | null } | null } };

export type HotlineSearchQueryVariables = Exact<{
  text: Scalars['String']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type HotlineSearchQuery = { __typename?: 'Query', hotlineSearch: Array<{ __typename?: 'HotlineSearchHit', compoundId: string, name: string, streetName: string, communityName: string, score: number, matchedBy: HotlineMatch }> };

export type HotlineTicketFieldsFragment = { __typename?: 'HotlineTicket', id: string, status: HotlineTicketStatus, category: HotlineCategory, compoundId: string, compoundName: string, communityName: string, streetName: string, request: string, reply?: string | null, resolution?: string | null, callerPhone?: string | null, assigneeName?: string | null, overdue: boolean, overdueSince?: string | null, respondDueAt: string, resolveDueAt: string, respondedAt?: string | null, resolvedAt?: string | null, createdAt: string };

export type HotlineCardQueryVariables = Exact<{
  compoundId: Scalars['ID']['input'];
}>;


export type HotlineCardQuery = { __typename?: 'Query', hotlineCard: { __typename?: 'HotlineCard', compoundId: string, name: string, aliases: Array<string>, address: string, streetName: string, communityName: string, closureStatus: ClosureStatus, answers: Array<{ __typename?: 'HotlineAnswer', category: HotlineCategory, title: string, script: string, templateVersion: number }>, replies: Array<{ __typename?: 'HotlineTicket', id: string, status: HotlineTicketStatus, category: HotlineCategory, compoundId: string, compoundName: string, communityName: string, streetName: string, request: string, reply?: string | null, resolution?: string | null, callerPhone?: string | null, assigneeName?: string | null, overdue: boolean, overdueSince?: string | null, respondDueAt: string, resolveDueAt: string, respondedAt?: string | null, resolvedAt?: string | null, createdAt: string }>, openTickets: Array<{ __typename?: 'HotlineTicket', id: string, status: HotlineTicketStatus, category: HotlineCategory, compoundId: string, compoundName: string, communityName: string, streetName: string, request: string, reply?: string | null, resolution?: string | null, callerPhone?: string | null, assigneeName?: string | null, overdue: boolean, overdueSince?: string | null, respondDueAt: string, resolveDueAt: string, respondedAt?: string | null, resolvedAt?: string | null, createdAt: string }> } };

export type HotlineCallerTicketsQueryVariables = Exact<{
  callerPhone: Scalars['String']['input'];
}>;


export type HotlineCallerTicketsQuery = { __typename?: 'Query', hotlineCallerTickets: Array<{ __typename?: 'HotlineTicket', id: string, status: HotlineTicketStatus, category: HotlineCategory, compoundId: string, compoundName: string, communityName: string, streetName: string, request: string, reply?: string | null, resolution?: string | null, callerPhone?: string | null, assigneeName?: string | null, overdue: boolean, overdueSince?: string | null, respondDueAt: string, resolveDueAt: string, respondedAt?: string | null, resolvedAt?: string | null, createdAt: string }> };

export type LogHotlineCallMutationVariables = Exact<{
  input: LogHotlineCallInput;
}>;


export type LogHotlineCallMutation = { __typename?: 'Mutation', logHotlineCall: { __typename?: 'HotlineCall', id: string, callerPhone?: string | null, ticketId?: string | null, followUp: boolean } };

export type HotlineTicketsQueryVariables = Exact<{
  filter?: InputMaybe<HotlineTicketFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type HotlineTicketsQuery = { __typename?: 'Query', hotlineTickets: { __typename?: 'HotlineTicketList', totalCount: number, items: Array<{ __typename?: 'HotlineTicket', id: string, status: HotlineTicketStatus, category: HotlineCategory, compoundId: string, compoundName: string, communityName: string, streetName: string, request: string, reply?: string | null, resolution?: string | null, callerPhone?: string | null, assigneeName?: string | null, overdue: boolean, overdueSince?: string | null, respondDueAt: string, resolveDueAt: string, respondedAt?: string | null, resolvedAt?: string | null, createdAt: string }> } };

export type HotlineTicketQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HotlineTicketQuery = { __typename?: 'Query', hotlineTicket: { __typename?: 'HotlineTicket', satisfaction?: HotlineSatisfaction | null, id: string, status: HotlineTicketStatus, category: HotlineCategory, compoundId: string, compoundName: string, communityName: string, streetName: string, request: string, reply?: string | null, resolution?: string | null, callerPhone?: string | null, assigneeName?: string | null, overdue: boolean, overdueSince?: string | null, respondDueAt: string, resolveDueAt: string, respondedAt?: string | null, resolvedAt?: string | null, createdAt: string, history: Array<{ __typename?: 'HotlineTicketEvent', fromStatus?: HotlineTicketStatus | null, toStatus: HotlineTicketStatus, note?: string | null, actorName?: string | null, at: string }> } };

export type AssignHotlineTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type AssignHotlineTicketMutation = { __typename?: 'Mutation', assignHotlineTicket: { __typename?: 'HotlineTicket', id: string, status: HotlineTicketStatus } };

export type RespondHotlineTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reply: Scalars['String']['input'];
}>;


export type RespondHotlineTicketMutation = { __typename?: 'Mutation', respondHotlineTicket: { __typename?: 'HotlineTicket', id: string, status: HotlineTicketStatus } };

export type ResolveHotlineTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  resolution: Scalars['String']['input'];
}>;


export type ResolveHotlineTicketMutation = { __typename?: 'Mutation', resolveHotlineTicket: { __typename?: 'HotlineTicket', id: string, status: HotlineTicketStatus } };

export type CloseHotlineTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  satisfaction: HotlineSatisfaction;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type CloseHotlineTicketMutation = { __typename?: 'Mutation', closeHotlineTicket: { __typename?: 'HotlineTicket', id: string, status: HotlineTicketStatus } };

export type HotlineWeekFieldsFragment = { __typename?: 'HotlineWeekFigures', week: string, streetId: string, streetName: string, calls: number, answeredFirstCall: number, firstCallShare?: number | null, tickets: number, ticketsDue: number, ticketsOnTime: number, onTimeShare?: number | null, responseRate?: number | null, resolutionRate?: number | null, satisfactionRate?: number | null, rated: number, byCategory: Array<{ __typename?: 'HotlineCategoryCount', category: HotlineCategory, calls: number }> };

export type HotlineFiguresQueryVariables = Exact<{
  area: HotlineAreaInput;
  fromWeek: Scalars['String']['input'];
  toWeek: Scalars['String']['input'];
}>;


export type HotlineFiguresQuery = { __typename?: 'Query', hotlineFigures: { __typename?: 'HotlineFigures', fromWeek: string, toWeek: string, weeks: Array<{ __typename?: 'HotlineWeekFigures', week: string, streetId: string, streetName: string, calls: number, answeredFirstCall: number, firstCallShare?: number | null, tickets: number, ticketsDue: number, ticketsOnTime: number, onTimeShare?: number | null, responseRate?: number | null, resolutionRate?: number | null, satisfactionRate?: number | null, rated: number, byCategory: Array<{ __typename?: 'HotlineCategoryCount', category: HotlineCategory, calls: number }> }>, rows: Array<{ __typename?: 'HotlineWeekFigures', week: string, streetId: string, streetName: string, calls: number, answeredFirstCall: number, firstCallShare?: number | null, tickets: number, ticketsDue: number, ticketsOnTime: number, onTimeShare?: number | null, responseRate?: number | null, resolutionRate?: number | null, satisfactionRate?: number | null, rated: number, byCategory: Array<{ __typename?: 'HotlineCategoryCount', category: HotlineCategory, calls: number }> }>, hotCompounds: Array<{ __typename?: 'HotlineHotCompound', compoundId: string, name: string, streetName: string, calls: number }> } };

export type ExportHotlineFiguresMutationVariables = Exact<{
  area: HotlineAreaInput;
  fromWeek: Scalars['String']['input'];
  toWeek: Scalars['String']['input'];
  reason: Scalars['String']['input'];
}>;


export type ExportHotlineFiguresMutation = { __typename?: 'Mutation', exportHotlineFigures: { __typename?: 'ExportFile', base64: string, filename: string, mimeType: string, rows: number } };

export type HotlineTemplatesQueryVariables = Exact<{
  category: HotlineCategory;
}>;


export type HotlineTemplatesQuery = { __typename?: 'Query', hotlineTemplates: Array<{ __typename?: 'HotlineTemplate', id: string, category: HotlineCategory, version: number, body: string, districtId?: string | null, variables: Array<string>, createdAt: string, createdByName?: string | null }>, hotlineTemplateVariables: Array<{ __typename?: 'HotlineTemplateVariable', name: string, description: string }> };

export type SaveHotlineTemplateMutationVariables = Exact<{
  input: SaveHotlineTemplateInput;
}>;


export type SaveHotlineTemplateMutation = { __typename?: 'Mutation', saveHotlineTemplate: { __typename?: 'HotlineTemplate', id: string, version: number } };

export type HotlineCompoundSettingsQueryVariables = Exact<{
  compoundId: Scalars['ID']['input'];
}>;


export type HotlineCompoundSettingsQuery = { __typename?: 'Query', compound: { __typename?: 'Compound', id: string, gates: Array<{ __typename?: 'Gate', id: string, name: string, state: GateState }> }, hotlineCard: { __typename?: 'HotlineCard', compoundId: string, name: string, streetName: string, communityName: string, answers: Array<{ __typename?: 'HotlineAnswer', category: HotlineCategory, title: string, script: string, values: Array<{ __typename?: 'HotlineVariableValue', name: string, value: string }> }>, profile?: { __typename?: 'HotlineCompoundProfile', compoundId: string, enrolmentPlace: string, enrolmentHours: string, homeVisits: boolean, familyPhotos: boolean, nonFaceMethods: Array<NonFaceMethod>, faceDataOnDevice: boolean, vendorFiled: boolean, updatedAt: string, gateHours: Array<{ __typename?: 'HotlineGateHours', gateId: string, hours: string }> } | null } };

export type SetHotlineCompoundProfileMutationVariables = Exact<{
  input: HotlineCompoundProfileInput;
}>;


export type SetHotlineCompoundProfileMutation = { __typename?: 'Mutation', setHotlineCompoundProfile: { __typename?: 'HotlineCompoundProfile', compoundId: string, updatedAt: string } };

export type HotlineTimeLimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type HotlineTimeLimitsQuery = { __typename?: 'Query', hotlineTimeLimits: Array<{ __typename?: 'HotlineTimeLimit', category: HotlineCategory, respondWithinHours: number, resolveWithinHours: number, updatedAt: string }> };

export type SetHotlineTimeLimitMutationVariables = Exact<{
  input: SetHotlineTimeLimitInput;
}>;


export type SetHotlineTimeLimitMutation = { __typename?: 'Mutation', setHotlineTimeLimit: { __typename?: 'HotlineTimeLimit', category: HotlineCategory, respondWithinHours: number, resolveWithinHours: number, updatedAt: string } };

export type DistrictOverviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DistrictOverviewQuery = { __typename?: 'Query', district: { __typename?: 'District', id: string, name: string, stats: { __typename?: 'AreaStats', compounds: number, oldCompounds: number, households: number, closedShareOfOld: number, byClosureStatus: Array<{ __typename?: 'ClosureStatusCount', status: ClosureStatus, count: number }> }, streets: Array<{ __typename?: 'Street', id: string, name: string, kind: StreetKind, stats: { __typename?: 'AreaStats', compounds: number, oldCompounds: number, households: number, byClosureStatus: Array<{ __typename?: 'ClosureStatusCount', status: ClosureStatus, count: number }> } }>, trend: Array<{ __typename?: 'StatsPoint', day: string, open: number, planned: number, underRenovation: number, closed: number }> } };

export type CriterionFieldsFragment = { __typename?: 'QualificationCriterionResult', criterion: QualificationCriterion, outcome: CriterionOutcome, value?: string | null, threshold: string, explanation: string };

export type ClosureCandidatesQueryVariables = Exact<{
  filter?: InputMaybe<ClosureCandidateFilter>;
  sort?: InputMaybe<ClosureCandidateSort>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClosureCandidatesQuery = { __typename?: 'Query', closureCandidates: { __typename?: 'ClosureCandidateConnection', totalCount: number, byStreet: Array<{ __typename?: 'StreetQualificationCounts', streetId: string, qualified: number, nearly: number, blocked: number, total: number, street: { __typename?: 'Street', id: string, name: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'ClosureCandidateEdge', node: { __typename?: 'ClosureCandidate', compoundId: string, status: QualificationStatus, unmet: number, summary: string, missing: Array<string>, compound: { __typename?: 'Compound', id: string, name: string, households: number }, street: { __typename?: 'Street', id: string, name: string } } }> } };

export type CompoundQualificationQueryVariables = Exact<{
  compoundId: Scalars['ID']['input'];
}>;


export type CompoundQualificationQuery = { __typename?: 'Query', compound: { __typename?: 'Compound', id: string, name: string, households: number, districtId: string, street: { __typename?: 'Street', id: string, name: string }, community: { __typename?: 'Community', id: string, name: string } }, compoundQualification?: { __typename?: 'ClosureCandidate', compoundId: string, status: QualificationStatus, unmet: number, summary: string, missing: Array<string>, ruleSetVersion: number, assessmentVersion: number, computedAt: string, criteria: Array<{ __typename?: 'QualificationCriterionResult', criterion: QualificationCriterion, outcome: CriterionOutcome, value?: string | null, threshold: string, explanation: string }> } | null };

export type QualificationStampQueryVariables = Exact<{
  compoundId: Scalars['ID']['input'];
}>;


export type QualificationStampQuery = { __typename?: 'Query', compoundQualification?: { __typename?: 'ClosureCandidate', compoundId: string, assessmentVersion: number, computedAt: string } | null };

export type CompoundAssessmentsQueryVariables = Exact<{
  compoundId: Scalars['ID']['input'];
}>;


export type CompoundAssessmentsQuery = { __typename?: 'Query', compoundAssessments: Array<{ __typename?: 'CompoundAssessment', id: string, version: number, rightsClarity?: PropertyRightsStatus | null, rightsUnit?: string | null, hasCaretaker?: boolean | null, caretaker?: string | null, caretakerSince?: string | null, surveyHouseholdsAsked?: number | null, surveyHouseholdsWilling?: number | null, surveyAcceptedFee?: number | null, closableGates?: number | null, entrancesToKeep?: number | null, fireLane?: boolean | null, evidence: string, recordedByName: string, recordedAt: string }> };

export type RecordCompoundAssessmentMutationVariables = Exact<{
  input: AssessmentInput;
}>;


export type RecordCompoundAssessmentMutation = { __typename?: 'Mutation', recordCompoundAssessment: { __typename?: 'CompoundAssessment', id: string, version: number } };

export type RuleSetFieldsFragment = { __typename?: 'QualificationRuleSet', id: string, version: number, status: QualificationRuleSetStatus, note?: string | null, minRightsClarity: PropertyRightsStatus, caretakerRequired: boolean, minWillingShare: number, minAcceptedFee?: number | null, minClosableGates: number, maxEntrancesToKeep: number, fireLaneRequired: boolean, createdByName: string, createdAt: string, activatedAt?: string | null };

export type QualificationRuleSetsQueryVariables = Exact<{
  districtId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type QualificationRuleSetsQuery = { __typename?: 'Query', qualificationRuleSets: Array<{ __typename?: 'QualificationRuleSet', id: string, version: number, status: QualificationRuleSetStatus, note?: string | null, minRightsClarity: PropertyRightsStatus, caretakerRequired: boolean, minWillingShare: number, minAcceptedFee?: number | null, minClosableGates: number, maxEntrancesToKeep: number, fireLaneRequired: boolean, createdByName: string, createdAt: string, activatedAt?: string | null }> };

export type QualificationWhatIfQueryVariables = Exact<{
  rules: RuleSetInput;
}>;


export type QualificationWhatIfQuery = { __typename?: 'Query', qualificationWhatIf: { __typename?: 'QualificationWhatIf', activeVersion?: number | null, compounds: number, qualifiedNow: number, qualifiedWithDraft: number, changedCount: number, streets: Array<{ __typename?: 'QualificationWhatIfStreet', streetId: string, compounds: number, qualifiedNow: number, qualifiedWithDraft: number, nearlyNow: number, nearlyWithDraft: number, changed: number, street: { __typename?: 'Street', id: string, name: string } }>, changes: Array<{ __typename?: 'QualificationWhatIfChange', compoundId: string, before?: QualificationStatus | null, after: QualificationStatus, reasons: Array<string>, summary: string, compound: { __typename?: 'Compound', id: string, name: string } }> } };

export type CreateQualificationRuleSetMutationVariables = Exact<{
  input: RuleSetInput;
}>;


export type CreateQualificationRuleSetMutation = { __typename?: 'Mutation', createQualificationRuleSet: { __typename?: 'QualificationRuleSet', id: string, version: number, status: QualificationRuleSetStatus, note?: string | null, minRightsClarity: PropertyRightsStatus, caretakerRequired: boolean, minWillingShare: number, minAcceptedFee?: number | null, minClosableGates: number, maxEntrancesToKeep: number, fireLaneRequired: boolean, createdByName: string, createdAt: string, activatedAt?: string | null } };

export type ActivateQualificationRuleSetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActivateQualificationRuleSetMutation = { __typename?: 'Mutation', activateQualificationRuleSet: { __typename?: 'QualificationRuleSet', id: string, version: number, status: QualificationRuleSetStatus, note?: string | null, minRightsClarity: PropertyRightsStatus, caretakerRequired: boolean, minWillingShare: number, minAcceptedFee?: number | null, minClosableGates: number, maxEntrancesToKeep: number, fireLaneRequired: boolean, createdByName: string, createdAt: string, activatedAt?: string | null } };

export type ProgressFiguresFragment = { __typename?: 'StreetRenovationProgress', streetId: string, projectCount: number, budget: number, spent: number, completedStages: number, completedOnTime: number, onTimeShare?: number | null, overdueProjects: number, street: { __typename?: 'Street', id: string, name: string }, funnel: Array<{ __typename?: 'StageCount', stage: RenovationStage, current: number, reached: number }>, finished: Array<{ __typename?: 'FinishedCompound', projectId: string, closedOn: string, compound: { __typename?: 'Compound', id: string, name: string } }>, projects: Array<{ __typename?: 'RenovationProject', id: string, stage: RenovationStage, budget: number, spent: number, compound: { __typename?: 'Compound', id: string, name: string } }> };

export type RenovationProgressQueryVariables = Exact<{
  districtId: Scalars['ID']['input'];
}>;


export type RenovationProgressQuery = { __typename?: 'Query', renovationProgress: { __typename?: 'RenovationProgress', districtId: string, projectCount: number, budget: number, spent: number, completedStages: number, completedOnTime: number, onTimeShare?: number | null, overdueProjects: number, district: { __typename?: 'District', id: string, name: string }, funnel: Array<{ __typename?: 'StageCount', stage: RenovationStage, current: number, reached: number }>, finished: Array<{ __typename?: 'FinishedCompound', projectId: string, closedOn: string, compound: { __typename?: 'Compound', id: string, name: string }, street: { __typename?: 'Street', id: string, name: string } }>, streets: Array<{ __typename?: 'StreetRenovationProgress', streetId: string, projectCount: number, budget: number, spent: number, completedStages: number, completedOnTime: number, onTimeShare?: number | null, overdueProjects: number, street: { __typename?: 'Street', id: string, name: string }, funnel: Array<{ __typename?: 'StageCount', stage: RenovationStage, current: number, reached: number }>, finished: Array<{ __typename?: 'FinishedCompound', projectId: string, closedOn: string, compound: { __typename?: 'Compound', id: string, name: string } }>, projects: Array<{ __typename?: 'RenovationProject', id: string, stage: RenovationStage, budget: number, spent: number, compound: { __typename?: 'Compound', id: string, name: string } }> }> } };

export type RenovationProjectsQueryVariables = Exact<{
  filter?: InputMaybe<RenovationProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type RenovationProjectsQuery = { __typename?: 'Query', renovationProjects: { __typename?: 'RenovationProjectConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'RenovationProjectEdge', node: { __typename?: 'RenovationProject', id: string, stage: RenovationStage, budget: number, spent: number, compound: { __typename?: 'Compound', id: string, name: string }, street: { __typename?: 'Street', id: string, name: string }, stages: Array<{ __typename?: 'RenovationStageDate', stage: RenovationStage, plannedOn?: string | null, actualOn?: string | null, daysOverdue?: number | null }> } }> } };

export type RenovationAlertsQueryVariables = Exact<{
  filter?: InputMaybe<AlertFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RenovationAlertsQuery = { __typename?: 'Query', alerts: { __typename?: 'AlertConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'AlertEdge', node: { __typename?: 'Alert', id: string, kind: AlertKind, openedAt: string, compound?: { __typename?: 'Compound', id: string, name: string } | null, street: { __typename?: 'Street', id: string, name: string }, overdueStage?: { __typename?: 'OverdueStage', stage: RenovationStage, dueOn: string, since: string, daysOverdue: number, projectId: string } | null } }> } };

export type ProjectDetailFieldsFragment = { __typename?: 'RenovationProject', id: string, stage: RenovationStage, budget: number, spent: number, plannedStartOn: string, contractor?: string | null, propertyCompany?: string | null, updatedAt: string, compound: { __typename?: 'Compound', id: string, name: string, closureStatus: ClosureStatus }, street: { __typename?: 'Street', id: string, name: string }, district: { __typename?: 'District', id: string, name: string }, templateCompound?: { __typename?: 'Compound', id: string, name: string } | null, stages: Array<{ __typename?: 'RenovationStageDate', stage: RenovationStage, plannedOn?: string | null, actualOn?: string | null, daysOverdue?: number | null }>, workItems: Array<{ __typename?: 'RenovationWorkItem', id: string, kind: RenovationWorkKind, description: string, budget: number, spent: number }>, history: Array<{ __typename?: 'RenovationStageChange', id: string, kind: StageChangeKind, fromStage?: RenovationStage | null, toStage: RenovationStage, actualOn?: string | null, actorName?: string | null, changedAt: string, reason?: string | null }> };

export type RenovationProjectQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RenovationProjectQuery = { __typename?: 'Query', renovationProject: { __typename?: 'RenovationProject', id: string, stage: RenovationStage, budget: number, spent: number, plannedStartOn: string, contractor?: string | null, propertyCompany?: string | null, updatedAt: string, compound: { __typename?: 'Compound', id: string, name: string, closureStatus: ClosureStatus }, street: { __typename?: 'Street', id: string, name: string }, district: { __typename?: 'District', id: string, name: string }, templateCompound?: { __typename?: 'Compound', id: string, name: string } | null, stages: Array<{ __typename?: 'RenovationStageDate', stage: RenovationStage, plannedOn?: string | null, actualOn?: string | null, daysOverdue?: number | null }>, workItems: Array<{ __typename?: 'RenovationWorkItem', id: string, kind: RenovationWorkKind, description: string, budget: number, spent: number }>, history: Array<{ __typename?: 'RenovationStageChange', id: string, kind: StageChangeKind, fromStage?: RenovationStage | null, toStage: RenovationStage, actualOn?: string | null, actorName?: string | null, changedAt: string, reason?: string | null }> } };

export type AdvanceRenovationStageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: AdvanceRenovationStageInput;
}>;


export type AdvanceRenovationStageMutation = { __typename?: 'Mutation', advanceRenovationStage: { __typename?: 'RenovationProject', id: string, stage: RenovationStage, budget: number, spent: number, plannedStartOn: string, contractor?: string | null, propertyCompany?: string | null, updatedAt: string, compound: { __typename?: 'Compound', id: string, name: string, closureStatus: ClosureStatus }, street: { __typename?: 'Street', id: string, name: string }, district: { __typename?: 'District', id: string, name: string }, templateCompound?: { __typename?: 'Compound', id: string, name: string } | null, stages: Array<{ __typename?: 'RenovationStageDate', stage: RenovationStage, plannedOn?: string | null, actualOn?: string | null, daysOverdue?: number | null }>, workItems: Array<{ __typename?: 'RenovationWorkItem', id: string, kind: RenovationWorkKind, description: string, budget: number, spent: number }>, history: Array<{ __typename?: 'RenovationStageChange', id: string, kind: StageChangeKind, fromStage?: RenovationStage | null, toStage: RenovationStage, actualOn?: string | null, actorName?: string | null, changedAt: string, reason?: string | null }> } };

export type CorrectRenovationStageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CorrectRenovationStageInput;
}>;


export type CorrectRenovationStageMutation = { __typename?: 'Mutation', correctRenovationStage: { __typename?: 'RenovationProject', id: string, stage: RenovationStage, budget: number, spent: number, plannedStartOn: string, contractor?: string | null, propertyCompany?: string | null, updatedAt: string, compound: { __typename?: 'Compound', id: string, name: string, closureStatus: ClosureStatus }, street: { __typename?: 'Street', id: string, name: string }, district: { __typename?: 'District', id: string, name: string }, templateCompound?: { __typename?: 'Compound', id: string, name: string } | null, stages: Array<{ __typename?: 'RenovationStageDate', stage: RenovationStage, plannedOn?: string | null, actualOn?: string | null, daysOverdue?: number | null }>, workItems: Array<{ __typename?: 'RenovationWorkItem', id: string, kind: RenovationWorkKind, description: string, budget: number, spent: number }>, history: Array<{ __typename?: 'RenovationStageChange', id: string, kind: StageChangeKind, fromStage?: RenovationStage | null, toStage: RenovationStage, actualOn?: string | null, actorName?: string | null, changedAt: string, reason?: string | null }> } };

export type RenovationCandidateCompoundsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type RenovationCandidateCompoundsQuery = { __typename?: 'Query', compounds: { __typename?: 'CompoundConnection', totalCount: number, edges: Array<{ __typename?: 'CompoundEdge', node: { __typename?: 'Compound', id: string, name: string } }> } };

export type RenovationTemplateProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type RenovationTemplateProjectsQuery = { __typename?: 'Query', renovationProjects: { __typename?: 'RenovationProjectConnection', edges: Array<{ __typename?: 'RenovationProjectEdge', node: { __typename?: 'RenovationProject', id: string, budget: number, compound: { __typename?: 'Compound', id: string, name: string }, workItems: Array<{ __typename?: 'RenovationWorkItem', id: string }> } }> } };

export type CreateRenovationProjectMutationVariables = Exact<{
  input: CreateRenovationProjectInput;
}>;


export type CreateRenovationProjectMutation = { __typename?: 'Mutation', createRenovationProject: { __typename?: 'RenovationProject', id: string } };

export type UpdateRenovationProjectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateRenovationProjectInput;
}>;


export type UpdateRenovationProjectMutation = { __typename?: 'Mutation', updateRenovationProject: { __typename?: 'RenovationProject', id: string, stage: RenovationStage, budget: number, spent: number, plannedStartOn: string, contractor?: string | null, propertyCompany?: string | null, updatedAt: string, compound: { __typename?: 'Compound', id: string, name: string, closureStatus: ClosureStatus }, street: { __typename?: 'Street', id: string, name: string }, district: { __typename?: 'District', id: string, name: string }, templateCompound?: { __typename?: 'Compound', id: string, name: string } | null, stages: Array<{ __typename?: 'RenovationStageDate', stage: RenovationStage, plannedOn?: string | null, actualOn?: string | null, daysOverdue?: number | null }>, workItems: Array<{ __typename?: 'RenovationWorkItem', id: string, kind: RenovationWorkKind, description: string, budget: number, spent: number }>, history: Array<{ __typename?: 'RenovationStageChange', id: string, kind: StageChangeKind, fromStage?: RenovationStage | null, toStage: RenovationStage, actualOn?: string | null, actorName?: string | null, changedAt: string, reason?: string | null }> } };

export type ResidentRowFragment = { __typename?: 'Resident', id: string, compoundId: string, building: string, unit: string, room: string, name: string, idNumber?: string | null, phone?: string | null, plate?: string | null, registeredAt: string };

export type ResidentListQueryVariables = Exact<{
  filter?: InputMaybe<ResidentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type ResidentListQuery = { __typename?: 'Query', residents: { __typename?: 'ResidentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'ResidentEdge', node: { __typename?: 'Resident', id: string, compoundId: string, building: string, unit: string, room: string, name: string, idNumber?: string | null, phone?: string | null, plate?: string | null, registeredAt: string } }> } };

export type ResidentCommunityOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ResidentCommunityOptionsQuery = { __typename?: 'Query', communities: { __typename?: 'CommunityConnection', edges: Array<{ __typename?: 'CommunityEdge', node: { __typename?: 'Community', id: string, name: string } }> } };

export type ResidentCompoundOptionsQueryVariables = Exact<{
  communityId: Scalars['ID']['input'];
}>;


export type ResidentCompoundOptionsQuery = { __typename?: 'Query', compounds: { __typename?: 'CompoundConnection', edges: Array<{ __typename?: 'CompoundEdge', node: { __typename?: 'Compound', id: string, name: string } }> } };

export type ResidentCompoundNameQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResidentCompoundNameQuery = { __typename?: 'Query', compound: { __typename?: 'Compound', id: string, name: string } };

export type RegisterResidentMutationVariables = Exact<{
  input: RegisterResidentInput;
}>;


export type RegisterResidentMutation = { __typename?: 'Mutation', registerResident: { __typename?: 'Resident', id: string, compoundId: string, building: string, unit: string, room: string, name: string, idNumber?: string | null, phone?: string | null, plate?: string | null, registeredAt: string } };

export type RevealResidentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RevealResidentMutation = { __typename?: 'Mutation', revealResident: { __typename?: 'RevealedResident', id: string, name: string, idNumber?: string | null, phone?: string | null, plate?: string | null } };

export type ExportResidentsMutationVariables = Exact<{
  filter?: InputMaybe<ResidentFilter>;
  reason: Scalars['String']['input'];
}>;


export type ExportResidentsMutation = { __typename?: 'Mutation', exportResidents: { __typename?: 'ExportFile', filename: string, mimeType: string, base64: string, rows: number } };

export type DistrictOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DistrictOptionsQuery = { __typename?: 'Query', districts: Array<{ __typename?: 'District', id: string, name: string }> };

export type StreetOptionsQueryVariables = Exact<{
  districtId: Scalars['ID']['input'];
}>;


export type StreetOptionsQuery = { __typename?: 'Query', streets: Array<{ __typename?: 'Street', id: string, name: string }> };

export type CommunityOptionsQueryVariables = Exact<{
  streetId: Scalars['ID']['input'];
}>;


export type CommunityOptionsQuery = { __typename?: 'Query', communities: { __typename?: 'CommunityConnection', edges: Array<{ __typename?: 'CommunityEdge', node: { __typename?: 'Community', id: string, name: string } }> } };

export type SessionMeFragment = { __typename?: 'Me', id: string, username: string, displayName: string, role: Role, districtId?: string | null, streetId?: string | null, communityId?: string | null, secondFactor: boolean, hasTotp: boolean, secondFactorRequired: boolean, passwordExpired: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'Me', id: string, username: string, displayName: string, role: Role, districtId?: string | null, streetId?: string | null, communityId?: string | null, secondFactor: boolean, hasTotp: boolean, secondFactorRequired: boolean, passwordExpired: boolean } | null };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'LoginPayload', expiresAt: string, me: { __typename?: 'Me', id: string, username: string, displayName: string, role: Role, districtId?: string | null, streetId?: string | null, communityId?: string | null, secondFactor: boolean, hasTotp: boolean, secondFactorRequired: boolean, passwordExpired: boolean } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const FeeFiguresFragmentDoc = new TypedDocumentString(`
    fragment FeeFigures on FeeAdoptionMonth {
  month
  householdsBilled
  householdsPaying
  payingShare
  amountBilled
  amountCollected
  collectionRate
}
    `, {"fragmentName":"FeeFigures"}) as unknown as TypedDocumentString<FeeFiguresFragment, unknown>;
export const FeeContractFieldsFragmentDoc = new TypedDocumentString(`
    fragment FeeContractFields on FeeContract {
  id
  compoundId
  company
  startDate
  feePerM2
  updatedAt
}
    `, {"fragmentName":"FeeContractFields"}) as unknown as TypedDocumentString<FeeContractFieldsFragment, unknown>;
export const LedgerImportFieldsFragmentDoc = new TypedDocumentString(`
    fragment LedgerImportFields on LedgerImport {
  id
  compoundId
  month
  fileName
  fileSize
  state
  percent
  rowsTotal
  rowsValidated
  rowsStored
  errorCount
  createdAt
  finishedAt
}
    `, {"fragmentName":"LedgerImportFields"}) as unknown as TypedDocumentString<LedgerImportFieldsFragment, unknown>;
export const GateTrafficFiguresFragmentDoc = new TypedDocumentString(`
    fragment GateTrafficFigures on GateTraffic {
  face
  card
  qr
  pin
  volunteer
  passes
  faceShare
  denials
  temperatureReadings
  fever
}
    `, {"fragmentName":"GateTrafficFigures"}) as unknown as TypedDocumentString<GateTrafficFiguresFragment, unknown>;
export const HotlineTicketFieldsFragmentDoc = new TypedDocumentString(`
    fragment HotlineTicketFields on HotlineTicket {
  id
  status
  category
  compoundId
  compoundName
  communityName
  streetName
  request
  reply
  resolution
  callerPhone
  assigneeName
  overdue
  overdueSince
  respondDueAt
  resolveDueAt
  respondedAt
  resolvedAt
  createdAt
}
    `, {"fragmentName":"HotlineTicketFields"}) as unknown as TypedDocumentString<HotlineTicketFieldsFragment, unknown>;
export const HotlineWeekFieldsFragmentDoc = new TypedDocumentString(`
    fragment HotlineWeekFields on HotlineWeekFigures {
  week
  streetId
  streetName
  calls
  answeredFirstCall
  firstCallShare
  tickets
  ticketsDue
  ticketsOnTime
  onTimeShare
  responseRate
  resolutionRate
  satisfactionRate
  rated
  byCategory {
    category
    calls
  }
}
    `, {"fragmentName":"HotlineWeekFields"}) as unknown as TypedDocumentString<HotlineWeekFieldsFragment, unknown>;
export const CriterionFieldsFragmentDoc = new TypedDocumentString(`
    fragment CriterionFields on QualificationCriterionResult {
  criterion
  outcome
  value
  threshold
  explanation
}
    `, {"fragmentName":"CriterionFields"}) as unknown as TypedDocumentString<CriterionFieldsFragment, unknown>;
export const RuleSetFieldsFragmentDoc = new TypedDocumentString(`
    fragment RuleSetFields on QualificationRuleSet {
  id
  version
  status
  note
  minRightsClarity
  caretakerRequired
  minWillingShare
  minAcceptedFee
  minClosableGates
  maxEntrancesToKeep
  fireLaneRequired
  createdByName
  createdAt
  activatedAt
}
    `, {"fragmentName":"RuleSetFields"}) as unknown as TypedDocumentString<RuleSetFieldsFragment, unknown>;
export const ProgressFiguresFragmentDoc = new TypedDocumentString(`
    fragment ProgressFigures on StreetRenovationProgress {
  streetId
  street {
    id
    name
  }
  projectCount
  budget
  spent
  completedStages
  completedOnTime
  onTimeShare
  overdueProjects
  funnel {
    stage
    current
    reached
  }
  finished {
    projectId
    closedOn
    compound {
      id
      name
    }
  }
  projects {
    id
    stage
    budget
    spent
    compound {
      id
      name
    }
  }
}
    `, {"fragmentName":"ProgressFigures"}) as unknown as TypedDocumentString<ProgressFiguresFragment, unknown>;
export const ProjectDetailFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProjectDetailFields on RenovationProject {
  id
  stage
  budget
  spent
  plannedStartOn
  contractor
  propertyCompany
  updatedAt
  compound {
    id
    name
    closureStatus
  }
  street {
    id
    name
  }
  district {
    id
    name
  }
  templateCompound {
    id
    name
  }
  stages {
    stage
    plannedOn
    actualOn
    daysOverdue
  }
  workItems {
    id
    kind
    description
    budget
    spent
  }
  history {
    id
    kind
    fromStage
    toStage
    actualOn
    actorName
    changedAt
    reason
  }
}
    `, {"fragmentName":"ProjectDetailFields"}) as unknown as TypedDocumentString<ProjectDetailFieldsFragment, unknown>;
export const ResidentRowFragmentDoc = new TypedDocumentString(`
    fragment ResidentRow on Resident {
  id
  compoundId
  building
  unit
  room
  name
  idNumber
  phone
  plate
  registeredAt
}
    `, {"fragmentName":"ResidentRow"}) as unknown as TypedDocumentString<ResidentRowFragment, unknown>;
export const SessionMeFragmentDoc = new TypedDocumentString(`
    fragment SessionMe on Me {
  id
  username
  displayName
  role
  districtId
  streetId
  communityId
  secondFactor
  hasTotp
  secondFactorRequired
  passwordExpired
}
    `, {"fragmentName":"SessionMe"}) as unknown as TypedDocumentString<SessionMeFragment, unknown>;
export const StartTotpEnrolmentDocument = new TypedDocumentString(`
    mutation StartTotpEnrolment {
  startTotpEnrolment {
    secret
    otpauthUri
    qrSvg
  }
}
    `) as unknown as TypedDocumentString<StartTotpEnrolmentMutation, StartTotpEnrolmentMutationVariables>;
export const ConfirmTotpEnrolmentDocument = new TypedDocumentString(`
    mutation ConfirmTotpEnrolment($code: String!) {
  confirmTotpEnrolment(code: $code)
}
    `) as unknown as TypedDocumentString<ConfirmTotpEnrolmentMutation, ConfirmTotpEnrolmentMutationVariables>;
export const RegenerateRecoveryCodesDocument = new TypedDocumentString(`
    mutation RegenerateRecoveryCodes {
  regenerateRecoveryCodes
}
    `) as unknown as TypedDocumentString<RegenerateRecoveryCodesMutation, RegenerateRecoveryCodesMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users {
  users {
    id
    username
    displayName
    role
    districtId
    streetId
    communityId
    hasTotp
    lockedUntil
    disabledAt
  }
}
    `) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const PlaceNamesDocument = new TypedDocumentString(`
    query PlaceNames {
  districts {
    id
    name
  }
  streets {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<PlaceNamesQuery, PlaceNamesQueryVariables>;
export const CommunityNameDocument = new TypedDocumentString(`
    query CommunityName($id: ID!) {
  community(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CommunityNameQuery, CommunityNameQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
    username
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const SetUserDisabledDocument = new TypedDocumentString(`
    mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {
  setUserDisabled(id: $id, disabled: $disabled) {
    id
    disabledAt
  }
}
    `) as unknown as TypedDocumentString<SetUserDisabledMutation, SetUserDisabledMutationVariables>;
export const UnlockUserDocument = new TypedDocumentString(`
    mutation UnlockUser($id: ID!) {
  unlockUser(id: $id) {
    id
    lockedUntil
  }
}
    `) as unknown as TypedDocumentString<UnlockUserMutation, UnlockUserMutationVariables>;
export const RevokeUserSessionsDocument = new TypedDocumentString(`
    mutation RevokeUserSessions($id: ID!) {
  revokeUserSessions(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeUserSessionsMutation, RevokeUserSessionsMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($filter: AuditFilter, $first: Int, $after: String, $last: Int, $before: String) {
  auditLog(
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        seq
        occurredAt
        actorName
        actorRole
        action
        outcome
        targetType
        targetId
        ip
        reason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const AuditVerificationDocument = new TypedDocumentString(`
    query AuditVerification {
  auditVerification {
    ok
    checked
    headSeq
    brokenAt {
      seq
      reason
      occurredAt
    }
  }
}
    `) as unknown as TypedDocumentString<AuditVerificationQuery, AuditVerificationQueryVariables>;
export const CompoundDetailDocument = new TypedDocumentString(`
    query CompoundDetail($id: ID!) {
  compound(id: $id) {
    id
    name
    aliases
    address
    yearBuilt
    isOld
    buildings
    households
    floorArea
    origin
    propertyRights
    propertyRightsUnit
    caretaker
    managementStatus
    closureStatus
    district {
      id
      name
    }
    street {
      id
      name
    }
    community {
      id
      name
    }
    gates {
      id
      name
      kind
      state
    }
  }
}
    `) as unknown as TypedDocumentString<CompoundDetailQuery, CompoundDetailQueryVariables>;
export const CompoundListDocument = new TypedDocumentString(`
    query CompoundList($filter: CompoundFilter, $sort: CompoundSort, $first: Int, $after: String, $last: Int, $before: String) {
  compounds(
    filter: $filter
    sort: $sort
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        name
        yearBuilt
        households
        floorArea
        managementStatus
        closureStatus
        street {
          id
          name
        }
        community {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompoundListQuery, CompoundListQueryVariables>;
export const GateDevicesDocument = new TypedDocumentString(`
    query GateDevices($gateId: ID!) {
  gateDevices(gateId: $gateId) {
    id
    gateId
    kind
    vendor
    serial
    firmware
    installedOn
    status
    heartbeatIntervalSeconds
    online
    lastSeenAt
    silentSince
  }
  deviceKeys(gateId: $gateId) {
    id
    deviceId
    keyPrefix
    createdAt
    lastUsedAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<GateDevicesQuery, GateDevicesQueryVariables>;
export const CreateGateDeviceDocument = new TypedDocumentString(`
    mutation CreateGateDevice($input: CreateGateDeviceInput!) {
  createGateDevice(input: $input) {
    key
    device {
      id
      vendor
      serial
    }
    deviceKey {
      id
      keyPrefix
    }
  }
}
    `) as unknown as TypedDocumentString<CreateGateDeviceMutation, CreateGateDeviceMutationVariables>;
export const UpdateGateDeviceDocument = new TypedDocumentString(`
    mutation UpdateGateDevice($id: ID!, $input: UpdateGateDeviceInput!) {
  updateGateDevice(id: $id, input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<UpdateGateDeviceMutation, UpdateGateDeviceMutationVariables>;
export const RotateGateDeviceKeyDocument = new TypedDocumentString(`
    mutation RotateGateDeviceKey($id: ID!) {
  rotateGateDeviceKey(id: $id) {
    key
    deviceKey {
      id
      keyPrefix
    }
  }
}
    `) as unknown as TypedDocumentString<RotateGateDeviceKeyMutation, RotateGateDeviceKeyMutationVariables>;
export const RetireGateDeviceDocument = new TypedDocumentString(`
    mutation RetireGateDevice($id: ID!) {
  retireGateDevice(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RetireGateDeviceMutation, RetireGateDeviceMutationVariables>;
export const RevokeDeviceKeyDocument = new TypedDocumentString(`
    mutation RevokeDeviceKey($id: ID!) {
  revokeDeviceKey(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeDeviceKeyMutation, RevokeDeviceKeyMutationVariables>;
export const FeeAdoptionDocument = new TypedDocumentString(`
    query FeeAdoption($area: FeeAreaInput!, $fromMonth: String, $toMonth: String) {
  feeAdoption(area: $area, fromMonth: $fromMonth, toMonth: $toMonth) {
    level
    areaId
    name
    months {
      ...FeeFigures
    }
  }
}
    fragment FeeFigures on FeeAdoptionMonth {
  month
  householdsBilled
  householdsPaying
  payingShare
  amountBilled
  amountCollected
  collectionRate
}`) as unknown as TypedDocumentString<FeeAdoptionQuery, FeeAdoptionQueryVariables>;
export const FeeBreakdownDocument = new TypedDocumentString(`
    query FeeBreakdown($area: FeeAreaInput!, $month: String!) {
  feeAdoption(area: $area, fromMonth: $month, toMonth: $month) {
    areaId
    breakdown(month: $month) {
      level
      areaId
      name
      figures {
        ...FeeFigures
      }
    }
  }
}
    fragment FeeFigures on FeeAdoptionMonth {
  month
  householdsBilled
  householdsPaying
  payingShare
  amountBilled
  amountCollected
  collectionRate
}`) as unknown as TypedDocumentString<FeeBreakdownQuery, FeeBreakdownQueryVariables>;
export const FeeStreetOptionsDocument = new TypedDocumentString(`
    query FeeStreetOptions($districtId: ID) {
  streets(districtId: $districtId) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<FeeStreetOptionsQuery, FeeStreetOptionsQueryVariables>;
export const FeeCompoundOptionsDocument = new TypedDocumentString(`
    query FeeCompoundOptions($streetId: ID!) {
  compounds(
    filter: {streetId: $streetId}
    sort: {field: NAME, direction: ASC}
    first: 100
  ) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FeeCompoundOptionsQuery, FeeCompoundOptionsQueryVariables>;
export const FeeContractDocument = new TypedDocumentString(`
    query FeeContract($compoundId: ID!) {
  feeContract(compoundId: $compoundId) {
    ...FeeContractFields
  }
}
    fragment FeeContractFields on FeeContract {
  id
  compoundId
  company
  startDate
  feePerM2
  updatedAt
}`) as unknown as TypedDocumentString<FeeContractQuery, FeeContractQueryVariables>;
export const SetFeeContractDocument = new TypedDocumentString(`
    mutation SetFeeContract($input: FeeContractInput!) {
  setFeeContract(input: $input) {
    ...FeeContractFields
  }
}
    fragment FeeContractFields on FeeContract {
  id
  compoundId
  company
  startDate
  feePerM2
  updatedAt
}`) as unknown as TypedDocumentString<SetFeeContractMutation, SetFeeContractMutationVariables>;
export const LedgerTemplateDocument = new TypedDocumentString(`
    query LedgerTemplate($compoundId: ID!, $month: String!) {
  ledgerTemplate(compoundId: $compoundId, month: $month) {
    base64
    filename
    mimeType
    rows
  }
}
    `) as unknown as TypedDocumentString<LedgerTemplateQuery, LedgerTemplateQueryVariables>;
export const StartLedgerImportDocument = new TypedDocumentString(`
    mutation StartLedgerImport($compoundId: ID!, $month: String!, $fileBase64: String!, $fileName: String) {
  startLedgerImport(
    compoundId: $compoundId
    month: $month
    fileBase64: $fileBase64
    fileName: $fileName
  ) {
    ...LedgerImportFields
  }
}
    fragment LedgerImportFields on LedgerImport {
  id
  compoundId
  month
  fileName
  fileSize
  state
  percent
  rowsTotal
  rowsValidated
  rowsStored
  errorCount
  createdAt
  finishedAt
}`) as unknown as TypedDocumentString<StartLedgerImportMutation, StartLedgerImportMutationVariables>;
export const LedgerImportDocument = new TypedDocumentString(`
    query LedgerImport($id: ID!) {
  ledgerImport(id: $id) {
    ...LedgerImportFields
  }
}
    fragment LedgerImportFields on LedgerImport {
  id
  compoundId
  month
  fileName
  fileSize
  state
  percent
  rowsTotal
  rowsValidated
  rowsStored
  errorCount
  createdAt
  finishedAt
}`) as unknown as TypedDocumentString<LedgerImportQuery, LedgerImportQueryVariables>;
export const LedgerImportErrorsDocument = new TypedDocumentString(`
    query LedgerImportErrors($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  ledgerImport(id: $id) {
    id
    errors(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          sheet
          row
          column
          kind
          reason
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LedgerImportErrorsQuery, LedgerImportErrorsQueryVariables>;
export const ExportAdoptionReportDocument = new TypedDocumentString(`
    mutation ExportAdoptionReport($area: FeeAreaInput!, $fromMonth: String!, $toMonth: String!, $reason: String!) {
  exportAdoptionReport(
    area: $area
    fromMonth: $fromMonth
    toMonth: $toMonth
    reason: $reason
  ) {
    base64
    filename
    mimeType
    rows
  }
}
    `) as unknown as TypedDocumentString<ExportAdoptionReportMutation, ExportAdoptionReportMutationVariables>;
export const GateOperationsDocument = new TypedDocumentString(`
    query GateOperations($place: GatePlaceInput!, $from: DateTimeISO, $to: DateTimeISO, $bucket: GateBucket) {
  gateOperations(place: $place, from: $from, to: $to, bucket: $bucket) {
    level
    placeId
    name
    from
    to
    bucket
    path {
      level
      id
      name
    }
    totals {
      ...GateTrafficFigures
    }
    series {
      at
      ...GateTrafficFigures
    }
    children {
      level
      id
      name
      devices
      devicesOffline
      ...GateTrafficFigures
    }
    deviceSummary {
      total
      online
      offline
      maintenance
    }
    devices {
      id
      gateId
      gateName
      compoundId
      compoundName
      kind
      vendor
      serial
      firmware
      status
      online
      lastSeenAt
      silentSince
    }
  }
}
    fragment GateTrafficFigures on GateTraffic {
  face
  card
  qr
  pin
  volunteer
  passes
  faceShare
  denials
  temperatureReadings
  fever
}`) as unknown as TypedDocumentString<GateOperationsQuery, GateOperationsQueryVariables>;
export const GateLiveDocument = new TypedDocumentString(`
    subscription GateLive($place: GatePlaceInput!) {
  gateLive(place: $place) {
    kind
    gateId
    compoundId
    streetId
    at
    activity {
      passes
      face
      denials
      fever
      plates
    }
    device {
      deviceId
      online
      status
      lastSeenAt
    }
  }
}
    `) as unknown as TypedDocumentString<GateLiveSubscription, GateLiveSubscriptionVariables>;
export const HotlineSearchDocument = new TypedDocumentString(`
    query HotlineSearch($text: String!, $limit: Int) {
  hotlineSearch(text: $text, limit: $limit) {
    compoundId
    name
    streetName
    communityName
    score
    matchedBy
  }
}
    `) as unknown as TypedDocumentString<HotlineSearchQuery, HotlineSearchQueryVariables>;
export const HotlineCardDocument = new TypedDocumentString(`
    query HotlineCard($compoundId: ID!) {
  hotlineCard(compoundId: $compoundId) {
    compoundId
    name
    aliases
    address
    streetName
    communityName
    closureStatus
    answers {
      category
      title
      script
      templateVersion
    }
    replies {
      ...HotlineTicketFields
    }
    openTickets {
      ...HotlineTicketFields
    }
  }
}
    fragment HotlineTicketFields on HotlineTicket {
  id
  status
  category
  compoundId
  compoundName
  communityName
  streetName
  request
  reply
  resolution
  callerPhone
  assigneeName
  overdue
  overdueSince
  respondDueAt
  resolveDueAt
  respondedAt
  resolvedAt
  createdAt
}`) as unknown as TypedDocumentString<HotlineCardQuery, HotlineCardQueryVariables>;
export const HotlineCallerTicketsDocument = new TypedDocumentString(`
    query HotlineCallerTickets($callerPhone: String!) {
  hotlineCallerTickets(callerPhone: $callerPhone) {
    ...HotlineTicketFields
  }
}
    fragment HotlineTicketFields on HotlineTicket {
  id
  status
  category
  compoundId
  compoundName
  communityName
  streetName
  request
  reply
  resolution
  callerPhone
  assigneeName
  overdue
  overdueSince
  respondDueAt
  resolveDueAt
  respondedAt
  resolvedAt
  createdAt
}`) as unknown as TypedDocumentString<HotlineCallerTicketsQuery, HotlineCallerTicketsQueryVariables>;
export const LogHotlineCallDocument = new TypedDocumentString(`
    mutation LogHotlineCall($input: LogHotlineCallInput!) {
  logHotlineCall(input: $input) {
    id
    callerPhone
    ticketId
    followUp
  }
}
    `) as unknown as TypedDocumentString<LogHotlineCallMutation, LogHotlineCallMutationVariables>;
export const HotlineTicketsDocument = new TypedDocumentString(`
    query HotlineTickets($filter: HotlineTicketFilter, $limit: Int, $offset: Int) {
  hotlineTickets(filter: $filter, limit: $limit, offset: $offset) {
    totalCount
    items {
      ...HotlineTicketFields
    }
  }
}
    fragment HotlineTicketFields on HotlineTicket {
  id
  status
  category
  compoundId
  compoundName
  communityName
  streetName
  request
  reply
  resolution
  callerPhone
  assigneeName
  overdue
  overdueSince
  respondDueAt
  resolveDueAt
  respondedAt
  resolvedAt
  createdAt
}`) as unknown as TypedDocumentString<HotlineTicketsQuery, HotlineTicketsQueryVariables>;
export const HotlineTicketDocument = new TypedDocumentString(`
    query HotlineTicket($id: ID!) {
  hotlineTicket(id: $id) {
    ...HotlineTicketFields
    satisfaction
    history {
      fromStatus
      toStatus
      note
      actorName
      at
    }
  }
}
    fragment HotlineTicketFields on HotlineTicket {
  id
  status
  category
  compoundId
  compoundName
  communityName
  streetName
  request
  reply
  resolution
  callerPhone
  assigneeName
  overdue
  overdueSince
  respondDueAt
  resolveDueAt
  respondedAt
  resolvedAt
  createdAt
}`) as unknown as TypedDocumentString<HotlineTicketQuery, HotlineTicketQueryVariables>;
export const AssignHotlineTicketDocument = new TypedDocumentString(`
    mutation AssignHotlineTicket($id: ID!, $note: String) {
  assignHotlineTicket(id: $id, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AssignHotlineTicketMutation, AssignHotlineTicketMutationVariables>;
export const RespondHotlineTicketDocument = new TypedDocumentString(`
    mutation RespondHotlineTicket($id: ID!, $reply: String!) {
  respondHotlineTicket(id: $id, reply: $reply) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RespondHotlineTicketMutation, RespondHotlineTicketMutationVariables>;
export const ResolveHotlineTicketDocument = new TypedDocumentString(`
    mutation ResolveHotlineTicket($id: ID!, $resolution: String!) {
  resolveHotlineTicket(id: $id, resolution: $resolution) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ResolveHotlineTicketMutation, ResolveHotlineTicketMutationVariables>;
export const CloseHotlineTicketDocument = new TypedDocumentString(`
    mutation CloseHotlineTicket($id: ID!, $satisfaction: HotlineSatisfaction!, $note: String) {
  closeHotlineTicket(id: $id, satisfaction: $satisfaction, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CloseHotlineTicketMutation, CloseHotlineTicketMutationVariables>;
export const HotlineFiguresDocument = new TypedDocumentString(`
    query HotlineFigures($area: HotlineAreaInput!, $fromWeek: String!, $toWeek: String!) {
  hotlineFigures(area: $area, fromWeek: $fromWeek, toWeek: $toWeek) {
    fromWeek
    toWeek
    weeks {
      ...HotlineWeekFields
    }
    rows {
      ...HotlineWeekFields
    }
    hotCompounds {
      compoundId
      name
      streetName
      calls
    }
  }
}
    fragment HotlineWeekFields on HotlineWeekFigures {
  week
  streetId
  streetName
  calls
  answeredFirstCall
  firstCallShare
  tickets
  ticketsDue
  ticketsOnTime
  onTimeShare
  responseRate
  resolutionRate
  satisfactionRate
  rated
  byCategory {
    category
    calls
  }
}`) as unknown as TypedDocumentString<HotlineFiguresQuery, HotlineFiguresQueryVariables>;
export const ExportHotlineFiguresDocument = new TypedDocumentString(`
    mutation ExportHotlineFigures($area: HotlineAreaInput!, $fromWeek: String!, $toWeek: String!, $reason: String!) {
  exportHotlineFigures(
    area: $area
    fromWeek: $fromWeek
    toWeek: $toWeek
    reason: $reason
  ) {
    base64
    filename
    mimeType
    rows
  }
}
    `) as unknown as TypedDocumentString<ExportHotlineFiguresMutation, ExportHotlineFiguresMutationVariables>;
export const HotlineTemplatesDocument = new TypedDocumentString(`
    query HotlineTemplates($category: HotlineCategory!) {
  hotlineTemplates(category: $category) {
    id
    category
    version
    body
    districtId
    variables
    createdAt
    createdByName
  }
  hotlineTemplateVariables(category: $category) {
    name
    description
  }
}
    `) as unknown as TypedDocumentString<HotlineTemplatesQuery, HotlineTemplatesQueryVariables>;
export const SaveHotlineTemplateDocument = new TypedDocumentString(`
    mutation SaveHotlineTemplate($input: SaveHotlineTemplateInput!) {
  saveHotlineTemplate(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SaveHotlineTemplateMutation, SaveHotlineTemplateMutationVariables>;
export const HotlineCompoundSettingsDocument = new TypedDocumentString(`
    query HotlineCompoundSettings($compoundId: ID!) {
  compound(id: $compoundId) {
    id
    gates {
      id
      name
      state
    }
  }
  hotlineCard(compoundId: $compoundId) {
    compoundId
    name
    streetName
    communityName
    answers {
      category
      title
      script
      values {
        name
        value
      }
    }
    profile {
      compoundId
      enrolmentPlace
      enrolmentHours
      homeVisits
      familyPhotos
      nonFaceMethods
      faceDataOnDevice
      vendorFiled
      gateHours {
        gateId
        hours
      }
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<HotlineCompoundSettingsQuery, HotlineCompoundSettingsQueryVariables>;
export const SetHotlineCompoundProfileDocument = new TypedDocumentString(`
    mutation SetHotlineCompoundProfile($input: HotlineCompoundProfileInput!) {
  setHotlineCompoundProfile(input: $input) {
    compoundId
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<SetHotlineCompoundProfileMutation, SetHotlineCompoundProfileMutationVariables>;
export const HotlineTimeLimitsDocument = new TypedDocumentString(`
    query HotlineTimeLimits {
  hotlineTimeLimits {
    category
    respondWithinHours
    resolveWithinHours
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<HotlineTimeLimitsQuery, HotlineTimeLimitsQueryVariables>;
export const SetHotlineTimeLimitDocument = new TypedDocumentString(`
    mutation SetHotlineTimeLimit($input: SetHotlineTimeLimitInput!) {
  setHotlineTimeLimit(input: $input) {
    category
    respondWithinHours
    resolveWithinHours
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<SetHotlineTimeLimitMutation, SetHotlineTimeLimitMutationVariables>;
export const DistrictOverviewDocument = new TypedDocumentString(`
    query DistrictOverview($id: ID!) {
  district(id: $id) {
    id
    name
    stats {
      compounds
      oldCompounds
      households
      closedShareOfOld
      byClosureStatus {
        status
        count
      }
    }
    streets {
      id
      name
      kind
      stats {
        compounds
        oldCompounds
        households
        byClosureStatus {
          status
          count
        }
      }
    }
    trend(days: 90) {
      day
      open
      planned
      underRenovation
      closed
    }
  }
}
    `) as unknown as TypedDocumentString<DistrictOverviewQuery, DistrictOverviewQueryVariables>;
export const ClosureCandidatesDocument = new TypedDocumentString(`
    query ClosureCandidates($filter: ClosureCandidateFilter, $sort: ClosureCandidateSort, $first: Int, $after: String, $last: Int, $before: String) {
  closureCandidates(
    filter: $filter
    sort: $sort
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    byStreet {
      streetId
      street {
        id
        name
      }
      qualified
      nearly
      blocked
      total
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        compoundId
        status
        unmet
        summary
        missing
        compound {
          id
          name
          households
        }
        street {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClosureCandidatesQuery, ClosureCandidatesQueryVariables>;
export const CompoundQualificationDocument = new TypedDocumentString(`
    query CompoundQualification($compoundId: ID!) {
  compound(id: $compoundId) {
    id
    name
    households
    districtId
    street {
      id
      name
    }
    community {
      id
      name
    }
  }
  compoundQualification(compoundId: $compoundId) {
    compoundId
    status
    unmet
    summary
    missing
    ruleSetVersion
    assessmentVersion
    computedAt
    criteria {
      ...CriterionFields
    }
  }
}
    fragment CriterionFields on QualificationCriterionResult {
  criterion
  outcome
  value
  threshold
  explanation
}`) as unknown as TypedDocumentString<CompoundQualificationQuery, CompoundQualificationQueryVariables>;
export const QualificationStampDocument = new TypedDocumentString(`
    query QualificationStamp($compoundId: ID!) {
  compoundQualification(compoundId: $compoundId) {
    compoundId
    assessmentVersion
    computedAt
  }
}
    `) as unknown as TypedDocumentString<QualificationStampQuery, QualificationStampQueryVariables>;
export const CompoundAssessmentsDocument = new TypedDocumentString(`
    query CompoundAssessments($compoundId: ID!) {
  compoundAssessments(compoundId: $compoundId) {
    id
    version
    rightsClarity
    rightsUnit
    hasCaretaker
    caretaker
    caretakerSince
    surveyHouseholdsAsked
    surveyHouseholdsWilling
    surveyAcceptedFee
    closableGates
    entrancesToKeep
    fireLane
    evidence
    recordedByName
    recordedAt
  }
}
    `) as unknown as TypedDocumentString<CompoundAssessmentsQuery, CompoundAssessmentsQueryVariables>;
export const RecordCompoundAssessmentDocument = new TypedDocumentString(`
    mutation RecordCompoundAssessment($input: AssessmentInput!) {
  recordCompoundAssessment(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<RecordCompoundAssessmentMutation, RecordCompoundAssessmentMutationVariables>;
export const QualificationRuleSetsDocument = new TypedDocumentString(`
    query QualificationRuleSets($districtId: ID) {
  qualificationRuleSets(districtId: $districtId) {
    ...RuleSetFields
  }
}
    fragment RuleSetFields on QualificationRuleSet {
  id
  version
  status
  note
  minRightsClarity
  caretakerRequired
  minWillingShare
  minAcceptedFee
  minClosableGates
  maxEntrancesToKeep
  fireLaneRequired
  createdByName
  createdAt
  activatedAt
}`) as unknown as TypedDocumentString<QualificationRuleSetsQuery, QualificationRuleSetsQueryVariables>;
export const QualificationWhatIfDocument = new TypedDocumentString(`
    query QualificationWhatIf($rules: RuleSetInput!) {
  qualificationWhatIf(rules: $rules) {
    activeVersion
    compounds
    qualifiedNow
    qualifiedWithDraft
    changedCount
    streets {
      streetId
      street {
        id
        name
      }
      compounds
      qualifiedNow
      qualifiedWithDraft
      nearlyNow
      nearlyWithDraft
      changed
    }
    changes {
      compoundId
      compound {
        id
        name
      }
      before
      after
      reasons
      summary
    }
  }
}
    `) as unknown as TypedDocumentString<QualificationWhatIfQuery, QualificationWhatIfQueryVariables>;
export const CreateQualificationRuleSetDocument = new TypedDocumentString(`
    mutation CreateQualificationRuleSet($input: RuleSetInput!) {
  createQualificationRuleSet(input: $input) {
    ...RuleSetFields
  }
}
    fragment RuleSetFields on QualificationRuleSet {
  id
  version
  status
  note
  minRightsClarity
  caretakerRequired
  minWillingShare
  minAcceptedFee
  minClosableGates
  maxEntrancesToKeep
  fireLaneRequired
  createdByName
  createdAt
  activatedAt
}`) as unknown as TypedDocumentString<CreateQualificationRuleSetMutation, CreateQualificationRuleSetMutationVariables>;
export const ActivateQualificationRuleSetDocument = new TypedDocumentString(`
    mutation ActivateQualificationRuleSet($id: ID!) {
  activateQualificationRuleSet(id: $id) {
    ...RuleSetFields
  }
}
    fragment RuleSetFields on QualificationRuleSet {
  id
  version
  status
  note
  minRightsClarity
  caretakerRequired
  minWillingShare
  minAcceptedFee
  minClosableGates
  maxEntrancesToKeep
  fireLaneRequired
  createdByName
  createdAt
  activatedAt
}`) as unknown as TypedDocumentString<ActivateQualificationRuleSetMutation, ActivateQualificationRuleSetMutationVariables>;
export const RenovationProgressDocument = new TypedDocumentString(`
    query RenovationProgress($districtId: ID!) {
  renovationProgress(districtId: $districtId) {
    districtId
    district {
      id
      name
    }
    projectCount
    budget
    spent
    completedStages
    completedOnTime
    onTimeShare
    overdueProjects
    funnel {
      stage
      current
      reached
    }
    finished {
      projectId
      closedOn
      compound {
        id
        name
      }
      street {
        id
        name
      }
    }
    streets {
      ...ProgressFigures
    }
  }
}
    fragment ProgressFigures on StreetRenovationProgress {
  streetId
  street {
    id
    name
  }
  projectCount
  budget
  spent
  completedStages
  completedOnTime
  onTimeShare
  overdueProjects
  funnel {
    stage
    current
    reached
  }
  finished {
    projectId
    closedOn
    compound {
      id
      name
    }
  }
  projects {
    id
    stage
    budget
    spent
    compound {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<RenovationProgressQuery, RenovationProgressQueryVariables>;
export const RenovationProjectsDocument = new TypedDocumentString(`
    query RenovationProjects($filter: RenovationProjectFilter, $first: Int, $after: String, $last: Int, $before: String) {
  renovationProjects(
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        stage
        budget
        spent
        compound {
          id
          name
        }
        street {
          id
          name
        }
        stages {
          stage
          plannedOn
          actualOn
          daysOverdue
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RenovationProjectsQuery, RenovationProjectsQueryVariables>;
export const RenovationAlertsDocument = new TypedDocumentString(`
    query RenovationAlerts($filter: AlertFilter, $first: Int, $after: String) {
  alerts(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        kind
        openedAt
        compound {
          id
          name
        }
        street {
          id
          name
        }
        overdueStage {
          stage
          dueOn
          since
          daysOverdue
          projectId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RenovationAlertsQuery, RenovationAlertsQueryVariables>;
export const RenovationProjectDocument = new TypedDocumentString(`
    query RenovationProject($id: ID!) {
  renovationProject(id: $id) {
    ...ProjectDetailFields
  }
}
    fragment ProjectDetailFields on RenovationProject {
  id
  stage
  budget
  spent
  plannedStartOn
  contractor
  propertyCompany
  updatedAt
  compound {
    id
    name
    closureStatus
  }
  street {
    id
    name
  }
  district {
    id
    name
  }
  templateCompound {
    id
    name
  }
  stages {
    stage
    plannedOn
    actualOn
    daysOverdue
  }
  workItems {
    id
    kind
    description
    budget
    spent
  }
  history {
    id
    kind
    fromStage
    toStage
    actualOn
    actorName
    changedAt
    reason
  }
}`) as unknown as TypedDocumentString<RenovationProjectQuery, RenovationProjectQueryVariables>;
export const AdvanceRenovationStageDocument = new TypedDocumentString(`
    mutation AdvanceRenovationStage($id: ID!, $input: AdvanceRenovationStageInput!) {
  advanceRenovationStage(id: $id, input: $input) {
    ...ProjectDetailFields
  }
}
    fragment ProjectDetailFields on RenovationProject {
  id
  stage
  budget
  spent
  plannedStartOn
  contractor
  propertyCompany
  updatedAt
  compound {
    id
    name
    closureStatus
  }
  street {
    id
    name
  }
  district {
    id
    name
  }
  templateCompound {
    id
    name
  }
  stages {
    stage
    plannedOn
    actualOn
    daysOverdue
  }
  workItems {
    id
    kind
    description
    budget
    spent
  }
  history {
    id
    kind
    fromStage
    toStage
    actualOn
    actorName
    changedAt
    reason
  }
}`) as unknown as TypedDocumentString<AdvanceRenovationStageMutation, AdvanceRenovationStageMutationVariables>;
export const CorrectRenovationStageDocument = new TypedDocumentString(`
    mutation CorrectRenovationStage($id: ID!, $input: CorrectRenovationStageInput!) {
  correctRenovationStage(id: $id, input: $input) {
    ...ProjectDetailFields
  }
}
    fragment ProjectDetailFields on RenovationProject {
  id
  stage
  budget
  spent
  plannedStartOn
  contractor
  propertyCompany
  updatedAt
  compound {
    id
    name
    closureStatus
  }
  street {
    id
    name
  }
  district {
    id
    name
  }
  templateCompound {
    id
    name
  }
  stages {
    stage
    plannedOn
    actualOn
    daysOverdue
  }
  workItems {
    id
    kind
    description
    budget
    spent
  }
  history {
    id
    kind
    fromStage
    toStage
    actualOn
    actorName
    changedAt
    reason
  }
}`) as unknown as TypedDocumentString<CorrectRenovationStageMutation, CorrectRenovationStageMutationVariables>;
export const RenovationCandidateCompoundsDocument = new TypedDocumentString(`
    query RenovationCandidateCompounds($search: String) {
  compounds(first: 50, filter: {hasRenovationProject: false, search: $search}) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RenovationCandidateCompoundsQuery, RenovationCandidateCompoundsQueryVariables>;
export const RenovationTemplateProjectsDocument = new TypedDocumentString(`
    query RenovationTemplateProjects {
  renovationProjects(first: 100, filter: {stages: [CLOSED, HANDED_OVER]}) {
    edges {
      node {
        id
        budget
        compound {
          id
          name
        }
        workItems {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RenovationTemplateProjectsQuery, RenovationTemplateProjectsQueryVariables>;
export const CreateRenovationProjectDocument = new TypedDocumentString(`
    mutation CreateRenovationProject($input: CreateRenovationProjectInput!) {
  createRenovationProject(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateRenovationProjectMutation, CreateRenovationProjectMutationVariables>;
export const UpdateRenovationProjectDocument = new TypedDocumentString(`
    mutation UpdateRenovationProject($id: ID!, $input: UpdateRenovationProjectInput!) {
  updateRenovationProject(id: $id, input: $input) {
    ...ProjectDetailFields
  }
}
    fragment ProjectDetailFields on RenovationProject {
  id
  stage
  budget
  spent
  plannedStartOn
  contractor
  propertyCompany
  updatedAt
  compound {
    id
    name
    closureStatus
  }
  street {
    id
    name
  }
  district {
    id
    name
  }
  templateCompound {
    id
    name
  }
  stages {
    stage
    plannedOn
    actualOn
    daysOverdue
  }
  workItems {
    id
    kind
    description
    budget
    spent
  }
  history {
    id
    kind
    fromStage
    toStage
    actualOn
    actorName
    changedAt
    reason
  }
}`) as unknown as TypedDocumentString<UpdateRenovationProjectMutation, UpdateRenovationProjectMutationVariables>;
export const ResidentListDocument = new TypedDocumentString(`
    query ResidentList($filter: ResidentFilter, $first: Int, $after: String, $last: Int, $before: String) {
  residents(
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        ...ResidentRow
      }
    }
  }
}
    fragment ResidentRow on Resident {
  id
  compoundId
  building
  unit
  room
  name
  idNumber
  phone
  plate
  registeredAt
}`) as unknown as TypedDocumentString<ResidentListQuery, ResidentListQueryVariables>;
export const ResidentCommunityOptionsDocument = new TypedDocumentString(`
    query ResidentCommunityOptions {
  communities(first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResidentCommunityOptionsQuery, ResidentCommunityOptionsQueryVariables>;
export const ResidentCompoundOptionsDocument = new TypedDocumentString(`
    query ResidentCompoundOptions($communityId: ID!) {
  compounds(
    filter: {communityId: $communityId}
    sort: {field: NAME, direction: ASC}
    first: 100
  ) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResidentCompoundOptionsQuery, ResidentCompoundOptionsQueryVariables>;
export const ResidentCompoundNameDocument = new TypedDocumentString(`
    query ResidentCompoundName($id: ID!) {
  compound(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ResidentCompoundNameQuery, ResidentCompoundNameQueryVariables>;
export const RegisterResidentDocument = new TypedDocumentString(`
    mutation RegisterResident($input: RegisterResidentInput!) {
  registerResident(input: $input) {
    ...ResidentRow
  }
}
    fragment ResidentRow on Resident {
  id
  compoundId
  building
  unit
  room
  name
  idNumber
  phone
  plate
  registeredAt
}`) as unknown as TypedDocumentString<RegisterResidentMutation, RegisterResidentMutationVariables>;
export const RevealResidentDocument = new TypedDocumentString(`
    mutation RevealResident($id: ID!, $reason: String!) {
  revealResident(id: $id, reason: $reason) {
    id
    name
    idNumber
    phone
    plate
  }
}
    `) as unknown as TypedDocumentString<RevealResidentMutation, RevealResidentMutationVariables>;
export const ExportResidentsDocument = new TypedDocumentString(`
    mutation ExportResidents($filter: ResidentFilter, $reason: String!) {
  exportResidents(filter: $filter, reason: $reason) {
    filename
    mimeType
    base64
    rows
  }
}
    `) as unknown as TypedDocumentString<ExportResidentsMutation, ExportResidentsMutationVariables>;
export const DistrictOptionsDocument = new TypedDocumentString(`
    query DistrictOptions {
  districts {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<DistrictOptionsQuery, DistrictOptionsQueryVariables>;
export const StreetOptionsDocument = new TypedDocumentString(`
    query StreetOptions($districtId: ID!) {
  streets(districtId: $districtId) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<StreetOptionsQuery, StreetOptionsQueryVariables>;
export const CommunityOptionsDocument = new TypedDocumentString(`
    query CommunityOptions($streetId: ID!) {
  communities(streetId: $streetId, first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityOptionsQuery, CommunityOptionsQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...SessionMe
  }
}
    fragment SessionMe on Me {
  id
  username
  displayName
  role
  districtId
  streetId
  communityId
  secondFactor
  hasTotp
  secondFactorRequired
  passwordExpired
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    expiresAt
    me {
      ...SessionMe
    }
  }
}
    fragment SessionMe on Me {
  id
  username
  displayName
  role
  districtId
  streetId
  communityId
  secondFactor
  hasTotp
  secondFactorRequired
  passwordExpired
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;