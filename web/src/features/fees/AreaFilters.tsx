'use client';

import { useId, useState } from 'react';
import { useI18n } from '@/i18n/LocaleProvider';
import { DistrictOptionsQuery } from '@/lib/geography-queries';
import { useQuery } from '@/lib/graphql/use-query';
import type { FeesParams } from './fees-params';
import { FeeCompoundOptionsQuery, FeeStreetOptionsQuery } from './queries';

interface Props {
  /** The district shown (the URL's, else the account's own). */
  district: string | undefined;
  /** The street shown; a street office's own street is fixed. */
  street: string | undefined;
  ownStreet: string | undefined;
  params: FeesParams;
  onChange(changes: Partial<FeesParams>): void;
}

/**
 * District → street → compound, each level the children of the one above and all within the
 * caller's scope (the API cuts the option lists); then the month range.
 */
export function AreaFilters({ district, street, ownStreet, params, onChange }: Props) {
  const { t } = useI18n();
  const f = t.fees;
  const districts = useQuery(DistrictOptionsQuery, {}, { skip: Boolean(ownStreet) });
  const streets = useQuery(FeeStreetOptionsQuery, { districtId: ownStreet ? undefined : district }, { skip: !ownStreet && !district });
  const compounds = useQuery(FeeCompoundOptionsQuery, { streetId: street ?? '' }, { skip: !street });
  const rangeError = params.from && params.to && params.from > params.to ? f.rangeOrder : undefined;

  return (
    <section className="panel filters fee-filters" aria-label={f.filters}>
      {!ownStreet && (
        <AreaSelect
          label={f.district}
          testId="fee-district"
          value={district}
          options={districts.data?.districts}
          onChange={(value) => onChange({ district: value, street: undefined, compound: undefined, month: undefined })}
        />
      )}
      <AreaSelect
        label={f.street}
        testId="fee-street"
        value={street}
        options={streets.data?.streets}
        placeholder={ownStreet ? undefined : f.wholeDistrict}
        onChange={(value) => onChange({ street: value, compound: undefined, month: undefined })}
      />
      <AreaSelect
        label={f.compound}
        testId="fee-compound"
        value={params.compound}
        options={compounds.data?.compounds.edges.map((e) => e.node)}
        placeholder={street ? f.wholeStreet : f.chooseStreetFirst}
        onChange={(value) => onChange({ compound: value, month: undefined })}
      />
      <MonthRange key={`${params.from ?? ''}|${params.to ?? ''}`} params={params} error={rangeError} onChange={onChange} />
    </section>
  );
}

function AreaSelect({
  label,
  testId,
  value,
  options,
  placeholder,
  onChange,
}: {
  label: string;
  testId: string;
  value: string | undefined;
  /** Undefined while loading or while the level above is unset: the select is then disabled. */
  options: readonly { id: string; name: string }[] | undefined;
  /** The "whole area above" choice; none when the level is fixed (a street office's street). */
  placeholder?: string;
  onChange(value: string | undefined): void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        data-testid={testId}
        value={options ? (value ?? '') : ''}
        disabled={!options || (placeholder === undefined && options.length <= 1)}
        onChange={(e) => onChange(e.target.value || undefined)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options?.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The two months, applied together (typing a month must not reload the page at every keystroke). */
function MonthRange({ params, error, onChange }: { params: FeesParams; error?: string; onChange(changes: Partial<FeesParams>): void }) {
  const { t } = useI18n();
  const f = t.fees;
  const ids = { from: useId(), to: useId(), hint: useId(), error: useId() };
  const [from, setFrom] = useState(params.from ?? '');
  const [to, setTo] = useState(params.to ?? '');
  const [localError, setLocalError] = useState<string>();
  const shownError = localError ?? error;
  const describedBy = [shownError ? ids.error : undefined, ids.hint].filter(Boolean).join(' ');

  const apply = (nextFrom: string, nextTo: string) => {
    if (nextFrom && nextTo && nextFrom > nextTo) {
      setLocalError(f.rangeOrder);
      return;
    }
    setLocalError(undefined);
    onChange({ from: nextFrom || undefined, to: nextTo || undefined, month: undefined });
  };

  return (
    <div className="fee-months">
      <div className="field">
        <label htmlFor={ids.from}>{f.fromMonth}</label>
        <input
          id={ids.from}
          type="month"
          data-testid="fee-from"
          value={from}
          aria-invalid={shownError ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            setFrom(e.target.value);
            apply(e.target.value, to);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.to}>{f.toMonth}</label>
        <input
          id={ids.to}
          type="month"
          data-testid="fee-to"
          value={to}
          aria-invalid={shownError ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            setTo(e.target.value);
            apply(from, e.target.value);
          }}
        />
      </div>
      <button
        type="button"
        className="button button--link"
        data-testid="fee-range-clear"
        disabled={!params.from && !params.to && !from && !to}
        onClick={() => {
          setFrom('');
          setTo('');
          apply('', '');
        }}
      >
        {f.clear}
      </button>
      <p id={ids.hint} className="field-hint fee-months-hint">
        {f.monthHint}
      </p>
      {shownError && (
        <p id={ids.error} className="field-error fee-months-hint" role="alert" data-testid="fee-range-error">
          {shownError}
        </p>
      )}
    </div>
  );
}
