import { mask, maskAll, maskIdNumber, maskName, maskPhone, maskPlate } from './masking';

describe('masking', () => {
  it.each([
    ['张三丰', '张**'],
    ['张三', '张*'],
    ['张', '*'],
    ['欧阳娜娜', '欧***'],
    ['  李四  ', '李*'],
    ['Li Lei', 'L*****'],
    ['阿依古丽·买买提', '阿*******'],
    ['𠮷田', '𠮷*'],
    ['', ''],
    ['   ', ''],
  ])('name %j -> %j', (value, masked) => {
    expect(maskName(value)).toBe(masked);
  });

  it.each([
    ['110101199001011234', '110101********1234'],
    ['11010519491231002x', '110105********002X'],
    [' 1101 0119 9001 0112 34 ', '110101********1234'],
    ['１１０１０１１９９００１０１１２３４', '110101********1234'],
    ['110101900101123', '110101*****1123'],
    ['11010119900101123', '*****************'],
    ['1101011990010112345', '*******************'],
    ['11010119900101123Y', '******************'],
    ['not an id', '*********'],
    ['', ''],
  ])('ID number %j -> %j', (value, masked) => {
    expect(maskIdNumber(value)).toBe(masked);
  });

  it.each([
    ['13812345678', '138****5678'],
    ['+86 138 1234 5678', '138****5678'],
    ['86-138-1234-5678', '138****5678'],
    ['0086 13812345678', '138****5678'],
    ['010-12345678', '010-******78'],
    ['(021) 6123 4567', '021-******67'],
    ['0571-87654321', '0571-******21'],
    ['0755 1234567', '0755-*****67'],
    ['12345', '*****'],
    ['1381234567', '**********'],
    ['+1 415 555 0100', '***************'],
    ['+86 10 1234 5678', '010-******78'],
    ['', ''],
  ])('phone %j -> %j', (value, masked) => {
    expect(maskPhone(value)).toBe(masked);
  });

  it.each([
    ['京A12345', '京A***45'],
    ['京a·12345', '京A***45'],
    ['京AD12345', '京A****45'],
    ['京A 12345D', '京A****5D'],
    ['WJ1234567', 'WJ*****67'],
    ['ABCDE', 'AB*DE'],
    ['京A12', '****'],
    ['', ''],
  ])('plate %j -> %j', (value, masked) => {
    expect(maskPlate(value)).toBe(masked);
  });

  it('the dispatcher applies the rule of each kind', () => {
    expect(mask('name', '张三丰')).toBe('张**');
    expect(mask('idNumber', '110101199001011234')).toBe('110101********1234');
    expect(mask('phone', '13812345678')).toBe('138****5678');
    expect(mask('plate', '京A12345')).toBe('京A***45');
  });

  it('a malformed value is hidden completely, character for character', () => {
    expect(maskAll(' 错误的值 ')).toBe('****');
    for (const kind of ['idNumber', 'phone'] as const) {
      const masked = mask(kind, 'abc123def');
      expect(masked).toBe('*********');
    }
  });
});
