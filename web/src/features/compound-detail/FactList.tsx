'use client';

import type { ReactNode } from 'react';
import { StatusBadge } from '@/components/ui/StatusBadge';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatInteger } from '@/lib/format';
import type { CompoundDetail } from './types';

export function FactList({ compound: c }: { compound: CompoundDetail }) {
  const { t, locale } = useI18n();
  const f = t.compound;
  const orNotSet = (value: string | null | undefined) => value || <span className="muted">{t.common.notSet}</span>;
  const facts: { key: string; label: string; value: ReactNode }[] = [
    { key: 'aliases', label: f.aliases, value: orNotSet(c.aliases.join('、')) },
    { key: 'address', label: f.address, value: c.address },
    { key: 'year-built', label: f.yearBuilt, value: c.yearBuilt },
    { key: 'is-old', label: f.isOld, value: c.isOld ? t.common.yes : t.common.no },
    { key: 'buildings', label: f.buildings, value: formatInteger(c.buildings, locale) },
    { key: 'households', label: f.households, value: formatInteger(c.households, locale) },
    { key: 'floor-area', label: f.floorArea, value: `${formatInteger(c.floorArea, locale)} ${t.common.squareMetres}` },
    { key: 'origin', label: f.origin, value: t.enums.origin[c.origin] },
    { key: 'property-rights', label: f.propertyRights, value: t.enums.propertyRights[c.propertyRights] },
    { key: 'property-rights-unit', label: f.propertyRightsUnit, value: orNotSet(c.propertyRightsUnit) },
    { key: 'caretaker', label: f.caretaker, value: orNotSet(c.caretaker) },
    { key: 'management-status', label: f.managementStatus, value: t.enums.managementStatus[c.managementStatus] },
    { key: 'closure-status', label: f.closureStatus, value: <StatusBadge status={c.closureStatus} /> },
  ];
  return (
    <dl className="fact-list">
      {facts.map((fact) => (
        <div key={fact.key} className="fact" data-testid={`fact-${fact.key}`}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
