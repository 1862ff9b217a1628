import type { HotlineCategory, HotlineTicketStatus } from '@/gql/graphql';

/** The card's order: the four questions callers ask most, as the API answers them. */
export const HOTLINE_CATEGORIES: readonly HotlineCategory[] = ['SUITABILITY', 'PROGRESS', 'FACE_REGISTRATION', 'PRIVACY'];

/** The status machine the API enforces, one step at a time. */
export const TICKET_STATUSES: readonly HotlineTicketStatus[] = ['NEW', 'ASSIGNED', 'RESPONDED', 'RESOLVED', 'CLOSED'];
