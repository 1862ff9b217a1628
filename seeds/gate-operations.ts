import type { DataSource } from 'typeorm';
import { DEMO_IDS } from './demo';
import { fractionFrom, uuidFrom } from './ids';
import { Random } from './random';

/**
 * Demo gate operations for 樱花园小区 (closed during the epidemic; its east and west gates stay
 * open under access control): the smart devices at both gates and four weeks of hourly rollups up
 * to the seeding hour, so the gate operations page has history on first start. The figures follow
 * a daily rhythm (morning and evening peaks, later and flatter at weekends), the east gate as the
 * main one, and face recognition slowly replacing cards and volunteer registration ("from people
 * guarding to technology guarding"). Every figure is a pure function of the gate and the hour's
 * distance from `end`, so a seed with the same `end` writes the same rows. Rows that exist are
 * left alone (real ingested figures win), so running it again changes nothing.
 */

export const GATE_SEED_DAYS = 28;
const HOUR_MS = 3_600_000;
const BEIJING_OFFSET_MS = 8 * HOUR_MS;

/** People passing per hour of a Beijing day, relative; weekends start later and flatter. */
const WEEKDAY_RHYTHM = [0.4, 0.2, 0.1, 0.1, 0.2, 0.8, 3, 7, 8, 4, 3, 3, 3.5, 3, 3, 3.5, 4.5, 7, 8, 6, 4, 3, 2, 1];
const WEEKEND_RHYTHM = [0.6, 0.3, 0.2, 0.1, 0.1, 0.4, 1.5, 3, 5, 6, 6, 5, 5, 4.5, 4.5, 5, 5.5, 6, 6, 5, 4, 3, 2, 1.2];
/** About 2,700 residents: some 4,000 passes a day through both gates. */
const PASSES_PER_RHYTHM_UNIT = 45;

interface GatePlan {
  gateId: string;
  label: string;
  /** Share of the compound's traffic. */
  share: number;
  /** Face share at the start and end of the four weeks; volunteer registration falls as it rises. */
  face: [number, number];
  volunteer: [number, number];
  temperatureScreen: boolean;
  plateCamera: boolean;
}

const GATES: GatePlan[] = [
  {
    gateId: DEMO_IDS.yinghuayuanEastGate,
    label: '东门',
    share: 0.6,
    face: [0.58, 0.78],
    volunteer: [0.1, 0.03],
    temperatureScreen: true,
    plateCamera: true,
  },
  {
    gateId: DEMO_IDS.yinghuayuanWestGate,
    label: '西门',
    share: 0.4,
    face: [0.4, 0.62],
    volunteer: [0.25, 0.08],
    temperatureScreen: false,
    plateCamera: false,
  },
];

export interface DemoGateDevice {
  id: string;
  gateId: string;
  kind: 'FACE_DOOR' | 'TEMPERATURE_SCREEN' | 'VEHICLE_GATE' | 'CARD_READER';
  vendor: string;
  serial: string;
  firmware: string;
  /** Hours before `end` it was last heard from (the west card reader went quiet two days ago). */
  silentHours: number;
}

export function demoGateDevices(): DemoGateDevice[] {
  const device = (gate: GatePlan, kind: DemoGateDevice['kind'], vendor: string, serial: string, firmware: string, silentHours = 0) => ({
    id: uuidFrom(`gate-device:樱花园小区:${gate.label}:${serial}`),
    gateId: gate.gateId,
    kind,
    vendor,
    serial,
    firmware,
    silentHours,
  });
  const [east, west] = GATES as [GatePlan, GatePlan];
  return [
    device(east, 'FACE_DOOR', '海康威视', 'YHY-E-FACE-01', 'V3.2.1'),
    device(east, 'TEMPERATURE_SCREEN', '海康威视', 'YHY-E-TEMP-01', 'V2.0.8'),
    device(east, 'VEHICLE_GATE', '捷顺科技', 'YHY-E-LPR-01', 'V5.1.0'),
    device(west, 'FACE_DOOR', '大华股份', 'YHY-W-FACE-01', 'V4.0.3'),
    device(west, 'CARD_READER', '中控智慧', 'YHY-W-CARD-01', 'V1.6.2', 48),
  ];
}

export interface RollupRow {
  gateId: string;
  hour: Date;
  kind: string;
  method: string;
  events: number;
  fever: number;
}

