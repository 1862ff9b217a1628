/**
 * `npm run audit:verify` walks the audit log's hash chain on DATABASE_URL. Exit 0 when intact,
 * 2 at the first broken link (seq, time, reason), 1 when it cannot run at all.
 */
import 'reflect-metadata';
import { AuditService } from '../api/src/audit/audit.service';
import { loadConfig } from '../api/src/config';
import { connectDatabase } from '../api/src/db/connect';
import { createLogger } from '../api/src/logger';
import { requireDatabaseUrl } from '../api/src/process';

async function main(): Promise<number> {
  const config = loadConfig();
  const logger = createLogger(config, 'audit-verify');
  const db = await connectDatabase({ url: requireDatabaseUrl(config), applicationName: 'anju-audit-verify', poolSize: 1 }, logger);
  try {
    const result = await new AuditService(db).verify();
    if (!result.ok) {
      const { seq, occurredAt, reason } = result.brokenAt;
      process.stdout.write(`audit log BROKEN at seq ${seq} (occurred_at ${occurredAt.toISOString()}): ${reason}\n`);
      return 2;
    }
    process.stdout.write(`audit log intact: ${result.checked} entries checked\n`);
    // Kept somewhere else, the head lets a later run notice a chain rewritten from the start.
    if (result.head) process.stdout.write(`head: seq ${result.head.seq} hash ${result.head.hash}\n`);
    return 0;
  } finally {
    await db.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`anju audit:verify: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
