import { Random } from '../seeds/random';

/**
 * Synthetic gate traffic for the simulator and the ingest benchmark: deterministic per seed and
 * end time. Each gate has a face door (face, QR, PIN and volunteer-registered passes, denials,
 * doors held open, rare tampering), a card reader, and, at some gates, a temperature screen
 * (occasional fever) and a plate camera. People pass with a daily rhythm (Beijing time: morning
 * and evening peaks on weekdays, later and flatter at weekends); every device sends a heartbeat
 * each interval, except during its dropouts (silent hours, as a device that lost power).
 */

export type SimDeviceKind = 'FACE_DOOR' | 'CARD_READER' | 'TEMPERATURE_SCREEN' | 'VEHICLE_GATE';

export interface SimGate {
  gateId: string;
  /** Residents whose passes this gate takes (its share of the compound). */
  residents: number;
  vehicles: boolean;
  temperatureScreen: boolean;
}

export interface SimDevice {
  gateId: string;
  kind: SimDeviceKind;
  /** Stable per seed and gate: the registry's serial, and the prefix of every event id. */
  serial: string;
}

export interface SimEvent {
  eventId: string;
  at: string;
  kind: string;
  payload?: Record<string, string | number>;
}

export interface TrafficOptions {
  seed: number;
  days: number;
  /** The simulated period ends here (exclusive); events run from `days` days before. */
  end: Date;
  heartbeatSeconds: number;
}

const MINUTE_MS = 60_000;
const BEIJING_OFFSET_MS = 8 * 3_600_000;
const WEEKDAY_RHYTHM = [0.4, 0.2, 0.1, 0.1, 0.2, 0.8, 3, 7, 8, 4, 3, 3, 3.5, 3, 3, 3.5, 4.5, 7, 8, 6, 4, 3, 2, 1];
const WEEKEND_RHYTHM = [0.6, 0.3, 0.2, 0.1, 0.1, 0.4, 1.5, 3, 5, 6, 6, 5, 5, 4.5, 4.5, 5, 5.5, 6, 6, 5, 4, 3, 2, 1.2];
const RHYTHM_TOTAL = WEEKDAY_RHYTHM.reduce((a, b) => a + b, 0);
/** Passes per resident per day (out and back, more than once for some). */
const PASSES_PER_RESIDENT = 2.2;
/** Shares of the ways in: face leads, cards and volunteer registration remain for those who decline face. */
const FACE_DOOR_METHODS = [
  ['FACE', 0.72],
  ['QR', 0.1],
  ['PIN', 0.05],
  ['VOLUNTEER', 0.13],
] as const;
const CARD_SHARE = 0.22;
const DENIAL_RATE = 0.02;
const DENIAL_REASONS = ['UNKNOWN_FACE', 'EXPIRED_CARD', 'NOT_REGISTERED', 'INVALID_QR'] as const;
const FEVER_RATE = 0.004;
/** A device drops out about once every four days, for one to six hours. */
const DROPOUT_PER_DAY = 0.25;
const PROVINCES = ['京', '津', '冀'] as const;
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

export function devicesOf(gate: SimGate, gateIndex: number): SimDevice[] {
  const serial = (kind: string) => `SIM-${gateIndex}-${kind}-${gate.gateId.slice(0, 8)}`;
  const kinds: SimDeviceKind[] = ['FACE_DOOR', 'CARD_READER'];
  if (gate.temperatureScreen) kinds.push('TEMPERATURE_SCREEN');
  if (gate.vehicles) kinds.push('VEHICLE_GATE');
  return kinds.map((kind) => ({ gateId: gate.gateId, kind, serial: serial(kind) }));
}

/** Poisson-distributed count with mean `lambda` (Knuth; the means here are small). */
function poisson(random: Random, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * gaussian(random)));
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = random.next();
  while (p > limit) {
    k += 1;
    p *= random.next();
  }
  return k;
}

function gaussian(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
}

/** Expected passes through a gate in one minute starting at `at`. */
export function passesPerMinute(gate: SimGate, at: number): number {
  const local = new Date(at + BEIJING_OFFSET_MS);
  const weekend = local.getUTCDay() === 0 || local.getUTCDay() === 6;
  const rhythm = (weekend ? WEEKEND_RHYTHM : WEEKDAY_RHYTHM)[local.getUTCHours()]!;
  return ((gate.residents * PASSES_PER_RESIDENT * (weekend ? 0.9 : 1)) / RHYTHM_TOTAL) * (rhythm / 60);
}

