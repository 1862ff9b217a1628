'use client';

import type { ClosureStatus } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { CLOSURE_STATUS_COLORS } from '@/lib/closure-status';

export function StatusBadge({ status }: { status: ClosureStatus }) {
  const { t } = useI18n();
  const color = CLOSURE_STATUS_COLORS[status];
  return (
    <span className="status-badge" data-status={status} style={{ color, borderColor: color }}>
      {t.enums.closureStatus[status]}
    </span>
  );
}
