import { Field, ObjectType } from 'type-graphql';
import { DeviceKey } from './device-key.entity';

@ObjectType({ description: '新建的设备密钥: key 只出现这一次, 请立即配置到设备' })
export class CreatedDeviceKey {
  @Field(() => DeviceKey)
  deviceKey!: DeviceKey;

  @Field(() => String, { description: 'Bearer key for the device (Authorization: Bearer anju_d_…)' })
  key!: string;
}
