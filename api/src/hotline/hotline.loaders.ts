import DataLoader from 'dataloader';
import type { Context } from '../graphql/context';
import { groupBy, perRequest } from '../graphql/loaders';
import type { HotlineTicketEvent } from './hotline.types';

function create(ctx: Context) {
  const tickets = ctx.services.hotline.tickets;
  return {
    history: new DataLoader<string, HotlineTicketEvent[]>(async (ids) => groupBy(ids, await tickets.historyOf(ids), (e) => e.ticketId)),
  };
}

/** The module's DataLoaders for this request: a ticket list's histories in one query. */
export const hotlineLoaders = perRequest(create);
