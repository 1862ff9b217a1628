'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { Skeleton } from '@/components/ui/Skeleton';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatInteger } from '@/lib/format';
import { fieldErrorMessage, type ApiError } from '@/lib/graphql/errors';
import { useQuery } from '@/lib/graphql/use-query';
import { CompoundTable } from './CompoundTable';
import { listHref, listVariables, parseListParams, withChanges, type ListParams } from './list-params';
import { ListToolbar } from './ListToolbar';
import { Pagination } from './Pagination';
import { PlaceFilters } from './PlaceFilters';
import { CompoundListQuery } from './queries';
import { SearchField } from './SearchField';
import { StatusFilter } from './StatusFilter';

const isCursorError = (error: ApiError) => error.field === 'after' || error.field === 'before';

/** `/compounds`: every filter, the sort and the page live in the URL. */
export function CompoundListPage() {
  const { t, locale } = useI18n();
  const router = useRouter();
  const params = parseListParams(useSearchParams());
  const result = useQuery(CompoundListQuery, listVariables(params));

  const go = (next: ListParams) => router.push(listHref(next), { scroll: false });
  const change = (changes: Partial<ListParams>) => go(withChanges(params, changes));
  const searchError = result.error?.field === 'filter.search' ? fieldErrorMessage(result.error, t) : undefined;

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t.compounds.title}</h1>
      </div>

      <section className="panel filters" aria-label={t.compounds.filters}>
        <PlaceFilters params={params} onChange={change} />
        <StatusFilter selected={params.statuses} onChange={(statuses) => change({ statuses })} />
        <div className="field field--checkbox">
          <label className="checkbox">
            <input
              type="checkbox"
              data-testid="filter-old"
              checked={params.oldOnly}
              onChange={(e) => change({ oldOnly: e.target.checked })}
            />
            {t.compounds.oldOnly}
          </label>
        </div>
        {/* Remounts when the URL's search changes (back button), so the box shows what is applied. */}
        <SearchField
          key={params.search ?? ''}
          initial={params.search}
          serverError={searchError}
          onSearch={(search) => change({ search })}
        />
        <div className="filters-actions">
          <button type="button" className="button button--link" onClick={() => router.push(listHref({}))}>
            {t.compounds.clearFilters}
          </button>
        </div>
      </section>

      <section className="panel" aria-label={t.compounds.tableCaption}>
        <div className="toolbar">
          <p className="total" aria-live="polite" data-testid="compound-total" data-count={result.data?.compounds.totalCount}>
            {result.data ? t.compounds.total(formatInteger(result.data.compounds.totalCount, locale)) : '\u00a0'}
          </p>
          <ListToolbar params={params} onChange={change} />
        </div>

        {result.status === 'loading' && <Skeleton lines={10} height={22} />}
        {/* The search box already says what is wrong; the results area only points there. */}
        {result.status === 'error' && searchError && <EmptyState title={t.errors.BAD_USER_INPUT} />}
        {result.status === 'error' && !searchError && (
          <ErrorState
            error={result.error}
            onRetry={isCursorError(result.error) ? () => change({}) : result.refetch}
            retryLabel={isCursorError(result.error) ? t.errors.firstPage : undefined}
          />
        )}
        {result.status === 'success' &&
          (result.data.compounds.edges.length === 0 ? (
            <EmptyState title={t.compounds.empty} testId="compound-empty">
              <p>{t.compounds.emptyHint}</p>
            </EmptyState>
          ) : (
            <>
              <CompoundTable rows={result.data.compounds.edges.map((e) => e.node)} />
              <Pagination
                pageInfo={result.data.compounds.pageInfo}
                onPrevious={(before) => go({ ...params, after: undefined, before })}
                onNext={(after) => go({ ...params, before: undefined, after })}
              />
            </>
          ))}
      </section>
    </div>
  );
}
