'use client';

import type { RenovationStage } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatInteger } from '@/lib/format';
import { stageBadgeColor } from './stages';

export function StageBadge({ stage, testId = 'project-stage' }: { stage: RenovationStage; testId?: string }) {
  const { t } = useI18n();
  const color = stageBadgeColor(stage);
  return (
    <span className="status-badge" data-testid={testId} data-stage={stage} style={{ color, borderColor: color }}>
      {t.enums.renovationStage[stage]}
    </span>
  );
}

/** Days past the planned date of the earliest stage not reached; nothing when on schedule. */
export function OverdueBadge({ days }: { days: number | null | undefined }) {
  const { t, locale } = useI18n();
  if (!days) return null;
  return (
    <span className="badge badge--error" data-testid="overdue-badge" data-days={days}>
      {t.renovation.overdueBadge(formatInteger(days, locale))}
    </span>
  );
}
