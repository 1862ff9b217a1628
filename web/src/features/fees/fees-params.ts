import type { FeeAreaInput } from '@/gql/graphql';

/**
 * The fee page's URL state: the area (district → street → compound: the deepest one set is the
 * area), the month range, and the month whose next level is open in the table.
 */
export interface FeesParams {
  district?: string;
  street?: string;
  compound?: string;
  /** YYYY-MM; unset: from the area's first billed month. */
  from?: string;
  /** YYYY-MM; unset: to the area's last billed month. */
  to?: string;
  /** YYYY-MM: the month drilled into. */
  month?: string;
}

interface QueryStringReader {
  get(name: string): string | null;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const isMonth = (value: string | null | undefined): value is string => Boolean(value && MONTH.test(value));

const nonEmpty = (value: string | null) => (value ? value : undefined);
const month = (value: string | null) => (isMonth(value) ? value : undefined);

export function parseFeesParams(query: QueryStringReader): FeesParams {
  return {
    district: nonEmpty(query.get('district')),
    street: nonEmpty(query.get('street')),
    compound: nonEmpty(query.get('compound')),
    from: month(query.get('from')),
    to: month(query.get('to')),
    month: month(query.get('month')),
  };
}

export function feesHref(p: FeesParams): string {
  const query = new URLSearchParams();
  if (p.district) query.set('district', p.district);
  if (p.street) query.set('street', p.street);
  if (p.compound) query.set('compound', p.compound);
  if (p.from) query.set('from', p.from);
  if (p.to) query.set('to', p.to);
  if (p.month) query.set('month', p.month);
  const qs = query.toString();
  return qs ? `/fees?${qs}` : '/fees';
}

/** The area the figures are for: the compound, else the street, else the district. */
export function feeArea(p: { district?: string; street?: string; compound?: string }): FeeAreaInput | undefined {
  if (p.compound) return { level: 'COMPOUND', id: p.compound };
  if (p.street) return { level: 'STREET', id: p.street };
  if (p.district) return { level: 'DISTRICT', id: p.district };
  return undefined;
}

/** The month after `month` (YYYY-MM). */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** This month in Beijing, YYYY-MM. */
export function currentMonth(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);
}

/** The API's cap on an uploaded ledger (docs/operations.md): checked before the file is read. */
export const LEDGER_MAX_BYTES = 20 * 1024 * 1024;
export const LEDGER_ERROR_PAGE_SIZE = 20;
/** How often a running import is asked for its progress. */
export const IMPORT_POLL_MS = 1000;
