'use client';

import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { ErrorState } from '@/components/ui/ErrorState';
import { ForbiddenState } from '@/components/ui/ForbiddenState';
import { Skeleton } from '@/components/ui/Skeleton';
import { useI18n } from '@/i18n/LocaleProvider';
import { isAccountPath, isPublicPath, mayOpen } from '@/lib/session/access';
import { needsEnrolment, useSession } from '@/lib/session/SessionProvider';
import { Header } from './Header';
import { SideNav } from './SideNav';

export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const pathname = usePathname();
  const bare = isPublicPath(pathname);
  return (
    <div className={bare ? 'shell shell--bare' : 'shell'}>
      <a className="skip-link" href="#main">
        {t.app.skipToContent}
      </a>
      <Header />
      {!bare && <SideNav />}
      <main id="main" className="shell-main" tabIndex={-1}>
        {bare ? children : <SessionGate pathname={pathname}>{children}</SessionGate>}
      </main>
    </div>
  );
}

/** A page renders only for a session that may use it; the provider redirects the others. */
function SessionGate({ pathname, children }: { pathname: string; children: ReactNode }) {
  const { t } = useI18n();
  const { state, me, reload } = useSession();
  if (state.status === 'error') {
    return (
      <div className="page">
        <div className="panel">
          <ErrorState error={state.error} onRetry={reload} />
        </div>
      </div>
    );
  }
  const pending = me && (needsEnrolment(me) || me.passwordExpired) && !isAccountPath(pathname);
  if (!me || pending) {
    return (
      <div className="page" data-testid="session-checking">
        <span className="visually-hidden">{t.session.checking}</span>
        <div className="panel">
          <Skeleton lines={6} height={24} />
        </div>
      </div>
    );
  }
  if (!mayOpen(me.role, pathname)) {
    return (
      <div className="page">
        <div className="panel">
          <ForbiddenState titleAs="h1" />
        </div>
      </div>
    );
  }
  return children;
}
