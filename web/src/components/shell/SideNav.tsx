'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useI18n } from '@/i18n/LocaleProvider';
import { LIVE_PAGES, ROLE_NAV } from '@/lib/session/access';
import { needsEnrolment, useSession } from '@/lib/session/SessionProvider';

function isActive(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

/** The signed-in role's pages (ROLE_NAV), then what is coming for it. Empty until the session is complete. */
export function SideNav() {
  const { t } = useI18n();
  const pathname = usePathname();
  const { me } = useSession();
  const nav = me && !needsEnrolment(me) && !me.passwordExpired ? ROLE_NAV[me.role] : { live: [], soon: [] };
  return (
    <nav className="shell-nav" aria-label={t.nav.label} data-testid="side-nav">
      <ul className="nav-list">
        {nav.live.map((key) => {
          const href = LIVE_PAGES[key];
          const active = isActive(pathname, href);
          return (
            <li key={key}>
              <Link href={href} className="nav-item" data-testid={`nav-${key}`} aria-current={active ? 'page' : undefined}>
                {t.nav[key]}
              </Link>
            </li>
          );
        })}
      </ul>
      {nav.soon.length > 0 && (
        <ul className="nav-list nav-list--soon">
          {nav.soon.map((key) => (
            <li key={key}>
              <span className="nav-item nav-item--disabled" aria-disabled="true" data-testid={`nav-${key}`}>
                <span>{t.nav[key]}</span>
                <span className="nav-soon">{t.nav.comingSoon}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
