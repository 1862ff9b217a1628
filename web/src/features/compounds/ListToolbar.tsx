'use client';

import { useId } from 'react';
import type { CompoundSortField, SortDirection } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { PAGE_SIZES, SORT_DIRECTIONS, SORT_FIELDS, type ListParams, type PageSize } from './list-params';

interface Props {
  params: ListParams;
  onChange(changes: Partial<ListParams>): void;
}

/** Sort field, direction and page size. */
export function ListToolbar({ params, onChange }: Props) {
  const { t } = useI18n();
  const sortId = useId();
  const directionId = useId();
  const sizeId = useId();
  return (
    <div className="toolbar-controls">
      <div className="field field--inline">
        <label htmlFor={sortId}>{t.compounds.sort}</label>
        <select
          id={sortId}
          data-testid="sort-field"
          value={params.sort}
          onChange={(e) => onChange({ sort: e.target.value as CompoundSortField })}
        >
          {SORT_FIELDS.map((field) => (
            <option key={field} value={field}>
              {t.enums.sortField[field]}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--inline">
        <label htmlFor={directionId}>{t.compounds.direction}</label>
        <select
          id={directionId}
          data-testid="sort-direction"
          value={params.direction}
          onChange={(e) => onChange({ direction: e.target.value as SortDirection })}
        >
          {SORT_DIRECTIONS.map((direction) => (
            <option key={direction} value={direction}>
              {t.enums.sortDirection[direction]}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--inline">
        <label htmlFor={sizeId}>{t.compounds.pageSize}</label>
        <select
          id={sizeId}
          data-testid="page-size"
          value={params.size}
          onChange={(e) => onChange({ size: Number(e.target.value) as PageSize })}
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {t.compounds.perPage(size)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
