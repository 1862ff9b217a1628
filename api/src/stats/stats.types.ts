import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ClosureStatus } from '../compounds/compound.enums';

@ObjectType()
export class ClosureStatusCount {
  @Field(() => ClosureStatus)
  status!: ClosureStatus;

  @Field(() => Int)
  count!: number;
}

/** Aggregate facts of an area (street or district), computed from its compounds. */
@ObjectType({ description: '区域汇总' })
export class AreaStats {
  @Field(() => Int, { description: '小区数' })
  compounds!: number;

  @Field(() => Int, { description: '老旧小区数' })
  oldCompounds!: number;

  @Field(() => Int, { description: '户数' })
  households!: number;

  @Field(() => Float, { description: '建筑面积 (平方米)' })
  floorArea!: number;

  @Field(() => [ClosureStatusCount], { description: '各封闭状态的小区数, 每种状态一项 (含 0)' })
  byClosureStatus!: ClosureStatusCount[];

  @Field(() => Float, { description: '已封闭小区占老旧小区的比例, 0-1; 无老旧小区时为 0' })
  closedShareOfOld!: number;
}

/** One day of a street's or district's closure counts, from the daily snapshots. */
@ObjectType()
export class StatsPoint {
  @Field(() => String, { description: 'YYYY-MM-DD (北京时间)' })
  day!: string;

  @Field(() => Int)
  compounds!: number;

  @Field(() => Int)
  open!: number;

  @Field(() => Int)
  planned!: number;

  @Field(() => Int)
  underRenovation!: number;

  @Field(() => Int)
  closed!: number;
}
