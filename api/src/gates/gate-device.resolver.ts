import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { AppError, ErrorCode } from '../graphql/errors';
import { GateDevice } from './gate-device.entity';
import { CreateGateDeviceInput, GateDeviceWithKey, UpdateGateDeviceInput } from './gate-device.types';

function viewerOf(ctx: Context) {
  if (!ctx.viewer) throw new AppError(ErrorCode.UNAUTHENTICATED, '请先登录 (sign in first)');
  return ctx.viewer;
}

@Resolver(() => GateDevice)
export class GateDeviceResolver {
  @Query(() => [GateDevice], { description: '一个门的门禁设备 (管理员), 按登记先后' })
  gateDevices(@Arg('gateId', () => ID) gateId: string, @Ctx() ctx: Context): Promise<GateDevice[]> {
    return ctx.services.gates.devices.list(gateId);
  }

  @Mutation(() => GateDeviceWithKey, { description: '登记门禁设备并签发第一把密钥; 密钥只返回这一次' })
  createGateDevice(
    @Arg('input', () => CreateGateDeviceInput) input: CreateGateDeviceInput,
    @Ctx() ctx: Context,
  ): Promise<GateDeviceWithKey> {
    return ctx.services.gates.devices.create(input, viewerOf(ctx), ctx.request);
  }

  @Mutation(() => GateDevice, { description: '修改门禁设备 (厂商、序列号、固件、安装日期、在用/维护、心跳间隔)' })
  updateGateDevice(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateGateDeviceInput) input: UpdateGateDeviceInput,
    @Ctx() ctx: Context,
  ): Promise<GateDevice> {
    return ctx.services.gates.devices.update(id, input, viewerOf(ctx), ctx.request);
  }

  @Mutation(() => GateDevice, { description: '停用门禁设备: 吊销其全部密钥, 不再接收数据' })
  retireGateDevice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<GateDevice> {
    return ctx.services.gates.devices.retire(id, viewerOf(ctx), ctx.request);
  }

  @Mutation(() => GateDeviceWithKey, { description: '轮换设备密钥: 吊销旧密钥并签发新密钥, 新密钥只返回这一次' })
  rotateGateDeviceKey(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<GateDeviceWithKey> {
    return ctx.services.gates.devices.rotateKey(id, viewerOf(ctx), ctx.request);
  }
}
