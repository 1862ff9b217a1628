import { registerEnumType } from 'type-graphql';

/** The four questions residents call 12345 about most (Beijing Daily, 2020-08-03). */
export enum HotlineCategory {
  /** 什么小区适合封闭式改造? */
  SUITABILITY = 'SUITABILITY',
  /** 改造进展, and 装新门禁能解决老问题吗? */
  PROGRESS = 'PROGRESS',
  /** 注册人脸识别系统麻烦吗? */
  FACE_REGISTRATION = 'FACE_REGISTRATION',
  /** 居民的信息安全如何保障? */
  PRIVACY = 'PRIVACY',
}

export const CATEGORIES: readonly HotlineCategory[] = Object.values(HotlineCategory);

/** A follow-up ticket moves one step forward at a time, never back. */
export enum TicketStatus {
  NEW = 'NEW',
  ASSIGNED = 'ASSIGNED',
  RESPONDED = 'RESPONDED',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}

export const TICKET_ORDER: readonly TicketStatus[] = Object.values(TicketStatus);

/** The caller's verdict when the hotline calls back to close a ticket (Beijing's 满意率). */
export enum Satisfaction {
  SATISFIED = 'SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  DISSATISFIED = 'DISSATISFIED',
}

/** Ways through a gate for anyone who declines face recognition. */
export enum NonFaceMethod {
  CARD = 'CARD',
  QR_CODE = 'QR_CODE',
  PIN = 'PIN',
}

export const NON_FACE_LABEL: Record<NonFaceMethod, string> = {
  [NonFaceMethod.CARD]: '门禁卡',
  [NonFaceMethod.QR_CODE]: '手机二维码',
  [NonFaceMethod.PIN]: '密码',
};

export const CATEGORY_LABEL: Record<HotlineCategory, string> = {
  [HotlineCategory.SUITABILITY]: '能否封闭改造',
  [HotlineCategory.PROGRESS]: '改造进展与效果',
  [HotlineCategory.FACE_REGISTRATION]: '人脸识别登记',
  [HotlineCategory.PRIVACY]: '个人信息安全',
};

/** What a search hit matched on, so the agent sees why a compound is offered. */
export enum HotlineMatch {
  NAME = 'NAME',
  ADDRESS = 'ADDRESS',
  PINYIN = 'PINYIN',
  INITIALS = 'INITIALS',
  BUILDING = 'BUILDING',
}

registerEnumType(HotlineCategory, {
  name: 'HotlineCategory',
  description: '12345 来电问题类别',
  valuesConfig: {
    SUITABILITY: { description: '能否封闭改造 (是否具备改造条件)' },
    PROGRESS: { description: '改造进展与效果 (阶段、日期、开放的大门; 能否解决老问题)' },
    FACE_REGISTRATION: { description: '人脸识别登记 (在哪办、带什么、老人怎么办、不刷脸怎么进)' },
    PRIVACY: { description: '个人信息安全' },
  },
});
registerEnumType(TicketStatus, {
  name: 'HotlineTicketStatus',
  description: '工单状态, 只能逐级推进: 新建 → 已派单 → 已答复 → 已解决 → 已办结',
  valuesConfig: {
    NEW: { description: '新建' },
    ASSIGNED: { description: '已派单 (街道已接单)' },
    RESPONDED: { description: '已答复 (街道答复对下一位接线员可见)' },
    RESOLVED: { description: '已解决' },
    CLOSED: { description: '已办结 (热线回访后)' },
  },
});
registerEnumType(Satisfaction, {
  name: 'HotlineSatisfaction',
  description: '回访满意度',
  valuesConfig: {
    SATISFIED: { description: '满意' },
    BASICALLY_SATISFIED: { description: '基本满意' },
    DISSATISFIED: { description: '不满意' },
  },
});
registerEnumType(NonFaceMethod, {
  name: 'NonFaceMethod',
  description: '不刷脸的进门方式',
  valuesConfig: {
    CARD: { description: '门禁卡' },
    QR_CODE: { description: '手机二维码' },
    PIN: { description: '密码' },
  },
});
registerEnumType(HotlineMatch, {
  name: 'HotlineMatch',
  description: '检索命中方式',
  valuesConfig: {
    NAME: { description: '名称或别名' },
    ADDRESS: { description: '地址' },
    PINYIN: { description: '拼音 (含同音错字)' },
    INITIALS: { description: '拼音首字母' },
    BUILDING: { description: '楼号' },
  },
});
