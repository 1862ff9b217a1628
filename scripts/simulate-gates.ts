/**
 * `npm run simulate:gates -- --compounds 50 --days 7 --rate 2000 --seed 7 [--api URL] [--out FILE] [--end ISO]`
 * replays synthetic gate traffic (scripts/gate-traffic.ts) against the API's POST /ingest/gate-events:
 * it picks `--compounds` compounds of DATABASE_URL with open gates (seeded), registers simulator
 * devices at their gates (or rotates the keys of those registered by an earlier run), and posts the
 * period's events at `--rate` events per second, resending a batch refused with 503. The same seed
 * and `--end` give the same events and ids, so a second run stores nothing twice. With `--out` it
 * writes the events, labelled with gate, device kind and serial, as NDJSON instead of sending them.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { scopeOf, type Viewer } from '../api/src/auth/auth.service';
import { Role } from '../api/src/auth/roles';
import { User } from '../api/src/auth/user.entity';
import { loadConfig } from '../api/src/config';
import { connectDatabase } from '../api/src/db/connect';
import { GateDevice } from '../api/src/gates/gate-device.entity';
import { GateDeviceKind, GateDeviceStatus } from '../api/src/gates/gate-device.enums';
import { createLogger } from '../api/src/logger';
import { requireDatabaseUrl } from '../api/src/process';
import { createServices, type Services } from '../api/src/services';
import { Random } from '../seeds/random';
import { devicesOf, traffic, type SimDevice, type SimEvent, type SimGate } from './gate-traffic';

const USAGE = 'usage: npm run simulate:gates -- --compounds N --days D --rate EVENTS_PER_S --seed S [--api URL] [--out FILE] [--end ISO]';
const SIM_VENDOR = 'anju-sim';
const HEARTBEAT_SECONDS = 300;
const BATCH = 1000;
const IN_FLIGHT = 4;

function integer(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new Error(`--${name} must be an integer from ${min} to ${max}\n${USAGE}`);
  return n;
}

/** Seeded choice of compounds with open gates; each open gate takes an equal share of the compound's residents. */
async function pickGates(db: DataSource, compounds: number, random: Random): Promise<SimGate[]> {
  const rows = (await db.query(
    `SELECT c.id AS compound_id, c.households, g.id AS gate_id, g.kind
     FROM compound c JOIN gate g ON g.compound_id = c.id AND g.state = 'OPEN'
     ORDER BY c.id, g.name`,
  )) as { compound_id: string; households: number; gate_id: string; kind: string }[];
  const byCompound = new Map<string, typeof rows>();
  for (const row of rows) byCompound.set(row.compound_id, [...(byCompound.get(row.compound_id) ?? []), row]);
  const ids = [...byCompound.keys()];
  for (let i = ids.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  if (ids.length < compounds) process.stderr.write(`only ${ids.length} compounds have open gates; simulating all of them\n`);
  return ids.slice(0, compounds).flatMap((id) => {
    const gates = byCompound.get(id)!;
    return gates.map((gate, index) => ({
      gateId: gate.gate_id,
      residents: Math.max(20, Math.round((gate.households * 2.5) / gates.length)),
      vehicles: gate.kind !== 'PEDESTRIAN',
      temperatureScreen: index === 0,
    }));
  });
}

async function administrator(db: DataSource): Promise<Viewer> {
  const user = await db.getRepository(User).findOne({ where: { role: Role.ADMIN }, order: { createdAt: 'ASC' } });
  if (!user) throw new Error('the simulator registers its devices as an administrator: create one first (npm run user:create)');
  return {
    userId: user.id,
    sessionId: 'simulate-gates',
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    scope: scopeOf(user),
    secondFactor: true,
    hasTotp: user.totpEnabledAt !== null,
    passwordExpired: false,
  };
}

/** A key for every simulator device: registered on first use, rotated on later runs (keys are shown only once). */
async function deviceKeys(db: DataSource, services: Services, devices: SimDevice[]): Promise<Map<string, string>> {
  const admin = await administrator(db);
  const request = { requestId: 'simulate-gates', ip: null };
  const keys = new Map<string, string>();
  for (const device of devices) {
    const existing = await db.getRepository(GateDevice).findOneBy({ vendor: SIM_VENDOR, serial: device.serial });
    const issued =
      existing && existing.status !== GateDeviceStatus.RETIRED
        ? await services.gates.devices.rotateKey(existing.id, admin, request)
        : await services.gates.devices.create(
            {
              gateId: device.gateId,
              kind: GateDeviceKind[device.kind],
              vendor: SIM_VENDOR,
              serial: device.serial,
              firmware: 'sim-1.0',
              installedOn: '2025-06-01',
              heartbeatIntervalSeconds: HEARTBEAT_SECONDS,
            },
            admin,
            request,
          );
    keys.set(device.serial, issued.key);
  }
  return keys;
}

interface Tally {
  sent: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  retries: number;
}

/** Posts one batch, waiting out 503s and connection errors; a batch is only counted once acknowledged. */
async function post(api: string, key: string, events: SimEvent[], tally: Tally): Promise<void> {
  const body = events.map((e) => JSON.stringify(e)).join('\n');
  for (;;) {
    const res = await fetch(`${api}/ingest/gate-events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${key}` },
      body,
    }).catch(() => null);
    if (res?.status === 200) {
      const result = (await res.json()) as { accepted: number; duplicates: number; rejected: unknown[] };
      tally.sent += events.length;
      tally.accepted += result.accepted;
      tally.duplicates += result.duplicates;
      tally.rejected += result.rejected.length;
      return;
    }
    if (res && res.status !== 503) throw new Error(`the API refused a batch: HTTP ${res.status} ${await res.text()}`);
    tally.retries += 1;
    const wait = Number(res?.headers.get('retry-after') ?? 2);
    await new Promise((resolve) => setTimeout(resolve, wait * 1000));
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      compounds: { type: 'string' },
      days: { type: 'string' },
      rate: { type: 'string' },
      seed: { type: 'string' },
      api: { type: 'string' },
      out: { type: 'string' },
      end: { type: 'string' },
    },
  });
  const config = loadConfig();
  const compounds = integer('compounds', values.compounds, 50, 1, 100_000);
  const days = integer('days', values.days, 7, 1, 14);
  const rate = integer('rate', values.rate, 2000, 1, 1_000_000);
  const seed = integer('seed', values.seed, 1, 0, 2 ** 31 - 1);
  const end = values.end ? new Date(values.end) : new Date(Math.floor(Date.now() / 60_000) * 60_000);
  if (Number.isNaN(end.getTime())) throw new Error(`--end must be an ISO time\n${USAGE}`);
  if (!values.out && days >= config.GATE_EVENT_MAX_AGE_DAYS) {
    process.stderr.write(`note: events older than GATE_EVENT_MAX_AGE_DAYS=${config.GATE_EVENT_MAX_AGE_DAYS} will be rejected as TOO_OLD\n`);
  }
  const api = values.api ?? `http://127.0.0.1:${config.API_PORT}`;

  const logger = createLogger({ ...config, LOG_LEVEL: 'warn' }, 'simulate-gates');
  const db = await connectDatabase({ url: requireDatabaseUrl(config), applicationName: 'anju-simulate-gates' }, logger);
  try {
    const gates = await pickGates(db, compounds, new Random(seed));
    const devices = gates.flatMap((gate, index) => devicesOf(gate, index));
    const events = traffic(gates, { seed, days, end, heartbeatSeconds: HEARTBEAT_SECONDS });

    if (values.out) {
      const out = fs.createWriteStream(values.out);
      let written = 0;
      for (const { device, event } of events) {
        const line = JSON.stringify({ gateId: device.gateId, deviceKind: device.kind, serial: device.serial, event }) + '\n';
        if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
        written += 1;
      }
      await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
      process.stdout.write(
        `${JSON.stringify({ file: values.out, gates: gates.length, devices: devices.length, events: written, seed, days, end })}\n`,
      );
      return;
    }

    const keys = await deviceKeys(db, createServices(db, config), devices);
    const tally: Tally = { sent: 0, accepted: 0, duplicates: 0, rejected: 0, retries: 0 };
    const buffers = new Map<string, SimEvent[]>();
    const inFlight = new Set<Promise<void>>();
    const started = Date.now();
    let queued = 0;
    let lastReport = started;
    const flush = async (serial: string) => {
      const batch = buffers.get(serial) ?? [];
      buffers.delete(serial);
      if (batch.length === 0) return;
      queued += batch.length;
      // Pace to `rate`: a batch leaves no earlier than its events' share of the elapsed time.
      const due = started + (queued / rate) * 1000;
      if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
      while (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
      const sending: Promise<void> = post(api, keys.get(serial)!, batch, tally).finally(() => inFlight.delete(sending));
      inFlight.add(sending);
      if (Date.now() - lastReport > 5000) {
        lastReport = Date.now();
        const seconds = (Date.now() - started) / 1000;
        process.stderr.write(
          `${tally.sent} events sent (${Math.round(tally.sent / seconds)}/s), ${tally.accepted} accepted, ${tally.duplicates} duplicates\n`,
        );
      }
    };
    for (const { device, event } of events) {
      const buffer = buffers.get(device.serial) ?? [];
      buffer.push(event);
      buffers.set(device.serial, buffer);
      if (buffer.length >= BATCH) await flush(device.serial);
    }
    for (const serial of [...buffers.keys()]) await flush(serial);
    await Promise.all(inFlight);
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(
      `${JSON.stringify({ gates: gates.length, devices: devices.length, ...tally, seconds: Math.round(seconds), eventsPerSecond: Math.round(tally.sent / seconds) })}\n`,
    );
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`anju simulate:gates: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
