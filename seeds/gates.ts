import { ClosureStatus, GateKind, GateState } from '../api/src/compounds/compound.enums';

/** Gate names in the order a compound without a known layout gets them. */
export const GATE_DIRECTIONS = ['东门', '南门', '西门', '北门'] as const;

export interface GatePlan {
  name: string;
  kind: GateKind;
  state: GateState;
}

/**
 * A closed compound keeps its main gates (the first half) open under access control and seals the
 * rest; one under renovation keeps its main gate open while the others are fitted; an open or
 * planned one leaves every gate open.
 */
export function gateState(closure: ClosureStatus, index: number, count: number): GateState {
  switch (closure) {
    case ClosureStatus.CLOSED:
      return index < Math.ceil(count / 2) ? GateState.OPEN : GateState.SEALED;
    case ClosureStatus.UNDER_RENOVATION:
      return index === 0 ? GateState.OPEN : GateState.CLOSED;
    case ClosureStatus.OPEN:
    case ClosureStatus.PLANNED:
      return GateState.OPEN;
  }
}

/**
 * `count` gates (1-4) going round from direction `first`. The main gate takes people and cars; a
 * compound of four or more buildings also has a separate vehicle gate.
 */
export function planGates(closure: ClosureStatus, count: number, first: number, buildings: number): GatePlan[] {
  return Array.from({ length: count }, (_, index) => ({
    name: GATE_DIRECTIONS[(first + index) % GATE_DIRECTIONS.length]!,
    kind: index === 0 ? GateKind.MIXED : index === 1 && buildings >= 4 ? GateKind.VEHICLE : GateKind.PEDESTRIAN,
    state: gateState(closure, index, count),
  }));
}
