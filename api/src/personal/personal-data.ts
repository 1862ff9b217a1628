import { ConfigError, type Config } from '../config';
import { blindIndex, type BlindIndexKind } from './blind-index';
import { ciphertextKeyId, decryptField, encryptField } from './cipher';
import { KEY_FORM, KEYRING_FORM, parseKey, parseKeyring, type Keyring } from './keyring';
import { mask } from './masking';
import type { PersonalKind } from './normalize';

/**
 * DEMO ONLY: published in the source, so they protect nothing. Development and tests use them
 * when PERSONAL_DATA_KEYS / BLIND_INDEX_KEY are unset; production refuses them. The keys are the
 * ASCII texts "anju-demo-key-not-for-production" and "anju-demo-blind-index-not-secret".
 */
const DEMO_DATA_KEY = 'YW5qdS1kZW1vLWtleS1ub3QtZm9yLXByb2R1Y3Rpb24=';
export const DEMO_PERSONAL_DATA_KEYS = `demo:${DEMO_DATA_KEY}`;
export const DEMO_BLIND_INDEX_KEY = 'YW5qdS1kZW1vLWJsaW5kLWluZGV4LW5vdC1zZWNyZXQ=';

export type KeyConfig = Pick<Config, 'NODE_ENV' | 'PERSONAL_DATA_KEYS' | 'BLIND_INDEX_KEY'>;

/** The first variable that is unset (so a demo key stands in) or holds a demo key, under any id. */
function demoKeyIn(config: Omit<KeyConfig, 'NODE_ENV'>): 'PERSONAL_DATA_KEYS' | 'BLIND_INDEX_KEY' | undefined {
  if (!config.PERSONAL_DATA_KEYS || parseKeyring(config.PERSONAL_DATA_KEYS).contains(parseKey(DEMO_DATA_KEY))) return 'PERSONAL_DATA_KEYS';
  if (!config.BLIND_INDEX_KEY || parseKey(config.BLIND_INDEX_KEY).equals(parseKey(DEMO_BLIND_INDEX_KEY))) return 'BLIND_INDEX_KEY';
  return undefined;
}

export function usesDemoKeys(config: Omit<KeyConfig, 'NODE_ENV'>): boolean {
  return demoKeyIn(config) !== undefined;
}

/** Production needs both keys set, and neither may be a demo key. Throws a one-line ConfigError. */
export function assertProductionKeys(config: KeyConfig): void {
  if (config.NODE_ENV !== 'production') return;
  if (!config.PERSONAL_DATA_KEYS) throw new ConfigError('PERSONAL_DATA_KEYS', `set in production: ${KEYRING_FORM}`, undefined);
  if (!config.BLIND_INDEX_KEY) throw new ConfigError('BLIND_INDEX_KEY', `set in production: ${KEY_FORM}`, undefined);
  const demo = demoKeyIn(config);
  if (demo) throw new ConfigError(demo, 'a key of your own in production, not the published demo key', '<the demo key>');
}

/**
 * What other modules use for personal data: encryption with key rotation, blind indexes for
 * exact lookups, and masking. Built once per process from the configuration.
 */
export class PersonalData {
  constructor(
    private readonly keyring: Keyring,
    private readonly blindIndexKey: Buffer,
  ) {}

  /** From the configuration; demo keys stand in for unset ones outside production. */
  static fromConfig(config: KeyConfig): PersonalData {
    assertProductionKeys(config);
    return new PersonalData(
      parseKeyring(config.PERSONAL_DATA_KEYS ?? DEMO_PERSONAL_DATA_KEYS),
      parseKey(config.BLIND_INDEX_KEY ?? DEMO_BLIND_INDEX_KEY),
    );
  }

  get newestKeyId(): string {
    return this.keyring.newestKeyId;
  }

  /** `context` names where the value lives, conventionally `table.column`; decrypt needs the same. */
  encrypt(context: string, plaintext: string): string {
    return encryptField(this.keyring, context, plaintext);
  }

  decrypt(context: string, ciphertext: string): string {
    return decryptField(this.keyring, context, ciphertext);
  }

  blindIndex(kind: BlindIndexKind, value: string): string {
    return blindIndex(this.blindIndexKey, kind, value);
  }

  mask(kind: PersonalKind, plaintext: string): string {
    return mask(kind, plaintext);
  }

  /** True when the value was encrypted with a key other than the newest. */
  needsReencryption(ciphertext: string): boolean {
    return ciphertextKeyId(ciphertext) !== this.keyring.newestKeyId;
  }

  /** The same plaintext, encrypted again under the newest key. */
  reencrypt(context: string, ciphertext: string): string {
    return this.encrypt(context, this.decrypt(context, ciphertext));
  }

  // If this object ends up in a log, key ids show, keys do not.
  toJSON(): { keyring: Keyring } {
    return { keyring: this.keyring };
  }
}
