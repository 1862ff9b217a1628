import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DeviceKey } from '../devices/device-key.entity';
import { GateDevice } from './gate-device.entity';
import { GateDeviceKind, GateDeviceStatus } from './gate-device.enums';

@InputType({ description: '登记门禁设备' })
export class CreateGateDeviceInput {
  @Field(() => ID)
  gateId!: string;

  @Field(() => GateDeviceKind)
  kind!: GateDeviceKind;

  @Field(() => String, { description: '厂商, 1-64 字' })
  vendor!: string;

  @Field(() => String, { description: '序列号, 1-64 字, 同一厂商内唯一' })
  serial!: string;

  @Field(() => String, { description: '固件版本, 1-64 字' })
  firmware!: string;

  @Field(() => String, { description: '安装日期 YYYY-MM-DD' })
  installedOn!: string;

  @Field(() => Int, { nullable: true, description: '心跳间隔 (秒) 5-86400, 默认 60' })
  heartbeatIntervalSeconds?: number | null;
}

@InputType({ description: '修改门禁设备; 只改给出的字段. 停用请用 retireGateDevice' })
export class UpdateGateDeviceInput {
  @Field(() => String, { nullable: true })
  vendor?: string | null;

  @Field(() => String, { nullable: true })
  serial?: string | null;

  @Field(() => String, { nullable: true })
  firmware?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  installedOn?: string | null;

  @Field(() => GateDeviceStatus, { nullable: true, description: 'ACTIVE 或 MAINTENANCE' })
  status?: GateDeviceStatus | null;

  @Field(() => Int, { nullable: true })
  heartbeatIntervalSeconds?: number | null;
}

@ObjectType({ description: '设备及其新密钥; 密钥只在这里显示一次' })
export class GateDeviceWithKey {
  @Field(() => GateDevice)
  device!: GateDevice;

  @Field(() => String, { description: '设备密钥 (Bearer), 只显示这一次' })
  key!: string;

  @Field(() => DeviceKey)
  deviceKey!: DeviceKey;
}
