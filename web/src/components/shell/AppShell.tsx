'use client';

import type { ReactNode } from 'react';
import { useI18n } from '@/i18n/LocaleProvider';
import { Header } from './Header';
import { SideNav } from './SideNav';

export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t.app.skipToContent}
      </a>
      <Header />
      <SideNav />
      <main id="main" className="shell-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
