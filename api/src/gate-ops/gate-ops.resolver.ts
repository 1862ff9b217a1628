import { Arg, Ctx, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { Context } from '../graphql/context';
import { GateBucket } from './gate-ops.enums';
import { GateLiveEvent, GateOperations, GatePlaceInput } from './gate-ops.types';

interface GateLiveArgs {
  place: GatePlaceInput;
}

@Resolver()
export class GateOpsResolver {
  @Query(() => GateOperations, {
    description: '门禁运行: 按方式分列的通行量、刷脸占比、测温与发热、拒绝通行、下一级明细和设备状态; 默认最近 7 天按小时',
  })
  gateOperations(
    @Arg('place', () => GatePlaceInput) place: GatePlaceInput,
    @Arg('from', () => Date, { nullable: true, description: '开始 (含); 默认结束前 7 天 (按小时) 或 30 天 (按天)' }) from: Date | null,
    @Arg('to', () => Date, { nullable: true, description: '结束 (不含); 默认现在' }) to: Date | null,
    @Arg('bucket', () => GateBucket, { nullable: true, defaultValue: GateBucket.HOUR }) bucket: GateBucket,
    @Ctx() ctx: Context,
  ): Promise<GateOperations> {
    return ctx.services.gateOps.operations(place, { from, to, bucket }, ctx.scope);
  }

  @Subscription(() => GateLiveEvent, {
    description: '门禁实时事件 (graphql-ws, /graphql): 范围内各出入口的通行批次和设备状态变化; 只含调用者权限范围内的事件',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, GateLiveArgs, Context>) =>
      context.services.gateOps.subscribe(args.place, context.scope),
  })
  gateLive(@Arg('place', () => GatePlaceInput) _place: GatePlaceInput, @Root() event: GateLiveEvent): GateLiveEvent {
    return event;
  }
}
