import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import pino from 'pino';
import { ClosureStatus, QueueRuntime, createServices, parseConfig, type Services } from '@anju/api';
import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { fixtureId, insertWorld } from '../../../test/fixtures';
import { createAdminSession } from '../../../api/test/sessions';
import type { Viewer } from '../../../api/src/auth/auth.service';
import { GateDeviceKind } from '../../../api/src/gates/gate-device.enums';
import { rollupsFromScratch, storedRollups } from '../../../api/test/gates';

const ROOT = path.join(__dirname, '..', '..', '..');
const GATE_COUNT = 20;
const HOURS = 160;

/** The real worker process (workers/src/main.ts), as deployed. */
function startWorker(databaseUrl: string): { child: ChildProcess; output: () => string; exited: Promise<void> } {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'workers/src/main.ts'], {
    cwd: ROOT,
    // Small chunks, so the kill lands between two commits of one run.
    env: { PATH: process.env.PATH, DATABASE_URL: databaseUrl, LOG_LEVEL: 'info', WORKER_CONCURRENCY: '1', GATE_ROLLUP_CHUNK_ROWS: '100' },
  });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, output: () => output, exited };
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 60_000, everyMs = 10): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

describe('gate rollups survive kill -9 of the worker mid-run', () => {
  let t: TestDatabase;
  let services: Services;
  let queue: QueueRuntime;

  beforeAll(async () => {
    t = await createTestDatabase();
    // Fixture compounds have at most four gates.
    await insertWorld(
      t.db,
      Array.from({ length: GATE_COUNT / 4 }, (_, c) => ({
        key: `big${c}`,
        community: 'c1' as const,
        name: `大院${c}`,
        yearBuilt: 1985,
        households: 300,
        floorArea: 20000,
        isOld: true,
        status: ClosureStatus.CLOSED,
        gates: 4,
      })),
    );
    services = createServices(t.db, parseConfig({ NODE_ENV: 'test' }));
    queue = new QueueRuntime({ databaseUrl: t.url }, pino({ level: 'silent' }));
  });
  afterAll(async () => {
    await queue.close(5000);
    await t.drop();
  });

  /** (gate, hour) slices with counts not yet added to the rollups. */
  const dirty = async () =>
    ((await t.db.query(`SELECT count(*)::int AS n FROM (SELECT DISTINCT gate_id, hour FROM gate_rollup_delta) d`)) as [{ n: number }])[0].n;

  /** Ingests `perHour` events per gate and hour over the last HOURS hours, through the ingest service. */
  async function ingest(devices: Viewer[], perHour: number, tag: string): Promise<void> {
    // The middle of the last whole hour: each hour's events (at most 98 s apart) stay in that hour,
    // whenever the test runs (from the current time they could straddle an hour boundary).
    const now = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 1_800_000;
    for (const [g, viewer] of devices.entries()) {
      const events = [];
      for (let h = 0; h < HOURS; h += 1) {
        for (let i = 0; i < perHour; i += 1) {
          const at = new Date(now - h * 3_600_000 - i * 7_000).toISOString();
          const kind = i % 5 === 4 ? 'TEMPERATURE' : 'PASS';
          const payload = kind === 'PASS' ? { method: ['FACE', 'CARD', 'VOLUNTEER'][i % 3] } : { celsius: 36 + (i % 3) * 0.7 };
          events.push({ eventId: `${tag}-${g}-${h}-${i}`, at, kind, payload });
        }
      }
      for (let start = 0; start < events.length; start += 5000) {
        const result = await services.gates.ingest.ingestBody(viewer, JSON.stringify(events.slice(start, start + 5000)), false);
        expect(result.rejected).toEqual([]);
      }
    }
  }

  it('leaves rollups equal to a from-scratch recomputation after a restart', async () => {
    const admin = (await services.auth.authenticate((await createAdminSession(t.db)).token))!;
    const request = { requestId: 'crash-test', ip: null };
    const devices: Viewer[] = [];
    for (let g = 0; g < GATE_COUNT; g += 1) {
      const { key } = await services.gates.devices.create(
        {
          gateId: fixtureId(`big${Math.floor(g / 4)}:gate:${g % 4}`),
          kind: GateDeviceKind.FACE_DOOR,
          vendor: '宇视',
          serial: `CRASH-${g}`,
          firmware: '2.0',
          installedOn: '2025-01-01',
        },
        admin,
        request,
      );
      devices.push((await services.deviceKeys.authenticate(key))!);
    }
    // Rollups exist for every hour first, so the crashed run works on rows that already hold (now stale) totals.
    await ingest(devices, 10, 'a');
    await services.gates.rollups.run();
    await ingest(devices, 15, 'b');
    const marked = await dirty();
    expect(marked).toBe(GATE_COUNT * HOURS);

    await queue.enqueue('gates.rollup', { window: 1 });
    const first = startWorker(t.url);
    // Kill while the run is part-way: some counts added and committed, others still pending.
    await until(async () => (await dirty()) < marked, 'the worker to commit its first chunk');
    const left = await dirty();
    first.child.kill('SIGKILL');
    await first.exited;
    expect(left).toBeGreaterThan(0);
    expect(await storedRollups(t.db)).not.toEqual(await rollupsFromScratch(t.db));

    const second = startWorker(t.url);
    try {
      await until(async () => second.output().includes('workers ready'), 'the restarted worker');
      await queue.enqueue('gates.rollup', { window: 2 });
      await until(async () => (await dirty()) === 0, 'the restarted worker to add the pending counts', 60_000, 100);
      // Each chunk commits its additions and the removal of its counts together: nothing added twice or lost.
      expect(await storedRollups(t.db)).toEqual(await rollupsFromScratch(t.db));
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  }, 180_000);
});
