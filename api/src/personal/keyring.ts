/**
 * Encryption keys for personal data, from PERSONAL_DATA_KEYS: comma-separated `keyId:base64key`
 * entries. All of them decrypt; the last one is the newest and encrypts. Rotating means appending
 * a key, re-encrypting (`npm run keys:rotate`), then dropping the old one.
 *
 * Error messages name entries and key ids, never key material.
 */

export const KEY_BYTES = 32;
export const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

/** The expected forms; parse errors start with them, so they complete "VARIABLE must be ...". */
export const KEYRING_FORM = 'comma-separated keyId:base64key entries, each key 32 bytes';
export const KEY_FORM = 'the base64 of 32 bytes';

/** A key is missing, unknown or malformed. */
export class PersonalDataKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PersonalDataKeyError';
  }
}

/** What is wrong with a base64 key, or the key itself. Padding may be left off. */
function decodeKey(text: string): Buffer | string {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return 'is not base64';
  const key = Buffer.from(text, 'base64');
  // Buffer.from ignores stray bits at the end; only a canonical encoding is accepted.
  if (key.toString('base64').replace(/=+$/, '') !== text.replace(/=+$/, '')) return 'is not base64';
  if (key.length !== KEY_BYTES) return `decodes to ${key.length} bytes, not ${KEY_BYTES}`;
  return key;
}

/** A single 32-byte key, e.g. BLIND_INDEX_KEY. */
export function parseKey(value: string): Buffer {
  const key = decodeKey(value.trim());
  if (typeof key === 'string') throw new PersonalDataKeyError(`${KEY_FORM}; the value ${key}`);
  return key;
}

export class Keyring {
  private constructor(
    private readonly keys: ReadonlyMap<string, Buffer>,
    /** The key that encrypts: the last entry. */
    readonly newestKeyId: string,
  ) {}

  /** Parses PERSONAL_DATA_KEYS; throws a PersonalDataKeyError whose message starts with KEYRING_FORM. */
  static parse(value: string): Keyring {
    const invalid = (problem: string) => new PersonalDataKeyError(`${KEYRING_FORM}; ${problem}`);
    const keys = new Map<string, Buffer>();
    const entries = value.split(',').map((entry) => entry.trim());
    for (const [i, entry] of entries.entries()) {
      const n = i + 1;
      if (entry === '') throw invalid(entries.length === 1 ? 'there is no entry' : `entry ${n} is empty`);
      const colon = entry.indexOf(':');
      if (colon < 0) throw invalid(`entry ${n} has no key id (keyId:base64key)`);
      const id = entry.slice(0, colon);
      // An invalid id might be key material put in the wrong place, so it is not repeated.
      if (!KEY_ID.test(id)) throw invalid(`entry ${n} has a key id that is not 1-32 of A-Z, a-z, 0-9, _ and -`);
      if (keys.has(id)) throw invalid(`key id "${id}" appears twice`);
      const key = decodeKey(entry.slice(colon + 1));
      if (typeof key === 'string') throw invalid(`key "${id}" ${key}`);
      keys.set(id, key);
    }
    return new Keyring(keys, [...keys.keys()].at(-1)!);
  }

  get keyIds(): string[] {
    return [...this.keys.keys()];
  }

  key(id: string): Buffer {
    const key = this.keys.get(id);
    if (!key) {
      throw new PersonalDataKeyError(
        `no personal data key "${id}" in PERSONAL_DATA_KEYS (it holds ${this.keyIds.map((k) => `"${k}"`).join(', ')}); ` +
          'was a key removed before every value was re-encrypted?',
      );
    }
    return key;
  }

  /** Whether this key material is in the ring, under any id. */
  contains(key: Buffer): boolean {
    return [...this.keys.values()].some((k) => k.equals(key));
  }

  // Logging a config or service object must never print keys.
  toJSON(): { keyIds: string[]; newestKeyId: string } {
    return { keyIds: this.keyIds, newestKeyId: this.newestKeyId };
  }
}

export function parseKeyring(value: string): Keyring {
  return Keyring.parse(value);
}
