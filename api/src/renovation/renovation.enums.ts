import { registerEnumType } from 'type-graphql';
import { ClosureStatus } from '../compounds/compound.enums';

/** The stages of a closure renovation, in the only order a project may move through them. */
export enum RenovationStage {
  ASSESSED = 'ASSESSED',
  APPROVED = 'APPROVED',
  UNDER_CONSTRUCTION = 'UNDER_CONSTRUCTION',
  CLOSED = 'CLOSED',
  HANDED_OVER = 'HANDED_OVER',
}

export const STAGE_ORDER: readonly RenovationStage[] = [
  RenovationStage.ASSESSED,
  RenovationStage.APPROVED,
  RenovationStage.UNDER_CONSTRUCTION,
  RenovationStage.CLOSED,
  RenovationStage.HANDED_OVER,
];

export const stageIndex = (stage: RenovationStage): number => STAGE_ORDER.indexOf(stage);
export const nextStage = (stage: RenovationStage): RenovationStage | null => STAGE_ORDER[stageIndex(stage) + 1] ?? null;
export const previousStage = (stage: RenovationStage): RenovationStage | null => STAGE_ORDER[stageIndex(stage) - 1] ?? null;

/**
 * The compound's closure status while its project is at a stage: the compound table keeps the
 * status that lists, filters and the daily snapshots read, so a stage change updates it.
 */
export const CLOSURE_AT_STAGE: Record<RenovationStage, ClosureStatus> = {
  [RenovationStage.ASSESSED]: ClosureStatus.PLANNED,
  [RenovationStage.APPROVED]: ClosureStatus.PLANNED,
  [RenovationStage.UNDER_CONSTRUCTION]: ClosureStatus.UNDER_RENOVATION,
  [RenovationStage.CLOSED]: ClosureStatus.CLOSED,
  [RenovationStage.HANDED_OVER]: ClosureStatus.CLOSED,
};

/** What a renovation builds or arranges; one line per kind and project, with budget and spend. */
export enum RenovationWorkKind {
  FENCING = 'FENCING',
  ACCESS_CONTROL = 'ACCESS_CONTROL',
  PERSON_VEHICLE_RECOGNITION = 'PERSON_VEHICLE_RECOGNITION',
  SURVEILLANCE = 'SURVEILLANCE',
  GATEHOUSE = 'GATEHOUSE',
  PARKING = 'PARKING',
  PARTY_COUNCIL_HALL = 'PARTY_COUNCIL_HALL',
  PROPERTY_INTRODUCTION = 'PROPERTY_INTRODUCTION',
  ENVIRONMENT = 'ENVIRONMENT',
  OTHER = 'OTHER',
}

export enum StageChangeKind {
  CREATE = 'CREATE',
  ADVANCE = 'ADVANCE',
  CORRECTION = 'CORRECTION',
}

registerEnumType(RenovationStage, {
  name: 'RenovationStage',
  description: '改造阶段, 只能按顺序逐级推进',
  valuesConfig: {
    ASSESSED: { description: '已评估' },
    APPROVED: { description: '已批准' },
    UNDER_CONSTRUCTION: { description: '施工中' },
    CLOSED: { description: '已封闭' },
    HANDED_OVER: { description: '已移交物业' },
  },
});
registerEnumType(RenovationWorkKind, {
  name: 'RenovationWorkKind',
  description: '改造工作项',
  valuesConfig: {
    FENCING: { description: '围墙围栏' },
    ACCESS_CONTROL: { description: '门禁系统' },
    PERSON_VEHICLE_RECOGNITION: { description: '人车自动识别' },
    SURVEILLANCE: { description: '视频监控' },
    GATEHOUSE: { description: '门卫室 / 岗亭' },
    PARKING: { description: '停车管理' },
    PARTY_COUNCIL_HALL: { description: '党员议事厅' },
    PROPERTY_INTRODUCTION: { description: '引入物业' },
    ENVIRONMENT: { description: '环境整治' },
    OTHER: { description: '其他' },
  },
});
registerEnumType(StageChangeKind, {
  name: 'StageChangeKind',
  description: '阶段变更类型',
  valuesConfig: {
    CREATE: { description: '立项' },
    ADVANCE: { description: '推进一级' },
    CORRECTION: { description: '更正: 撤回上一次推进' },
  },
});
