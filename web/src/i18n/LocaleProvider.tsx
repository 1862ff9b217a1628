'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LOCALE_COOKIE, LOCALE_STORAGE_KEY, parseLocale, type Locale } from './locale';
import { messages, type Messages } from './messages';

interface LocaleContextValue {
  locale: Locale;
  t: Messages;
  setLocale(locale: Locale): void;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

const ONE_YEAR_SECONDS = 365 * 24 * 3600;

function persist(locale: Locale): void {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Storage can be disabled (private mode, policy); the cookie still carries the choice.
  }
}

function hasLocaleCookie(): boolean {
  return document.cookie.split('; ').some((c) => c.startsWith(`${LOCALE_COOKIE}=`));
}

function storedLocale(): Locale | undefined {
  try {
    return parseLocale(localStorage.getItem(LOCALE_STORAGE_KEY));
  } catch {
    return undefined;
  }
}

/** Holds the UI language; the server passes the one it rendered with (from the cookie). */
export function LocaleProvider({ initialLocale, children }: { initialLocale: Locale; children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    persist(next);
  }, []);

  // A choice kept only in localStorage (cookie cleared) still wins over the default.
  useEffect(() => {
    const stored = storedLocale();
    if (!hasLocaleCookie() && stored && stored !== initialLocale) setLocale(stored);
  }, [initialLocale, setLocale]);

  useEffect(() => {
    const t = messages[locale];
    document.documentElement.lang = locale;
    document.title = `${t.app.name} · ${t.app.title}`;
  }, [locale]);

  const value = useMemo(() => ({ locale, t: messages[locale], setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useI18n(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useI18n must be used inside <LocaleProvider>');
  return value;
}
