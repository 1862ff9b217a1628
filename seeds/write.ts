import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import type { Compound } from '../api/src/compounds/compound.entity';
import type { Gate } from '../api/src/compounds/gate.entity';
import type { Community } from '../api/src/geography/community.entity';
import type { District } from '../api/src/geography/district.entity';
import type { Street } from '../api/src/geography/street.entity';

type Row<Entity> = Omit<Entity, 'createdAt' | 'updatedAt'>;
export type DistrictRow = Row<District>;
export type StreetRow = Row<Street>;
export type CommunityRow = Row<Community>;
export type CompoundRow = Row<Compound>;
export type GateRow = Row<Gate>;

/** A whole data set, parents before children. */
export interface SeedRows {
  districts: DistrictRow[];
  streets: StreetRow[];
  communities: CommunityRow[];
  compounds: CompoundRow[];
  gates: GateRow[];
}

/** How many rows of each kind the seed holds (inserted, updated or already there). */
export interface SeedSummary {
  districts: number;
  streets: number;
  communities: number;
  compounds: number;
  gates: number;
}

/** The SQL type of every column a seed writes. Keyed by the entity, so a new column fails to compile here. */
type ColumnTypes<R> = { readonly [K in keyof R]-?: string };

const DISTRICT: ColumnTypes<DistrictRow> = { id: 'uuid', code: 'text', name: 'text' };
const STREET: ColumnTypes<StreetRow> = { id: 'uuid', districtId: 'uuid', code: 'text', name: 'text', kind: 'street_kind' };
const COMMUNITY: ColumnTypes<CommunityRow> = { id: 'uuid', streetId: 'uuid', districtId: 'uuid', name: 'text' };
const COMPOUND: ColumnTypes<CompoundRow> = {
  id: 'uuid',
  communityId: 'uuid',
  streetId: 'uuid',
  districtId: 'uuid',
  name: 'text',
  aliases: 'text[]',
  address: 'text',
  yearBuilt: 'smallint',
  isOld: 'boolean',
  buildings: 'integer',
  households: 'integer',
  floorArea: 'numeric(12, 2)',
  origin: 'compound_origin',
  propertyRights: 'property_rights_status',
  propertyRightsUnit: 'text',
  caretaker: 'text',
  managementStatus: 'management_status',
  closureStatus: 'closure_status',
};
const GATE: ColumnTypes<GateRow> = {
  id: 'uuid',
  compoundId: 'uuid',
  streetId: 'uuid',
  districtId: 'uuid',
  name: 'text',
  kind: 'gate_kind',
  state: 'gate_state',
};

/** Rows per statement: one JSON parameter each, small enough to keep memory flat at 200,000 compounds. */
const CHUNK = 1000;

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Set-based upsert by id. The JSON chunk becomes rows through jsonb_to_recordset (one parameter,
 * however many rows). A row whose values already match is left alone, so re-seeding writes nothing
 * and keeps updated_at; a row someone changed is put back.
 */
function upsertStatement<R>(table: string, columns: ColumnTypes<R>): string {
  const fields = Object.keys(columns) as (keyof R & string)[];
  const targets = fields.map(snake);
  const record = fields.map((field) => `"${field}" ${columns[field]}`).join(', ');
  const updatable = targets.filter((column) => column !== 'id');
  return `INSERT INTO ${table} (${targets.join(', ')})
    SELECT ${fields.map((field) => `"${field}"`).join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r(${record})
    ON CONFLICT (id) DO UPDATE SET ${updatable.map((column) => `${column} = EXCLUDED.${column}`).join(', ')}, updated_at = now()
    WHERE (${updatable.map((column) => `${table}.${column}`).join(', ')}) IS DISTINCT FROM (${updatable.map((column) => `EXCLUDED.${column}`).join(', ')})`;
}

const UNIQUE_VIOLATION = '23505';

async function upsert<R>(manager: EntityManager, table: string, columns: ColumnTypes<R>, rows: readonly R[]): Promise<void> {
  const sql = upsertStatement(table, columns);
  for (let start = 0; start < rows.length; start += CHUNK) {
    try {
      await manager.query(sql, [JSON.stringify(rows.slice(start, start + CHUNK))]);
    } catch (error) {
      // Ids are fixed, but names and codes are unique too: a clash means another row holds one this seed needs.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new Error(
          `${error.message}: another ${table} row already has a name or code this seed gives to a different id ` +
            '(written by hand, or by an older version of the seeds); seed a fresh database',
          { cause: error },
        );
      }
      throw error;
    }
  }
}

/** Writes a data set in one transaction: all of it, or nothing. */
export async function writeSeedRows(db: DataSource, rows: SeedRows): Promise<SeedSummary> {
  await db.transaction(async (manager) => {
    await upsert(manager, 'district', DISTRICT, rows.districts);
    await upsert(manager, 'street', STREET, rows.streets);
    await upsert(manager, 'community', COMMUNITY, rows.communities);
    await upsert(manager, 'compound', COMPOUND, rows.compounds);
    await upsert(manager, 'gate', GATE, rows.gates);
  });
  return {
    districts: rows.districts.length,
    streets: rows.streets.length,
    communities: rows.communities.length,
    compounds: rows.compounds.length,
    gates: rows.gates.length,
  };
}
