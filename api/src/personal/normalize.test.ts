import {
  normalize,
  normalizeIdNumber,
  normalizeName,
  normalizePhone,
  normalizePlate,
  validate,
  validateIdNumber,
  validateName,
  validatePhone,
  validatePlate,
} from './normalize';

describe('canonical forms', () => {
  it('ID number: uppercase, no spaces, full-width made ASCII', () => {
    expect(normalizeIdNumber(' 110105 19491231 002x ')).toBe('11010519491231002X');
    expect(normalizeIdNumber('１１０１０５１９４９１２３１００２ｘ')).toBe('11010519491231002X');
  });

  it('phone: digits as dialled in China; +86, 86 and 0086 dropped; other countries keep their +', () => {
    expect(normalizePhone('138 1234 5678')).toBe('13812345678');
    expect(normalizePhone('+86 138-1234-5678')).toBe('13812345678');
    expect(normalizePhone('8613812345678')).toBe('13812345678');
    expect(normalizePhone('0086 138 1234 5678')).toBe('13812345678');
    expect(normalizePhone('１３８１２３４５６７８')).toBe('13812345678');
    expect(normalizePhone('010-12345678')).toBe('01012345678');
    expect(normalizePhone('+86 10 1234 5678')).toBe('01012345678');
    expect(normalizePhone('+86 010-12345678')).toBe('01012345678');
    expect(normalizePhone('+1 415 555 0100')).toBe('+14155550100');
    expect(normalizePhone('001 415 555 0100')).toBe('+14155550100');
  });

  it('plate: uppercase, no spaces, dots, middle dots or dashes', () => {
    expect(normalizePlate('京a·12345')).toBe('京A12345');
    expect(normalizePlate(' 京A 12345 ')).toBe('京A12345');
    expect(normalizePlate('京A-D1234.5')).toBe('京AD12345');
    expect(normalizePlate('京Ａ１２３４５')).toBe('京A12345');
  });

  it('name: trimmed only', () => {
    expect(normalizeName('  张 三  ')).toBe('张 三');
    expect(normalize('name', ' Li Lei ')).toBe('Li Lei');
  });

  it('the dispatcher picks the rule of each kind', () => {
    expect(normalize('idNumber', '11010519491231002x')).toBe('11010519491231002X');
    expect(normalize('phone', '+8613812345678')).toBe('13812345678');
    expect(normalize('plate', '京a 12345')).toBe('京A12345');
  });
});

describe('validation', () => {
  it.each([
    ['11010519491231002X', '11010519491231002X'],
    ['11010519491231002x', '11010519491231002X'],
    ['110101199001011237', '110101199001011237'],
    [' 110101 19900101 1237 ', '110101199001011237'],
    ['110101900101123', '110101900101123'],
  ])('accepts the ID number %j as %j', (value, canonical) => {
    expect(validateIdNumber(value)).toEqual({ ok: true, value: canonical });
  });

  it.each([
    ['110101199001011234', 'has a wrong check character (the last one); please check for a typing error'],
    ['110101199013011234', 'contains an impossible birth date'],
    ['110101199002301234', 'contains an impossible birth date'],
    ['110101901301123', 'contains an impossible birth date'],
    ['11010119900101123', 'must be 18 characters (17 digits, then a digit or X) or the old 15-digit form'],
    ['1101011990010112X7', 'must be 18 characters (17 digits, then a digit or X) or the old 15-digit form'],
    ['   ', 'must not be empty'],
  ])('refuses the ID number %j: %s', (value, reason) => {
    expect(validateIdNumber(value)).toEqual({ ok: false, reason });
  });

  it('finds every single-digit typing error in an 18-digit ID number', () => {
    const valid = '11010519491231002X';
    for (let i = 0; i < 17; i += 1) {
      const typo = valid.slice(0, i) + String((Number(valid[i]) + 1) % 10) + valid.slice(i + 1);
      expect(validateIdNumber(typo).ok).toBe(false);
    }
  });

  it.each([
    ['13812345678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['19912345678', '19912345678'],
    ['010-12345678', '01012345678'],
    ['0571-8765432', '05718765432'],
  ])('accepts the phone %j as %j', (value, canonical) => {
    expect(validatePhone(value)).toEqual({ ok: true, value: canonical });
  });

  it.each(['12345678901', '1381234567', '138123456789', '+1 415 555 0100', 'call 110', '010-123'])('refuses the phone %j', (value) => {
    const result = validatePhone(value);
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ reason: expect.stringContaining('11-digit mobile number') });
  });

  it.each([
    ['京A12345', '京A12345'],
    ['京a·C1234', '京AC1234'],
    ['粤B1234学', '粤B1234学'],
    ['京AD12345', '京AD12345'],
    ['京AFA1234', '京AFA1234'],
    ['沪A12345D', '沪A12345D'],
  ])('accepts the plate %j as %j', (value, canonical) => {
    expect(validatePlate(value)).toEqual({ ok: true, value: canonical });
  });

  it.each(['京I12345', '京A1234', 'XA12345', '京A123456', '京AD123', '京AD1234A', 'WJ1234567', ''])('refuses the plate %j', (value) => {
    expect(validatePlate(value).ok).toBe(false);
  });

  it('names: not empty, not too long, no control characters', () => {
    expect(validateName(' 张三 ')).toEqual({ ok: true, value: '张三' });
    expect(validateName(' ')).toEqual({ ok: false, reason: 'must not be empty' });
    expect(validateName('张'.repeat(65))).toEqual({ ok: false, reason: 'must be at most 64 characters' });
    expect(validateName('张\u0000三')).toEqual({ ok: false, reason: 'must not contain control characters' });
  });

  it('the dispatcher validates each kind', () => {
    expect(validate('name', '张三').ok).toBe(true);
    expect(validate('idNumber', '110101199001011237').ok).toBe(true);
    expect(validate('phone', '13812345678').ok).toBe(true);
    expect(validate('plate', '京A12345').ok).toBe(true);
    expect(validate('plate', '京A').ok).toBe(false);
  });
});
