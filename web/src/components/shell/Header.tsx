'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useI18n } from '@/i18n/LocaleProvider';
import { roleHome } from '@/lib/session/access';
import { useSession } from '@/lib/session/SessionProvider';

export function Header() {
  const { t, locale, setLocale } = useI18n();
  const { me, logout } = useSession();
  const [leaving, setLeaving] = useState(false);
  const other = locale === 'zh-CN' ? 'en' : 'zh-CN';

  const signOut = () => {
    setLeaving(true);
    void logout().finally(() => setLeaving(false));
  };

  return (
    <header className="shell-header">
      <Link href={me ? roleHome(me.role) : '/'} className="brand">
        <span className="brand-name">{t.app.name}</span>
        <span className="brand-sep" aria-hidden="true">
          ·
        </span>
        <span className="brand-title">{t.app.title}</span>
      </Link>
      <div className="header-actions">
        {me && (
          <div className="header-user" aria-label={t.header.account} role="group">
            <Link href="/account/security" className="header-user-name" title={t.header.security} data-testid="user-name">
              {me.displayName}
            </Link>
            <span className="header-user-role" data-testid="user-role" data-role={me.role}>
              {t.enums.role[me.role]}
            </span>
            <button type="button" className="header-button" data-testid="logout" disabled={leaving} onClick={signOut}>
              {t.header.logout}
            </button>
          </div>
        )}
        <button
          type="button"
          className="header-button language-toggle"
          lang={other}
          title={t.header.switchLanguageLabel}
          data-testid="language-toggle"
          onClick={() => setLocale(other)}
        >
          {t.header.switchLanguage}
        </button>
      </div>
    </header>
  );
}
