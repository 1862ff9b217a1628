'use client';

import Link from 'next/link';
import { useState, type ReactNode } from 'react';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { Panel } from '@/components/ui/Panel';
import { Skeleton } from '@/components/ui/Skeleton';
import type { ProjectDetailFieldsFragment } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatDateTime, formatPercent, formatYuan } from '@/lib/format';
import { useQuery } from '@/lib/graphql/use-query';
import { RENOVATION_ACTIONS } from '@/lib/session/access';
import { useSession } from '@/lib/session/SessionProvider';
import { ProjectForm } from './ProjectForm';
import { RenovationProjectQuery } from './queries';
import { StageActions, type StageNotice } from './StageActions';
import { OverdueBadge, StageBadge } from './StageBadge';
import { RENOVATION_STAGES, renovationHref } from './stages';

type Project = ProjectDetailFieldsFragment;

/**
 * `/renovation/[id]`: one project: its facts, the five stages with planned and actual dates,
 * the work items and their money, the stage history; the street office also moves its stage.
 */
export function ProjectDetailPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { me } = useSession();
  const manage = me ? RENOVATION_ACTIONS[me.role].manage : false;
  const result = useQuery(RenovationProjectQuery, { id });
  // The project a stage change answered with, until the next load; keyed by the load it replaces.
  const [latest, setLatest] = useState<{ project: Project; over: Project } | null>(null);
  const [notice, setNotice] = useState<StageNotice>();
  const [editing, setEditing] = useState(false);
  const p = t.renovation.project;

  if (result.status !== 'success') {
    return (
      <div className="page">
        <div className="panel">
          {result.status === 'loading' ? (
            <Skeleton lines={8} height={24} />
          ) : result.error.code === 'NOT_FOUND' ? (
            <EmptyState title={p.notFoundTitle} testId="project-not-found" titleAs="h1">
              <p>{p.notFoundBody}</p>
              <Link href="/renovation" className="button">
                {p.backToList}
              </Link>
            </EmptyState>
          ) : (
            <ErrorState error={result.error} onRetry={result.refetch} />
          )}
        </div>
      </div>
    );
  }

  const loaded = result.data.renovationProject;
  const project = latest && latest.over === loaded ? latest.project : loaded;
  const overdueDays = Math.max(0, ...project.stages.map((s) => s.daysOverdue ?? 0));

  return (
    <div className="page">
      <nav aria-label={p.breadcrumb} className="breadcrumb" data-testid="breadcrumb">
        <ol>
          <li>
            <Link href="/renovation">{t.renovation.title}</Link>
          </li>
          <li>
            <Link href={renovationHref({ street: project.street.id })} data-testid="breadcrumb-street">
              {project.street.name}
            </Link>
          </li>
          <li>
            <span aria-current="page">{project.compound.name}</span>
          </li>
        </ol>
      </nav>
      <div className="page-head page-head--title title-with-badge">
        <h1 data-testid="project-title">{p.heading(project.compound.name)}</h1>
        <StageBadge stage={project.stage} testId="project-current-stage" />
        <OverdueBadge days={overdueDays} />
        {manage && (
          <button
            type="button"
            className={editing ? 'button page-head-action' : 'button button--primary page-head-action'}
            data-testid="project-edit-open"
            aria-expanded={editing}
            onClick={() => setEditing((open) => !open)}
          >
            {editing ? t.renovation.form.close : t.renovation.form.edit}
          </button>
        )}
      </div>

      <p
        className={notice ? (notice.ok ? 'notice notice--ok page-notice' : 'notice notice--error page-notice') : 'visually-hidden'}
        role="status"
        data-testid="stage-result"
      >
        {notice?.text}
      </p>

      {manage && editing && (
        <Panel title={t.renovation.form.edit} className="project-form-panel">
          <ProjectForm
            mode={{ kind: 'edit', project }}
            onSaved={(saved) => {
              setLatest({ project: saved, over: loaded });
              setEditing(false);
              setNotice({ ok: true, text: t.renovation.form.saved });
            }}
            onCancel={() => setEditing(false)}
          />
        </Panel>
      )}

      <Panel title={p.facts}>
        <ProjectFacts project={project} />
      </Panel>

      {manage && (
        <Panel title={p.actions}>
          <StageActions
            key={project.stage}
            project={project}
            onChanged={(changed) => setLatest({ project: changed, over: loaded })}
            onStale={() => {
              setLatest(null);
              result.refetch();
            }}
            onNotice={setNotice}
          />
        </Panel>
      )}

      <Panel title={p.stages}>
        <StageTable project={project} />
      </Panel>
      <Panel title={p.workItems}>
        <WorkItems project={project} />
      </Panel>
      <Panel title={p.history}>
        <History project={project} />
      </Panel>
    </div>
  );
}

