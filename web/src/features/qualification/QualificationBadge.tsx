'use client';

import type { QualificationStatus } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { QUALIFICATION_STATUS_COLORS } from './status';

export function QualificationBadge({ status }: { status: QualificationStatus }) {
  const { t } = useI18n();
  const color = QUALIFICATION_STATUS_COLORS[status];
  return (
    <span className="status-badge" data-testid="qualification-status" data-status={status} style={{ color, borderColor: color }}>
      {t.enums.qualificationStatus[status]}
    </span>
  );
}
