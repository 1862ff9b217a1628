'use client';

import Link from 'next/link';
import { ErrorState } from '@/components/ui/ErrorState';
import { Panel } from '@/components/ui/Panel';
import { Skeleton } from '@/components/ui/Skeleton';
import type { RenovationProgressQuery } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatInteger, formatPercent, formatYuan } from '@/lib/format';
import { useQuery } from '@/lib/graphql/use-query';
import { FunnelChart, InvestmentChart } from './ProgressCharts';
import { RenovationProgressQuery as ProgressQuery } from './queries';

type Progress = RenovationProgressQuery['renovationProgress'];
type Figures = Pick<
  Progress,
  'projectCount' | 'budget' | 'spent' | 'completedStages' | 'completedOnTime' | 'onTimeShare' | 'overdueProjects'
>;
type Finished = { projectId: string; closedOn: string; compound: { name: string }; street?: { name: string } };

/**
 * The district's progress (DISTRICT_OFFICIAL, STREET_OFFICER: their street only): figures,
 * the pipeline and the money per street, the compounds closed so far. Drilling into a street
 * (`street`) narrows every figure to it; its projects then link on to each compound's project.
 */
export function ProgressSection({
  districtId,
  street,
  onStreet,
}: {
  districtId: string;
  street: string | undefined;
  onStreet(streetId: string | undefined): void;
}) {
  const { t, locale } = useI18n();
  const r = t.renovation;
  const progress = useQuery(ProgressQuery, { districtId });
  if (progress.status === 'loading') {
    return (
      <div className="panel">
        <Skeleton lines={6} height={24} />
      </div>
    );
  }
  if (progress.status === 'error') {
    return (
      <div className="panel">
        <ErrorState error={progress.error} onRetry={progress.refetch} />
      </div>
    );
  }
  const district = progress.data.renovationProgress;
  const selected = street ? district.streets.find((s) => s.streetId === street) : undefined;
  const figures: Figures = selected ?? district;
  const streets = selected ? [selected] : district.streets;
  const chartStreets = streets.map((s) => ({ name: s.street.name, funnel: s.funnel, budget: s.budget, spent: s.spent }));
  const finished: readonly Finished[] = selected ? selected.finished : district.finished;
  const n = (value: number) => formatInteger(value, locale);
  const col = r.streetColumn;

  return (
    <section aria-label={r.progress(selected?.street.name ?? district.district.name)} data-testid="renovation-progress">
      <div className="section-head">
        <h2 className="section-title" data-testid="progress-title">
          {r.progress(selected?.street.name ?? district.district.name)}
        </h2>
        {selected && (
          <button type="button" className="button button--small" data-testid="progress-back" onClick={() => onStreet(undefined)}>
            {r.backToDistrict}
          </button>
        )}
      </div>
      <dl className="stat-grid stat-grid--five">
        <Stat testId="progress-projects" label={r.stats.projects} value={n(figures.projectCount)} />
        <Stat testId="progress-budget" label={r.stats.budget} value={r.yuan(formatYuan(figures.budget, locale))} raw={figures.budget} />
        <Stat testId="progress-spent" label={r.stats.spent} value={r.yuan(formatYuan(figures.spent, locale))} raw={figures.spent} />
        <Stat
          testId="progress-on-time"
          label={r.stats.onTime}
          value={figures.onTimeShare == null ? t.common.none : formatPercent(figures.onTimeShare, locale)}
          hint={
            figures.onTimeShare == null ? r.stats.onTimeNone : r.stats.onTimeHint(n(figures.completedOnTime), n(figures.completedStages))
          }
        />
        <Stat testId="progress-overdue" label={r.stats.overdue} value={n(figures.overdueProjects)} alert={figures.overdueProjects > 0} />
      </dl>

      <div className="panel-grid panel-grid--even">
        <Panel title={r.funnel}>
          {figures.projectCount > 0 ? <FunnelChart streets={chartStreets} /> : <p className="chart-empty">{r.funnelEmpty}</p>}
        </Panel>
        <Panel title={r.investment}>
          {figures.projectCount > 0 ? <InvestmentChart streets={chartStreets} /> : <p className="chart-empty">{r.funnelEmpty}</p>}
        </Panel>
      </div>

      <div className="panel-grid">
        <Panel title={selected ? r.streetProjects(selected.street.name) : r.streets}>
          {selected ? (
            <ul className="drill-list" data-testid="street-projects">
              {selected.projects.map((p) => (
                <li key={p.id}>
                  <Link href={`/renovation/${p.id}`}>{p.compound.name}</Link>
                  <span className="muted"> · {t.enums.renovationStage[p.stage]}</span>
                </li>
              ))}
            </ul>
          ) : (
            <div className="table-wrap">
              <table className="data-table" data-testid="progress-streets">
                <caption className="visually-hidden">{r.streetsCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{col.street}</th>
                    <th scope="col" className="num">
                      {col.projects}
                    </th>
                    <th scope="col" className="num">
                      {col.budget}
                    </th>
                    <th scope="col" className="num">
                      {col.spent}
                    </th>
                    <th scope="col" className="num">
                      {col.onTime}
                    </th>
                    <th scope="col" className="num">
                      {col.overdue}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {district.streets.map((s) => (
                    <tr key={s.streetId} data-testid={`progress-street-${s.street.name}`}>
                      <th scope="row">
                        <button
                          type="button"
                          className="button button--link button--inline"
                          data-testid="progress-street-link"
                          onClick={() => onStreet(s.streetId)}
                        >
                          {s.street.name}
                        </button>
                      </th>
                      <td className="num" data-testid="street-projects-count">
                        {n(s.projectCount)}
                      </td>
                      <td className="num" data-testid="street-budget" data-value={s.budget}>
                        {formatYuan(s.budget, locale)}
                      </td>
                      <td className="num">{formatYuan(s.spent, locale)}</td>
                      <td className="num">{s.onTimeShare == null ? t.common.none : formatPercent(s.onTimeShare, locale)}</td>
                      <td className="num">{n(s.overdueProjects)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Panel>
        <Panel title={r.finished}>
          {finished.length === 0 ? (
            <p className="chart-empty">{r.finishedEmpty}</p>
          ) : (
            <ol className="timeline" aria-label={r.finishedCaption} data-testid="finished-timeline">
              {finished.map((f) => (
                <li key={f.projectId} className="timeline-item">
                  <span className="timeline-date">{f.closedOn}</span>
                  <Link href={`/renovation/${f.projectId}`}>{f.compound.name}</Link>
                  {f.street && <span className="muted"> · {f.street.name}</span>}
                </li>
              ))}
            </ol>
          )}
        </Panel>
      </div>
    </section>
  );
}

function Stat({
  label,
  value,
  hint,
  testId,
  raw,
  alert = false,
}: {
  label: string;
  value: string;
  hint?: string;
  testId: string;
  raw?: number;
  alert?: boolean;
}) {
  return (
    <div className="stat-card">
      <dt>{label}</dt>
      <dd className={alert ? 'stat-value stat-value--alert' : 'stat-value'} data-testid={testId} data-value={raw}>
        {value}
      </dd>
      {hint && <dd className="stat-hint">{hint}</dd>}
    </div>
  );
}
