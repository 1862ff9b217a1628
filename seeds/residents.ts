import type { DataSource } from 'typeorm';
import { scopeOf, type Viewer } from '../api/src/auth/auth.service';
import { User } from '../api/src/auth/user.entity';
import type { Config } from '../api/src/config';
import type { RegisterResidentInput } from '../api/src/residents/resident.types';
import { createServices } from '../api/src/services';
import { DEMO_IDS } from './demo';
import { uuidFrom } from './ids';
import { Random } from './random';

/**
 * Demo residents of 东中街社区: about 40 made-up people in four of its compounds. Every value is
 * synthetic: names are common surnames with common given names, ID numbers are built (东城区
 * area code 110101, birth dates 1940-2000, a sequence number) with a valid GB 11643 check
 * character, so they pass validation but name no one. They are registered through the API's own
 * service as the demo-community account, so encryption, blind indexes and the audit log go
 * through the one code path.
 */

/** The account that registers them: 东中街社区's residents' committee. */
export const DEMO_RESIDENTS_REGISTRAR = 'demo-community';

/** Fixed, so the demo (and the browser tests that read it) are the same on every machine. */
const SEED = 20200803;

const DISTRICT = '东城区';
const STREET = '东直门街道';
const AREA_CODE = '110101';

/** Compounds of 东中街社区 with residents: name, buildings (as numbered on site), units per building, floors. */
const COMPOUNDS: readonly (readonly [name: string, buildings: readonly string[], units: number, floors: number, residents: number])[] = [
  ['东中街36号楼', ['36'], 3, 6, 14],
  ['东中街42号院', ['1', '2', '3'], 2, 6, 12],
  ['东中街40号楼', ['40'], 2, 5, 8],
  ['东中街29号院', ['1', '2', '3', '4'], 3, 5, 6],
];

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗'];
const GIVEN_NAMES = [
  '秀英',
  '桂兰',
  '建国',
  '志强',
  '丽娟',
  '海燕',
  '国庆',
  '淑珍',
  '玉兰',
  '建华',
  '卫东',
  '红梅',
  '晓明',
  '文静',
  '子涵',
  '浩然',
  '欣怡',
  '德明',
  '凤英',
  '伟',
  '敏',
  '静',
  '磊',
  '军',
  '芳',
];
const MOBILE_PREFIXES = ['130', '131', '135', '136', '137', '138', '139', '150', '151', '158', '159', '177', '185', '186', '188', '189'];
/** Issuing letters of Beijing plates; I and O are never used. */
const PLATE_LETTERS = ['A', 'B', 'C', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'Q'];

// GB 11643-1999: weights of the first 17 digits, and the check character for each sum mod 11.
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARACTERS = '10X98765432';

/** The 18-character ID number for these 17 digits, check character included. */
export function withCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error(`need 17 digits, got ${first17}`);
  const sum = ID_WEIGHTS.reduce((total, weight, i) => total + weight * Number(first17[i]), 0);
  return `${first17}${ID_CHECK_CHARACTERS[sum % 11]}`;
}

const pad = (value: number, length: number) => String(value).padStart(length, '0');

/** One resident as registered: the API's input, with the compound named for readers of the list. */
export interface DemoResident extends RegisterResidentInput {
  compoundName: string;
}

/** The id of a compound of 东中街社区 (the demo's path-based ids). */
export function dongzhongjieCompoundId(name: string): string {
  return uuidFrom(`compound:${[DISTRICT, STREET, name].join('/')}`);
}

/** The demo residents; pure and the same on every call. */
export function demoResidents(): DemoResident[] {
  const random = new Random(SEED);
  const residents: DemoResident[] = [];
  let sequence = 0;
  let newEnergy = 0;
  for (const [compoundName, buildings, units, floors, count] of COMPOUNDS) {
    const compoundId = dongzhongjieCompoundId(compoundName);
    const taken = new Set<string>();
    while (residents.filter((r) => r.compoundId === compoundId).length < count) {
      const building = random.pick(buildings);
      const unit = String(random.int(1, units));
      const room = `${random.int(1, floors)}0${random.int(1, 3)}`;
      const address = `${building}/${unit}/${room}`;
      if (taken.has(address)) continue;
      taken.add(address);
      sequence += 1;

      const name = `${random.pick(SURNAMES)}${random.pick(GIVEN_NAMES)}`;
      const birth = new Date(Date.UTC(random.int(1940, 2000), random.int(0, 11), random.int(1, 28)));
      const birthDate = `${birth.getUTCFullYear()}${pad(birth.getUTCMonth() + 1, 2)}${pad(birth.getUTCDate(), 2)}`;
      // Every seventh resident has no ID number on file, every ninth no phone (an elderly resident
      // registered at home, a tenant who has not brought the card yet).
      const idNumber = sequence % 7 === 0 ? null : withCheckCharacter(`${AREA_CODE}${birthDate}${pad(sequence * 7, 3)}`);
      const phone = sequence % 9 === 0 ? null : `${random.pick(MOBILE_PREFIXES)}${pad(random.int(0, 99_999_999), 8)}`;
      let plate: string | null = null;
      if (random.chance(0.4)) {
        const letter = random.pick(PLATE_LETTERS);
        // A few new-energy cars: 8 characters, D (electric) or F (hybrid) after the issuing letter.
        if (newEnergy < 3 && random.chance(0.35)) {
          newEnergy += 1;
          plate = `京${letter}${random.pick(['D', 'F'])}${pad(random.int(10_000, 99_999), 5)}`;
        } else {
          plate = `京${letter}${pad(random.int(10_000, 99_999), 5)}`;
        }
      }
      residents.push({ compoundId, compoundName, building, unit, room, name, idNumber, phone, plate });
    }
  }
  return residents;
}

async function registrar(db: DataSource): Promise<Viewer> {
  const user = await db.getRepository(User).findOneBy({ username: DEMO_RESIDENTS_REGISTRAR });
  if (!user) throw new Error(`the demo residents need the ${DEMO_RESIDENTS_REGISTRAR} account: run seedDemoAccounts first`);
  return {
    userId: user.id,
    sessionId: 'seed',
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    scope: scopeOf(user),
    secondFactor: true,
    hasTotp: user.totpEnabledAt !== null,
    passwordExpired: false,
  };
}

/**
 * Registers the demo residents of 东中街社区 as its committee's demo account, unless that
 * community already has residents (idempotent). Returns how many were registered.
 */
export async function seedDemoResidents(db: DataSource, config: Config): Promise<number> {
  const [{ exists }] = (await db.query(`SELECT EXISTS (SELECT 1 FROM resident WHERE community_id = $1) AS exists`, [
    DEMO_IDS.dongzhongjieCommunity,
  ])) as [{ exists: boolean }];
  if (exists) return 0;
  const viewer = await registrar(db);
  const residents = createServices(db, config).residents;
  const people = demoResidents();
  for (const { compoundName: _compoundName, ...input } of people) {
    await residents.register(input, viewer, { requestId: 'seed', ip: null });
  }
  return people.length;
}
