import { randomBytes } from 'node:crypto';
import { finished } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';
import type { Place } from './fee.service';
import type { LedgerRow } from './ledger';

/**
 * Rows a COPY batch waits for while the file is being read. A batch takes every row added since
 * the one before it was sent, so batches grow to what PostgreSQL can take and it never waits for
 * a fixed count: each COPY statement has a fixed cost (and needs this process's attention twice,
 * between two chunks of the reader), so many small batches cost more than the rows in them.
 */
const BATCH_MIN_ROWS = 2000;
/** Rows added but not yet sent before `ready` makes the reader wait (bounds memory when PostgreSQL is the slower side). */
const MAX_UNSENT_ROWS = 40_000;

const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
/** A text field in COPY's text format (validated addresses never need the escapes; seeded ones are not validated). */
const copyText = (value: string) => (COPY_SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]!) : value);
const yuan = (fen: number) => (fen / 100).toFixed(2);
const addressKey = (h: { building: string; unit: string; room: string }) => `${h.building}\u0000${h.unit}\u0000${h.room}`;

/**
 * Ids for new households in the UUIDv7 layout (RFC 9562: the millisecond first, then a counter
 * from a random start), so one import's ids ascend and the three indexes keyed by household id
 * (the primary keys of fee_household and fee_bill and the bill's foreign key) take a new ledger at their right
 * edge instead of splitting pages all over: about a tenth of the store's time. A household is
 * found by its address (compound, building, unit, room), never by recomputing its id.
 */
function householdIds(): () => string {
  const time = Date.now().toString(16).padStart(12, '0');
  const random = randomBytes(8);
  const variant = (0x8 | (random[2]! & 0x3)).toString(16);
  const head = `${time.slice(0, 8)}-${time.slice(8)}-7${random.toString('hex', 0, 2).slice(1)}-${variant}${random.toString('hex', 3, 5).slice(1)}-`;
  // 32 random bits in a 48-bit field: room for 2^47 more ids than any import has rows.
  let counter = random.readUInt32BE(4);
  return () => head + (counter++).toString(16).padStart(12, '0');
}

/**
 * COPY text gathered in a Buffer, outside the JavaScript heap. Each row's text dies young; built
 * up as one long string instead, the rows of a batch survived collection after collection and
 * the import spent about a fifth of its time collecting garbage.
 */
class CopyText {
  private buffer = Buffer.allocUnsafe(1 << 20);
  private length = 0;

  append(text: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    this.reserve(text.length * 3);
    this.length += this.buffer.write(text, this.length);
  }

  /** Text encoded once beforehand (the fields every row of an import repeats). */
  appendBytes(bytes: Buffer): void {
    this.reserve(bytes.length);
    this.length += bytes.copy(this.buffer, this.length);
  }

  private reserve(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }

  /** The text so far; this starts over empty. */
  take(): Buffer {
    const text = this.buffer.subarray(0, this.length);
    this.buffer = Buffer.allocUnsafe(this.buffer.length);
    this.length = 0;
    return text;
  }
}

/** Ids and values of rows to change, as unnest() arrays. */
class Changes {
  readonly ids: string[] = [];
  readonly values: (string | null)[][] = [];

  add(id: string, ...values: (string | null)[]): void {
    this.ids.push(id);
    values.forEach((value, i) => (this.values[i] ??= []).push(value));
  }
}

/** A month's bill as stored: the amount and, once paid, the payment on it. */
interface StoredBill {
  fen: number;
  paidFen: number | null;
  paidOn: string | null;
}

/**
 * Writes one compound's month as its ledger says, inside the caller's transaction, while the
 * rows are still coming in. What the compound already has (its households and the month's bills
 * with their payments) is loaded once into maps; each row is then compared in memory and only
 * what differs is written: new households and bills go to PostgreSQL in COPY batches, each sent
 * as soon as the one before is done (PostgreSQL inserts them while the reader parses the next
 * rows; no row costs a round trip), and changed areas, changed bills (amount or payment) and the
 * month's bills of households missing from the ledger (a corrected ledger replaces the earlier
 * one) are set-based statements at the end. The same rows twice therefore write nothing. Imports of
 * one compound take turns (an advisory lock until the transaction ends), so the maps stay true.
 */
