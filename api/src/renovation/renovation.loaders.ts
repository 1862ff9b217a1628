import DataLoader from 'dataloader';
import type { Context } from '../graphql/context';
import { groupBy, perRequest } from '../graphql/loaders';
import type { RenovationProject, RenovationStageChange, RenovationStageDate, RenovationWorkItem } from './renovation.entity';

function create(ctx: Context) {
  const renovation = ctx.services.renovation;
  return {
    stages: new DataLoader<string, RenovationStageDate[]>(async (ids) => groupBy(ids, await renovation.stagesOf(ids), (r) => r.projectId)),
    workItems: new DataLoader<string, RenovationWorkItem[]>(async (ids) =>
      groupBy(ids, await renovation.workItemsOf(ids), (r) => r.projectId),
    ),
    history: new DataLoader<string, RenovationStageChange[]>(async (ids) =>
      groupBy(ids, await renovation.historyOf(ids), (r) => r.projectId),
    ),
    projectsOfStreet: new DataLoader<string, RenovationProject[]>(async (ids) =>
      groupBy(ids, await renovation.projectsOfStreets(ids, ctx.scope), (r) => r.streetId),
    ),
    project: new DataLoader<string, RenovationProject | null>(async (ids) => {
      const rows = new Map((await renovation.byIds(ids, ctx.scope)).map((p) => [p.id, p]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
  };
}

export type RenovationLoaders = ReturnType<typeof create>;

/** The module's DataLoaders for this request: one query per kind of child per level of a list. */
export const renovationLoaders = perRequest(create);
