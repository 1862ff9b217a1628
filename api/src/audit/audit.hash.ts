import { createHash } from 'node:crypto';

/**
 * The fields an entry's hash covers, as the database prints them: `seq` in decimal, `occurred_at`
 * in UTC with microseconds (`2025-11-26T08:00:00.123000Z`), `actor_id` and `ip` as PostgreSQL
 * prints them (`uuid::text`; `abbrev(ip)`, e.g. `10.0.0.1`, `::ffff:10.0.0.1`), `details` as the
 * stored JSON object. Absent values are null, never left out.
 */
export interface HashedFields {
  seq: string;
  occurred_at: string;
  actor_id: string | null;
  actor_name: string | null;
  actor_role: string | null;
  action: string;
  outcome: string;
  target_type: string | null;
  target_id: string | null;
  reason: string | null;
  request_id: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

/**
 * RFC 8785 (JCS) canonical JSON: object keys sorted by UTF-16 code units at every level, no
 * whitespace, strings and numbers as ECMAScript's JSON.stringify writes them.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * hash = SHA-256(prev_hash || UTF-8(canonical JSON of the fields)), where prev_hash is the
 * previous entry's 32-byte hash, or nothing for the very first entry.
 */
export function entryHash(prevHash: Buffer | null, fields: HashedFields): Buffer {
  const sha = createHash('sha256');
  if (prevHash) sha.update(prevHash);
  sha.update(canonicalJson(fields), 'utf8');
  return sha.digest();
}
