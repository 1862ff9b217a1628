'use client';

import { useId } from 'react';
import { useI18n } from '@/i18n/LocaleProvider';
import { CommunityOptionsQuery, DistrictOptionsQuery, StreetOptionsQuery } from '@/lib/geography-queries';
import { useQuery } from '@/lib/graphql/use-query';
import type { ListParams } from './list-params';

interface Props {
  params: ListParams;
  onChange(changes: Partial<ListParams>): void;
}

/** District → street → community; each level lists the children of the one above. */
export function PlaceFilters({ params, onChange }: Props) {
  const { t } = useI18n();
  const districts = useQuery(DistrictOptionsQuery, {});
  const streets = useQuery(StreetOptionsQuery, { districtId: params.district ?? '' }, { skip: !params.district });
  const communities = useQuery(CommunityOptionsQuery, { streetId: params.street ?? '' }, { skip: !params.street });

  return (
    <>
      <OptionSelect
        label={t.compounds.district}
        testId="filter-district"
        value={params.district}
        options={districts.data?.districts}
        placeholder={t.common.all}
        onChange={(district) => onChange({ district, street: undefined, community: undefined })}
      />
      <OptionSelect
        label={t.compounds.street}
        testId="filter-street"
        value={params.street}
        options={streets.data?.streets}
        placeholder={params.district ? t.common.all : t.compounds.chooseDistrictFirst}
        onChange={(street) => onChange({ street, community: undefined })}
      />
      <OptionSelect
        label={t.compounds.community}
        testId="filter-community"
        value={params.community}
        options={communities.data?.communities.edges.map((e) => e.node)}
        placeholder={params.street ? t.common.all : t.compounds.chooseStreetFirst}
        onChange={(community) => onChange({ community })}
      />
    </>
  );
}

interface OptionSelectProps {
  label: string;
  testId: string;
  value: string | undefined;
  /** Undefined while loading or while the level above is unset: the select is then disabled. */
  options: readonly { id: string; name: string }[] | undefined;
  placeholder: string;
  onChange(value: string | undefined): void;
}

function OptionSelect({ label, testId, value, options, placeholder, onChange }: OptionSelectProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        data-testid={testId}
        value={options ? (value ?? '') : ''}
        disabled={!options}
        onChange={(e) => onChange(e.target.value || undefined)}
      >
        <option value="">{placeholder}</option>
        {options?.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}
