import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ConnectionArgs, ConnectionType } from '../graphql/pagination';
import { Compound } from './compound.entity';
import { ClosureStatus } from './compound.enums';

export enum CompoundSortField {
  NAME = 'NAME',
  YEAR_BUILT = 'YEAR_BUILT',
  HOUSEHOLDS = 'HOUSEHOLDS',
  FLOOR_AREA = 'FLOOR_AREA',
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(CompoundSortField, { name: 'CompoundSortField' });
registerEnumType(SortDirection, { name: 'SortDirection' });

export const SEARCH_MAX_LENGTH = 50;

@InputType({ description: '小区筛选条件; 各条件之间为 "且"' })
export class CompoundFilter {
  @Field(() => ID, { nullable: true })
  districtId?: string | null;

  @Field(() => ID, { nullable: true })
  streetId?: string | null;

  @Field(() => ID, { nullable: true })
  communityId?: string | null;

  @Field(() => [ClosureStatus], { nullable: true, description: '任一状态即匹配' })
  closureStatus?: ClosureStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: '只看 (或排除) 老旧小区' })
  isOld?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: 只看已有改造项目的小区; false: 只看还没有的 (可新建项目的)',
  })
  hasRenovationProject?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: `在名称、别名、地址中查找, 1-${SEARCH_MAX_LENGTH} 个字符`,
  })
  search?: string | null;
}

@InputType()
export class CompoundSort {
  @Field(() => CompoundSortField)
  field!: CompoundSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}

@ArgsType()
export class CompoundsArgs extends ConnectionArgs {
  @Field(() => CompoundFilter, { nullable: true })
  filter?: CompoundFilter | null;

  @Field(() => CompoundSort, { nullable: true, description: '默认按名称升序' })
  sort?: CompoundSort | null;
}

export const CompoundConnection = ConnectionType(Compound, 'Compound');
