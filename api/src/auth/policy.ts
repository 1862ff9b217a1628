import { Role } from './roles';

/**
 * Who may run each root operation: the one table that decides access. Resolvers never check
 * roles themselves; services cut rows to the caller's scope. An operation missing here is
 * refused at run time, and the authorization test fails, so a new operation cannot ship
 * without a decision.
 *
 * PUBLIC: no session needed. SESSION: any signed-in account (not a gate device), even one
 * that still has to pass or enrol its second factor, or change an expired password. DEVICE
 * keys may only ingest gate events (ingestGateEvents, and POST /ingest/gate-events outside GraphQL).
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

/** Property fees: the offices that push adoption read the figures, set contracts and import ledgers. */
const FEE_OFFICES = [Role.DISTRICT_OFFICIAL, Role.STREET_OFFICER] as const;

/** A compound's contract (company, fee per m²) is also a fact the 12345 hotline answers callers with. */
const FEE_CONTRACT_READERS = [Role.DISTRICT_OFFICIAL, Role.STREET_OFFICER, Role.HOTLINE_AGENT] as const;

/** Closure qualification results and rules: the offices that decide, and the hotline that answers "can my compound be closed?". */
const QUALIFICATION_READERS = [Role.DISTRICT_OFFICIAL, Role.STREET_OFFICER, Role.HOTLINE_AGENT] as const;

/** Assessments carry evidence notes and who recorded them: the offices only. */
const ASSESSMENT_READERS = [Role.DISTRICT_OFFICIAL, Role.STREET_OFFICER] as const;

/** Renovation projects: the street office runs them, the district follows them, 12345 answers "when is our gate done?". */
const RENOVATION_READERS = [Role.DISTRICT_OFFICIAL, Role.STREET_OFFICER, Role.HOTLINE_AGENT] as const;

/** Progress figures and alerts are for the offices that act on them. */
const RENOVATION_OVERSEERS = [Role.DISTRICT_OFFICIAL, Role.STREET_OFFICER] as const;

/** Street officers manage the projects of their street; district officials only read. */
const RENOVATION_MANAGERS = [Role.STREET_OFFICER] as const;

/**
 * The 12345 hotline. Agents search, read the answer card, log calls and close tickets after the
 * call back; street offices work their street's tickets and record a compound's hotline settings;
 * the district reads the figures and exports them. Nothing here shows unmasked personal data.
 */
const HOTLINE_READERS = [Role.HOTLINE_AGENT, Role.STREET_OFFICER, Role.DISTRICT_OFFICIAL] as const;
/** Templates are read by whoever answers or edits; district officials save their district's, ADMIN the platform's. */
const HOTLINE_TEMPLATE_READERS = [Role.HOTLINE_AGENT, Role.STREET_OFFICER, Role.DISTRICT_OFFICIAL, Role.ADMIN] as const;
const HOTLINE_TEMPLATE_EDITORS = [Role.DISTRICT_OFFICIAL, Role.ADMIN] as const;
const HOTLINE_FIGURE_READERS = [Role.DISTRICT_OFFICIAL, Role.STREET_OFFICER] as const;

const EVERY_ACCOUNT = [
  Role.DISTRICT_OFFICIAL,
  Role.STREET_OFFICER,
  Role.COMMUNITY_OPERATOR,
  Role.HOTLINE_AGENT,
  Role.VOLUNTEER_COORDINATOR,
  Role.AUDITOR,
  Role.ADMIN,
] as const;

/** Gate operations (rollups, device state, the live feed): the offices that watch gates, within their scope. */
const GATE_OPERATIONS_READERS = [Role.DISTRICT_OFFICIAL, Role.STREET_OFFICER] as const;

export const POLICY: { Query: Record<string, Access>; Mutation: Record<string, Access>; Subscription: Record<string, Access> } = {
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
    renovationProjects: RENOVATION_READERS,
    renovationProject: RENOVATION_READERS,
    renovationProgress: RENOVATION_OVERSEERS,
    alerts: RENOVATION_OVERSEERS,
    closureCandidates: QUALIFICATION_READERS,
    compoundQualification: QUALIFICATION_READERS,
    qualificationRuleSets: QUALIFICATION_READERS,
    compoundAssessments: ASSESSMENT_READERS,
    qualificationWhatIf: [Role.DISTRICT_OFFICIAL],
    feeContract: FEE_CONTRACT_READERS,
    feeAdoption: FEE_OFFICES,
    ledgerImport: FEE_OFFICES,
    ledgerTemplate: FEE_OFFICES,
    hotlineSearch: HOTLINE_READERS,
    hotlineCard: HOTLINE_READERS,
    hotlineTemplates: HOTLINE_TEMPLATE_READERS,
    hotlineTemplateVariables: HOTLINE_TEMPLATE_READERS,
    hotlineCalls: HOTLINE_READERS,
    hotlineCallerTickets: [Role.HOTLINE_AGENT],
    hotlineTickets: HOTLINE_READERS,
    hotlineTicket: HOTLINE_READERS,
    hotlineTimeLimits: HOTLINE_TEMPLATE_READERS,
    hotlineFigures: HOTLINE_FIGURE_READERS,
    gateOperations: GATE_OPERATIONS_READERS,
    gateDevices: [Role.ADMIN],
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
    revokeDeviceKey: [Role.ADMIN],
    setUserDisabled: [Role.ADMIN],
    unlockUser: [Role.ADMIN],
    revokeUserSessions: [Role.ADMIN],
    createRenovationProject: RENOVATION_MANAGERS,
    updateRenovationProject: RENOVATION_MANAGERS,
    advanceRenovationStage: RENOVATION_MANAGERS,
    correctRenovationStage: RENOVATION_MANAGERS,
    recordCompoundAssessment: [Role.STREET_OFFICER],
    createQualificationRuleSet: [Role.DISTRICT_OFFICIAL],
    activateQualificationRuleSet: [Role.DISTRICT_OFFICIAL],
    setFeeContract: FEE_OFFICES,
    startLedgerImport: FEE_OFFICES,
    exportAdoptionReport: FEE_OFFICES,
    saveHotlineTemplate: HOTLINE_TEMPLATE_EDITORS,
    logHotlineCall: [Role.HOTLINE_AGENT],
    assignHotlineTicket: [Role.STREET_OFFICER],
    respondHotlineTicket: [Role.STREET_OFFICER],
    resolveHotlineTicket: [Role.STREET_OFFICER],
    closeHotlineTicket: [Role.HOTLINE_AGENT],
    // Time limits hold for every district's tickets: a platform setting.
    setHotlineTimeLimit: [Role.ADMIN],
    setHotlineCompoundProfile: [Role.STREET_OFFICER],
    exportHotlineFigures: [Role.DISTRICT_OFFICIAL],
    createGateDevice: [Role.ADMIN],
    updateGateDevice: [Role.ADMIN],
    retireGateDevice: [Role.ADMIN],
    rotateGateDeviceKey: [Role.ADMIN],
    // Gate devices only, for their own gate (the service checks the gate of every event).
    ingestGateEvents: [Role.DEVICE],
  },
  // Over graphql-ws only (api/src/graphql/subscriptions.ts applies this table to each subscribe).
  Subscription: {
    gateLive: GATE_OPERATIONS_READERS,
  },
};

export type OperationType = keyof typeof POLICY;

export function accessFor(type: OperationType, field: string): Access | undefined {
  return Object.prototype.hasOwnProperty.call(POLICY[type], field) ? POLICY[type][field] : undefined;
}
