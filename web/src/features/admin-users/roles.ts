import type { Role } from '@/gql/graphql';

/** Roles an account can have (DEVICE is for gate keys), in the order the form lists them. */
export const ACCOUNT_ROLES: readonly Role[] = [
  'DISTRICT_OFFICIAL',
  'STREET_OFFICER',
  'COMMUNITY_OPERATOR',
  'HOTLINE_AGENT',
  'VOLUNTEER_COORDINATOR',
  'AUDITOR',
  'ADMIN',
];

export type PlaceLevel = 'district' | 'street' | 'community';

/** The level of place each role is bound to (as api/src/auth/roles.ts); null: no place. */
export const ROLE_PLACE_LEVEL: Record<Role, PlaceLevel | null> = {
  DISTRICT_OFFICIAL: 'district',
  HOTLINE_AGENT: 'district',
  STREET_OFFICER: 'street',
  COMMUNITY_OPERATOR: 'community',
  VOLUNTEER_COORDINATOR: 'community',
  AUDITOR: null,
  ADMIN: null,
  DEVICE: null,
};

const DEPTH: Record<PlaceLevel, number> = { district: 1, street: 2, community: 3 };

/** Whether the form asks for a place at `level` for this role (a street officer picks district, then street). */
export function asksFor(role: Role, level: PlaceLevel): boolean {
  const own = ROLE_PLACE_LEVEL[role];
  return own !== null && DEPTH[level] <= DEPTH[own];
}
