import { registerEnumType } from 'type-graphql';

/**
 * Every kind of alert, one value per detecting module's condition. Stored as text (not a database
 * enum), so a module adds its kind here and needs no migration of the alert table.
 */
export enum AlertKind {
  /** A renovation stage is past its planned date and not reached (api/src/renovation). */
  OVERDUE_STAGE = 'OVERDUE_STAGE',
}

registerEnumType(AlertKind, {
  name: 'AlertKind',
  description: '预警类型',
  valuesConfig: {
    OVERDUE_STAGE: { description: '改造阶段逾期: 计划日期已过仍未完成' },
  },
});
