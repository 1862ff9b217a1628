import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  type ClosureStatus,
  CompoundOrigin,
  GateKind,
  GateState,
  ManagementStatus,
  PropertyRightsStatus,
} from '../api/src/compounds/compound.enums';

/** Deterministic UUIDs for fixtures, so expectations can name rows. */
export function fixtureId(key: string): string {
  const h = createHash('sha1').update(`fixture:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export interface FixtureCompound {
  key: string;
  community: 'c1' | 'c2' | 'c3' | 'c4';
  name: string;
  aliases?: string[];
  address?: string;
  yearBuilt: number;
  households: number;
  floorArea: number;
  isOld: boolean;
  status: ClosureStatus;
  gates?: number;
}

/**
 * A small hand-checkable world: district D1 with streets S1 (communities c1, c2) and S2 (c3),
 * and district D2 with street S3 and no compounds.
 */
export const WORLD = {
  d1: fixtureId('d1'),
  d2: fixtureId('d2'),
  s1: fixtureId('s1'),
  s2: fixtureId('s2'),
  s3: fixtureId('s3'),
  c1: fixtureId('c1'),
  c2: fixtureId('c2'),
  c3: fixtureId('c3'),
  /** The only community of the second district (三街道), for scope tests. */
  c4: fixtureId('c4'),
};

const COMMUNITY_STREET = { c1: 's1', c2: 's1', c3: 's2', c4: 's3' } as const;
const STREET_DISTRICT = { s1: 'd1', s2: 'd1', s3: 'd2' } as const;

export async function insertWorld(db: DataSource, compounds: FixtureCompound[]): Promise<void> {
  await db.query(`INSERT INTO district (id, code, name) VALUES ($1, '990001', '甲区'), ($2, '990002', '乙区')`, [WORLD.d1, WORLD.d2]);
  await db.query(
    `INSERT INTO street (id, district_id, code, name, kind) VALUES
       ($1, $4, '990001001', '一街道', 'STREET'), ($2, $4, '990001002', '二乡', 'TOWNSHIP'), ($3, $5, '990002001', '三街道', 'STREET')`,
    [WORLD.s1, WORLD.s2, WORLD.s3, WORLD.d1, WORLD.d2],
  );
  await db.query(
    `INSERT INTO community (id, street_id, district_id, name) VALUES
       ($1, $4, $6, '一社区'), ($2, $4, $6, '二社区'), ($3, $5, $6, '三社区'), ($7, $8, $9, '四社区')`,
    [WORLD.c1, WORLD.c2, WORLD.c3, WORLD.s1, WORLD.s2, WORLD.d1, WORLD.c4, WORLD.s3, WORLD.d2],
  );
  for (const c of compounds) {
    const street = WORLD[COMMUNITY_STREET[c.community]];
    const district = WORLD[STREET_DISTRICT[COMMUNITY_STREET[c.community]]];
    const id = fixtureId(c.key);
    await db.query(
      `INSERT INTO compound (id, community_id, street_id, district_id, name, aliases, address, year_built, is_old, buildings,
                             households, floor_area, origin, property_rights, management_status, closure_status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 3, $10, $11, $12, $13, $14, $15)`,
      [
        id,
        WORLD[c.community],
        street,
        district,
        c.name,
        c.aliases ?? [],
        c.address ?? `测试路${c.key}号`,
        c.yearBuilt,
        c.isOld,
        c.households,
        c.floorArea,
        CompoundOrigin.WORK_UNIT_DORMITORY,
        PropertyRightsStatus.BASICALLY_CLEAR,
        ManagementStatus.NONE,
        c.status,
      ],
    );
    const names = ['东门', '西门', '南门', '北门'];
    for (let g = 0; g < (c.gates ?? 0); g++) {
      await db.query(`INSERT INTO gate (id, compound_id, street_id, district_id, name, kind, state) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
        fixtureId(`${c.key}:gate:${g}`),
        id,
        street,
        district,
        names[g],
        GateKind.MIXED,
        GateState.OPEN,
      ]);
    }
  }
}
