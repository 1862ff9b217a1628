import { Role } from './roles';

/**
 * Who may run each root operation: the one table that decides access. Resolvers never check
 * roles themselves; services cut rows to the caller's scope. An operation missing here is
 * refused at run time, and the authorization test fails, so a new operation cannot ship
 * without a decision.
 *
 * PUBLIC: no session needed. SESSION: any signed-in account (not a gate device), even one
 * that still has to pass or enrol its second factor, or change an expired password. DEVICE
 * keys get nothing yet: gate ingest arrives with the telemetry module.
 */
export type Access = 'PUBLIC' | 'SESSION' | readonly Role[];

const PLACE_READERS = [
  Role.DISTRICT_OFFICIAL,
  Role.STREET_OFFICER,
  Role.COMMUNITY_OPERATOR,
  Role.HOTLINE_AGENT,
  Role.VOLUNTEER_COORDINATOR,
  Role.ADMIN,
] as const;

/** Residents, masked: the committee that registers them and the offices above it. HOTLINE_AGENT never. */
const RESIDENT_READERS = [Role.DISTRICT_OFFICIAL, Role.STREET_OFFICER, Role.COMMUNITY_OPERATOR] as const;

/** Unmasked reads and exports, each with a reason and audited (these roles must use TOTP). */
const PERSONAL_DATA_REVEALERS = [Role.DISTRICT_OFFICIAL, Role.STREET_OFFICER] as const;

const EVERY_ACCOUNT = [
  Role.DISTRICT_OFFICIAL,
  Role.STREET_OFFICER,
  Role.COMMUNITY_OPERATOR,
  Role.HOTLINE_AGENT,
  Role.VOLUNTEER_COORDINATOR,
  Role.AUDITOR,
  Role.ADMIN,
] as const;

export const POLICY: { Query: Record<string, Access>; Mutation: Record<string, Access> } = {
  Query: {
    me: 'PUBLIC',
    districts: PLACE_READERS,
    district: PLACE_READERS,
    streets: PLACE_READERS,
    street: PLACE_READERS,
    communities: PLACE_READERS,
    community: PLACE_READERS,
    compounds: PLACE_READERS,
    compound: PLACE_READERS,
    residents: RESIDENT_READERS,
    resident: RESIDENT_READERS,
    users: [Role.ADMIN],
    deviceKeys: [Role.ADMIN],
    auditLog: [Role.AUDITOR],
    auditVerification: [Role.AUDITOR, Role.ADMIN],
    user: [Role.ADMIN],
  },
  Mutation: {
    login: 'PUBLIC',
    logout: 'SESSION',
    changePassword: 'SESSION',
    startTotpEnrolment: 'SESSION',
    confirmTotpEnrolment: 'SESSION',
    regenerateRecoveryCodes: EVERY_ACCOUNT,
    registerResident: [Role.COMMUNITY_OPERATOR],
    revealResident: PERSONAL_DATA_REVEALERS,
    exportResidents: PERSONAL_DATA_REVEALERS,
    createUser: [Role.ADMIN],
    createDeviceKey: [Role.ADMIN],
    revokeDeviceKey: [Role.ADMIN],
    setUserDisabled: [Role.ADMIN],
    unlockUser: [Role.ADMIN],
    revokeUserSessions: [Role.ADMIN],
  },
};

export type OperationType = keyof typeof POLICY;

export function accessFor(type: OperationType, field: string): Access | undefined {
  return Object.prototype.hasOwnProperty.call(POLICY[type], field) ? POLICY[type][field] : undefined;
}
