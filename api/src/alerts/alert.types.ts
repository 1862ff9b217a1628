import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs, ConnectionType } from '../graphql/pagination';
import { Alert } from './alert.entity';
import { AlertKind } from './alert.enums';

@InputType({ description: '预警筛选条件; 各条件之间为 "且"' })
export class AlertFilter {
  @Field(() => [AlertKind], { nullable: true, description: '任一类型即匹配' })
  kinds?: AlertKind[] | null;

  @Field(() => ID, { nullable: true })
  districtId?: string | null;

  @Field(() => ID, { nullable: true })
  streetId?: string | null;

  @Field(() => ID, { nullable: true })
  compoundId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true (默认): 只看开启的; false: 只看已关闭的' })
  open?: boolean | null;
}

@ArgsType()
export class AlertsArgs extends ConnectionArgs {
  @Field(() => AlertFilter, { nullable: true })
  filter?: AlertFilter | null;
}

export const AlertConnection = ConnectionType(Alert, 'Alert');
