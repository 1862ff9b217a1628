import type { Role } from '@/gql/graphql';

/**
 * What each role may use in the dashboard: the one table the navigation, the start page after
 * sign-in and the "no permission" state all read. The API decides what data a role gets (and
 * cuts it to the role's place); this table only keeps the dashboard from offering what the API
 * would refuse.
 */

/** Pages that exist, with where they live. */
export const LIVE_PAGES = {
  overview: '/',
  compounds: '/compounds',
  residents: '/residents',
  users: '/admin/users',
  devices: '/admin/devices',
  audit: '/audit',
  auditVerification: '/audit',
  qualification: '/qualification',
  renovation: '/renovation',
  fees: '/fees',
  gates: '/gates',
  hotline: '/hotline',
  tickets: '/hotline/tickets',
  templates: '/hotline/templates',
  timeLimits: '/hotline/time-limits',
} as const;

export type LivePage = keyof typeof LIVE_PAGES;

/** Areas that are planned but not built yet; shown so users know what is coming. */
export type ComingSoon = 'volunteers';

export type NavKey = LivePage | ComingSoon;

export interface RoleNav {
  live: readonly LivePage[];
  soon: readonly ComingSoon[];
}

export const ROLE_NAV: Record<Role, RoleNav> = {
  DISTRICT_OFFICIAL: {
    live: ['overview', 'compounds', 'residents', 'qualification', 'renovation', 'fees', 'gates', 'hotline', 'tickets', 'templates'],
    soon: [],
  },
  // The street office works its street's 12345 tickets and follows its hotline figures.
  STREET_OFFICER: {
    live: ['overview', 'compounds', 'residents', 'qualification', 'renovation', 'fees', 'gates', 'hotline', 'tickets'],
    soon: [],
  },
  COMMUNITY_OPERATOR: { live: ['compounds', 'residents'], soon: [] },
  // 12345 starts at the console; results and projects stay readable for the questions the card does not cover.
  HOTLINE_AGENT: { live: ['hotline', 'tickets', 'templates', 'compounds', 'qualification', 'renovation'], soon: [] },
  VOLUNTEER_COORDINATOR: { live: ['compounds'], soon: ['volunteers'] },
  AUDITOR: { live: ['audit'], soon: [] },
  // ADMIN may run auditVerification but not auditLog: the audit page then shows only the check.
  // ADMIN sets the platform's ticket time limits (hotlineTimeLimits / setHotlineTimeLimit).
  ADMIN: { live: ['overview', 'compounds', 'users', 'devices', 'auditVerification', 'templates', 'timeLimits'], soon: [] },
  // Gate devices use API keys; they never sign in to the dashboard.
  DEVICE: { live: [], soon: [] },
};

/**
 * What a role may do with residents on /residents (the API's policy decides; this only keeps the
 * page from offering the rest). The residents' committee registers and sees masked data only, and
 * may neither reveal nor export (DOMAIN: local operators cannot see full information or export it);
 * the offices above it reveal and export, each time with a reason that goes into the audit log.
 */
export const RESIDENT_ACTIONS: Record<Role, { register: boolean; reveal: boolean; export: boolean }> = {
  DISTRICT_OFFICIAL: { register: false, reveal: true, export: true },
  STREET_OFFICER: { register: false, reveal: true, export: true },
  COMMUNITY_OPERATOR: { register: true, reveal: false, export: false },
  HOTLINE_AGENT: { register: false, reveal: false, export: false },
  VOLUNTEER_COORDINATOR: { register: false, reveal: false, export: false },
  AUDITOR: { register: false, reveal: false, export: false },
  ADMIN: { register: false, reveal: false, export: false },
  DEVICE: { register: false, reveal: false, export: false },
};

/**
 * Closure qualification (/qualification): everyone offered the page reads the results; the street
 * office records assessments, the district sets the rules (and tries a draft first); assessment
 * history carries evidence notes and names, so the hotline does not see it.
 */
export const QUALIFICATION_ACTIONS: Record<Role, { history: boolean; assess: boolean; rules: boolean }> = {
  DISTRICT_OFFICIAL: { history: true, assess: false, rules: true },
  STREET_OFFICER: { history: true, assess: true, rules: false },
  COMMUNITY_OPERATOR: { history: false, assess: false, rules: false },
  HOTLINE_AGENT: { history: false, assess: false, rules: false },
  VOLUNTEER_COORDINATOR: { history: false, assess: false, rules: false },
  AUDITOR: { history: false, assess: false, rules: false },
  ADMIN: { history: false, assess: false, rules: false },
  DEVICE: { history: false, assess: false, rules: false },
};

/**
 * Renovation projects (/renovation): the offices follow progress figures and overdue alerts; only
 * the street office moves a project's stage; the hotline reads the projects alone.
 */
export const RENOVATION_ACTIONS: Record<Role, { progress: boolean; manage: boolean }> = {
  DISTRICT_OFFICIAL: { progress: true, manage: false },
  STREET_OFFICER: { progress: true, manage: true },
  COMMUNITY_OPERATOR: { progress: false, manage: false },
  HOTLINE_AGENT: { progress: false, manage: false },
  VOLUNTEER_COORDINATOR: { progress: false, manage: false },
  AUDITOR: { progress: false, manage: false },
  ADMIN: { progress: false, manage: false },
  DEVICE: { progress: false, manage: false },
};

