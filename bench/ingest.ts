/**
 * `npm run bench:ingest`: gate events end to end through POST /ingest/gate-events (a forked API
 * process in production settings, device keys, validation, dedupe on (device, event id), the
 * counts queued for the rollups and notifications) against a raw COPY of the same events into the same gate_event table in
 * the same run. Meanwhile a real worker process keeps the hourly rollups up to date: the rollup lag
 * is sampled every half second, and the API's memory every second. Last, the gate operations
 * query (GateOpsService.operations, the dashboard's one read) over 1,000 gates and 30 days of
 * rollups. Written to docs/benchmarks.md between the bench:ingest markers.
 *
 * Options: --seconds N (60) of HTTP load, --connections N (4) concurrent senders, --copy N
 * (1,000,000) events for the COPY baseline.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import pino from 'pino';
import { Role } from '../api/src/auth/roles';
import { SYSTEM_SCOPE } from '../api/src/auth/scope';
import { parseConfig } from '../api/src/config';
import { connectDatabase, runMigrations } from '../api/src/db/connect';
import { GateBucket, GatePlaceLevel } from '../api/src/gate-ops/gate-ops.enums';
import { GateDeviceKind } from '../api/src/gates/gate-device.enums';
import { createServices } from '../api/src/services';
import { seedGenerated } from '../seeds/generate';
import { BENCH_ENV, machine, now, percentile, startServer, withScratchDatabase, writeSection } from './harness';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    connections: { type: 'string', default: '4' },
    copy: { type: 'string', default: '1000000' },
  },
});
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const COPY_EVENTS = Number(values.copy);
const BATCH = 5000;
const DEVICES = 100;
const PORT = 4893;
const QUERY_RUNS = 20;
const ROLLUP_GATES = 1000;
const ROLLUP_DAYS = 30;
/** Devices send what just happened: a batch's events fall within the last two hours. */
const SPREAD_S = 2 * 3600;
const METHODS = ['FACE', 'FACE', 'FACE', 'CARD', 'VOLUNTEER', 'QR'] as const;

interface BenchDevice {
  id: string;
  gateId: string;
  key: string;
}

/** Event `i` of the run, the same for COPY and HTTP: the batch decides the device, a hash the time. */
function eventAt(
  i: number,
  base: number,
): { id: string; at: string; kind: string; method: string; celsius: number | null; payload: string } {
  const at = new Date(base - ((i * 7919) % SPREAD_S) * 1000).toISOString();
  const slot = i % 10;
  if (slot < 6) return { id: `e${i}`, at, kind: 'PASS', method: METHODS[slot]!, celsius: null, payload: '{"direction":"IN"}' };
  if (slot < 8) return { id: `e${i}`, at, kind: 'TEMPERATURE', method: '', celsius: i % 200 === 7 ? 37.6 : 36.4, payload: '{}' };
  if (slot === 8) return { id: `e${i}`, at, kind: 'DENIED', method: 'CARD', celsius: null, payload: '{"reason":"EXPIRED_CARD"}' };
  return { id: `e${i}`, at, kind: 'HEARTBEAT', method: '', celsius: null, payload: '{}' };
}

/** The NDJSON a device sends for batch `b` (events b*BATCH ...). */
function batchBody(b: number, base: number): string {
  const lines: string[] = [];
  for (let i = b * BATCH; i < (b + 1) * BATCH; i += 1) {
    const e = eventAt(i, base);
    const payload =
      e.kind === 'PASS'
        ? `{"method":"${e.method}","direction":"IN"}`
        : e.kind === 'TEMPERATURE'
          ? `{"celsius":${e.celsius}}`
          : e.kind === 'DENIED'
            ? `{"method":"CARD","reason":"EXPIRED_CARD"}`
            : '{}';
    lines.push(`{"eventId":"${e.id}","at":"${e.at}","kind":"${e.kind}","payload":${payload}}`);
  }
  return lines.join('\n');
}

/** Raw COPY of events 0..count-1 into gate_event (no validation, no dedupe, no rollup counts): the ceiling. */
async function rawCopy(url: string, devices: BenchDevice[], count: number, base: number): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    function* rows(): Generator<string> {
      for (let start = 0; start < count; start += BATCH) {
        const device = devices[(start / BATCH) % devices.length]!;
        const chunk: string[] = [];
        for (let i = start; i < Math.min(count, start + BATCH); i += 1) {
          const e = eventAt(i, base);
          chunk.push(`${device.id}\t${e.id}\t${device.gateId}\t${e.at}\t${e.kind}\t${e.method}\t${e.celsius ?? '\\N'}\t${e.payload}\n`);
        }
        yield chunk.join('');
      }
    }
    await pipeline(
      Readable.from(rows()),
      client.query(
        copyFrom(`COPY gate_event (device_id, device_event_id, gate_id, occurred_at, kind, method, celsius, payload) FROM STDIN`),
      ),
    );
    return (performance.now() - started) / 1000;
  } finally {
    await client.end();
  }
}

