import { createHash } from 'node:crypto';

/** Namespace of every seed id, so they never collide with name-based ids minted by anything else. */
export const SEED_NAMESPACE = '7af850b8-e0e8-45e9-80bc-3f0167ab66d1';

/**
 * A name-based UUID in the version 5 layout (SHA-1 of namespace and key, RFC 9562): the same key
 * always gives the same id, which is what makes re-seeding an upsert instead of a duplicate.
 */
export function uuidFrom(key: string, namespace: string = SEED_NAMESPACE): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(key, 'utf8')
    .digest();
  hash.writeUInt8((hash.readUInt8(6) & 0x0f) | 0x50, 6);
  hash.writeUInt8((hash.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A stable number in [0, 1) for a key: variety in hand-written data without a random generator. */
export function fractionFrom(key: string): number {
  return createHash('sha1').update(key, 'utf8').digest().readUInt32BE(0) / 2 ** 32;
}
