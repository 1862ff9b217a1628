import type { DataSource } from 'typeorm';
import { ClosureStatus } from '../src/compounds/compound.enums';
import { fixtureId, insertWorld } from '../../test/fixtures';
import type { TestApi } from './api';

/** Two compounds: 东院 (street S1) with two gates and 南院 (street S2) with one. */
export const GATES = {
  east0: fixtureId('east:gate:0'),
  east1: fixtureId('east:gate:1'),
  south0: fixtureId('south:gate:0'),
};

export async function insertGateWorld(db: DataSource): Promise<void> {
  const compound = { yearBuilt: 1985, households: 50, floorArea: 3000, isOld: true, status: ClosureStatus.CLOSED };
  await insertWorld(db, [
    { key: 'east', community: 'c1', name: '东院', gates: 2, ...compound },
    { key: 'south', community: 'c3', name: '南院', gates: 1, ...compound },
  ]);
}

const CREATE_DEVICE = `mutation($input: CreateGateDeviceInput!) {
  createGateDevice(input: $input) { key device { id gateId status online } deviceKey { id deviceId } }
}`;

/** Registers a device through the API (as ADMIN) and returns its id and its key. */
export async function registerDevice(
  api: Pick<TestApi, 'gql'>,
  gateId: string,
  serial: string,
): Promise<{ deviceId: string; key: string }> {
  const res = await api.gql<{ createGateDevice: { key: string; device: { id: string } } }>(CREATE_DEVICE, {
    input: { gateId, kind: 'FACE_DOOR', vendor: '海康威视', serial, firmware: 'V5.6.0', installedOn: '2025-06-01' },
  });
  if (!res.data) throw new Error(`createGateDevice failed: ${JSON.stringify(res.errors)}`);
  return { deviceId: res.data.createGateDevice.device.id, key: res.data.createGateDevice.key };
}

export interface IngestResponse {
  status: number;
  body: {
    received?: number;
    accepted?: number;
    duplicates?: number;
    rejected?: { index: number; eventId: string | null; code: string; field: string | null; reason: string }[];
    errors?: { message: string; extensions: Record<string, unknown> }[];
  };
  retryAfter: string | null;
}

export async function postBatch(url: string, key: string | null, body: string, contentType = 'application/json'): Promise<IngestResponse> {
  const res = await fetch(`${url}/ingest/gate-events`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body,
  });
  return { status: res.status, body: (await res.json()) as IngestResponse['body'], retryAfter: res.headers.get('retry-after') };
}

/** A valid PASS event `minutesAgo` before now with a face, card or volunteer method by index. */
export function passEvent(eventId: string, minutesAgo: number, method: 'FACE' | 'CARD' | 'VOLUNTEER' = 'FACE'): Record<string, unknown> {
  return { eventId, at: new Date(Date.now() - minutesAgo * 60_000).toISOString(), kind: 'PASS', payload: { method, direction: 'IN' } };
}

export interface RollupRow {
  gate_id: string;
  hour: string;
  kind: string;
  method: string;
  events: number;
  fever: number;
}

const ROLLUP_ORDER = `ORDER BY gate_id, hour, kind, method`;

/** The rollup table as stored. */
export async function storedRollups(db: DataSource): Promise<RollupRow[]> {
  return (await db.query(`SELECT gate_id, hour::text, kind, method, events, fever FROM gate_hourly_rollup ${ROLLUP_ORDER}`)) as RollupRow[];
}

/** The rollups recomputed from scratch over every stored event: what the incremental job must equal. */
export async function rollupsFromScratch(db: DataSource): Promise<RollupRow[]> {
  return (await db.query(
    `SELECT gate_id, date_trunc('hour', occurred_at)::text AS hour, kind, method, count(*)::int AS events,
            count(*) FILTER (WHERE celsius >= 37.3)::int AS fever
     FROM gate_event GROUP BY 1, 2, 3, 4 ${ROLLUP_ORDER}`,
  )) as RollupRow[];
}