export class LedgerStore {
  private storedRows = 0;
  private added = 0;
  private readonly nextId = householdIds();
  /** The columns between a household's id and its address, the same on every row of the import. */
  private readonly householdPlace: Buffer;
  /** The columns between a bill's household id and its amounts, likewise. */
  private readonly billPlace: Buffer;
  private readonly households = new CopyText();
  private readonly bills = new CopyText();
  private unsent = 0;
  /** The write loop while it runs (it never rejects: a failure is kept in `failure`). */
  private writing: Promise<void> | null = null;
  private finishing = false;
  private abandoned = false;
  private failure: { error: unknown } | null = null;
  private readonly areaChanges = new Changes();
  private readonly billChanges = new Changes();

  private constructor(
    private readonly manager: EntityManager,
    private readonly client: PoolClient,
    place: Place,
    private readonly month: string,
    /** Address (building, unit, room joined by NUL) → the household. */
    private readonly known: Map<string, { id: string; areaCentiM2: number }>,
    /** Household id → the month's bill; what is left at the end was not in the ledger. */
    private readonly billed: Map<string, StoredBill>,
  ) {
    const ids = `${place.compoundId}\t${place.communityId}\t${place.streetId}\t${place.districtId}`;
    this.householdPlace = Buffer.from(`\t${ids}\t`);
    this.billPlace = Buffer.from(`\t${month}\t${ids}\t`);
  }

