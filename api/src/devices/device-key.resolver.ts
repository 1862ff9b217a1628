import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { AppError, ErrorCode } from '../graphql/errors';
import { DeviceKey } from './device-key.entity';
import { CreatedDeviceKey } from './device-key.types';

function viewerOf(ctx: Context) {
  if (!ctx.viewer) throw new AppError(ErrorCode.UNAUTHENTICATED, '请先登录 (sign in first)');
  return ctx.viewer;
}

@Resolver(() => DeviceKey)
export class DeviceKeyResolver {
  @Query(() => [DeviceKey], { description: '门禁设备密钥 (管理员), 可按门筛选, 最新的在前' })
  deviceKeys(@Arg('gateId', () => ID, { nullable: true }) gateId: string | null, @Ctx() ctx: Context): Promise<DeviceKey[]> {
    return ctx.services.deviceKeys.list(gateId);
  }

  @Mutation(() => CreatedDeviceKey, { description: '为一个门新建设备密钥; 密钥只返回这一次' })
  createDeviceKey(
    @Arg('gateId', () => ID) gateId: string,
    @Arg('name', () => String) name: string,
    @Ctx() ctx: Context,
  ): Promise<CreatedDeviceKey> {
    return ctx.services.deviceKeys.create(gateId, name, viewerOf(ctx), ctx.request);
  }

  @Mutation(() => DeviceKey, { description: '吊销设备密钥, 立即生效' })
  revokeDeviceKey(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<DeviceKey> {
    return ctx.services.deviceKeys.revoke(id, viewerOf(ctx), ctx.request);
  }
}
