'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { Panel } from '@/components/ui/Panel';
import { Skeleton } from '@/components/ui/Skeleton';
import { Pagination } from '@/features/compounds/Pagination';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatInteger } from '@/lib/format';
import type { ApiError } from '@/lib/graphql/errors';
import { useQuery } from '@/lib/graphql/use-query';
import { RENOVATION_ACTIONS } from '@/lib/session/access';
import { useSession } from '@/lib/session/SessionProvider';
import { useHomeDistrict } from '@/lib/use-home-district';
import { AlertList } from './AlertList';
import { ProgressSection } from './ProgressSection';
import { ProjectForm } from './ProjectForm';
import { ProjectTable } from './ProjectTable';
import { RenovationProjectsQuery } from './queries';
import { parseRenovationParams, projectVariables, RENOVATION_STAGES, renovationHref, type RenovationParams } from './stages';

const isCursorError = (error: ApiError) => error.field === 'after' || error.field === 'before';

/**
 * `/renovation`: for the offices, progress (district → street → compound) and the overdue
 * alerts; for everyone offered the page, the projects with their stage, dates and money.
 * The street drilled into, the filters and the page live in the URL.
 */
export function RenovationPage() {
  const { t, locale } = useI18n();
  const router = useRouter();
  const { me } = useSession();
  const actions = me ? RENOVATION_ACTIONS[me.role] : { progress: false, manage: false };
  const params = parseRenovationParams(useSearchParams());
  const { districtId, error: districtError, retry } = useHomeDistrict();
  const projects = useQuery(RenovationProjectsQuery, projectVariables(params));
  const [creating, setCreating] = useState(false);
  const r = t.renovation;

  const go = (next: Partial<RenovationParams>) => router.push(renovationHref(next), { scroll: false });
  const change = (changes: Partial<RenovationParams>) => go({ ...params, after: undefined, before: undefined, ...changes });
  const data = projects.data?.renovationProjects;

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>{r.title}</h1>
          <p className="muted">{actions.progress ? r.intro : r.introHotline}</p>
        </div>
        {actions.manage && (
          <button
            type="button"
            className={creating ? 'button' : 'button button--primary'}
            data-testid="project-create-open"
            aria-expanded={creating}
            onClick={() => setCreating((open) => !open)}
          >
            {creating ? r.form.close : r.form.create}
          </button>
        )}
      </div>

      {actions.manage && creating && (
        <Panel title={r.form.create} className="project-form-panel">
          <ProjectForm mode={{ kind: 'create' }} onCreated={(id) => router.push(`/renovation/${id}`)} onCancel={() => setCreating(false)} />
        </Panel>
      )}

      {actions.progress &&
        (districtId ? (
          <ProgressSection districtId={districtId} street={params.street} onStreet={(street) => change({ street })} />
        ) : districtError ? (
          <div className="panel">
            <ErrorState error={districtError} onRetry={retry} />
          </div>
        ) : (
          <div className="panel">
            <Skeleton lines={6} height={24} />
          </div>
        ))}

      {actions.progress && (
        <Panel title={r.alerts} className="alerts-panel">
          <AlertList streetId={params.street} />
        </Panel>
      )}

      <Panel title={r.projects}>
        <div className="filters filters--inline" role="group" aria-label={t.compounds.filters}>
          <fieldset className="field checkbox-group">
            <legend>{r.filterStage}</legend>
            {RENOVATION_STAGES.map((stage) => (
              <label key={stage} className="checkbox">
                <input
                  type="checkbox"
                  data-testid={`project-filter-stage-${stage}`}
                  checked={params.stages.includes(stage)}
                  onChange={(e) =>
                    change({ stages: RENOVATION_STAGES.filter((s) => (s === stage ? e.target.checked : params.stages.includes(s))) })
                  }
                />
                {t.enums.renovationStage[stage]}
              </label>
            ))}
          </fieldset>
          <div className="field field--checkbox">
            <label className="checkbox">
              <input
                type="checkbox"
                data-testid="project-filter-overdue"
                checked={params.overdue}
                onChange={(e) => change({ overdue: e.target.checked })}
              />
              {r.filterOverdue}
            </label>
          </div>
          <div className="filters-actions">
            <button type="button" className="button button--link" data-testid="project-clear" onClick={() => go({})}>
              {r.clearFilters}
            </button>
          </div>
        </div>
        <div className="toolbar">
          <p className="total" aria-live="polite" data-testid="project-total" data-count={data?.totalCount}>
            {data ? r.total(formatInteger(data.totalCount, locale)) : '\u00a0'}
          </p>
        </div>
        {projects.status === 'loading' && <Skeleton lines={8} height={22} />}
        {projects.status === 'error' && (
          <ErrorState
            error={projects.error}
            onRetry={isCursorError(projects.error) ? () => change({}) : projects.refetch}
            retryLabel={isCursorError(projects.error) ? t.errors.firstPage : undefined}
          />
        )}
        {data &&
          (data.edges.length === 0 ? (
            <EmptyState title={r.empty} testId="project-empty">
              <p>{r.emptyHint}</p>
            </EmptyState>
          ) : (
            <>
              <ProjectTable rows={data.edges.map((e) => e.node)} />
              <Pagination
                pageInfo={data.pageInfo}
                onPrevious={(before) => go({ ...params, after: undefined, before })}
                onNext={(after) => go({ ...params, before: undefined, after })}
              />
            </>
          ))}
      </Panel>
    </div>
  );
}
