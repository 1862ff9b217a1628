import {
  ID_NUMBER_15,
  ID_NUMBER_18,
  LANDLINE,
  MOBILE,
  normalizeIdNumber,
  normalizePhone,
  normalizePlate,
  type PersonalKind,
} from './normalize';

/**
 * Masking (脱敏) on the server: what an operator sees instead of the value. Each rule keeps just
 * enough to tell records apart on screen. A value that does not have the expected shape is masked
 * completely, one * per character, so a malformed value never leaks.
 *
 * Lengths count characters (code points), so a rare CJK character outside the BMP counts as one.
 */

const stars = (count: number): string => '*'.repeat(Math.max(count, 0));
const characters = (value: string): string[] => Array.from(value);

/** Everything hidden, one * per character of the trimmed value. */
export function maskAll(value: string): string {
  return stars(characters(value.trim()).length);
}

/**
 * The first character stays, every other character becomes *: 张三丰 -> 张**, 张三 -> 张*,
 * a one-character name -> *, Li Lei -> L*****. Compound surnames (欧阳) are not special-cased.
 */
export function maskName(value: string): string {
  const chars = characters(value.trim());
  if (chars.length <= 1) return stars(chars.length);
  return chars[0]! + stars(chars.length - 1);
}

/**
 * First 6 (region code) and last 4 stay, for the 18- and the old 15-digit form alike:
 * 110101199001011234 -> 110101********1234, 110101900101123 -> 110101*****1123. A trailing x is
 * shown as X. The check character is not verified here: a stored value is masked whatever it is.
 */
export function maskIdNumber(value: string): string {
  const id = normalizeIdNumber(value);
  if (!ID_NUMBER_18.test(id) && !ID_NUMBER_15.test(id)) return maskAll(value);
  return id.slice(0, 6) + stars(id.length - 10) + id.slice(-4);
}

/**
 * Mobile: first 3 and last 4 stay, after dropping +86, spaces and dashes: 13812345678 ->
 * 138****5678. Landline: the area code (3 digits for 010 and 02x, otherwise 4) and the last 2
 * stay: 010-12345678 -> 010-******78.
 */
export function maskPhone(value: string): string {
  const phone = normalizePhone(value);
  if (MOBILE.test(phone)) return phone.slice(0, 3) + stars(4) + phone.slice(-4);
  if (LANDLINE.test(phone)) {
    const areaLength = /^0[12]/.test(phone) ? 3 : 4;
    const local = phone.slice(areaLength);
    return `${phone.slice(0, areaLength)}-${stars(local.length - 2)}${local.slice(-2)}`;
  }
  return maskAll(value);
}

/**
 * Province, issuing letter and the last 2 stay: 京A12345 -> 京A***45, new-energy 京AD12345 ->
 * 京A****45. Any other plate of 5 characters or more keeps its first 2 and last 2; shorter ones
 * are masked completely.
 */
export function maskPlate(value: string): string {
  const chars = characters(normalizePlate(value));
  if (chars.length < 5) return maskAll(value);
  return chars.slice(0, 2).join('') + stars(chars.length - 4) + chars.slice(-2).join('');
}

export function mask(kind: PersonalKind, value: string): string {
  switch (kind) {
    case 'name':
      return maskName(value);
    case 'idNumber':
      return maskIdNumber(value);
    case 'phone':
      return maskPhone(value);
    case 'plate':
      return maskPlate(value);
  }
}
