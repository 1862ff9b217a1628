'use client';

import type { ClosureStatus } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { CLOSURE_STATUSES } from '@/lib/closure-status';

interface Props {
  selected: readonly ClosureStatus[];
  onChange(statuses: ClosureStatus[]): void;
}

/** None checked means any status. */
export function StatusFilter({ selected, onChange }: Props) {
  const { t } = useI18n();
  const toggle = (status: ClosureStatus, on: boolean) =>
    onChange(CLOSURE_STATUSES.filter((s) => (s === status ? on : selected.includes(s))));
  return (
    <fieldset className="field checkbox-group">
      <legend>{t.compounds.closureStatus}</legend>
      {CLOSURE_STATUSES.map((status) => (
        <label key={status} className="checkbox">
          <input
            type="checkbox"
            data-testid={`filter-status-${status}`}
            checked={selected.includes(status)}
            onChange={(e) => toggle(status, e.target.checked)}
          />
          {t.enums.closureStatus[status]}
        </label>
      ))}
    </fieldset>
  );
}
