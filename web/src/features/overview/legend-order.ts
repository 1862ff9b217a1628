import { CLOSURE_STATUSES, CLOSURE_STATUS_COLORS } from '@/lib/closure-status';

/**
 * Legend sorter: statuses in pipeline order rather than recharts' alphabetical default. Every
 * series is drawn in its status colour, so the colour tells which status an item is.
 */
export function pipelineOrder(item: { color?: string }): number {
  return CLOSURE_STATUSES.findIndex((status) => CLOSURE_STATUS_COLORS[status] === item.color);
}
