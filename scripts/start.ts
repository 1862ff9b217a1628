/**
 * `npm start`: the whole platform in one command.
 *
 * Ctrl-C in a terminal signals the whole foreground process group at once: API, workers, dashboard
 * and the embedded PostgreSQL would all stop together, and the database could go before the
 * workers had released their jobs. So the orchestrator (scripts/platform.ts) runs in a process
 * group of its own, and this launcher turns the first Ctrl-C or SIGTERM into one SIGTERM for it;
 * it then stops everything in order. A second Ctrl-C kills the group outright.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

const platform = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'platform.ts')], {
  cwd: path.join(__dirname, '..'),
  detached: true,
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});

// One Ctrl-C reaches this process twice (from the terminal and forwarded by npm), so only a
// signal well after the first counts as the impatient second one.
const SECOND_SIGNAL_AFTER_MS = 1000;
let firstSignalAt: number | undefined;
const forward = () => {
  if (platform.pid === undefined || platform.exitCode !== null) return;
  const now = Date.now();
  try {
    if (firstSignalAt === undefined) {
      firstSignalAt = now;
      platform.kill('SIGTERM');
    } else if (now - firstSignalAt > SECOND_SIGNAL_AFTER_MS) {
      process.stderr.write('anju: second Ctrl-C, killing all platform processes\n');
      process.kill(-platform.pid, 'SIGKILL');
    }
  } catch {
    // already gone
  }
};
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
process.on('SIGHUP', forward);

platform.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
