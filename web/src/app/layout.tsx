import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import type { ReactNode } from 'react';
import { AppShell } from '@/components/shell/AppShell';
import { DEFAULT_LOCALE, LOCALE_COOKIE, parseLocale, type Locale } from '@/i18n/locale';
import { LocaleProvider } from '@/i18n/LocaleProvider';
import { messages } from '@/i18n/messages';
import { SessionProvider } from '@/lib/session/SessionProvider';
import './globals.css';

async function requestLocale(): Promise<Locale> {
  const store = await cookies();
  return parseLocale(store.get(LOCALE_COOKIE)?.value) ?? DEFAULT_LOCALE;
}

export async function generateMetadata(): Promise<Metadata> {
  const t = messages[await requestLocale()];
  return { title: `${t.app.name} · ${t.app.title}` };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  return (
    <html lang={locale}>
      <body>
        <LocaleProvider initialLocale={locale}>
          <SessionProvider>
            <AppShell>{children}</AppShell>
          </SessionProvider>
        </LocaleProvider>
      </body>
    </html>
  );
}
