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

/** 管理状态 */
export type ManagementStatus =
  /** 失管 / 无人管理 */
  | 'NONE'
  /** 物业公司 */
  | 'PROPERTY_COMPANY'
  /** 自管 (产权单位或居民) */
  | 'SELF_MANAGED';

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
  /** 社区, 按名称排序, 可按区或街道筛选 */
  communities: CommunityConnection;
  community: Community;
  compound: Compound;
  /** 小区列表: 筛选、排序、游标分页 */
  compounds: CompoundConnection;
  district: District;
  /** 全部区, 按区划代码排序 */
  districts: Array<District>;
  street: Street;
  /** 街道 / 乡镇, 可按区筛选 */
  streets: Array<Street>;
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


export type QueryDistrictArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStreetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStreetsArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
};

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

export type DistrictOverviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DistrictOverviewQuery = { __typename?: 'Query', district: { __typename?: 'District', id: string, name: string, stats: { __typename?: 'AreaStats', compounds: number, oldCompounds: number, households: number, closedShareOfOld: number, byClosureStatus: Array<{ __typename?: 'ClosureStatusCount', status: ClosureStatus, count: number }> }, streets: Array<{ __typename?: 'Street', id: string, name: string, kind: StreetKind, stats: { __typename?: 'AreaStats', compounds: number, oldCompounds: number, households: number, byClosureStatus: Array<{ __typename?: 'ClosureStatusCount', status: ClosureStatus, count: number }> } }>, trend: Array<{ __typename?: 'StatsPoint', day: string, open: number, planned: number, underRenovation: number, closed: number }> } };

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