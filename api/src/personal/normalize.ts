/**
 * Canonical forms and validation of personal data. Exact lookups (blind indexes) compare canonical
 * forms, so "+86 138-1234-5678" and "13812345678" find the same resident.
 */

/** The kinds of personal data the platform holds as text. */
export type PersonalKind = 'name' | 'idNumber' | 'phone' | 'plate';

/** A validation outcome; `reason` completes "<field> ..." in a BAD_USER_INPUT error. */
export type Validation = { ok: true; value: string } | { ok: false; reason: string };

// Chinese input methods often produce full-width digits and letters (１３８, Ｘ); NFKC makes them ASCII.
const halfWidth = (value: string): string => value.normalize('NFKC');

export function normalizeName(value: string): string {
  return value.trim();
}

/** Uppercase (a trailing x becomes X), without spaces. */
export function normalizeIdNumber(value: string): string {
  return halfWidth(value).replace(/\s+/g, '').toUpperCase();
}

/** Mainland mobile numbers: 11 digits, 13x to 19x. */
export const MOBILE = /^1[3-9]\d{9}$/;
/** Landlines with area code: 0, 2-3 more area digits, then a 7-8 digit local number. */
export const LANDLINE = /^0\d{9,11}$/;

/**
 * Digits only, as dialled inside mainland China: +86 (or 0086) is dropped, and a landline
 * written internationally gets its trunk 0 back (+86 10 1234 5678 -> 01012345678). A bare 86
 * is dropped only before a mobile number. Another country code keeps its + (+1 415 555 0100 ->
 * +14155550100), so a foreign number never passes for a Chinese one.
 */
export function normalizePhone(value: string): string {
  const text = halfWidth(value).trim();
  const digits = text.replace(/\D/g, '');
  if (text.startsWith('+') || text.startsWith('00')) {
    const international = text.startsWith('+') ? digits : digits.slice(2);
    if (!international.startsWith('86')) return `+${international}`;
    const national = international.slice(2);
    return MOBILE.test(national) || national.startsWith('0') ? national : `0${national}`;
  }
  const mobile = /^86(1\d{10})$/.exec(digits);
  return mobile ? mobile[1]! : digits;
}

/** Uppercase, without spaces, dots, middle dots or dashes (京A·12345, 京a 12345 -> 京A12345). */
export function normalizePlate(value: string): string {
  return halfWidth(value)
    .replace(/[\s.·•・-]/g, '')
    .toUpperCase();
}

export function normalize(kind: PersonalKind, value: string): string {
  switch (kind) {
    case 'name':
      return normalizeName(value);
    case 'idNumber':
      return normalizeIdNumber(value);
    case 'phone':
      return normalizePhone(value);
    case 'plate':
      return normalizePlate(value);
  }
}

export const NAME_MAX_LENGTH = 64;

export function validateName(value: string): Validation {
  const name = normalizeName(value);
  if (name === '') return { ok: false, reason: 'must not be empty' };
  if ([...name].length > NAME_MAX_LENGTH) return { ok: false, reason: `must be at most ${NAME_MAX_LENGTH} characters` };
  if (/\p{Cc}/u.test(name)) return { ok: false, reason: 'must not contain control characters' };
  return { ok: true, value: name };
}

/** The 18-digit form and the old 15-digit form (issued until 2004, birth year 19xx). */
export const ID_NUMBER_18 = /^\d{17}[\dX]$/;
export const ID_NUMBER_15 = /^\d{15}$/;

// GB 11643-1999: weights of the first 17 digits, and the check character for each sum mod 11.
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARACTERS = '10X98765432';

function idCheckCharacter(first17: string): string {
  const sum = ID_WEIGHTS.reduce((total, weight, i) => total + weight * Number(first17[i]), 0);
  return ID_CHECK_CHARACTERS[sum % 11]!;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Resident ID number (居民身份证号码): shape, birth date and, for 18 digits, the GB 11643 check character. */
export function validateIdNumber(value: string): Validation {
  const id = normalizeIdNumber(value);
  if (id === '') return { ok: false, reason: 'must not be empty' };
  if (ID_NUMBER_18.test(id)) {
    if (!isCalendarDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)))) {
      return { ok: false, reason: 'contains an impossible birth date' };
    }
    if (idCheckCharacter(id.slice(0, 17)) !== id[17]) {
      return { ok: false, reason: 'has a wrong check character (the last one); please check for a typing error' };
    }
    return { ok: true, value: id };
  }
  if (ID_NUMBER_15.test(id)) {
    if (!isCalendarDate(1900 + Number(id.slice(6, 8)), Number(id.slice(8, 10)), Number(id.slice(10, 12)))) {
      return { ok: false, reason: 'contains an impossible birth date' };
    }
    return { ok: true, value: id };
  }
  return { ok: false, reason: 'must be 18 characters (17 digits, then a digit or X) or the old 15-digit form' };
}

export function validatePhone(value: string): Validation {
  const phone = normalizePhone(value);
  if (phone === '') return { ok: false, reason: 'must not be empty' };
  if (MOBILE.test(phone) || LANDLINE.test(phone)) return { ok: true, value: phone };
  return {
    ok: false,
    reason: 'must be an 11-digit mobile number starting with 13 to 19 (+86 allowed), or a landline with area code such as 010-12345678',
  };
}

// Province abbreviations that start a civil plate; the letters I and O are never used on plates.
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const L = 'A-HJ-NP-Z';
/** 7 characters: 京A12345, 京AB1234, 粤B1234学 (learner), 粤Z1234港 (Hong Kong cross-border). */
export const PLATE = new RegExp(`^[${PROVINCES}][${L}][${L}0-9]{4}[${L}0-9挂学警港澳]$`);
/** 8 characters, new energy: small cars 京AD12345 / 京AFA1234, large vehicles 京A12345D. */
export const NEW_ENERGY_PLATE = new RegExp(`^[${PROVINCES}][${L}](?:[A-HJK][${L}0-9]\\d{4}|\\d{5}[DF])$`);

export function validatePlate(value: string): Validation {
  const plate = normalizePlate(value);
  if (plate === '') return { ok: false, reason: 'must not be empty' };
  if (PLATE.test(plate) || NEW_ENERGY_PLATE.test(plate)) return { ok: true, value: plate };
  return { ok: false, reason: 'must be a civil plate such as 京A12345, or a new-energy plate such as 京AD12345' };
}

export function validate(kind: PersonalKind, value: string): Validation {
  switch (kind) {
    case 'name':
      return validateName(value);
    case 'idNumber':
      return validateIdNumber(value);
    case 'phone':
      return validatePhone(value);
    case 'plate':
      return validatePlate(value);
  }
}
