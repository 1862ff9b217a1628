import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '被拒绝的一条事件: 在批次中的位置 (从 0 起) 和原因' })
export class GateEventRejection {
  @Field(() => Int)
  index!: number;

  @Field(() => String, { nullable: true, description: '设备自己的事件编号 (若可读出)' })
  eventId!: string | null;

  @Field(() => String, { description: 'BAD_JSON, TOO_LARGE, INVALID, WRONG_GATE, TOO_OLD 或 IN_FUTURE' })
  code!: string;

  @Field(() => String, { nullable: true, description: '出错的字段, 如 payload.celsius' })
  field!: string | null;

  @Field(() => String)
  reason!: string;
}

@ObjectType({ description: '一批门禁事件的处理结果' })
export class GateIngestResult {
  @Field(() => Int, { description: '批次中的事件数' })
  received!: number;

  @Field(() => Int, { description: '新存储的事件数' })
  accepted!: number;

  @Field(() => Int, { description: '已存储过 (或在本批中重复) 的事件数, 未再次存储' })
  duplicates!: number;

  @Field(() => [GateEventRejection])
  rejected!: GateEventRejection[];
}