/**
 * Yields the whole period minute by minute, in time order: for each minute, every device's events
 * (passes, readings, plates, heartbeats). Memory stays flat whatever the period.
 */
export function* traffic(gates: SimGate[], options: TrafficOptions): Generator<{ device: SimDevice; event: SimEvent }> {
  const random = new Random(options.seed);
  const start = options.end.getTime() - options.days * 86_400_000;
  const devices = gates.map((gate, index) => ({ gate, devices: devicesOf(gate, index) }));
  const sequence = new Map<string, number>();
  const dropoutUntil = new Map<string, number>();
  const heartbeatMinutes = Math.max(1, Math.round(options.heartbeatSeconds / 60));
  const nextId = (device: SimDevice) => {
    const n = (sequence.get(device.serial) ?? 0) + 1;
    sequence.set(device.serial, n);
    return `${device.serial}-${n}`;
  };
  const dropoutChance = DROPOUT_PER_DAY / 1440;

  for (let minute = 0, at = start; at < options.end.getTime(); minute += 1, at += MINUTE_MS) {
    for (const { gate, devices: gateDevices } of devices) {
      const silent = new Set<string>();
      for (const device of gateDevices) {
        if ((dropoutUntil.get(device.serial) ?? 0) > at) silent.add(device.serial);
        else if (random.chance(dropoutChance)) {
          dropoutUntil.set(device.serial, at + random.int(60, 360) * MINUTE_MS);
          silent.add(device.serial);
        }
      }
      const stamp = () => new Date(at + random.int(0, MINUTE_MS - 1)).toISOString();
      const emit = function* (kind: SimDeviceKind, make: () => Pick<SimEvent, 'kind' | 'payload'>) {
        const device = gateDevices.find((d) => d.kind === kind);
        if (!device || silent.has(device.serial)) return;
        yield { device, event: { eventId: nextId(device), at: stamp(), ...make() } };
      };

      const passes = poisson(random, passesPerMinute(gate, at));
      for (let p = 0; p < passes; p += 1) {
        const card = random.chance(CARD_SHARE);
        const method = card ? 'CARD' : random.weighted(FACE_DOOR_METHODS);
        const denied = random.chance(DENIAL_RATE);
        yield* emit(card ? 'CARD_READER' : 'FACE_DOOR', (): Pick<SimEvent, 'kind' | 'payload'> =>
          denied
            ? { kind: 'DENIED', payload: { method, reason: random.pick(DENIAL_REASONS) } }
            : { kind: 'PASS', payload: { method, direction: random.chance(0.5) ? 'IN' : 'OUT' } },
        );
        if (gate.temperatureScreen && !denied) {
          const fever = random.chance(FEVER_RATE);
          const celsius = Math.round((fever ? 37.3 + random.next() * 1.5 : 35.8 + random.next() * 1.3) * 10) / 10;
          yield* emit('TEMPERATURE_SCREEN', () => ({ kind: 'TEMPERATURE', payload: { celsius } }));
        }
      }
      if (gate.vehicles) {
        const cars = poisson(random, passesPerMinute(gate, at) * 0.15);
        for (let c = 0; c < cars; c += 1) {
          const plate = `${random.pick(PROVINCES)}${LETTERS[random.int(0, LETTERS.length - 1)]}${String(random.int(10000, 99999))}`;
          yield* emit('VEHICLE_GATE', () => ({ kind: random.chance(0.5) ? 'PLATE_IN' : 'PLATE_OUT', payload: { plate } }));
        }
      }
      if (random.chance(0.0005)) yield* emit('FACE_DOOR', () => ({ kind: 'DOOR_HELD_OPEN', payload: { seconds: random.int(30, 600) } }));
      if (random.chance(0.00002)) yield* emit('FACE_DOOR', () => ({ kind: 'TAMPER', payload: { detail: '外壳被打开' } }));
      if (minute % heartbeatMinutes === 0) {
        for (const device of gateDevices) yield* emit(device.kind, () => ({ kind: 'HEARTBEAT' }));
      }
    }
  }
}
