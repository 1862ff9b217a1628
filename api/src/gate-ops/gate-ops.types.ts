import { Field, Float, ID, InputType, Int, InterfaceType, ObjectType } from 'type-graphql';
import { GateDeviceKind, GateDeviceStatus } from '../gates/gate-device.enums';
import { GateBucket, GateLiveEventKind, GatePlaceLevel } from './gate-ops.enums';

@InputType({ description: '门禁运行统计的范围: 一个区、街道、小区或出入口' })
export class GatePlaceInput {
  @Field(() => GatePlaceLevel)
  level!: GatePlaceLevel;

  @Field(() => ID)
  id!: string;
}

@ObjectType('GatePlace', { description: '范围 (面包屑的一级)' })
export class GatePlaceRef {
  @Field(() => GatePlaceLevel)
  level!: GatePlaceLevel;

  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

/** Passes by method plus denials and temperature readings: the figures every chart is built from. */
@InterfaceType('GateTraffic', { description: '通行、拒绝和测温计数' })
export abstract class GateTraffic {
  @Field(() => Int, { description: '刷脸通行' })
  face!: number;

  @Field(() => Int, { description: '刷卡通行' })
  card!: number;

  @Field(() => Int, { description: '扫码通行' })
  qr!: number;

  @Field(() => Int, { description: '密码通行' })
  pin!: number;

  @Field(() => Int, { description: '志愿者登记通行' })
  volunteer!: number;

  @Field(() => Int, { description: '通行合计 (各方式之和)' })
  passes!: number;

  @Field(() => Float, { nullable: true, description: '刷脸占通行的比例 0-1; 无通行时为 null' })
  faceShare!: number | null;

  @Field(() => Int, { description: '拒绝通行' })
  denials!: number;

  @Field(() => Int, { description: '测温次数' })
  temperatureReadings!: number;

  @Field(() => Int, { description: '体温 ≥ 37.3 °C 的次数' })
  fever!: number;
}

@ObjectType('GateTrafficTotals', { implements: GateTraffic, description: '时间范围内的合计' })
export class GateTrafficTotals extends GateTraffic {}

@ObjectType('GateTrafficBucket', { implements: GateTraffic, description: '一个时间段 (小时或北京时间的一天) 的计数' })
export class GateTrafficBucket extends GateTraffic {
  @Field(() => Date, { description: '时间段开始 (UTC 时刻)' })
  at!: Date;
}

@ObjectType('GateOperationsRow', {
  implements: GateTraffic,
  description: '下一级范围 (区的街道, 街道的小区, 小区的出入口) 在时间范围内的合计',
})
export class GateOperationsRow extends GateTraffic {
  @Field(() => GatePlaceLevel)
  level!: GatePlaceLevel;

  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int, { description: '在用设备 (不含已退役)' })
  devices!: number;

  @Field(() => Int, { description: '其中离线的设备' })
  devicesOffline!: number;
}

@ObjectType('GateDeviceState', { description: '门禁设备的运行状态' })
export class GateDeviceState {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  gateId!: string;

  @Field(() => String)
  gateName!: string;

  @Field(() => ID)
  compoundId!: string;

  @Field(() => String)
  compoundName!: string;

  @Field(() => GateDeviceKind)
  kind!: GateDeviceKind;

  @Field(() => String)
  vendor!: string;

  @Field(() => String)
  serial!: string;

  @Field(() => String)
  firmware!: string;

  @Field(() => GateDeviceStatus, { description: 'ACTIVE 或 MAINTENANCE (已停用的设备不列出)' })
  status!: GateDeviceStatus;

  @Field(() => Int, { description: '心跳间隔 (秒); 超过 3 倍未收到任何消息即为离线' })
  heartbeatIntervalSeconds!: number;

  @Field(() => Boolean)
  online!: boolean;

  @Field(() => Date, { nullable: true, description: '最后一次收到该设备的事件或心跳; 从未收到为 null' })
  lastSeenAt!: Date | null;

  @Field(() => Date, { nullable: true, description: '离线设备从何时起失联 (即最后一次收到消息的时刻); 在线或从未上线为 null' })
  silentSince!: Date | null;
}

@ObjectType('GateDeviceSummary', { description: '范围内在用设备的在线情况' })
export class GateDeviceSummary {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  online!: number;

  @Field(() => Int)
  offline!: number;

  @Field(() => Int, { description: '维护中的设备' })
  maintenance!: number;
}

@ObjectType('GateOperations', { description: '门禁运行: 一个范围在时间范围内的通行、测温、拒绝和设备状态 (读小时汇总与设备表)' })
export class GateOperations {
  @Field(() => GatePlaceLevel)
  level!: GatePlaceLevel;

  @Field(() => ID)
  placeId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [GatePlaceRef], { description: '从区到本范围的各级 (含本级), 用于面包屑' })
  path!: GatePlaceRef[];

  @Field(() => Date, { description: '时间范围开始 (含), 已对齐到时间段' })
  from!: Date;

  @Field(() => Date, { description: '时间范围结束 (不含), 已对齐到时间段' })
  to!: Date;

  @Field(() => GateBucket)
  bucket!: GateBucket;

  @Field(() => GateTrafficTotals, { description: '时间范围内的合计' })
  totals!: GateTrafficTotals;

  @Field(() => [GateTrafficBucket], { description: '逐时间段, 无数据的时间段为 0' })
  series!: GateTrafficBucket[];

  @Field(() => [GateOperationsRow], { description: '有设备或有数据的下一级, 按通行量降序; 出入口没有下一级' })
  children!: GateOperationsRow[];

  @Field(() => GateDeviceSummary)
  deviceSummary!: GateDeviceSummary;

  @Field(() => [GateDeviceState], { description: '在用设备, 离线在前; 最多 1000 台' })
  devices!: GateDeviceState[];
}

@ObjectType('GateLiveActivity', { implements: GateTraffic, description: '一个出入口一批已入库事件的计数' })
export class GateLiveActivity extends GateTraffic {
  @Field(() => Int, { description: '车辆进出 (车牌识别)' })
  plates!: number;

  @Field(() => Int, { description: '门长时间未关' })
  doorHeldOpen!: number;

  @Field(() => Int, { description: '防拆报警' })
  tamper!: number;
}

@ObjectType('GateLiveDevice', { description: '设备状态变化' })
export class GateLiveDevice {
  @Field(() => ID)
  deviceId!: string;

  @Field(() => Boolean)
  online!: boolean;

  @Field(() => GateDeviceStatus)
  status!: GateDeviceStatus;

  @Field(() => Date, { nullable: true })
  lastSeenAt!: Date | null;
}

@ObjectType('GateLiveEvent', { description: '门禁实时事件 (订阅 gateLive)' })
export class GateLiveEvent {
  @Field(() => GateLiveEventKind)
  kind!: GateLiveEventKind;

  @Field(() => ID, { nullable: true, description: 'RESYNC 时为 null' })
  gateId!: string | null;

  @Field(() => ID, { nullable: true })
  compoundId!: string | null;

  @Field(() => ID, { nullable: true })
  streetId!: string | null;

  @Field(() => Date, { description: 'ACTIVITY: 本批最新事件的时间; DEVICE_STATUS: 最后一次收到消息的时间或通知时间; RESYNC: 通知时间' })
  at!: Date;

  @Field(() => GateLiveActivity, { nullable: true })
  activity!: GateLiveActivity | null;

  @Field(() => GateLiveDevice, { nullable: true })
  device!: GateLiveDevice | null;
}
