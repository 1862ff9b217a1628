/**
 * `npm run user:create -- --username wang.fang --role ADMIN --name 王芳 [--district ID | --street ID | --community ID]`
 * creates an account on DATABASE_URL, the way the first administrator comes to exist. The
 * password is read from ANJU_NEW_PASSWORD or, interactively, from the terminal (never from argv,
 * which other users of the machine can read in the process list). The creation is audited.
 */
import 'reflect-metadata';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { type Role, USER_ROLES } from '../api/src/auth/roles';
import { loadConfig } from '../api/src/config';
import { connectDatabase } from '../api/src/db/connect';
import { createLogger } from '../api/src/logger';
import { requireDatabaseUrl } from '../api/src/process';
import { createServices } from '../api/src/services';

const USAGE = `usage: npm run user:create -- --username NAME --role ${USER_ROLES.join('|')} --name DISPLAY_NAME [--district ID] [--street ID] [--community ID]
the password comes from ANJU_NEW_PASSWORD or is asked for on the terminal`;

async function readPassword(): Promise<string> {
  if (process.env.ANJU_NEW_PASSWORD) return process.env.ANJU_NEW_PASSWORD;
  if (!process.stdin.isTTY) throw new Error('no terminal to ask for the password: set ANJU_NEW_PASSWORD');
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  try {
    return await rl.question('password (12-64 characters): ');
  } finally {
    rl.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      username: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      district: { type: 'string' },
      street: { type: 'string' },
      community: { type: 'string' },
    },
  });
  if (!values.username || !values.role || !values.name) throw new Error(USAGE);
  if (!USER_ROLES.includes(values.role as Role)) throw new Error(`--role must be one of ${USER_ROLES.join(', ')}\n${USAGE}`);

  const config = loadConfig();
  const logger = createLogger({ ...config, LOG_LEVEL: 'warn' }, 'user-create');
  const db = await connectDatabase({ url: requireDatabaseUrl(config), applicationName: 'anju-user-create' }, logger);
  try {
    const user = await createServices(db, config).auth.createUser(
      {
        username: values.username,
        displayName: values.name,
        role: values.role as Role,
        password: await readPassword(),
        districtId: values.district ?? null,
        streetId: values.street ?? null,
        communityId: values.community ?? null,
      },
      null,
      { requestId: 'cli:user:create', ip: null },
    );
    process.stdout.write(`created ${user.role} ${user.username} (${user.id})\n`);
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  // Input errors read "field: reason", e.g. "password: is too common (...)".
  process.stderr.write(`anju user:create: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
