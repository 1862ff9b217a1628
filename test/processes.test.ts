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

  it('creates the first administrator from the command line, refusing a weak password', async () => {
    const withoutArgs = start('scripts/user-create.ts', { DATABASE_URL: t.url, ANJU_NEW_PASSWORD: 'lantern-orchid-1987' });
    expect(await exitOf(withoutArgs.child)).toBe(1);
    expect(withoutArgs.output()).toContain('usage: npm run user:create');

    const args = ['--username', 'first.admin', '--role', 'ADMIN', '--name', '管理员'];
    const run = (password: string) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/user-create.ts', ...args], {
        cwd: ROOT,
        env: { PATH: process.env.PATH, DATABASE_URL: t.url, ANJU_NEW_PASSWORD: password },
      });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      return exitOf(child).then((code) => ({ code, output }));
    };
    expect(await run('1qaz2wsx3edc')).toEqual({
      code: 1,
      output: 'anju user:create: password: is too common (it appears in lists of leaked passwords)\n',
    });
    const created = await run('lantern-orchid-1987');
    expect(created.code).toBe(0);
    expect(created.output).toMatch(/^created ADMIN first\.admin \(/);
    const [row] = (await t.db.query(`SELECT role, is_demo FROM app_user WHERE username = 'first.admin'`)) as {
      role: string;
      is_demo: boolean;
    }[];
    expect(row).toEqual({ role: 'ADMIN', is_demo: false });
  });

  it('refuses to run in production while demo accounts exist', async () => {
    await t.db.query(
      `INSERT INTO app_user (id, username, display_name, role, password_hash, is_demo) VALUES (gen_random_uuid(), 'demo-x', 'demo', 'ADMIN', 'x', true)`,
    );
    try {
      const { child, output } = start('api/src/main.ts', {
        DATABASE_URL: t.url,
        NODE_ENV: 'production',
        API_PORT: '4792',
        PERSONAL_DATA_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
        BLIND_INDEX_KEY: Buffer.alloc(32, 2).toString('base64'),
      });
      expect(await exitOf(child)).toBe(1);
      expect(output()).toContain('demo accounts exist (demo-x)');
    } finally {
      await t.db.query(`DELETE FROM app_user WHERE username = 'demo-x'`);
    }
  });

  it('refuses to start without DATABASE_URL, saying what to do', async () => {
    const { child, output } = start('api/src/main.ts', {});
    expect(await exitOf(child)).toBe(1);
    expect(output()).toContain('DATABASE_URL must be a postgres:// URL (it is not set)');
  });
});
