import { maskPlate } from '../personal/masking';
import { validatePlate } from '../personal/normalize';

export const GATE_EVENT_KINDS = [
  'PASS',
  'DENIED',
  'TEMPERATURE',
  'PLATE_IN',
  'PLATE_OUT',
  'DOOR_HELD_OPEN',
  'TAMPER',
  'HEARTBEAT',
] as const;
export type GateEventKind = (typeof GATE_EVENT_KINDS)[number];

/** How a person came through (PASS) or tried to (DENIED); '' for every other kind. */
export const PASS_METHODS = ['FACE', 'CARD', 'QR', 'PIN', 'VOLUNTEER'] as const;
export type PassMethod = (typeof PASS_METHODS)[number];

/** A temperature reading at or above this counts as fever (发热). */
export const FEVER_CELSIUS = 37.3;
export const MAX_BATCH_EVENTS = 5000;
/** One event, serialized; anything larger is refused on its own (TOO_LARGE). */
export const MAX_EVENT_BYTES = 2048;
const EVENT_ID = /^[\x21-\x7e]{1,64}$/;
// An ISO 8601 instant with an explicit offset: a device's local time without a zone is ambiguous.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

export type RejectionCode = 'BAD_JSON' | 'TOO_LARGE' | 'INVALID' | 'WRONG_GATE' | 'TOO_OLD' | 'IN_FUTURE';

/** Why one event of a batch was not stored; `index` is its 0-based position in the batch. */
export interface Rejection {
  index: number;
  eventId: string | null;
  code: RejectionCode;
  field: string | null;
  reason: string;
}

/** A validated event, ready to store. Plates arrive in clear and leave as blind index and mask. */
export interface ValidEvent {
  index: number;
  eventId: string;
  occurredAt: Date;
  kind: GateEventKind;
  method: PassMethod | '';
  celsius: number | null;
  payload: Record<string, string | number>;
}

export interface EventRules {
  /** The device's own gate: an event naming another gate is refused. */
  gateId: string;
  now: Date;
  maxAgeMs: number;
  maxFutureMs: number;
  /** The plate's blind index (HMAC), so equal plates can be matched without storing them. */
  plateIndex(plate: string): string;
}

const TOP_LEVEL_KEYS = new Set(['eventId', 'at', 'kind', 'gateId', 'payload']);

type Field = { ok: true; value: string | number | undefined } | { ok: false; reason: string };

type PayloadSpec = Record<string, { required: boolean; check(value: unknown): Field }>;

// Control characters have no place in a reason or a firmware name, and PostgreSQL cannot store NUL.
// eslint-disable-next-line no-control-regex -- matching them is the point
const CONTROL = /[\u0000-\u001f\u007f]/;

const text = (min: number, max: number) => (value: unknown) =>
  typeof value === 'string' && [...value.trim()].length >= min && [...value.trim()].length <= max && !CONTROL.test(value.trim())
    ? ({ ok: true, value: value.trim() } as const)
    : ({ ok: false, reason: `must be a string of ${min}-${max} characters without control characters` } as const);

const oneOf = (values: readonly string[]) => (value: unknown) =>
  typeof value === 'string' && values.includes(value)
    ? ({ ok: true, value } as const)
    : ({ ok: false, reason: `must be one of ${values.join(', ')}` } as const);

const numberIn = (min: number, max: number, integer: boolean) => (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value))
    ? ({ ok: true, value } as const)
    : ({ ok: false, reason: `must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}` } as const);

const plate = (value: unknown): Field => {
  if (typeof value !== 'string' || value.length > 16) return { ok: false, reason: 'must be a plate string of at most 16 characters' };
  const result = validatePlate(value);
  return result.ok ? { ok: true, value: result.value } : { ok: false, reason: result.reason };
};

const METHOD = { required: true, check: oneOf(PASS_METHODS) };
const PLATE = { plate: { required: true, check: plate } };

