'use client';

import { useI18n } from '@/i18n/LocaleProvider';
import { formatInteger, formatPercent } from '@/lib/format';
import type { DistrictOverview } from './types';

export function StatCards({ stats }: { stats: DistrictOverview['stats'] }) {
  const { t, locale } = useI18n();
  const cards = [
    { key: 'compounds', label: t.overview.stats.compounds, value: formatInteger(stats.compounds, locale) },
    { key: 'old-compounds', label: t.overview.stats.oldCompounds, value: formatInteger(stats.oldCompounds, locale) },
    { key: 'households', label: t.overview.stats.households, value: formatInteger(stats.households, locale) },
    {
      key: 'closed-share',
      label: t.overview.stats.closedShare,
      value: formatPercent(stats.closedShareOfOld, locale),
      hint: t.overview.stats.closedShareHint,
    },
  ];
  return (
    <dl className="stat-grid">
      {cards.map((card) => (
        <div key={card.key} className="stat-card">
          <dt>{card.label}</dt>
          <dd className="stat-value" data-testid={`stat-${card.key}`}>
            {card.value}
          </dd>
          {card.hint && <dd className="stat-hint">{card.hint}</dd>}
        </div>
      ))}
    </dl>
  );
}
