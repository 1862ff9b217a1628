import type { DataSource } from 'typeorm';
import { badInput } from '../graphql/errors';

const DAY_MS = 86_400_000;
/** Day partitions exist this many days ahead of today (UTC), so a late maintenance run costs nothing. */
export const PARTITIONS_AHEAD_DAYS = 7;
const PARTITION_NAME = /^gate_event_(\d{4})(\d{2})(\d{2})$/;

const utcDay = (at: Date) => new Date(Math.floor(at.getTime() / DAY_MS) * DAY_MS);
const partitionName = (day: Date) => `gate_event_${day.toISOString().slice(0, 10).replace(/-/g, '')}`;

export interface PartitionMaintenance {
  created: string[];
  /** Events moved out of the default partition into their new day partition. */
  moved: number;
  dropped: string[];
  expiredKeys: number;
}

/**
 * gate_event is partitioned by UTC day. Maintenance creates the partitions from the oldest day an
 * event may still arrive for (GATE_EVENT_MAX_AGE_DAYS) to a week ahead, and drops partitions
 * wholly older than the retention (with their dedupe keys). Rollups are never dropped.
 */
export class GatePartitions {
  constructor(
    private readonly db: DataSource,
    private readonly options: { retentionDays: number; maxAgeDays: number },
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** `day` (YYYY-MM-DD, UTC) stands in for today, for tests and catch-up runs. */
  async maintain(day?: string): Promise<PartitionMaintenance> {
    if (day !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(day)) throw badInput('day', 'must be a date as YYYY-MM-DD');
    const options = this.options;
    const today = utcDay(day ? new Date(`${day}T00:00:00Z`) : this.clock());
    const existing = new Set(await this.partitions());
    const created: string[] = [];
    let moved = 0;
    for (let offset = -options.maxAgeDays; offset <= PARTITIONS_AHEAD_DAYS; offset += 1) {
      const day = new Date(today.getTime() + offset * DAY_MS);
      if (existing.has(partitionName(day))) continue;
      moved += await this.createPartition(day);
      created.push(partitionName(day));
    }
    const cutoff = new Date(today.getTime() - options.retentionDays * DAY_MS);
    const dropped: string[] = [];
    for (const name of existing) {
      const match = PARTITION_NAME.exec(name);
      if (!match) continue;
      const end = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) + DAY_MS);
      if (end.getTime() > cutoff.getTime()) continue;
      await this.db.query(`DROP TABLE ${name}`);
      dropped.push(name);
    }
    const [, expiredKeys] = (await this.db.query(`DELETE FROM gate_event_key WHERE occurred_at < $1`, [cutoff.toISOString()])) as [
      unknown,
      number,
    ];
    return { created, moved, dropped, expiredKeys };
  }

  /** Names of the day partitions that exist now. */
  async partitions(): Promise<string[]> {
    const rows = (await this.db.query(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
       WHERE i.inhparent = 'gate_event'::regclass AND c.relname <> 'gate_event_default' ORDER BY 1`,
    )) as { name: string }[];
    return rows.map((r) => r.name);
  }

  /**
   * Builds the day's table, moves any of its events that landed in the default partition into it,
   * and attaches it, in one transaction. ATTACH alone lets a concurrent query plan with the old
   * partition list but read a newer snapshot, which would see the moved events in neither place;
   * the exclusive lock (held for milliseconds, once per new day) makes readers wait instead.
   * Returns how many events were moved.
   */
  private async createPartition(day: Date): Promise<number> {
    const name = partitionName(day);
    const from = day.toISOString();
    const to = new Date(day.getTime() + DAY_MS).toISOString();
    return this.db.transaction(async (manager) => {
      await manager.query(`LOCK TABLE gate_event IN ACCESS EXCLUSIVE MODE`);
      await manager.query(`CREATE TABLE ${name} (LIKE gate_event INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`);
      const [{ moved }] = (await manager.query(
        `WITH moved AS (DELETE FROM gate_event_default WHERE occurred_at >= $1 AND occurred_at < $2 RETURNING *),
              kept AS (INSERT INTO ${name} SELECT * FROM moved RETURNING 1)
         SELECT count(*)::int AS moved FROM kept`,
        [from, to],
      )) as [{ moved: number }];
      await manager.query(`ALTER TABLE gate_event ATTACH PARTITION ${name} FOR VALUES FROM ('${from}') TO ('${to}')`);
      return moved;
    });
  }
}
