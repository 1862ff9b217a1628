'use client';

import Link from 'next/link';
import type { RenovationProjectsQuery } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatYuan } from '@/lib/format';
import { OverdueBadge, StageBadge } from './StageBadge';
import { nextStage } from './stages';

type ProjectRow = RenovationProjectsQuery['renovationProjects']['edges'][number]['node'];

/** One row per project: stage, the next planned date, the last one reached, money, and how late it is. */
export function ProjectTable({ rows }: { rows: readonly ProjectRow[] }) {
  const { t, locale } = useI18n();
  const r = t.renovation;
  const col = r.column;
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="project-table">
        <caption className="visually-hidden">{r.projectsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{col.compound}</th>
            <th scope="col">{col.street}</th>
            <th scope="col">{col.stage}</th>
            <th scope="col">{col.lastDone}</th>
            <th scope="col">{col.next}</th>
            <th scope="col">{col.overdue}</th>
            <th scope="col" className="num">
              {col.budget}
            </th>
            <th scope="col" className="num">
              {col.spent}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => {
            const current = p.stages.find((s) => s.stage === p.stage);
            const next = nextStage(p.stage);
            const nextDate = next ? p.stages.find((s) => s.stage === next) : undefined;
            const overdueDays = Math.max(0, ...p.stages.map((s) => s.daysOverdue ?? 0));
            return (
              <tr key={p.id} data-testid="project-row" data-project-id={p.id} data-stage={p.stage}>
                <th scope="row" data-testid="project-compound">
                  <Link href={`/renovation/${p.id}`}>{p.compound.name}</Link>
                </th>
                <td>{p.street.name}</td>
                <td>
                  <StageBadge stage={p.stage} />
                </td>
                <td>{current?.actualOn ?? t.common.none}</td>
                <td>
                  {next ? (
                    r.nextPlanned(t.enums.renovationStage[next], nextDate?.plannedOn ?? r.noPlan)
                  ) : (
                    <span className="muted">{r.finishedAll}</span>
                  )}
                </td>
                <td>{overdueDays > 0 ? <OverdueBadge days={overdueDays} /> : <span className="muted">{r.onSchedule}</span>}</td>
                <td className="num">{formatYuan(p.budget, locale)}</td>
                <td className="num">{formatYuan(p.spent, locale)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
