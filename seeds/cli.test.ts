import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { createTestDatabase, type TestDatabase } from '../test/db';
import { UsageError, parseSeedArgs } from './args';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

/** Runs `npm run seed` the way npm does, without npm's own output. */
async function seed(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, ['seeds/cli.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('parseSeedArgs', () => {
  it('seeds the demo without flags', () => {
    expect(parseSeedArgs([])).toEqual({ demo: true, generated: null, help: false });
  });

  it('generates a district with --compounds, the seed defaulting to 1, and the demo too with --demo', () => {
    expect(parseSeedArgs(['--compounds', '5000', '--seed', '42'])).toEqual({
      demo: false,
      generated: { compounds: 5000, seed: 42 },
      help: false,
    });
    expect(parseSeedArgs(['--compounds=12', '--demo'])).toEqual({ demo: true, generated: { compounds: 12, seed: 1 }, help: false });
  });

  it.each([
    [['--compounds', 'many'], /--compounds must be an integer from 1 to 200000/],
    [['--compounds', '0'], /--compounds must be an integer/],
    [['--compounds', '200001'], /--compounds must be an integer/],
    [['--compounds', '2.5'], /--compounds must be an integer/],
    [['--compounds', '10', '--seed', '-1'], /--seed must be an integer from 0 to 4294967295 \(got "-1"\)/],
    [['--seed', '3'], /--seed needs --compounds/],
    [['--count', '3'], /Unknown option '--count'/],
    [['--compounds'], /argument missing/],
    [['5000'], /Unexpected argument '5000'/],
  ])('refuses %j', (args, message) => {
    expect(() => parseSeedArgs(args)).toThrow(UsageError);
    expect(() => parseSeedArgs(args)).toThrow(message);
  });
});

describe('npm run seed', () => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase();
  });

  afterAll(async () => {
    await t.drop();
  });

  it('exits with code 2 and one line on stderr for a bad flag, before touching any database', async () => {
    const result = await seed(['--compounds', 'lots'], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^anju seed: --compounds must be an integer/);
  });

  it('seeds the demo and a generated district, and prints one line', async () => {
    const result = await seed(['--compounds', '40', '--seed', '9', '--demo'], { DATABASE_URL: t.url, LOG_LEVEL: 'silent' });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(
      /^anju seed: demo: 3 districts, 4 streets, 12 communities, 87 compounds, \d+ gates; district 11999 \(seed 9\): 1 district, 1 street, 3 communities, 40 compounds, \d+ gates in \d+\.\d\d s\n$/,
    );
  });
});
