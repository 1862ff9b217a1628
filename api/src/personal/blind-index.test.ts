import { createHmac, randomBytes } from 'node:crypto';
import { blindIndex } from './blind-index';

const key = randomBytes(32);

describe('blind index', () => {
  it('is HMAC-SHA256 over a per-kind prefix and the canonical form, as 64 hex characters', () => {
    const expected = createHmac('sha256', key).update('anju/blind-index/v1/phone\0').update('13812345678').digest('hex');
    expect(blindIndex(key, 'phone', '13812345678')).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives spelling variants of one value the same index', () => {
    expect(blindIndex(key, 'phone', '+86 138-1234-5678')).toBe(blindIndex(key, 'phone', '13812345678'));
    expect(blindIndex(key, 'idNumber', '11010519491231002x')).toBe(blindIndex(key, 'idNumber', '110105 19491231 002X'));
    expect(blindIndex(key, 'plate', '京a·12345')).toBe(blindIndex(key, 'plate', '京A12345'));
  });

  it('separates kinds: the same text as another kind gives another index', () => {
    const digits = '110101900101123';
    expect(blindIndex(key, 'idNumber', digits)).not.toBe(blindIndex(key, 'phone', digits));
    expect(blindIndex(key, 'plate', 'ABC12345')).not.toBe(blindIndex(key, 'idNumber', 'ABC12345'));
  });

  it('depends on the key, and never contains the value', () => {
    const index = blindIndex(key, 'phone', '13812345678');
    expect(blindIndex(randomBytes(32), 'phone', '13812345678')).not.toBe(index);
    expect(index).not.toContain('13812345678');
  });

  it('refuses an empty value, which would match every other empty value', () => {
    expect(() => blindIndex(key, 'phone', ' - ')).toThrow('a blind index of an empty phone is meaningless');
  });
});
