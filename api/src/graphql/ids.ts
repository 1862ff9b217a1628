import { badInput } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids are UUIDs. Anything else cannot name a row, so it is refused before it reaches SQL (where
 * PostgreSQL would raise a cast error that looks like a server fault).
 */
export function parseId(field: string, value: string): string {
  if (!UUID.test(value)) throw badInput(field, 'is not a valid id');
  return value.toLowerCase();
}

/** For lookups: an id that is not a UUID names nothing, so it is simply not found. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
