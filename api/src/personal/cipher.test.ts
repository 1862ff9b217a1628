import { randomBytes } from 'node:crypto';
import { PersonalDataCipherError, ciphertextKeyId, decryptField, encryptField } from './cipher';
import { PersonalDataKeyError, parseKey, parseKeyring } from './keyring';

const keyA = randomBytes(32).toString('base64');
const keyB = randomBytes(32).toString('base64');
const CONTEXT = 'resident.id_number';

describe('keyring', () => {
  it('reads entries in order; the last one is the newest', () => {
    const keyring = parseKeyring(` 2024-a:${keyA} ,2025_b:${keyB}`);
    expect(keyring.keyIds).toEqual(['2024-a', '2025_b']);
    expect(keyring.newestKeyId).toBe('2025_b');
    expect(keyring.key('2024-a').equals(Buffer.from(keyA, 'base64'))).toBe(true);
  });

  it('accepts a key without its base64 padding', () => {
    expect(
      parseKeyring(`k:${keyA.replace(/=+$/, '')}`)
        .key('k')
        .equals(Buffer.from(keyA, 'base64')),
    ).toBe(true);
  });

  it.each([
    ['', 'there is no entry'],
    [keyA, 'entry 1 has no key id (keyId:base64key)'],
    [`k1:${keyA},`, 'entry 2 is empty'],
    [`k1:${keyA},k1:${keyB}`, 'key id "k1" appears twice'],
    [`${'x'.repeat(33)}:${keyA}`, 'entry 1 has a key id that is not 1-32 of A-Z, a-z, 0-9, _ and -'],
    [`k.1:${keyA}`, 'entry 1 has a key id that is not 1-32 of A-Z, a-z, 0-9, _ and -'],
    [`k1:${randomBytes(16).toString('base64')}`, 'key "k1" decodes to 16 bytes, not 32'],
    [`k1:${randomBytes(33).toString('base64')}`, 'key "k1" decodes to 33 bytes, not 32'],
    [`k1:${keyA.replace(/=$/, '!')}`, 'key "k1" is not base64'],
    [`k1:${randomBytes(32).toString('base64url').replace(/^./, '-')}`, 'key "k1" is not base64'],
  ])('refuses %j: %s', (value, problem) => {
    expect(() => parseKeyring(value)).toThrow(
      new PersonalDataKeyError(`comma-separated keyId:base64key entries, each key 32 bytes; ${problem}`),
    );
  });

  it('never puts key material into a message or a log line', () => {
    let message = '';
    try {
      parseKeyring(`${keyA}:${keyB}`);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).not.toContain(keyA);
    expect(message).not.toContain(keyB);
    const keyring = parseKeyring(`k1:${keyA},k2:${keyB}`);
    expect(JSON.parse(JSON.stringify({ keyring }))).toEqual({ keyring: { keyIds: ['k1', 'k2'], newestKeyId: 'k2' } });
  });

  it('names the key ids it holds when asked for an unknown one', () => {
    expect(() => parseKeyring(`k1:${keyA}`).key('k0')).toThrow(
      new PersonalDataKeyError(
        'no personal data key "k0" in PERSONAL_DATA_KEYS (it holds "k1"); was a key removed before every value was re-encrypted?',
      ),
    );
  });

  it('parses a single key', () => {
    expect(parseKey(keyA).equals(Buffer.from(keyA, 'base64'))).toBe(true);
    expect(() => parseKey('c2hvcnQ=')).toThrow('the base64 of 32 bytes; the value decodes to 5 bytes, not 32');
  });
});

describe('field encryption', () => {
  const ringA = parseKeyring(`a:${keyA}`);
  const ringAB = parseKeyring(`a:${keyA},b:${keyB}`);

  it('round-trips text, including Chinese, empty and long values', () => {
    for (const plaintext of ['110101199001011237', '张三丰', '', '京A12345'.repeat(1000)]) {
      expect(decryptField(ringA, CONTEXT, encryptField(ringA, CONTEXT, plaintext))).toBe(plaintext);
    }
  });

  it('writes v1:<keyId>:<iv>:<ciphertext+tag>, with a fresh IV every time', () => {
    const first = encryptField(ringA, CONTEXT, '13812345678');
    const second = encryptField(ringA, CONTEXT, '13812345678');
    expect(first).toMatch(/^v1:a:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]+$/);
    expect(first).not.toBe(second);
    // 11 bytes of plaintext + 16 of tag = 27 bytes = 36 base64url characters.
    expect(first.split(':')[3]).toHaveLength(36);
    expect(first).not.toContain('13812345678');
  });

  it('encrypts under the newest key and decrypts with whichever key a value names', () => {
    const old = encryptField(ringA, CONTEXT, '张三');
    const fresh = encryptField(ringAB, CONTEXT, '张三');
    expect(ciphertextKeyId(old)).toBe('a');
    expect(ciphertextKeyId(fresh)).toBe('b');
    expect(decryptField(ringAB, CONTEXT, old)).toBe('张三');
    expect(decryptField(ringAB, CONTEXT, fresh)).toBe('张三');
  });

  it('fails with PersonalDataKeyError when the named key is not in the ring', () => {
    const fresh = encryptField(ringAB, CONTEXT, '张三');
    expect(() => decryptField(ringA, CONTEXT, fresh)).toThrow(PersonalDataKeyError);
  });

  it('a value moved to another column does not decrypt', () => {
    const value = encryptField(ringA, 'resident.id_number', '110101199001011237');
    expect(() => decryptField(ringA, 'resident.phone', value)).toThrow(
      new PersonalDataCipherError(
        'ciphertext does not authenticate under key "a" in context "resident.phone": altered, or moved from another column',
      ),
    );
  });

  it('an altered value, or one relabelled with another key id, does not decrypt', () => {
    const value = encryptField(ringA, CONTEXT, '110101199001011237');
    const [version, , iv, body] = value.split(':') as [string, string, string, string];
    const flipped = Buffer.from(body, 'base64url');
    flipped[0]! ^= 1;
    expect(() => decryptField(ringA, CONTEXT, `${version}:a:${iv}:${flipped.toString('base64url')}`)).toThrow(PersonalDataCipherError);
    // Same key material under another id: the id is authenticated too.
    const twins = parseKeyring(`a:${keyA},twin:${keyA}`);
    expect(() => decryptField(twins, CONTEXT, `${version}:twin:${iv}:${body}`)).toThrow(PersonalDataCipherError);
  });

  it.each([
    'plain text',
    '',
    'v2:a:AAAAAAAAAAAAAAAA:AAAAAAAAAAAAAAAAAAAAAA',
    'v1:a:AAAA:AAAAAAAAAAAAAAAAAAAAAA',
    'v1:a:AAAAAAAAAAAAAAAA:AAAA',
    'v1:a:AAAAAAAAAAAAAAAA:AAAA AAAAAAAAAAAAAAAAAA',
    'v1::AAAAAAAAAAAAAAAA:AAAAAAAAAAAAAAAAAAAAAA',
    'v1:a:AAAAAAAAAAAAAAAA:AAAAAAAAAAAAAAAAAAAAAA:extra',
  ])('refuses the malformed ciphertext %j', (value) => {
    expect(() => decryptField(ringA, CONTEXT, value)).toThrow(PersonalDataCipherError);
    expect(() => ciphertextKeyId(value)).toThrow(PersonalDataCipherError);
  });

  it('requires a context', () => {
    expect(() => encryptField(ringA, '', 'x')).toThrow(PersonalDataCipherError);
  });
});
