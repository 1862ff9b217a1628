/** Locale constants shared by the server layout and the client provider. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** The cookie lets the server render the chosen language on the first paint. */
export const LOCALE_COOKIE = 'anju-locale';
/** localStorage keeps the choice too, in case the cookie is cleared. */
export const LOCALE_STORAGE_KEY = 'anju-locale';

export function parseLocale(value: string | null | undefined): Locale | undefined {
  return LOCALES.find((l) => l === value);
}
