'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useI18n } from '@/i18n/LocaleProvider';
import type { Messages } from '@/i18n/messages';

type NavKey = Exclude<keyof Messages['nav'], 'label' | 'comingSoon'>;

const LIVE: readonly { key: NavKey; href: string }[] = [
  { key: 'overview', href: '/' },
  { key: 'compounds', href: '/compounds' },
];

/** Areas of the platform that are planned but not built yet; shown so users know what is coming. */
const COMING_SOON: readonly NavKey[] = ['qualification', 'renovation', 'fees', 'gates', 'hotline', 'volunteers', 'audit'];

function isActive(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

export function SideNav() {
  const { t } = useI18n();
  const pathname = usePathname();
  return (
    <nav className="shell-nav" aria-label={t.nav.label}>
      <ul className="nav-list">
        {LIVE.map(({ key, href }) => {
          const active = isActive(pathname, href);
          return (
            <li key={key}>
              <Link href={href} className="nav-item" aria-current={active ? 'page' : undefined}>
                {t.nav[key]}
              </Link>
            </li>
          );
        })}
      </ul>
      <ul className="nav-list nav-list--soon">
        {COMING_SOON.map((key) => (
          <li key={key}>
            <span className="nav-item nav-item--disabled" aria-disabled="true">
              <span>{t.nav[key]}</span>
              <span className="nav-soon">{t.nav.comingSoon}</span>
            </span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
