import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Compound } from '../compounds/compound.entity';
import { District } from '../geography/district.entity';
import { Street } from '../geography/street.entity';
import type { Context } from '../graphql/context';
import { loadRequired } from '../graphql/loaders';
import { Alert } from './alert.entity';
import { AlertConnection, AlertsArgs } from './alert.types';

@Resolver(() => Alert)
export class AlertResolver {
  @Query(() => AlertConnection, { description: '预警列表: 默认只看开启的, 最新的在前; 按本人辖区裁剪' })
  alerts(@Args(() => AlertsArgs) args: AlertsArgs, @Ctx() ctx: Context) {
    return ctx.services.alerts.list(args.filter ?? {}, args, ctx.scope);
  }

  @FieldResolver(() => Compound, { nullable: true })
  async compound(@Root() alert: Alert, @Ctx() ctx: Context): Promise<Compound | null> {
    return alert.compoundId === null ? null : loadRequired(ctx.loaders.compound, alert.compoundId, 'compound');
  }

  @FieldResolver(() => Street)
  street(@Root() alert: Alert, @Ctx() ctx: Context): Promise<Street> {
    return loadRequired(ctx.loaders.street, alert.streetId, 'street');
  }

  @FieldResolver(() => District)
  district(@Root() alert: Alert, @Ctx() ctx: Context): Promise<District> {
    return loadRequired(ctx.loaders.district, alert.districtId, 'district');
  }
}
