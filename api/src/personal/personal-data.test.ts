import { randomBytes } from 'node:crypto';
import { ConfigError } from '../config';
import { PersonalDataKeyError } from './keyring';
import { DEMO_BLIND_INDEX_KEY, DEMO_PERSONAL_DATA_KEYS, PersonalData, assertProductionKeys, usesDemoKeys } from './personal-data';

const key = () => randomBytes(32).toString('base64');
const keyA = key();
const keyB = key();
const blind = key();

describe('demo keys and production', () => {
  it('demo keys are well-formed and say what they are', () => {
    expect(Buffer.from(DEMO_PERSONAL_DATA_KEYS.split(':')[1]!, 'base64').toString()).toBe('anju-demo-key-not-for-production');
    expect(Buffer.from(DEMO_BLIND_INDEX_KEY, 'base64').toString()).toBe('anju-demo-blind-index-not-secret');
  });

  it('stand in when the variables are unset, outside production', () => {
    const data = PersonalData.fromConfig({ NODE_ENV: 'development' });
    expect(data.newestKeyId).toBe('demo');
    expect(usesDemoKeys({})).toBe(true);
    expect(usesDemoKeys({ PERSONAL_DATA_KEYS: `k:${keyA}` })).toBe(true);
    expect(usesDemoKeys({ PERSONAL_DATA_KEYS: `k:${keyA}`, BLIND_INDEX_KEY: blind })).toBe(false);
    // The demo key under another id, or kept as an older key, is still the demo key.
    expect(usesDemoKeys({ PERSONAL_DATA_KEYS: DEMO_PERSONAL_DATA_KEYS.replace('demo:', 'mine:'), BLIND_INDEX_KEY: blind })).toBe(true);
    expect(usesDemoKeys({ PERSONAL_DATA_KEYS: `${DEMO_PERSONAL_DATA_KEYS},k:${keyA}`, BLIND_INDEX_KEY: blind })).toBe(true);
    expect(usesDemoKeys({ PERSONAL_DATA_KEYS: `k:${keyA}`, BLIND_INDEX_KEY: DEMO_BLIND_INDEX_KEY })).toBe(true);
  });

  it.each([
    [{}, 'PERSONAL_DATA_KEYS must be set in production: comma-separated keyId:base64key entries, each key 32 bytes (it is not set)'],
    [{ PERSONAL_DATA_KEYS: `k:${keyA}` }, 'BLIND_INDEX_KEY must be set in production: the base64 of 32 bytes (it is not set)'],
    [
      { PERSONAL_DATA_KEYS: `${DEMO_PERSONAL_DATA_KEYS},k:${keyA}`, BLIND_INDEX_KEY: blind },
      'PERSONAL_DATA_KEYS must be a key of your own in production, not the published demo key (got "<the demo key>")',
    ],
    [
      { PERSONAL_DATA_KEYS: `k:${keyA}`, BLIND_INDEX_KEY: DEMO_BLIND_INDEX_KEY },
      'BLIND_INDEX_KEY must be a key of your own in production, not the published demo key (got "<the demo key>")',
    ],
  ])('production refuses %j with one line', (keys, message) => {
    const config = { NODE_ENV: 'production' as const, ...keys };
    expect(() => assertProductionKeys(config)).toThrow(ConfigError);
    expect(() => assertProductionKeys(config)).toThrow(`anju: invalid configuration: ${message}`);
    expect(() => PersonalData.fromConfig(config)).toThrow(ConfigError);
  });

  it('production runs with keys of its own', () => {
    const config = { NODE_ENV: 'production' as const, PERSONAL_DATA_KEYS: `k:${keyA}`, BLIND_INDEX_KEY: blind };
    expect(() => assertProductionKeys(config)).not.toThrow();
    expect(PersonalData.fromConfig(config).newestKeyId).toBe('k');
  });
});

describe('PersonalData', () => {
  const before = PersonalData.fromConfig({ NODE_ENV: 'test', PERSONAL_DATA_KEYS: `a:${keyA}`, BLIND_INDEX_KEY: blind });
  const after = PersonalData.fromConfig({ NODE_ENV: 'test', PERSONAL_DATA_KEYS: `a:${keyA},b:${keyB}`, BLIND_INDEX_KEY: blind });

  it('encrypts and decrypts in a context', () => {
    const value = before.encrypt('resident.phone', '13812345678');
    expect(before.decrypt('resident.phone', value)).toBe('13812345678');
    expect(() => before.decrypt('resident.id_number', value)).toThrow('moved from another column');
  });

  it('tells which values need re-encryption and re-encrypts them under the newest key', () => {
    const old = before.encrypt('resident.phone', '13812345678');
    expect(before.needsReencryption(old)).toBe(false);
    expect(after.needsReencryption(old)).toBe(true);
    const fresh = after.reencrypt('resident.phone', old);
    expect(fresh.startsWith('v1:b:')).toBe(true);
    expect(after.needsReencryption(fresh)).toBe(false);
    expect(after.decrypt('resident.phone', fresh)).toBe('13812345678');
    // An instance that lost key b cannot read what was rotated to it.
    expect(() => before.decrypt('resident.phone', fresh)).toThrow(PersonalDataKeyError);
  });

  it('computes blind indexes with its own key, independent of the encryption keys', () => {
    expect(after.blindIndex('phone', '+86 13812345678')).toBe(before.blindIndex('phone', '13812345678'));
    const other = PersonalData.fromConfig({ NODE_ENV: 'test', PERSONAL_DATA_KEYS: `a:${keyA}`, BLIND_INDEX_KEY: key() });
    expect(other.blindIndex('phone', '13812345678')).not.toBe(before.blindIndex('phone', '13812345678'));
  });

  it('masks', () => {
    expect(before.mask('idNumber', '110101199001011237')).toBe('110101********1237');
  });

  it('shows key ids, never keys, when logged', () => {
    const logged = JSON.stringify({ personalData: after });
    expect(JSON.parse(logged)).toEqual({ personalData: { keyring: { keyIds: ['a', 'b'], newestKeyId: 'b' } } });
  });
});
