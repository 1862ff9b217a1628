import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from './db';
import { TEST_REDIS_URL } from './env';

const ROOT = path.join(__dirname, '..');

function start(entry: string, env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: ROOT, env: { PATH: process.env.PATH, ...env } });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  return { child, output: () => output };
}

async function waitForOutput(output: () => string, text: string, timeoutMs = 30000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!output().includes(text)) {
    if (Date.now() > deadline) throw new Error(`"${text}" did not appear; output so far:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe('API and worker processes', () => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it.each([
    ['workers on PostgreSQL', 'workers/src/main.ts', {}, 'workers ready'],
    ['workers on Redis', 'workers/src/main.ts', { REDIS_URL: TEST_REDIS_URL }, 'workers ready'],
    ['API', 'api/src/main.ts', { API_PORT: '4791' }, 'GraphQL API ready'],
  ] as const)('%s start, log readiness and stop cleanly on SIGTERM', async (_name, entry, env, ready) => {
    const { child, output } = start(entry, { DATABASE_URL: t.url, LOG_LEVEL: 'info', ...env });
    const exited = exitOf(child);
    await waitForOutput(output, ready);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output()).toContain('shutting down');
    expect(output()).toContain('stopped cleanly');
  });

  it('refuses to start without DATABASE_URL, saying what to do', async () => {
    const { child, output } = start('api/src/main.ts', {});
    expect(await exitOf(child)).toBe(1);
    expect(output()).toContain('DATABASE_URL must be a postgres:// URL (it is not set)');
  });
});
