'use client';

import { useId } from 'react';
import { useI18n } from '@/i18n/LocaleProvider';

interface Props {
  districts: readonly { id: string; name: string }[];
  value: string;
  onChange(id: string): void;
}

export function DistrictSelect({ districts, value, onChange }: Props) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field field--inline">
      <label htmlFor={id}>{t.overview.district}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid="district-select">
        {districts.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </select>
    </div>
  );
}
