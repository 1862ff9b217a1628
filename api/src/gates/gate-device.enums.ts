import { registerEnumType } from 'type-graphql';

export enum GateDeviceKind {
  FACE_DOOR = 'FACE_DOOR',
  TEMPERATURE_SCREEN = 'TEMPERATURE_SCREEN',
  VEHICLE_GATE = 'VEHICLE_GATE',
  CARD_READER = 'CARD_READER',
}

export enum GateDeviceStatus {
  ACTIVE = 'ACTIVE',
  MAINTENANCE = 'MAINTENANCE',
  RETIRED = 'RETIRED',
}

registerEnumType(GateDeviceKind, {
  name: 'GateDeviceKind',
  description: '门禁设备类型',
  valuesConfig: {
    FACE_DOOR: { description: '人脸识别门禁' },
    TEMPERATURE_SCREEN: { description: '测温屏' },
    VEHICLE_GATE: { description: '人车识别道闸 / 车牌识别' },
    CARD_READER: { description: '刷卡器' },
  },
});
registerEnumType(GateDeviceStatus, {
  name: 'GateDeviceStatus',
  description: '设备状态',
  valuesConfig: {
    ACTIVE: { description: '在用' },
    MAINTENANCE: { description: '维护中' },
    RETIRED: { description: '已停用 (密钥已吊销, 不再接收数据)' },
  },
});
