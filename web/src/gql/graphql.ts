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

/** 新建的设备密钥: key 只出现这一次, 请立即配置到设备 */
export type CreatedDeviceKey = {
  __typename?: 'CreatedDeviceKey';
  deviceKey: DeviceKey;
  /** Bearer key for the device (Authorization: Bearer anju_d_…) */
  key: Scalars['String']['output'];
};

/** 门禁设备密钥 (只在创建时显示一次) */
export type DeviceKey = {
  __typename?: 'DeviceKey';
  compoundId: Scalars['ID']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
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

export type GateKind =
  /** 人车混行 */
  | 'MIXED'
  /** 人行 */
  | 'PEDESTRIAN'
  /** 车行 */
  | 'VEHICLE';

export type GateState =
  /** 关闭 (可开启) */
  | 'CLOSED'
  /** 开放 */
  | 'OPEN'
  /** 封堵 */
  | 'SEALED';

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
  /** 修改密码; 本账户的其他会话全部失效 */
  changePassword: Scalars['Boolean']['output'];
  /** 确认绑定, 返回一次性恢复码 (只显示这一次) */
  confirmTotpEnrolment: Array<Scalars['String']['output']>;
  /** 为一个门新建设备密钥; 密钥只返回这一次 */
  createDeviceKey: CreatedDeviceKey;
  createUser: User;
  /** 导出 Excel (未脱敏): 须填写原因, 记入审计日志; 最多 5000 行 */
  exportResidents: ExportFile;
  /** 登录; 网页端得到 httpOnly cookie, API 客户端用 returnToken 取得 bearer token */
  login: LoginPayload;
  /** 退出登录, 本会话立即失效 */
  logout: Scalars['Boolean']['output'];
  /** 重新生成恢复码; 旧码作废 */
  regenerateRecoveryCodes: Array<Scalars['String']['output']>;
  /** 登记居民 (居委会); 个人信息加密存储 */
  registerResident: Resident;
  /** 查看未脱敏信息: 须填写原因, 记入审计日志 */
  revealResident: RevealedResident;
  /** 吊销设备密钥, 立即生效 */
  revokeDeviceKey: DeviceKey;
  /** 结束该账户的全部会话, 返回结束的数量 */
  revokeUserSessions: Scalars['Int']['output'];
  /** 停用 (立即结束其全部会话) 或恢复账户 */
  setUserDisabled: User;
  startTotpEnrolment: TotpEnrolment;
  /** 解除登录失败造成的锁定 */
  unlockUser: User;
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationConfirmTotpEnrolmentArgs = {
  code: Scalars['String']['input'];
};


export type MutationCreateDeviceKeyArgs = {
  gateId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationExportResidentsArgs = {
  filter?: InputMaybe<ResidentFilter>;
  reason: Scalars['String']['input'];
};


export type MutationLoginArgs = {
  input: LoginInput;
  returnToken?: Scalars['Boolean']['input'];
};


export type MutationRegisterResidentArgs = {
  input: RegisterResidentInput;
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


export type MutationSetUserDisabledArgs = {
  disabled: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationUnlockUserArgs = {
  id: Scalars['ID']['input'];
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

export type Query = {
  __typename?: 'Query';
  /** 审计日志: 筛选、最新在前、游标分页 */
  auditLog: AuditEntryConnection;
  /** 从头 (或保留期锚点) 校验整条哈希链 */
  auditVerification: AuditVerification;
  /** 社区, 按名称排序, 可按区或街道筛选 */
  communities: CommunityConnection;
  community: Community;
  compound: Compound;
  /** 小区列表: 筛选、排序、游标分页 */
  compounds: CompoundConnection;
  /** 门禁设备密钥 (管理员), 可按门筛选, 最新的在前 */
  deviceKeys: Array<DeviceKey>;
  district: District;
  /** 全部区, 按区划代码排序 */
  districts: Array<District>;
  /** 当前会话的账户; 未登录时为 null */
  me?: Maybe<Me>;
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


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
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

export type SortDirection =
  | 'ASC'
  | 'DESC';

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

/** 动态验证码绑定: 扫码后用 confirmTotpEnrolment 确认 */
export type TotpEnrolment = {
  __typename?: 'TotpEnrolment';
  otpauthUri: Scalars['String']['output'];
  /** The otpauth URI as an SVG QR code */
  qrSvg: Scalars['String']['output'];
  /** Base32 secret, for manual entry */
  secret: Scalars['String']['output'];
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

export type DeviceKeysQueryVariables = Exact<{
  gateId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type DeviceKeysQuery = { __typename?: 'Query', deviceKeys: Array<{ __typename?: 'DeviceKey', id: string, gateId: string, compoundId: string, name: string, keyPrefix: string, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null }> };

export type CreateDeviceKeyMutationVariables = Exact<{
  gateId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type CreateDeviceKeyMutation = { __typename?: 'Mutation', createDeviceKey: { __typename?: 'CreatedDeviceKey', key: string, deviceKey: { __typename?: 'DeviceKey', id: string, name: string, keyPrefix: string } } };

export type RevokeDeviceKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeDeviceKeyMutation = { __typename?: 'Mutation', revokeDeviceKey: { __typename?: 'DeviceKey', id: string, revokedAt?: string | null } };

export type DistrictOverviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DistrictOverviewQuery = { __typename?: 'Query', district: { __typename?: 'District', id: string, name: string, stats: { __typename?: 'AreaStats', compounds: number, oldCompounds: number, households: number, closedShareOfOld: number, byClosureStatus: Array<{ __typename?: 'ClosureStatusCount', status: ClosureStatus, count: number }> }, streets: Array<{ __typename?: 'Street', id: string, name: string, kind: StreetKind, stats: { __typename?: 'AreaStats', compounds: number, oldCompounds: number, households: number, byClosureStatus: Array<{ __typename?: 'ClosureStatusCount', status: ClosureStatus, count: number }> } }>, trend: Array<{ __typename?: 'StatsPoint', day: string, open: number, planned: number, underRenovation: number, closed: number }> } };

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
export const DeviceKeysDocument = new TypedDocumentString(`
    query DeviceKeys($gateId: ID) {
  deviceKeys(gateId: $gateId) {
    id
    gateId
    compoundId
    name
    keyPrefix
    createdAt
    lastUsedAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<DeviceKeysQuery, DeviceKeysQueryVariables>;
export const CreateDeviceKeyDocument = new TypedDocumentString(`
    mutation CreateDeviceKey($gateId: ID!, $name: String!) {
  createDeviceKey(gateId: $gateId, name: $name) {
    key
    deviceKey {
      id
      name
      keyPrefix
    }
  }
}
    `) as unknown as TypedDocumentString<CreateDeviceKeyMutation, CreateDeviceKeyMutationVariables>;
export const RevokeDeviceKeyDocument = new TypedDocumentString(`
    mutation RevokeDeviceKey($id: ID!) {
  revokeDeviceKey(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeDeviceKeyMutation, RevokeDeviceKeyMutationVariables>;
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