  /** Takes the compound's turn and loads what it has; `manager` must be a transaction's. */
  static async open(manager: EntityManager, place: Place, month: string): Promise<LedgerStore> {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) throw new Error('LedgerStore.open needs the manager of an open transaction');
    // TypeORM's PostgreSQL query runner resolves connect() with its pg client: COPY needs it.
    const client = (await runner.connect()) as PoolClient;
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('anju.fee-ledger:' || $1, 0))`, [place.compoundId]);
    const households: { id: string; building: string; unit: string; room: string; area: string }[] = await manager.query(
      `SELECT id, building, unit, room, (floor_area * 100)::bigint AS area FROM fee_household WHERE compound_id = $1`,
      [place.compoundId],
    );
    const bills: { id: string; fen: string; paid_fen: string | null; paid_on: string | null }[] = await manager.query(
      `SELECT household_id AS id, (amount * 100)::bigint AS fen, (paid_amount * 100)::bigint AS paid_fen, paid_on::text
         FROM fee_bill WHERE compound_id = $1 AND month = $2`,
      [place.compoundId, month],
    );
    return new LedgerStore(
      manager,
      client,
      place,
      month,
      new Map(households.map((h) => [addressKey(h), { id: h.id, areaCentiM2: Number(h.area) }])),
      new Map(
        bills.map((b) => [b.id, { fen: Number(b.fen), paidFen: b.paid_fen === null ? null : Number(b.paid_fen), paidOn: b.paid_on }]),
      ),
    );
  }

  /** One valid row (each household at most once: the validator refuses duplicates); sends a batch when enough are waiting. */
  add(row: LedgerRow): void {
    const paidFen = row.paidFen > 0 ? row.paidFen : null;
    const paidOn = paidFen === null ? null : row.paidOn;
    const bill = `${yuan(row.billFen)}\t${paidFen === null ? '\\N\t\\N' : `${yuan(paidFen)}\t${paidOn}`}\n`;
    // A compound's first ledger has nothing to compare with.
    const household = this.known.size > 0 ? this.known.get(addressKey(row)) : undefined;
    if (!household) {
      const id = this.nextId();
      this.households.append(id);
      this.households.appendBytes(this.householdPlace);
      this.households.append(`${copyText(row.building)}\t${copyText(row.unit)}\t${copyText(row.room)}\t${yuan(row.areaCentiM2)}\n`);
      this.addBill(id, bill);
    } else {
      const { id } = household;
      if (household.areaCentiM2 !== row.areaCentiM2) this.areaChanges.add(id, yuan(row.areaCentiM2));
      const billed = this.billed.get(id);
      if (billed === undefined) {
        this.addBill(id, bill);
      } else {
        this.billed.delete(id);
        if (billed.fen !== row.billFen || billed.paidFen !== paidFen || billed.paidOn !== paidOn) {
          this.billChanges.add(id, yuan(row.billFen), paidFen === null ? null : yuan(paidFen), paidOn);
        }
      }
    }
    this.added += 1;
    this.unsent += 1;
    if (this.unsent >= BATCH_MIN_ROWS) this.startWriting();
  }

  private addBill(householdId: string, amounts: string): void {
    this.bills.append(householdId);
    this.bills.appendBytes(this.billPlace);
    this.bills.append(amounts);
  }

  /** Rows whose writes PostgreSQL has completed (within the still-open transaction). */
  get stored(): number {
    return this.storedRows;
  }

  /** The reader's backpressure: waits while too many rows are unsent, and throws the first write that failed. */
  async ready(): Promise<void> {
    while (this.unsent >= MAX_UNSENT_ROWS && this.writing) await this.writing;
    if (this.failure) throw this.failure.error;
  }

  /** Stops writing (the transaction is to be rolled back) and waits for the statement in progress: the connection is then idle. */
  async abandon(): Promise<void> {
    this.abandoned = true;
    while (this.writing) await this.writing;
  }

  /** Sends the last rows, waits for all, then the changes and removals; every row is stored after it. */
  async finish(): Promise<void> {
    this.finishing = true;
    this.startWriting();
    while (this.writing) await this.writing;
    if (this.failure) throw this.failure.error;
    const { manager, month } = this;
    if (this.areaChanges.ids.length > 0) {
      await manager.query(
        `UPDATE fee_household h SET floor_area = u.area, updated_at = now()
           FROM unnest($1::uuid[], $2::numeric[]) AS u(id, area) WHERE h.id = u.id`,
        [this.areaChanges.ids, ...this.areaChanges.values],
      );
    }
    if (this.billChanges.ids.length > 0) {
      await manager.query(
        `UPDATE fee_bill b SET amount = u.amount, paid_amount = u.paid_amount, paid_on = u.paid_on, updated_at = now()
           FROM unnest($2::uuid[], $3::numeric[], $4::numeric[], $5::date[]) AS u(id, amount, paid_amount, paid_on)
          WHERE b.household_id = u.id AND b.month = $1`,
        [month, this.billChanges.ids, ...this.billChanges.values],
      );
    }
    // Households not in the ledger: their bills (payment included) go.
    const gone = [...this.billed.keys()];
    if (gone.length > 0) {
      await manager.query(`DELETE FROM fee_bill WHERE month = $1 AND household_id = ANY($2::uuid[])`, [month, gone]);
    }
    this.storedRows = this.added;
  }

  private startWriting(): void {
    this.writing ??= this.writeAll().finally(() => {
      this.writing = null;
    });
  }

  /**
   * Sends batches while there are rows to send: each batch is everything added since the last
   * one, as two COPY statements in order (households before the bills that reference them).
   * Runs alongside the reader, which goes on adding rows meanwhile.
   */
  private async writeAll(): Promise<void> {
    while (!this.failure && !this.abandoned && this.unsent >= (this.finishing ? 1 : BATCH_MIN_ROWS)) {
      const { unsent } = this;
      const households = this.households.take();
      const bills = this.bills.take();
      this.unsent = 0;
      try {
        await this.copy(
          `COPY fee_household (id, compound_id, community_id, street_id, district_id, building, unit, room, floor_area) FROM STDIN`,
          households,
        );
        await this.copy(
          `COPY fee_bill (household_id, month, compound_id, community_id, street_id, district_id, amount, paid_amount, paid_on) FROM STDIN`,
          bills,
        );
        this.storedRows += unsent;
      } catch (error) {
        this.failure = { error };
      }
    }
  }

  private async copy(sql: string, lines: Buffer): Promise<void> {
    if (lines.length === 0) return;
    const stream = this.client.query(copyFrom(sql));
    stream.end(lines);
    await finished(stream);
  }
}