function rss(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

function heapOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const onMessage = (message: unknown) => {
      const memory = (message as { memory?: NodeJS.MemoryUsage }).memory;
      if (!memory) return;
      child.off('message', onMessage);
      resolve(memory.heapUsed / 1024 / 1024);
    };
    child.on('message', onMessage);
    child.send('memory');
  });
}

function startWorker(url: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, '..', 'workers', 'src', 'main.ts')], {
    env: { PATH: process.env.PATH, DATABASE_URL: url, LOG_LEVEL: 'warn', ...BENCH_ENV },
    stdio: 'ignore',
  });
}

const average = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  // Said with the figures: a busy machine slows the two-process HTTP path more than the COPY baseline.
  const startLoad = os.loadavg()[0]!;
  const step = (what: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${what}\n`);
  await withScratchDatabase('anju_bench_ingest', async (url) => {
    const logger = pino({ level: 'warn' });
    const db = await connectDatabase({ url, applicationName: 'anju-bench-ingest-setup', poolSize: 4 }, logger);
    const api: { child?: ChildProcess } = {};
    const worker: { child?: ChildProcess } = {};
    try {
      await runMigrations(db, logger);
      await seedGenerated(db, { compounds: 450, seed: 42 });
      const services = createServices(db, parseConfig(BENCH_ENV));
      await services.gates.partitions.maintain();
      const request = { requestId: 'bench-ingest', ip: null };
      const user = await services.auth.createUser(
        { username: 'bench.admin', displayName: '压测管理员', role: Role.ADMIN, password: 'lantern-orchid-1987' },
        null,
        request,
      );
      const admin = {
        userId: user.id,
        sessionId: 'bench',
        username: user.username,
        displayName: user.displayName,
        role: Role.ADMIN,
        scope: SYSTEM_SCOPE,
        secondFactor: true,
        hasTotp: false,
        passwordExpired: false,
      };
      const gates = (await db.query(`SELECT id FROM gate ORDER BY id`)) as { id: string }[];
      if (gates.length < ROLLUP_GATES) throw new Error(`the generated district has ${gates.length} gates, fewer than ${ROLLUP_GATES}`);
      const devices: BenchDevice[] = [];
      for (let d = 0; d < DEVICES; d += 1) {
        const created = await services.gates.devices.create(
          {
            gateId: gates[d]!.id,
            kind: GateDeviceKind.FACE_DOOR,
            vendor: 'bench',
            serial: `BENCH-${d}`,
            firmware: '1.0',
            installedOn: '2025-01-01',
          },
          admin,
          request,
        );
        devices.push({ id: created.device.id, gateId: created.device.gateId, key: created.key });
      }
      const base = Date.now() - 60_000;
      step('raw COPY');

      // 1. The ceiling: raw COPY of the first COPY_EVENTS events, then emptied for the HTTP run.
      const copySeconds = await rawCopy(url, devices, COPY_EVENTS, base);
      const copyRate = COPY_EVENTS / copySeconds;
      await db.query(`TRUNCATE gate_event`);
      await db.query(`VACUUM ANALYZE gate_event`);

      step(`raw COPY: ${Math.round(copyRate)} events/s; HTTP load`);
      // 2. HTTP: CONNECTIONS devices at a time post 5,000-event batches for SECONDS seconds.
      api.child = await startServer(path.join(__dirname, 'ingest-server.ts'), [url, String(PORT)]);
      worker.child = startWorker(url);
      await new Promise((resolve) => setTimeout(resolve, 5000));
      let nextBatch = 0;
      let accepted = 0;
      let duplicates = 0;
      let failures = 0;
      const latencies: number[] = [];
      const memory: { second: number; rssMb: number; heapMb: number }[] = [];
      const lags: number[] = [];
      const started = performance.now();
      const deadline = started + SECONDS * 1000;
      const sender = async () => {
        while (performance.now() < deadline) {
          const b = nextBatch++;
          const device = devices[b % devices.length]!;
          const body = batchBody(b, base);
          const sent = performance.now();
          const res = await fetch(`http://127.0.0.1:${PORT}/ingest/gate-events`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${device.key}` },
            body,
          });
          latencies.push(performance.now() - sent);
          if (res.status !== 200) {
            failures += 1;
            await res.text();
            continue;
          }
          const result = (await res.json()) as { accepted: number; duplicates: number; rejected: unknown[] };
          accepted += result.accepted;
          duplicates += result.duplicates;
          failures += result.rejected.length > 0 ? 1 : 0;
        }
      };
      const sampler = setInterval(() => {
        void db
          .query(`SELECT coalesce(extract(epoch FROM clock_timestamp() - min(created_at)), 0)::float AS lag FROM gate_rollup_delta`)
          .then((rows: { lag: number }[]) => lags.push(rows[0]!.lag));
      }, 500);
      const memorySampler = setInterval(() => {
        const child = api.child!;
        void heapOf(child).then((heapMb) =>
          memory.push({ second: Math.round((performance.now() - started) / 1000), rssMb: rss(child.pid!), heapMb }),
        );
      }, 1000);
      await Promise.all(Array.from({ length: CONNECTIONS }, sender));
      const httpSeconds = (performance.now() - started) / 1000;
      clearInterval(memorySampler);
      const httpRate = accepted / httpSeconds;
      step(`HTTP: ${Math.round(httpRate)} events/s; draining rollups`);
      // Drain: how long after the last batch until every queued count is in the rollups.
      const drainStarted = performance.now();
      while (((await db.query(`SELECT count(*)::int AS n FROM gate_rollup_delta`)) as [{ n: number }])[0].n > 0) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const drainSeconds = (performance.now() - drainStarted) / 1000;
      clearInterval(sampler);
      const [check] = (await db.query(
        `SELECT (SELECT count(*)::int FROM gate_event) AS events, (SELECT coalesce(sum(events), 0)::int FROM gate_hourly_rollup) AS rolled`,
      )) as [{ events: number; rolled: number }];
      // Resending a batch stores nothing.
      const resend = await fetch(`http://127.0.0.1:${PORT}/ingest/gate-events`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${devices[0]!.key}` },
        body: batchBody(0, base),
      }).then((r) => r.json() as Promise<{ accepted: number; duplicates: number }>);

      step('dashboard queries');
      // 3. The dashboard read over 1,000 gates × 30 days of hourly rollups.
      await db.query(`TRUNCATE gate_hourly_rollup`);
      const rollupStarted = performance.now();
      await db.query(
        `INSERT INTO gate_hourly_rollup (gate_id, hour, kind, method, events, fever, compound_id, community_id, street_id, district_id)
         SELECT g.id, h.hour, k.kind, k.method, 1 + (abs(hashtext(g.id::text || h.hour::text || k.kind || k.method)) % 60),
                CASE WHEN k.kind = 'TEMPERATURE' THEN abs(hashtext(g.id::text || h.hour::text)) % 2 ELSE 0 END,
                g.compound_id, c.community_id, g.street_id, g.district_id
         FROM (SELECT * FROM gate ORDER BY id LIMIT ${ROLLUP_GATES}) g
         JOIN compound c ON c.id = g.compound_id
         CROSS JOIN generate_series(date_trunc('hour', now()) - interval '${ROLLUP_DAYS} days', date_trunc('hour', now()) - interval '1 hour', interval '1 hour') AS h(hour)
         CROSS JOIN (VALUES ('PASS', 'FACE'), ('PASS', 'CARD'), ('PASS', 'QR'), ('PASS', 'PIN'), ('PASS', 'VOLUNTEER'),
                            ('DENIED', 'FACE'), ('DENIED', 'CARD'), ('TEMPERATURE', ''), ('HEARTBEAT', '')) AS k(kind, method)`,
      );
      await db.query(`VACUUM ANALYZE gate_hourly_rollup`);
      const rollupRows = ((await db.query(`SELECT count(*)::int AS n FROM gate_hourly_rollup`)) as [{ n: number }])[0].n;
      const rollupWrite = (performance.now() - rollupStarted) / 1000;
      const [place] = (await db.query(`SELECT district_id, street_id, compound_id FROM gate ORDER BY id LIMIT 1`)) as [
        { district_id: string; street_id: string; compound_id: string },
      ];
      const queryP95 = async (level: GatePlaceLevel, id: string, bucket: GateBucket, days: number) => {
        const times: number[] = [];
        const to = new Date();
        const from = new Date(to.getTime() - days * 86_400_000);
        for (let run = 0; run < QUERY_RUNS + 2; run += 1) {
          const t0 = performance.now();
          await services.gateOps.operations({ level, id }, { from, to, bucket }, SYSTEM_SCOPE);
          if (run >= 2) times.push(performance.now() - t0);
        }
        times.sort((a, b) => a - b);
        return { p50: percentile(times, 50), p95: percentile(times, 95) };
      };
      const queries = [
        {
          what: `district (${ROLLUP_GATES} gates), 30 days by day`,
          ...(await queryP95(GatePlaceLevel.DISTRICT, place.district_id, GateBucket.DAY, 30)),
        },
        { what: 'street, 7 days by hour', ...(await queryP95(GatePlaceLevel.STREET, place.street_id, GateBucket.HOUR, 7)) },
        { what: 'compound, 30 days by hour', ...(await queryP95(GatePlaceLevel.COMPOUND, place.compound_id, GateBucket.HOUR, 30)) },
      ];

      latencies.sort((a, b) => a - b);
      lags.sort((a, b) => a - b);
      const early = memory.filter((m) => m.second >= 5 && m.second < 15);
      const late = memory.filter((m) => m.second >= SECONDS - 10);
      const ratio = httpRate / copyRate;
      const worstQuery = Math.max(...queries.map((q) => q.p95));
      const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
      const section = [
        `Run ${now()} UTC on ${machine()}; ${fmt(COPY_EVENTS)} events copied, ${SECONDS} s of HTTP load from ${CONNECTIONS} concurrent devices (batches of ${fmt(BATCH)} NDJSON events, ${DEVICES} devices), a worker process rolling up meanwhile. Load average ${startLoad.toFixed(1)} when the run began.`,
        '',
        '| path | events | seconds | events/s |',
        '| --- | ---: | ---: | ---: |',
        `| raw COPY into gate_event (no validation, no dedupe, no rollup counts) | ${fmt(COPY_EVENTS)} | ${fmt(copySeconds, 2)} | ${fmt(copyRate)} |`,
        `| POST /ingest/gate-events end to end (auth, parse, validate, dedupe keys, events, rollup counts, NOTIFY) | ${fmt(accepted)} | ${fmt(httpSeconds, 2)} | ${fmt(httpRate)} |`,
        '',
        `HTTP / raw COPY: **${fmt(ratio, 2)}x** (target ≥ 0.5x): ${verdict(ratio >= 0.5)}. HTTP events/s: **${fmt(httpRate)}** (target ≥ 20,000): ${verdict(httpRate >= 20_000)}. Batch latency p50 ${fmt(percentile(latencies, 50))} ms, p95 ${fmt(percentile(latencies, 95))} ms; ${failures} failed or partly rejected batches; ${fmt(duplicates)} duplicates; the same batch resent: ${resend.accepted} accepted, ${fmt(resend.duplicates)} duplicates.`,
        '',
        `Rollup lag (age of the oldest count not yet in the rollups, sampled every 0.5 s under load): p95 **${fmt(percentile(lags, 95), 1)} s**, max ${fmt(lags[lags.length - 1] ?? 0, 1)} s (target < 10 s): ${verdict((lags[lags.length - 1] ?? 0) < 10)}; drained ${fmt(drainSeconds, 1)} s after the last batch. Rollup totals ${fmt(check.rolled)} = stored events ${fmt(check.events)}: ${check.rolled === check.events ? 'equal' : 'DIFFERENT'}.`,
        '',
        `API memory (RSS / V8 heap): seconds 5-15 ${fmt(average(early.map((m) => m.rssMb)))} / ${fmt(average(early.map((m) => m.heapMb)))} MB, last 10 s ${fmt(average(late.map((m) => m.rssMb)))} / ${fmt(average(late.map((m) => m.heapMb)))} MB, peak RSS ${fmt(Math.max(...memory.map((m) => m.rssMb)))} MB.`,
        '',
        `Gate operations query (GateOpsService.operations: series, drill-down, device table) over ${fmt(rollupRows)} rollup rows (${ROLLUP_GATES} gates × ${ROLLUP_DAYS} days × 9 kind/method pairs, written in ${fmt(rollupWrite, 1)} s), ${QUERY_RUNS} runs each:`,
        '',
        '| query | p50 ms | p95 ms |',
        '| --- | ---: | ---: |',
        ...queries.map((q) => `| ${q.what} | ${fmt(q.p50, 1)} | ${fmt(q.p95, 1)} |`),
        '',
        `Worst p95 ${fmt(worstQuery, 1)} ms (target < 100 ms): ${verdict(worstQuery < 100)}.`,
      ].join('\n');
      writeSection('ingest', section);
      process.stdout.write(`${section}\n`);
    } finally {
      api.child?.kill('SIGTERM');
      worker.child?.kill('SIGTERM');
      await db.destroy();
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:ingest failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
