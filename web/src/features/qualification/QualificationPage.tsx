'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useId } from 'react';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { Panel } from '@/components/ui/Panel';
import { Skeleton } from '@/components/ui/Skeleton';
import { Pagination } from '@/features/compounds/Pagination';
import { SearchField } from '@/features/compounds/SearchField';
import type { ClosureCandidateSortField, SortDirection } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatInteger } from '@/lib/format';
import { StreetOptionsQuery } from '@/lib/geography-queries';
import { fieldErrorMessage, type ApiError } from '@/lib/graphql/errors';
import { useQuery } from '@/lib/graphql/use-query';
import { QUALIFICATION_ACTIONS } from '@/lib/session/access';
import { useSession } from '@/lib/session/SessionProvider';
import { useHomeDistrict } from '@/lib/use-home-district';
import { CandidateTable } from './CandidateTable';
import {
  CANDIDATE_PAGE_SIZES,
  CANDIDATE_SORT_FIELDS,
  candidatesHref,
  candidateVariables,
  parseCandidateParams,
  withCandidateChanges,
  type CandidatePageSize,
  type CandidateParams,
} from './candidates-params';
import { ClosureCandidatesQuery } from './queries';
import { RuleSetPanel } from './RuleSetPanel';
import { QUALIFICATION_STATUSES } from './status';
import { StreetCounts } from './StreetCounts';

const isCursorError = (error: ApiError) => error.field === 'after' || error.field === 'before';

/**
 * `/qualification`: the street office's closure candidates (counts per street, then each compound
 * with what it lacks), filters and page in the URL. The district official also keeps the rules here.
 */
export function QualificationPage() {
  const { t, locale } = useI18n();
  const router = useRouter();
  const { me } = useSession();
  const actions = me ? QUALIFICATION_ACTIONS[me.role] : { history: false, assess: false, rules: false };
  const params = parseCandidateParams(useSearchParams());
  const { districtId } = useHomeDistrict();
  const streets = useQuery(StreetOptionsQuery, { districtId: districtId ?? '' }, { skip: !districtId });
  const result = useQuery(ClosureCandidatesQuery, candidateVariables(params));
  const ids = { street: useId(), sort: useId(), direction: useId(), size: useId() };
  const q = t.qualification;

  const go = (next: Partial<CandidateParams>) => router.push(candidatesHref(next), { scroll: false });
  const change = (changes: Partial<CandidateParams>) => go(withCandidateChanges(params, changes));
  const searchError = result.error?.field === 'filter.search' ? fieldErrorMessage(result.error, t) : undefined;
  const data = result.data?.closureCandidates;

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>{q.title}</h1>
          <p className="muted">{q.intro}</p>
        </div>
      </div>

      <Panel title={q.byStreet}>
        {data ? (
          data.byStreet.length > 0 ? (
            <StreetCounts streets={data.byStreet} onStreet={(street) => change({ street })} />
          ) : (
            <p className="chart-empty">{q.noRules}</p>
          )
        ) : (
          <Skeleton lines={2} height={22} />
        )}
      </Panel>

      <section className="panel filters" aria-label={q.filters}>
        <div className="field">
          <label htmlFor={ids.street}>{q.street}</label>
          <select
            id={ids.street}
            data-testid="candidate-filter-street"
            value={streets.data ? (params.street ?? '') : ''}
            disabled={!streets.data}
            onChange={(e) => change({ street: e.target.value || undefined })}
          >
            <option value="">{t.common.all}</option>
            {streets.data?.streets.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field checkbox-group">
          <legend>{q.status}</legend>
          {QUALIFICATION_STATUSES.map((status) => (
            <label key={status} className="checkbox">
              <input
                type="checkbox"
                data-testid={`candidate-filter-status-${status}`}
                checked={params.statuses.includes(status)}
                onChange={(e) =>
                  change({
                    statuses: QUALIFICATION_STATUSES.filter((s) => (s === status ? e.target.checked : params.statuses.includes(s))),
                  })
                }
              />
              {t.enums.qualificationStatus[status]}
            </label>
          ))}
        </fieldset>
        <div className="field field--checkbox">
          <label className="checkbox">
            <input
              type="checkbox"
              data-testid="candidate-filter-old"
              checked={params.oldOnly}
              onChange={(e) => change({ oldOnly: e.target.checked })}
            />
            {q.oldOnly}
          </label>
        </div>
        <SearchField
          key={params.search ?? ''}
          initial={params.search}
          serverError={searchError}
          onSearch={(search) => change({ search })}
        />
        <div className="filters-actions">
          <button type="button" className="button button--link" data-testid="candidate-clear" onClick={() => go({})}>
            {q.clearFilters}
          </button>
        </div>
      </section>

      <section className="panel" aria-label={q.tableCaption}>
        <div className="toolbar">
          <p className="total" aria-live="polite" data-testid="candidate-total" data-count={data?.totalCount}>
            {data ? q.total(formatInteger(data.totalCount, locale)) : '\u00a0'}
          </p>
          <div className="toolbar-controls">
            <div className="field field--inline">
              <label htmlFor={ids.sort}>{q.sort}</label>
              <select
                id={ids.sort}
                data-testid="candidate-sort"
                value={params.sort}
                onChange={(e) => change({ sort: e.target.value as ClosureCandidateSortField })}
              >
                {CANDIDATE_SORT_FIELDS.map((field) => (
                  <option key={field} value={field}>
                    {q.sortFields[field]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field field--inline">
              <label htmlFor={ids.direction}>{q.direction}</label>
              <select
                id={ids.direction}
                data-testid="candidate-direction"
                value={params.direction}
                onChange={(e) => change({ direction: e.target.value as SortDirection })}
              >
                <option value="ASC">{t.enums.sortDirection.ASC}</option>
                <option value="DESC">{t.enums.sortDirection.DESC}</option>
              </select>
            </div>
            <div className="field field--inline">
              <label htmlFor={ids.size}>{t.compounds.pageSize}</label>
              <select
                id={ids.size}
                data-testid="candidate-page-size"
                value={params.size}
                onChange={(e) => change({ size: Number(e.target.value) as CandidatePageSize })}
              >
                {CANDIDATE_PAGE_SIZES.map((size) => (
                  <option key={size} value={size}>
                    {t.compounds.perPage(size)}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </div>

        {result.status === 'loading' && <Skeleton lines={10} height={22} />}
        {result.status === 'error' && searchError && <EmptyState title={t.errors.BAD_USER_INPUT} />}
        {result.status === 'error' && !searchError && (
          <ErrorState
            error={result.error}
            onRetry={isCursorError(result.error) ? () => change({}) : result.refetch}
            retryLabel={isCursorError(result.error) ? t.errors.firstPage : undefined}
          />
        )}
        {data &&
          (data.edges.length === 0 ? (
            <EmptyState title={q.empty} testId="candidate-empty">
              <p>{q.emptyHint}</p>
            </EmptyState>
          ) : (
            <>
              <CandidateTable rows={data.edges.map((e) => e.node)} />
              <Pagination
                pageInfo={data.pageInfo}
                onPrevious={(before) => go({ ...params, after: undefined, before })}
                onNext={(after) => go({ ...params, before: undefined, after })}
              />
            </>
          ))}
      </section>

      {actions.rules && districtId && <RuleSetPanel districtId={districtId} />}
    </div>
  );
}
