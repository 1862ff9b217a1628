import type { Messages } from '@/i18n/messages';

/** The API's rules (api/src/auth/password.ts), checked here first so most mistakes need no round trip. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 64;

/** The first rule a new password breaks, in the current language; the server checks the common-password list. */
export function passwordPolicyProblem(password: string, username: string, t: Messages): string | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return t.reasons.tooShort;
  if (length > PASSWORD_MAX_LENGTH) return t.reasons.tooLong;
  if (username && password.toLowerCase().includes(username.trim().toLowerCase())) return t.reasons.containsUsername;
  return undefined;
}
