import { registerEnumType } from 'type-graphql';

/** Who a session acts as. Each role but ADMIN and AUDITOR is bound to a place (see Scope). */
export enum Role {
  DISTRICT_OFFICIAL = 'DISTRICT_OFFICIAL',
  STREET_OFFICER = 'STREET_OFFICER',
  COMMUNITY_OPERATOR = 'COMMUNITY_OPERATOR',
  HOTLINE_AGENT = 'HOTLINE_AGENT',
  VOLUNTEER_COORDINATOR = 'VOLUNTEER_COORDINATOR',
  AUDITOR = 'AUDITOR',
  ADMIN = 'ADMIN',
  /** A gate device's API key; ingest only, for its own gate. */
  DEVICE = 'DEVICE',
}

registerEnumType(Role, {
  name: 'Role',
  description: '角色',
  valuesConfig: {
    DISTRICT_OFFICIAL: { description: '区级: 本区' },
    STREET_OFFICER: { description: '街道: 本街道' },
    COMMUNITY_OPERATOR: { description: '社区居委会: 本社区, 仅脱敏数据, 无导出' },
    HOTLINE_AGENT: { description: '12345 热线: 本区小区信息, 不见未脱敏居民数据' },
    VOLUNTEER_COORDINATOR: { description: '志愿者协调员: 本社区排班' },
    AUDITOR: { description: '审计员: 只读审计日志' },
    ADMIN: { description: '管理员: 账户、设备、密钥; 默认不见居民数据' },
    DEVICE: { description: '门禁设备: 仅上报本门数据' },
  },
});

/** The level of the place a role is bound to; null for roles without a place. */
export const ROLE_SCOPE_LEVEL: Record<Role, 'district' | 'street' | 'community' | 'gate' | null> = {
  [Role.DISTRICT_OFFICIAL]: 'district',
  [Role.HOTLINE_AGENT]: 'district',
  [Role.STREET_OFFICER]: 'street',
  [Role.COMMUNITY_OPERATOR]: 'community',
  [Role.VOLUNTEER_COORDINATOR]: 'community',
  [Role.AUDITOR]: null,
  [Role.ADMIN]: null,
  [Role.DEVICE]: 'gate',
};

/**
 * Roles that must pass a second factor before doing anything but enrolling it: those that can
 * reveal or export personal data, and ADMIN and AUDITOR (MLPS level 3 asks for two factors).
 */
export const SECOND_FACTOR_REQUIRED: ReadonlySet<Role> = new Set([Role.DISTRICT_OFFICIAL, Role.STREET_OFFICER, Role.AUDITOR, Role.ADMIN]);

/** Human accounts; DEVICE keys are not users. */
export const USER_ROLES: readonly Role[] = Object.values(Role).filter((role) => role !== Role.DEVICE);
