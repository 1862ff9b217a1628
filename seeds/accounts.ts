import type { DataSource } from 'typeorm';
import { type AuthService } from '../api/src/auth/auth.service';
import { Role } from '../api/src/auth/roles';
import type { Config } from '../api/src/config';
import { createServices } from '../api/src/services';
import { DEMO_IDS } from './demo';

/**
 * One demo account per role, all with this password. Demo accounts are marked is_demo, and the
 * API refuses to start in production while any exist.
 */
export const DEMO_PASSWORD = 'anju-demo-2026!';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  place: string;
  districtId?: string;
  streetId?: string;
  communityId?: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'demo-district',
    displayName: '东城区住建委 王科长',
    role: Role.DISTRICT_OFFICIAL,
    place: '东城区',
    districtId: DEMO_IDS.dongcheng,
  },
  {
    username: 'demo-street',
    displayName: '东直门街道 李主任',
    role: Role.STREET_OFFICER,
    place: '东直门街道',
    streetId: DEMO_IDS.dongzhimen,
  },
  {
    // 樱花园小区's street office: the demo's smart gates (seeds/gate-operations.ts) are in its street.
    username: 'demo-heping',
    displayName: '和平街街道 刘主任',
    role: Role.STREET_OFFICER,
    place: '和平街街道',
    streetId: DEMO_IDS.hepingjie,
  },
  {
    username: 'demo-community',
    displayName: '东中街社区 赵书记',
    role: Role.COMMUNITY_OPERATOR,
    place: '东中街社区',
    communityId: DEMO_IDS.dongzhongjieCommunity,
  },
  {
    username: 'demo-hotline',
    displayName: '12345 热线 陈话务员',
    role: Role.HOTLINE_AGENT,
    place: '东城区',
    districtId: DEMO_IDS.dongcheng,
  },
  {
    // Takes 樱花园小区's calls: its tickets go to demo-heping (和平街街道).
    username: 'demo-hotline-cy',
    displayName: '12345 热线 孙话务员',
    role: Role.HOTLINE_AGENT,
    place: '朝阳区',
    districtId: DEMO_IDS.chaoyang,
  },
  {
    username: 'demo-volunteer',
    displayName: '东中街社区 孙协调员',
    role: Role.VOLUNTEER_COORDINATOR,
    place: '东中街社区',
    communityId: DEMO_IDS.dongzhongjieCommunity,
  },
  { username: 'demo-auditor', displayName: '审计员 周', role: Role.AUDITOR, place: '全区' },
  { username: 'demo-admin', displayName: '系统管理员 吴', role: Role.ADMIN, place: '全区' },
];

/** Creates the demo accounts that do not exist yet (idempotent). Returns the user names created. */
export async function seedDemoAccounts(db: DataSource, config: Config): Promise<string[]> {
  const auth: AuthService = createServices(db, config).auth;
  const created: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const [{ exists }] = (await db.query(`SELECT EXISTS (SELECT 1 FROM app_user WHERE username = $1) AS exists`, [account.username])) as [
      { exists: boolean },
    ];
    if (exists) continue;
    await auth.createUser({ ...account, password: DEMO_PASSWORD, isDemo: true }, null, { requestId: 'seed', ip: null });
    created.push(account.username);
  }
  return created;
}
