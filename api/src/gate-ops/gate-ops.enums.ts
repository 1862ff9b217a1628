import { registerEnumType } from 'type-graphql';

/** The place a gate-operations figure is for; each level drills down into the next. */
export enum GatePlaceLevel {
  DISTRICT = 'DISTRICT',
  STREET = 'STREET',
  COMPOUND = 'COMPOUND',
  GATE = 'GATE',
}

/** How the series is cut: by hour, or by Beijing calendar day. */
export enum GateBucket {
  HOUR = 'HOUR',
  DAY = 'DAY',
}

/** What a live event says. */
export enum GateLiveEventKind {
  /** A committed ingest batch of one gate: counts by kind and method. */
  ACTIVITY = 'ACTIVITY',
  /** A device went online or offline, or its registry status changed. */
  DEVICE_STATUS = 'DEVICE_STATUS',
  /** Events may have been missed (the API lost its database connection or the client fell behind): refetch. */
  RESYNC = 'RESYNC',
}

registerEnumType(GatePlaceLevel, {
  name: 'GatePlaceLevel',
  description: '门禁运行统计的范围层级',
  valuesConfig: {
    DISTRICT: { description: '区' },
    STREET: { description: '街道' },
    COMPOUND: { description: '小区' },
    GATE: { description: '出入口' },
  },
});

registerEnumType(GateBucket, {
  name: 'GateBucket',
  description: '时间粒度',
  valuesConfig: { HOUR: { description: '按小时' }, DAY: { description: '按天 (北京时间)' } },
});

registerEnumType(GateLiveEventKind, {
  name: 'GateLiveEventKind',
  description: '实时事件类型',
  valuesConfig: {
    ACTIVITY: { description: '通行活动 (一批已入库事件的计数)' },
    DEVICE_STATUS: { description: '设备在线状态或登记状态变化' },
    RESYNC: { description: '可能漏收了事件, 请重新查询' },
  },
});
