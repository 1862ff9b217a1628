'use client';

import Link from 'next/link';
import { useI18n } from '@/i18n/LocaleProvider';
import { roleHome } from '@/lib/session/access';
import { useSession } from '@/lib/session/SessionProvider';
import { EmptyState } from './EmptyState';

/** A page or an operation the signed-in role may not use (FORBIDDEN): said plainly, with a way home. */
export function ForbiddenState({ titleAs }: { titleAs?: 'h1' | 'p' }) {
  const { t } = useI18n();
  const { me } = useSession();
  return (
    <EmptyState title={t.forbidden.title} testId="forbidden-state" titleAs={titleAs}>
      {me && <p>{t.forbidden.body(t.enums.role[me.role])}</p>}
      {me && (
        <Link href={roleHome(me.role)} className="button">
          {t.forbidden.home}
        </Link>
      )}
    </EmptyState>
  );
}
