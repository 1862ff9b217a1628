/**
 * `npm run keys:rotate` asks the workers to re-encrypt all personal data under the newest key of
 * PERSONAL_DATA_KEYS; with `-- --wait` it follows the job until it is done (exit 1 if it fails).
 * Runs within the same minute share one job id, so a double start enqueues once.
 */
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../api/src/config';
import { createLogger } from '../api/src/logger';
import { PersonalData } from '../api/src/personal/personal-data';
import { readRotationProgress, type RotationProgress } from '../api/src/personal/rotation';
import { requireDatabaseUrl } from '../api/src/process';
import { QueueRuntime } from '../api/src/queue/runtime';

const POLL_MS = 1000;

function describeProgress(progress: RotationProgress): string {
  return progress.columns
    .map((c) => `${c.table}.${c.column}: ${c.checked} checked, ${c.reencrypted} re-encrypted${c.done ? ', done' : ''}`)
    .join('; ');
}

async function main(): Promise<void> {
  const config = loadConfig();
  const newestKeyId = PersonalData.fromConfig(config).newestKeyId;
  const queue = new QueueRuntime(
    { databaseUrl: requireDatabaseUrl(config), redisUrl: config.REDIS_URL },
    createLogger(config, 'keys-rotate'),
  );
  try {
    const minute = new Date(Math.floor(Date.now() / 60000) * 60000).toISOString();
    const id = await queue.enqueue('keys.rotate', { requestedAt: minute });
    process.stdout.write(`enqueued ${id}: re-encrypt personal data under key "${newestKeyId}"\n`);
    if (!process.argv.includes('--wait')) return;

    let shown = '';
    const show = (line: string) => {
      if (line !== shown) process.stdout.write(`${line}\n`);
      shown = line;
    };
    for (;;) {
      const job = await queue.queue('maintenance').getJob(id);
      if (!job) throw new Error(`job ${id} disappeared from the queue`);
      const state = await job.getState();
      const progress = readRotationProgress(job.progress);
      if (state === 'completed') {
        const result = job.returnvalue as RotationProgress;
        show(`done: ${describeProgress(result) || 'no encrypted columns registered'}`);
        // The workers' configuration decides the key; a mismatch means they run with another keyring.
        if (result.keyId !== newestKeyId) {
          throw new Error(
            `the workers re-encrypted under key "${result.keyId}", not "${newestKeyId}": restart them with the new PERSONAL_DATA_KEYS`,
          );
        }
        return;
      }
      if (state === 'failed') throw new Error(`rotation failed after ${job.attemptsMade} attempts: ${job.failedReason}`);
      if (state === 'delayed' && job.failedReason) show(`attempt ${job.attemptsMade} failed (${job.failedReason}); retrying`);
      else show(progress ? describeProgress(progress) : `job is ${state}; is a worker running?`);
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  } finally {
    await queue.close();
  }
}

main().catch((error: unknown) => {
  // A configuration error is already one complete line.
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`anju keys:rotate: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
