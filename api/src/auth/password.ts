import { dictionary } from '@zxcvbn-ts/language-common';
import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with OWASP's minimum (19 MiB, 2 passes, 1 lane). Stored hashes carry their own
 * parameters, so raising these later only affects new hashes and rehash-on-login.
 * (@node-rs/argon2: prebuilt, no install script; the `argon2` package's prebuilt binary
 * crashed with SIGSEGV on these machines unless compiled locally.)
 */
// The package's Algorithm is a const enum, which isolated modules cannot read: 2 is Argon2id.
const ARGON2ID = 2;
export const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 64;

/**
 * zxcvbn-ts's list of 49,233 leaked passwords by frequency, plus pinyin favourites it lacks.
 * Most are shorter than 12 characters and fail on length first; the rest (1qaz2wsx3edc...) are
 * refused here.
 */
const COMMON = new Set([
  ...(dictionary['passwords-common'] as string[]),
  'woaini1314520',
  'woaiwojia1314',
  'iloveyou1314',
  'a123456789012',
  'aa123456789012',
  'qq123456789012',
  'zhang123456789',
  'wang1234567890',
]);

export interface PasswordRules {
  /** MLPS level 3 asks for mixed character classes; OWASP ASVS advises against. Off by default. */
  requireComposition: boolean;
}

/** Why a new password is refused, or null when it is acceptable. Reasons are shown to the user. */
export function passwordProblem(password: string, username: string, rules: PasswordRules): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  const lower = password.toLowerCase();
  if (lower.includes(username.toLowerCase())) return 'must not contain the user name';
  if (COMMON.has(lower)) return 'is too common (it appears in lists of leaked passwords)';
  if (rules.requireComposition) {
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
    if (classes < 3) return 'must mix at least three of: lower case, upper case, digits, symbols';
  }
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export function verifyPassword(stored: string, password: string): Promise<boolean> {
  return verify(stored, password).catch(() => false);
}

/** True when the stored hash is weaker than the current parameters (or not argon2id at all). */
export function needsRehash(stored: string): boolean {
  const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(stored);
  if (!match) return true;
  const [m, t, p] = match.slice(1).map(Number) as [number, number, number];
  return m < ARGON2_OPTIONS.memoryCost || t < ARGON2_OPTIONS.timeCost || p < ARGON2_OPTIONS.parallelism;
}

/**
 * A hash of nothing anyone knows, verified when the user name does not exist, so that a login
 * for an unknown name takes as long as a wrong password.
 */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(`decoy-${Math.random()}-${Date.now()}`);
  return decoy;
}