function ProjectFacts({ project }: { project: Project }) {
  const { t, locale } = useI18n();
  const p = t.renovation.project;
  const notSet = <span className="muted">{t.common.notSet}</span>;
  const facts: { key: string; label: string; value: ReactNode }[] = [
    { key: 'compound', label: p.compound, value: <Link href={`/compounds/${project.compound.id}`}>{project.compound.name}</Link> },
    { key: 'street', label: p.street, value: project.street.name },
    {
      key: 'template',
      label: p.template,
      value: project.templateCompound ? (
        <Link href={`/compounds/${project.templateCompound.id}`}>{project.templateCompound.name}</Link>
      ) : (
        notSet
      ),
    },
    { key: 'planned-start', label: p.plannedStart, value: project.plannedStartOn },
    { key: 'contractor', label: p.contractor, value: project.contractor ?? notSet },
    { key: 'property-company', label: p.propertyCompany, value: project.propertyCompany ?? notSet },
    { key: 'budget', label: p.budget, value: t.renovation.yuan(formatYuan(project.budget, locale)) },
    { key: 'spent', label: p.spent, value: t.renovation.yuan(formatYuan(project.spent, locale)) },
    { key: 'updated-at', label: p.updatedAt, value: formatDateTime(project.updatedAt, locale) },
  ];
  return (
    <dl className="fact-list">
      {facts.map((fact) => (
        <div key={fact.key} className="fact" data-testid={`project-fact-${fact.key}`}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function StageTable({ project }: { project: Project }) {
  const { t } = useI18n();
  const p = t.renovation.project;
  const currentIndex = RENOVATION_STAGES.indexOf(project.stage);
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="stage-table">
        <caption className="visually-hidden">{p.stagesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{p.stageColumn.stage}</th>
            <th scope="col">{p.stageColumn.planned}</th>
            <th scope="col">{p.stageColumn.actual}</th>
            <th scope="col">{p.stageColumn.state}</th>
          </tr>
        </thead>
        <tbody>
          {project.stages.map((s) => {
            const index = RENOVATION_STAGES.indexOf(s.stage);
            return (
              <tr
                key={s.stage}
                data-testid="stage-row"
                data-stage={s.stage}
                className={index === currentIndex ? 'row--current' : undefined}
              >
                <th scope="row">{t.enums.renovationStage[s.stage]}</th>
                <td>{s.plannedOn ?? <span className="muted">{t.common.none}</span>}</td>
                <td data-testid="stage-actual">{s.actualOn ?? <span className="muted">{t.common.none}</span>}</td>
                <td>
                  {index === currentIndex ? (
                    <span className="badge badge--ok">{p.stateCurrent}</span>
                  ) : index < currentIndex ? (
                    p.stateDone
                  ) : (
                    <span className="muted">{p.statePending}</span>
                  )}{' '}
                  <OverdueBadge days={s.daysOverdue} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function WorkItems({ project }: { project: Project }) {
  const { t, locale } = useI18n();
  const p = t.renovation.project;
  if (project.workItems.length === 0) return <p className="chart-empty">{p.noWorkItems}</p>;
  const share = (spent: number, budget: number) => (budget > 0 ? formatPercent(spent / budget, locale) : t.common.none);
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="work-items">
        <caption className="visually-hidden">{p.workItemsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{p.workColumn.kind}</th>
            <th scope="col">{p.workColumn.description}</th>
            <th scope="col" className="num">
              {p.workColumn.budget}
            </th>
            <th scope="col" className="num">
              {p.workColumn.spent}
            </th>
            <th scope="col" className="num">
              {p.workColumn.share}
            </th>
          </tr>
        </thead>
        <tbody>
          {project.workItems.map((item) => (
            <tr key={item.id} data-testid="work-item-row" data-kind={item.kind}>
              <th scope="row">{t.enums.workKind[item.kind]}</th>
              <td className="cell-wrap">{item.description}</td>
              <td className="num">{formatYuan(item.budget, locale)}</td>
              <td className="num">{formatYuan(item.spent, locale)}</td>
              <td className="num">{share(item.spent, item.budget)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {p.workTotal}
            </th>
            <td className="num" data-testid="work-total-budget">
              {formatYuan(project.budget, locale)}
            </td>
            <td className="num">{formatYuan(project.spent, locale)}</td>
            <td className="num">{share(project.spent, project.budget)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function History({ project }: { project: Project }) {
  const { t, locale } = useI18n();
  const p = t.renovation.project;
  const stage = (s: Project['stage']) => t.enums.renovationStage[s];
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="stage-history">
        <caption className="visually-hidden">{p.historyCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{p.historyColumn.time}</th>
            <th scope="col">{p.historyColumn.kind}</th>
            <th scope="col">{p.historyColumn.change}</th>
            <th scope="col">{p.historyColumn.actualOn}</th>
            <th scope="col">{p.historyColumn.actor}</th>
            <th scope="col">{p.historyColumn.reason}</th>
          </tr>
        </thead>
        <tbody>
          {project.history.map((h) => (
            <tr key={h.id} data-testid="history-row" data-kind={h.kind} data-to={h.toStage}>
              <td>{formatDateTime(h.changedAt, locale)}</td>
              <td>
                <span className={h.kind === 'CORRECTION' ? 'badge badge--warn' : 'badge'}>{t.enums.stageChangeKind[h.kind]}</span>
              </td>
              <td data-testid="history-change">
                {h.fromStage ? p.change(stage(h.fromStage), stage(h.toStage)) : p.created(stage(h.toStage))}
              </td>
              <td>{h.actualOn ?? <span className="muted">{t.common.none}</span>}</td>
              <td data-testid="history-actor">{h.actorName ?? <span className="muted">{t.common.none}</span>}</td>
              <td className="cell-wrap">{h.reason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
