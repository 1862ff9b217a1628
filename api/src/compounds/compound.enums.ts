import { registerEnumType } from 'type-graphql';

/** How the compound came to be; many old ones were work-unit dormitories (单位宿舍楼/宿舍大院). */
export enum CompoundOrigin {
  WORK_UNIT_DORMITORY = 'WORK_UNIT_DORMITORY',
  COMMERCIAL = 'COMMERCIAL',
  RESETTLEMENT = 'RESETTLEMENT',
  HOUSING_REFORM = 'HOUSING_REFORM',
  AFFORDABLE = 'AFFORDABLE',
  MIXED = 'MIXED',
}

/** Whether the property-rights unit (产权单位) is known; the first closure criterion. */
export enum PropertyRightsStatus {
  CLEAR = 'CLEAR',
  BASICALLY_CLEAR = 'BASICALLY_CLEAR',
  UNCLEAR = 'UNCLEAR',
}

export enum ManagementStatus {
  /** 失管: nobody manages the compound. */
  NONE = 'NONE',
  /** 自管: the rights unit or residents look after it themselves (房管科 etc.). */
  SELF_MANAGED = 'SELF_MANAGED',
  /** 物业: a property company under contract. */
  PROPERTY_COMPANY = 'PROPERTY_COMPANY',
}

/** Where the compound stands on the road from open to closed management. */
export enum ClosureStatus {
  OPEN = 'OPEN',
  PLANNED = 'PLANNED',
  UNDER_RENOVATION = 'UNDER_RENOVATION',
  CLOSED = 'CLOSED',
}

export enum GateKind {
  PEDESTRIAN = 'PEDESTRIAN',
  VEHICLE = 'VEHICLE',
  MIXED = 'MIXED',
}

export enum GateState {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  SEALED = 'SEALED',
}

registerEnumType(CompoundOrigin, {
  name: 'CompoundOrigin',
  description: '小区来源',
  valuesConfig: {
    WORK_UNIT_DORMITORY: { description: '单位宿舍楼 / 宿舍大院' },
    COMMERCIAL: { description: '商品房' },
    RESETTLEMENT: { description: '回迁房' },
    HOUSING_REFORM: { description: '房改房' },
    AFFORDABLE: { description: '保障性住房' },
    MIXED: { description: '混合' },
  },
});
registerEnumType(PropertyRightsStatus, {
  name: 'PropertyRightsStatus',
  description: '产权单位是否明确',
  valuesConfig: {
    CLEAR: { description: '明确' },
    BASICALLY_CLEAR: { description: '基本明确' },
    UNCLEAR: { description: '不清' },
  },
});
registerEnumType(ManagementStatus, {
  name: 'ManagementStatus',
  description: '管理状态',
  valuesConfig: {
    NONE: { description: '失管 / 无人管理' },
    SELF_MANAGED: { description: '自管 (产权单位或居民)' },
    PROPERTY_COMPANY: { description: '物业公司' },
  },
});
registerEnumType(ClosureStatus, {
  name: 'ClosureStatus',
  description: '封闭式改造状态',
  valuesConfig: {
    OPEN: { description: '开放式' },
    PLANNED: { description: '拟改造' },
    UNDER_RENOVATION: { description: '改造中' },
    CLOSED: { description: '已封闭' },
  },
});
registerEnumType(GateKind, {
  name: 'GateKind',
  valuesConfig: {
    PEDESTRIAN: { description: '人行' },
    VEHICLE: { description: '车行' },
    MIXED: { description: '人车混行' },
  },
});
registerEnumType(GateState, {
  name: 'GateState',
  valuesConfig: {
    OPEN: { description: '开放' },
    CLOSED: { description: '关闭 (可开启)' },
    SEALED: { description: '封堵' },
  },
});
