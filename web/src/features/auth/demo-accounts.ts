import type { Role } from '@/gql/graphql';

/**
 * The demo accounts `npm start` creates on first start (seeds/accounts.ts), for the sign-in
 * page's development hint. Shown only when NODE_ENV is not production.
 */
export const DEMO_LOGIN_PASSWORD = 'anju-demo-2026!';

export const DEMO_LOGINS: readonly { username: string; role: Role; place: string }[] = [
  { username: 'demo-district', role: 'DISTRICT_OFFICIAL', place: '东城区' },
  { username: 'demo-street', role: 'STREET_OFFICER', place: '东直门街道' },
  { username: 'demo-heping', role: 'STREET_OFFICER', place: '和平街街道' },
  { username: 'demo-community', role: 'COMMUNITY_OPERATOR', place: '东中街社区' },
  { username: 'demo-hotline', role: 'HOTLINE_AGENT', place: '东城区' },
  { username: 'demo-volunteer', role: 'VOLUNTEER_COORDINATOR', place: '东中街社区' },
  { username: 'demo-auditor', role: 'AUDITOR', place: '—' },
  { username: 'demo-admin', role: 'ADMIN', place: '—' },
];