/** The payload each kind accepts; any other key is refused, so a typo never goes unnoticed. */
const PAYLOADS: Record<GateEventKind, PayloadSpec> = {
  PASS: { method: METHOD, direction: { required: false, check: oneOf(['IN', 'OUT']) } },
  DENIED: { method: METHOD, reason: { required: true, check: text(1, 64) } },
  TEMPERATURE: { celsius: { required: true, check: numberIn(30, 45, false) } },
  PLATE_IN: PLATE,
  PLATE_OUT: PLATE,
  DOOR_HELD_OPEN: { seconds: { required: true, check: numberIn(1, 86400, true) } },
  TAMPER: { detail: { required: false, check: text(1, 200) } },
  HEARTBEAT: { firmware: { required: false, check: text(1, 64) } },
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks one event of a batch against its kind's schema and the time window. Returns the event to
 * store or the reason it is refused; never throws, so one bad event cannot fail its batch.
 */
export function validateEvent(raw: unknown, index: number, rules: EventRules): ValidEvent | Rejection {
  const eventId = isObject(raw) && typeof raw.eventId === 'string' && EVENT_ID.test(raw.eventId) ? raw.eventId : null;
  const reject = (code: RejectionCode, field: string | null, reason: string): Rejection => ({ index, eventId, code, field, reason });
  if (!isObject(raw)) return reject('INVALID', null, 'an event must be a JSON object');
  const unknown = Object.keys(raw).find((key) => !TOP_LEVEL_KEYS.has(key));
  if (unknown !== undefined) return reject('INVALID', unknown, 'is not a field of a gate event');
  if (eventId === null) return reject('INVALID', 'eventId', 'must be 1-64 printable ASCII characters without spaces');
  if (typeof raw.at !== 'string' || !INSTANT.test(raw.at) || Number.isNaN(Date.parse(raw.at))) {
    return reject('INVALID', 'at', 'must be an ISO 8601 time with an offset, e.g. 2026-05-01T08:30:00+08:00');
  }
  if (typeof raw.kind !== 'string' || !(GATE_EVENT_KINDS as readonly string[]).includes(raw.kind)) {
    return reject('INVALID', 'kind', `must be one of ${GATE_EVENT_KINDS.join(', ')}`);
  }
  const kind = raw.kind as GateEventKind;
  if (raw.gateId !== undefined && raw.gateId !== rules.gateId) return reject('WRONG_GATE', 'gateId', "is not this device's gate");
  const occurredAt = new Date(raw.at);
  if (occurredAt.getTime() > rules.now.getTime() + rules.maxFutureMs) {
    return reject('IN_FUTURE', 'at', `is more than ${Math.round(rules.maxFutureMs / 1000)} s ahead of the server clock`);
  }
  if (occurredAt.getTime() < rules.now.getTime() - rules.maxAgeMs) {
    return reject('TOO_OLD', 'at', `is more than ${Math.round(rules.maxAgeMs / 86_400_000)} days old`);
  }

  const payload = raw.payload ?? {};
  if (!isObject(payload)) return reject('INVALID', 'payload', 'must be a JSON object');
  const spec = PAYLOADS[kind];
  const extra = Object.keys(payload).find((key) => !(key in spec));
  if (extra !== undefined) return reject('INVALID', `payload.${extra}`, `is not a field of a ${kind} event`);
  const values: Record<string, string | number> = {};
  for (const [name, field] of Object.entries(spec)) {
    if (payload[name] === undefined) {
      if (field.required) return reject('INVALID', `payload.${name}`, `is required for a ${kind} event`);
      continue;
    }
    const result = field.check(payload[name]);
    if (!result.ok) return reject('INVALID', `payload.${name}`, result.reason);
    if (result.value !== undefined) values[name] = result.value;
  }

  const { method, celsius, plate: plateNumber, ...rest } = values;
  const stored: Record<string, string | number> = rest;
  if (typeof plateNumber === 'string') {
    stored.plateIndex = rules.plateIndex(plateNumber);
    stored.plateMasked = maskPlate(plateNumber);
  }
  return {
    index,
    eventId,
    occurredAt,
    kind,
    method: typeof method === 'string' ? (method as PassMethod) : '',
    celsius: typeof celsius === 'number' ? Math.round(celsius * 10) / 10 : null,
    payload: stored,
  };
}

export function isRejection(result: ValidEvent | Rejection): result is Rejection {
  return 'code' in result;
}

/**
 * Splits a request body into raw events: a JSON array, or NDJSON (one event per line, blank lines
 * skipped). An NDJSON line that is not JSON or too large is refused on its own; a JSON array that
 * does not parse is one error for the whole batch (`null`).
 */
export function splitBatch(body: string, ndjson: boolean): { events: unknown[]; rejections: Rejection[] } | null {
  const events: unknown[] = [];
  const rejections: Rejection[] = [];
  if (!ndjson) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return null;
    }
    if (!Array.isArray(parsed)) return null;
    parsed.forEach((event: unknown, index) => {
      if (JSON.stringify(event).length > MAX_EVENT_BYTES) {
        rejections.push(tooLarge(index, event));
        events.push(undefined);
      } else events.push(event);
    });
    return { events, rejections };
  }
  for (const line of body.split('\n')) {
    if (line.trim() === '') continue;
    const index = events.length;
    events.push(undefined);
    if (Buffer.byteLength(line) > MAX_EVENT_BYTES) {
      rejections.push({ index, eventId: null, code: 'TOO_LARGE', field: null, reason: `is larger than ${MAX_EVENT_BYTES} bytes` });
      continue;
    }
    try {
      events[index] = JSON.parse(line);
    } catch {
      rejections.push({ index, eventId: null, code: 'BAD_JSON', field: null, reason: 'is not valid JSON' });
    }
  }
  return { events, rejections };
}

function tooLarge(index: number, event: unknown): Rejection {
  const eventId = isObject(event) && typeof event.eventId === 'string' && EVENT_ID.test(event.eventId) ? event.eventId : null;
  return { index, eventId, code: 'TOO_LARGE', field: null, reason: `is larger than ${MAX_EVENT_BYTES} bytes` };
}
