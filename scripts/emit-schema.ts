/**
 * Writes the GraphQL schema to schema.graphql (checked in; the web's types are generated from it).
 * With --check, fails when the checked-in file differs from what the code builds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { printSdl } from '../api/src/graphql/schema';

const file = path.join(__dirname, '..', 'schema.graphql');
const sdl = printSdl();

if (process.argv.includes('--check')) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current !== sdl) {
    process.stderr.write('schema.graphql is stale: run `npm run schema:emit` and commit the result\n');
    process.exit(1);
  }
  process.stdout.write('schema.graphql is up to date\n');
} else {
  fs.writeFileSync(file, sdl);
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}
