'use client';

import Link from 'next/link';
import { EmptyState } from '@/components/ui/EmptyState';
import { useI18n } from '@/i18n/LocaleProvider';

export default function NotFound() {
  const { t } = useI18n();
  return (
    <div className="page">
      <div className="panel">
        <EmptyState title={t.notFound.title} testId="page-not-found" titleAs="h1">
          <p>{t.notFound.body}</p>
          <Link href="/" className="button">
            {t.notFound.home}
          </Link>
        </EmptyState>
      </div>
    </div>
  );
}