/** The hourly rollups of both gates for the `GATE_SEED_DAYS` days before `end` (the start of an hour). */
export function demoGateRollups(end: Date): RollupRow[] {
  const rows: RollupRow[] = [];
  const hours = GATE_SEED_DAYS * 24;
  for (let h = 0; h < hours; h++) {
    const hour = new Date(end.getTime() - (hours - h) * HOUR_MS);
    const beijing = new Date(hour.getTime() + BEIJING_OFFSET_MS);
    const weekend = beijing.getUTCDay() === 0 || beijing.getUTCDay() === 6;
    const rhythm = (weekend ? WEEKEND_RHYTHM : WEEKDAY_RHYTHM)[beijing.getUTCHours()]!;
    const progress = h / (hours - 1);
    for (const gate of GATES) {
      const random = new Random(Math.floor(fractionFrom(`${gate.label}:${hours - h}`) * 2 ** 32));
      const passes = Math.round(rhythm * PASSES_PER_RHYTHM_UNIT * gate.share * (0.85 + 0.3 * random.next()));
      const face = Math.round(passes * (gate.face[0] + (gate.face[1] - gate.face[0]) * progress));
      const volunteer = Math.round(passes * (gate.volunteer[0] + (gate.volunteer[1] - gate.volunteer[0]) * progress));
      const rest = Math.max(0, passes - face - volunteer);
      const qr = Math.round(rest * 0.25);
      const pin = Math.round(rest * 0.05);
      const card = rest - qr - pin;
      const add = (kind: string, method: string, events: number, fever = 0) => {
        if (events > 0) rows.push({ gateId: gate.gateId, hour, kind, method, events, fever });
      };
      add('PASS', 'FACE', face);
      add('PASS', 'CARD', card);
      add('PASS', 'QR', qr);
      add('PASS', 'PIN', pin);
      add('PASS', 'VOLUNTEER', volunteer);
      add('DENIED', 'FACE', Math.round(face * 0.01 * random.next() * 2));
      add('DENIED', 'CARD', Math.round(card * 0.02 * random.next() * 2));
      if (gate.temperatureScreen) {
        const readings = Math.round(passes * 0.85);
        add('TEMPERATURE', '', readings, random.chance(readings * 0.0015) ? 1 : 0);
      }
      if (gate.plateCamera) {
        const plates = Math.round(passes * 0.15);
        add('PLATE_IN', '', Math.ceil(plates / 2));
        add('PLATE_OUT', '', Math.floor(plates / 2));
      }
    }
  }
  return rows;
}

/** Writes the devices and rollups; `end` defaults to the start of the current hour. Returns the rows written. */
export async function seedDemoGateOperations(
  db: DataSource,
  end: Date = new Date(Math.floor(Date.now() / HOUR_MS) * HOUR_MS),
): Promise<{ devices: number; rollups: number }> {
  const devices = demoGateDevices();
  return db.transaction(async (manager) => {
    const written: unknown[] = await manager.query(
      `INSERT INTO gate_device (id, gate_id, compound_id, community_id, street_id, district_id, kind, vendor, serial, firmware,
                                installed_on, heartbeat_interval_seconds, last_seen_at)
       SELECT d.id, g.id, g.compound_id, c.community_id, g.street_id, g.district_id, d.kind::gate_device_kind, d.vendor, d.serial,
              d.firmware, DATE '2020-02-20', 60, $8::timestamptz - make_interval(hours => d.silent)
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[])
              AS d(id, gate_id, kind, vendor, serial, firmware, silent)
         JOIN gate g ON g.id = d.gate_id JOIN compound c ON c.id = g.compound_id
       ON CONFLICT DO NOTHING
       RETURNING 1`,
      [
        devices.map((d) => d.id),
        devices.map((d) => d.gateId),
        devices.map((d) => d.kind),
        devices.map((d) => d.vendor),
        devices.map((d) => d.serial),
        devices.map((d) => d.firmware),
        devices.map((d) => d.silentHours),
        end,
      ],
    );
    const rollups = demoGateRollups(end);
    const inserted: unknown[] = await manager.query(
      `INSERT INTO gate_hourly_rollup (gate_id, hour, kind, method, events, fever, compound_id, community_id, street_id, district_id)
       SELECT r.gate_id, r.hour, r.kind, r.method, r.events, r.fever, g.compound_id, c.community_id, g.street_id, g.district_id
         FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::text[], $5::int[], $6::int[])
              AS r(gate_id, hour, kind, method, events, fever)
         JOIN gate g ON g.id = r.gate_id JOIN compound c ON c.id = g.compound_id
       ON CONFLICT DO NOTHING
       RETURNING 1`,
      [
        rollups.map((r) => r.gateId),
        rollups.map((r) => r.hour),
        rollups.map((r) => r.kind),
        rollups.map((r) => r.method),
        rollups.map((r) => r.events),
        rollups.map((r) => r.fever),
      ],
    );
    return { devices: written.length, rollups: inserted.length };
  });
}
