import { parseArgs } from 'node:util';
import { MAX_GENERATED_COMPOUNDS, MAX_SEED, type GenerateOptions } from './generate';

export const USAGE = 'usage: npm run seed [-- --compounds N [--seed S] [--demo]]';

/** What to write: the demo, a generated district, or both. */
export interface SeedPlan {
  demo: boolean;
  generated: GenerateOptions | null;
  help: boolean;
}

/** A bad command line: the CLI prints the message on one line and exits with code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const DEFAULT_SEED = 1;

function integer(flag: string, value: string, min: number, max: number): number {
  const parsed = Number(value);
  if (!/^-?\d+$/.test(value) || parsed < min || parsed > max) {
    throw new UsageError(`--${flag} must be an integer from ${min} to ${max} (got ${JSON.stringify(value)})`);
  }
  return parsed;
}

const NUMERIC_FLAGS = new Set(['--compounds', '--seed']);

/** `--seed -1` would read as two flags; joined as `--seed=-1`, it gets the range message instead. */
function joinNegativeValues(args: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    const next = args[i + 1];
    if (NUMERIC_FLAGS.has(arg) && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      i += 1;
    } else {
      joined.push(arg);
    }
  }
  return joined;
}

/** Reads the seed command's flags; throws a UsageError for anything it does not understand. */
export function parseSeedArgs(args: readonly string[]): SeedPlan {
  let values: { compounds?: string; seed?: string; demo?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: joinNegativeValues(args),
      options: { compounds: { type: 'string' }, seed: { type: 'string' }, demo: { type: 'boolean' }, help: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    // node's messages go on to explain how to pass odd values; the first sentence is the one that helps.
    const message = error instanceof Error ? (error.message.split(/\.\s/)[0] ?? error.message) : String(error);
    throw new UsageError(message);
  }
  if (values.help) return { demo: false, generated: null, help: true };
  if (values.compounds === undefined) {
    if (values.seed !== undefined) throw new UsageError('--seed needs --compounds: the demo has no seed');
    return { demo: true, generated: null, help: false };
  }
  return {
    demo: values.demo ?? false,
    generated: {
      compounds: integer('compounds', values.compounds, 1, MAX_GENERATED_COMPOUNDS),
      seed: values.seed === undefined ? DEFAULT_SEED : integer('seed', values.seed, 0, MAX_SEED),
    },
    help: false,
  };
}