/**
 * Property fees (/fees): the offices that push adoption read the figures, set a compound's
 * contract, import its monthly ledgers and export the report (with an audited reason). The
 * hotline may read a contract through the API, but has no fee page.
 */
export const FEE_ACTIONS: Record<Role, { adoption: boolean; contract: boolean; import: boolean; export: boolean }> = {
  DISTRICT_OFFICIAL: { adoption: true, contract: true, import: true, export: true },
  STREET_OFFICER: { adoption: true, contract: true, import: true, export: true },
  COMMUNITY_OPERATOR: { adoption: false, contract: false, import: false, export: false },
  HOTLINE_AGENT: { adoption: false, contract: false, import: false, export: false },
  VOLUNTEER_COORDINATOR: { adoption: false, contract: false, import: false, export: false },
  AUDITOR: { adoption: false, contract: false, import: false, export: false },
  ADMIN: { adoption: false, contract: false, import: false, export: false },
  DEVICE: { adoption: false, contract: false, import: false, export: false },
};

/**
 * The 12345 hotline (/hotline and below), as the API's policy allows: agents answer calls and close
 * tickets after the call back; the street office works its tickets; the offices read the figures,
 * the district exports them (audited); the district and the platform admin edit answer templates.
 */
export const HOTLINE_ACTIONS: Record<
  Role,
  { console: boolean; figures: boolean; export: boolean; work: boolean; close: boolean; editTemplates: boolean }
> = {
  DISTRICT_OFFICIAL: { console: false, figures: true, export: true, work: false, close: false, editTemplates: true },
  STREET_OFFICER: { console: false, figures: true, export: false, work: true, close: false, editTemplates: false },
  COMMUNITY_OPERATOR: { console: false, figures: false, export: false, work: false, close: false, editTemplates: false },
  HOTLINE_AGENT: { console: true, figures: false, export: false, work: false, close: true, editTemplates: false },
  VOLUNTEER_COORDINATOR: { console: false, figures: false, export: false, work: false, close: false, editTemplates: false },
  AUDITOR: { console: false, figures: false, export: false, work: false, close: false, editTemplates: false },
  ADMIN: { console: false, figures: false, export: false, work: false, close: false, editTemplates: true },
  DEVICE: { console: false, figures: false, export: false, work: false, close: false, editTemplates: false },
};

/** Who records a compound's hotline settings (setHotlineCompoundProfile in api/src/auth/policy.ts): the street office. */
export const HOTLINE_SETTINGS_EDITORS: readonly Role[] = ['STREET_OFFICER'];

/** Pages open to every signed-in account, whatever the role (enrolment, password). */
const ACCOUNT_PAGES = ['/account/security', '/account/password'];

/** Pages reachable without a session. */
export const PUBLIC_PAGES = ['/login'];

export const isPublicPath = (pathname: string) => PUBLIC_PAGES.includes(pathname);
export const isAccountPath = (pathname: string) => ACCOUNT_PAGES.includes(pathname);

function pageOf(pathname: string): LivePage[] | undefined {
  if (pathname === '/') return ['overview'];
  if (pathname === '/compounds' || pathname.startsWith('/compounds/')) return ['compounds'];
  if (pathname === '/residents') return ['residents'];
  if (pathname === '/admin/users') return ['users'];
  if (pathname === '/admin/devices') return ['devices'];
  if (pathname === '/audit') return ['audit', 'auditVerification'];
  if (pathname === '/qualification' || pathname.startsWith('/qualification/')) return ['qualification'];
  if (pathname === '/renovation' || pathname.startsWith('/renovation/')) return ['renovation'];
  if (pathname === '/fees') return ['fees'];
  if (pathname === '/gates' || pathname.startsWith('/gates/')) return ['gates'];
  if (pathname === '/hotline/templates') return ['templates'];
  if (pathname === '/hotline/time-limits') return ['timeLimits'];
  // A compound's hotline settings belong to the ticket work; the page itself admits HOTLINE_SETTINGS_EDITORS only.
  if (pathname.startsWith('/hotline/compounds/')) return ['tickets'];
  if (pathname === '/hotline/tickets' || pathname.startsWith('/hotline/tickets/')) return ['tickets'];
  if (pathname === '/hotline') return ['hotline'];
  return undefined;
}

/** Whether the role may open this page; unknown paths are left to the not-found page. */
export function mayOpen(role: Role, pathname: string): boolean {
  const pages = pageOf(pathname);
  return !pages || pages.some((page) => ROLE_NAV[role].live.includes(page));
}

/** Where a role starts after signing in: its first page. */
export function roleHome(role: Role): string {
  const first = ROLE_NAV[role].live[0];
  return first ? LIVE_PAGES[first] : '/account/security';
}

/**
 * The `next` parameter, when it is a path on this site (never another origin: `//host`,
 * `/\host` and absolute URLs are refused), and not the sign-in page itself.
 */
export function safeNext(next: string | null | undefined): string | undefined {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return undefined;
  try {
    const url = new URL(next, 'http://anju.invalid');
    if (url.origin !== 'http://anju.invalid' || isPublicPath(url.pathname)) return undefined;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return undefined;
  }
}

/** The sign-in page URL that returns to `current` afterwards. */
export function loginHref(current: string, expired: boolean): string {
  const query = new URLSearchParams();
  const next = safeNext(current);
  if (next && next !== '/') query.set('next', next);
  if (expired) query.set('expired', '1');
  const qs = query.toString();
  return qs ? `/login?${qs}` : '/login';
}
