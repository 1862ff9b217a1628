import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { isDeviceOnline } from './device-health';
import { GateDeviceKind, GateDeviceStatus } from './gate-device.enums';

/** A device at a gate (face door, temperature screen, plate camera, card reader). Keys belong to it. */
@ObjectType({ description: '门禁设备' })
@Entity('gate_device')
export class GateDevice {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  gateId!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  compoundId!: string;

  @Column({ type: 'uuid' })
  communityId!: string;

  @Column({ type: 'uuid' })
  streetId!: string;

  @Column({ type: 'uuid' })
  districtId!: string;

  @Field(() => GateDeviceKind)
  @Column({ type: 'enum', enum: GateDeviceKind, enumName: 'gate_device_kind' })
  kind!: GateDeviceKind;

  @Field(() => String, { description: '厂商' })
  @Column({ type: 'text' })
  vendor!: string;

  @Field(() => String, { description: '序列号 (同一厂商内唯一)' })
  @Column({ type: 'text' })
  serial!: string;

  @Field(() => String, { description: '固件版本' })
  @Column({ type: 'text' })
  firmware!: string;

  @Field(() => String, { description: '安装日期 YYYY-MM-DD' })
  @Column({ type: 'date' })
  installedOn!: string;

  @Field(() => GateDeviceStatus)
  @Column({ type: 'enum', enum: GateDeviceStatus, enumName: 'gate_device_status' })
  status!: GateDeviceStatus;

  @Field(() => Int, { description: '心跳间隔 (秒); 超过 3 倍无任何消息即为离线' })
  @Column({ type: 'integer' })
  heartbeatIntervalSeconds!: number;

  @Field(() => Date, { nullable: true, description: '最后一次收到事件或心跳的时间' })
  @Column({ type: 'timestamptz', nullable: true })
  lastSeenAt!: Date | null;

  @Column({ type: 'boolean' })
  announcedOnline!: boolean;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Field(() => Boolean, { description: '是否在线 (最近 3 个心跳间隔内有消息)' })
  get online(): boolean {
    return isDeviceOnline(this, new Date());
  }

  @Field(() => Date, { nullable: true, description: '离线设备自何时起无消息 (在线或从未上线为空)' })
  get silentSince(): Date | null {
    return this.online ? null : this.lastSeenAt;
  }
}
