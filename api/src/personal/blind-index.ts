import { createHmac } from 'node:crypto';
import { normalize, type PersonalKind } from './normalize';

/**
 * Blind indexes: exact lookups over encrypted values without storing plaintext. The index is
 * HMAC-SHA256 (key BLIND_INDEX_KEY) of the canonical form, so spelling variants of one phone or
 * plate give one index. Each kind has its own prefix: the same digits as a phone and as an ID
 * number give different indexes, and an index of one kind cannot be matched against another.
 *
 * Without the key an index cannot be recomputed, but it is still deterministic: equal values
 * show as equal indexes. Store it in its own column, 64 hex characters.
 */

export type BlindIndexKind = Exclude<PersonalKind, 'name'>;

const DOMAIN = 'anju/blind-index/v1/';

export function blindIndex(key: Buffer, kind: BlindIndexKind, value: string): string {
  const canonical = normalize(kind, value);
  // Otherwise every blank value would match every other blank value.
  if (canonical === '') throw new RangeError(`a blind index of an empty ${kind} is meaningless`);
  return createHmac('sha256', key).update(`${DOMAIN}${kind}\0`).update(canonical, 'utf8').digest('hex');
}
