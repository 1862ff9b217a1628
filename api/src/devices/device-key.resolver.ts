import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { AppError, ErrorCode } from '../graphql/errors';
import { DeviceKey } from './device-key.entity';

function viewerOf(ctx: Context) {
  if (!ctx.viewer) throw new AppError(ErrorCode.UNAUTHENTICATED, '请先登录 (sign in first)');
  return ctx.viewer;
}

@Resolver(() => DeviceKey)
export class DeviceKeyResolver {
  @Query(() => [DeviceKey], {
    description: '门禁设备密钥 (管理员), 可按门筛选, 最新的在前; 新密钥只能通过 createGateDevice / rotateGateDeviceKey 签发',
  })
  deviceKeys(@Arg('gateId', () => ID, { nullable: true }) gateId: string | null, @Ctx() ctx: Context): Promise<DeviceKey[]> {
    return ctx.services.deviceKeys.list(gateId);
  }

  @Mutation(() => DeviceKey, { description: '吊销设备密钥, 立即生效' })
  revokeDeviceKey(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<DeviceKey> {
    return ctx.services.deviceKeys.revoke(id, viewerOf(ctx), ctx.request);
  }
}
