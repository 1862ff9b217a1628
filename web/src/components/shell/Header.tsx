'use client';

import Link from 'next/link';
import { useI18n } from '@/i18n/LocaleProvider';

export function Header() {
  const { t, locale, setLocale } = useI18n();
  const other = locale === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <header className="shell-header">
      <Link href="/" className="brand">
        <span className="brand-name">{t.app.name}</span>
        <span className="brand-sep" aria-hidden="true">
          ·
        </span>
        <span className="brand-title">{t.app.title}</span>
      </Link>
      <button
        type="button"
        className="language-toggle"
        lang={other}
        title={t.header.switchLanguageLabel}
        data-testid="language-toggle"
        onClick={() => setLocale(other)}
      >
        {t.header.switchLanguage}
      </button>
    </header>
  );
}
