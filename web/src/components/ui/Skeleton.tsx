'use client';

import { useI18n } from '@/i18n/LocaleProvider';

/** Grey placeholder bars while data loads; announced once to screen readers. */
export function Skeleton({ lines = 3, height = 16 }: { lines?: number; height?: number }) {
  const { t } = useI18n();
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">{t.common.loading}</span>
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="skeleton-bar" style={{ height }} aria-hidden="true" />
      ))}
    </div>
  );
}
