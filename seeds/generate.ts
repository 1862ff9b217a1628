import type { DataSource } from 'typeorm';
import { ClosureStatus, CompoundOrigin, ManagementStatus, PropertyRightsStatus } from '../api/src/compounds/compound.enums';
import { StreetKind } from '../api/src/geography/geography.enums';
import { planGates } from './gates';
import { uuidFrom } from './ids';
import { Random } from './random';
import { CARETAKERS, NEWER_RIGHTS_UNITS, OLD_BEFORE } from './vocabulary';
import { writeSeedRows, type CompoundRow, type SeedRows, type SeedSummary } from './write';

export interface GenerateOptions {
  /** How many compounds, 1 to MAX_GENERATED_COMPOUNDS. */
  compounds: number;
  /** Any 32-bit unsigned integer; the same seed always builds the same district. */
  seed: number;
}

export const MAX_GENERATED_COMPOUNDS = 200_000;
export const MAX_SEED = 0xffff_ffff;

/** 1199 and the seed: no real code starts so, and two seeds never share one. Street codes add four digits. */
export const generatedDistrictCode = (seed: number) => `1199${seed}`;

type Weights<T> = readonly (readonly [T, number])[];

const { WORK_UNIT_DORMITORY, HOUSING_REFORM, RESETTLEMENT, MIXED, COMMERCIAL, AFFORDABLE } = CompoundOrigin;
const { CLEAR, BASICALLY_CLEAR, UNCLEAR } = PropertyRightsStatus;
const { NONE, SELF_MANAGED, PROPERTY_COMPANY } = ManagementStatus;
const { OPEN, PLANNED, UNDER_RENOVATION, CLOSED } = ClosureStatus;

// Shares that match the article's picture: old compounds are mostly former work-unit housing,
// often with an unclear rights unit and nobody in charge; newer ones have a property company.
const OLD_SHARE = 0.6;
const TOWNSHIP_SHARE = 0.15;
const ORIGINS: Record<'old' | 'newer', Weights<CompoundOrigin>> = {
  old: [
    [WORK_UNIT_DORMITORY, 45],
    [HOUSING_REFORM, 25],
    [RESETTLEMENT, 10],
    [MIXED, 10],
    [COMMERCIAL, 5],
    [AFFORDABLE, 5],
  ],
  newer: [
    [COMMERCIAL, 60],
    [AFFORDABLE, 20],
    [RESETTLEMENT, 15],
    [MIXED, 5],
  ],
};
const RIGHTS: Record<'old' | 'newer', Weights<PropertyRightsStatus>> = {
  old: [
    [CLEAR, 30],
    [BASICALLY_CLEAR, 40],
    [UNCLEAR, 30],
  ],
  newer: [
    [CLEAR, 90],
    [BASICALLY_CLEAR, 10],
  ],
};
const MANAGEMENT: Record<'unclearOld' | 'old' | 'newer', Weights<ManagementStatus>> = {
  unclearOld: [
    [NONE, 60],
    [SELF_MANAGED, 35],
    [PROPERTY_COMPANY, 5],
  ],
  old: [
    [NONE, 35],
    [SELF_MANAGED, 50],
    [PROPERTY_COMPANY, 15],
  ],
  newer: [
    [PROPERTY_COMPANY, 80],
    [SELF_MANAGED, 15],
    [NONE, 5],
  ],
};
/** Only a compound that qualifies (rights unit known, someone in charge) is ever planned or closed. */
const CLOSURE: Record<'old' | 'newer', Weights<ClosureStatus>> = {
  old: [
    [OPEN, 50],
    [PLANNED, 20],
    [UNDER_RENOVATION, 15],
    [CLOSED, 15],
  ],
  newer: [
    [OPEN, 55],
    [PLANNED, 5],
    [UNDER_RENOVATION, 5],
    [CLOSED, 35],
  ],
};

// Place words are one FIRST and one SECOND character; the lists share none, so no word doubles a character.
const FIRST = [...'安光幸团建育青丰长永广瑞金枣槐松柳杏桃梨芳翠红白清双惠春秀景朝向阳万百友'];
const SECOND = [...'华平明福宁泰康祥台林柏榆荫坛园苑草莲塔河井桥湖峰乐和顺盛源兴德新'];
const STREET_ENDINGS = ['', '', '', '门', '桥', '庄', '营', '坊', '湾'];
const ROAD_ENDINGS = ['路', '街', '大街', '胡同', '南路', '北路', '东街', '西街'];
const COMMUNITY_ENDINGS = ['', '里', '北里', '南里', '东里', '西里'];
const INDUSTRIES = [
  '机械厂',
  '仪表厂',
  '印刷厂',
  '纺织厂',
  '电子管厂',
  '食品厂',
  '化工厂',
  '汽车修理厂',
  '研究所',
  '设计院',
  '出版社',
  '医院',
  '中学',
  '建筑公司',
  '外贸公司',
  '百货公司',
  '商业局',
  '供电局',
  '邮电局',
  '铁路分局',
];
const ROADS_PER_STREET = 6;
const { rightsClerk, housingOffice, appointee, residents, propertyStaff } = CARETAKERS;

function checkOptions({ compounds, seed }: GenerateOptions): void {
  if (!Number.isInteger(compounds) || compounds < 1 || compounds > MAX_GENERATED_COMPOUNDS) {
    throw new RangeError(`compounds must be an integer from 1 to ${MAX_GENERATED_COMPOUNDS} (got ${compounds})`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new RangeError(`seed must be an integer from 0 to ${MAX_SEED} (got ${seed})`);
  }
}

/** Splits `total` into one part per weight, each at least 1, roughly in proportion. Needs total >= weights.length. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const spare = total - weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((weight) => 1 + Math.floor((spare * weight) / sum));
  const short = total - parts.reduce((a, b) => a + b, 0);
  // Flooring leaves fewer than weights.length over; the first parts take one each.
  return parts.map((part, index) => (index < short ? part + 1 : part));
}

/** Draws until the name is free; the numbered fallback keeps even a crowded street finite. */
function unique<T extends { name: string }>(taken: Set<string>, propose: () => T): T {
  let candidate = propose();
  for (let attempt = 1; taken.has(candidate.name) && attempt < 20; attempt += 1) candidate = propose();
  for (let n = 2; taken.has(candidate.name); n += 1) {
    const next = propose();
    candidate = { ...next, name: `${next.name}（${n}）` };
  }
  taken.add(candidate.name);
  return candidate;
}

const placeName = (random: Random, ending: string) => ({ name: `${random.pick(FIRST)}${random.pick(SECOND)}${ending}` });

type CompoundFacts = Omit<CompoundRow, 'id' | 'communityId' | 'streetId' | 'districtId' | 'name' | 'address' | 'aliases'>;

function rightsUnit(random: Random, origin: CompoundOrigin): string {
  switch (origin) {
    case COMMERCIAL:
      return random.pick([NEWER_RIGHTS_UNITS.developer, NEWER_RIGHTS_UNITS.realEstate]);
    case RESETTLEMENT:
      return random.pick([NEWER_RIGHTS_UNITS.housingCentre, NEWER_RIGHTS_UNITS.villageCooperative]);
    case AFFORDABLE:
      return NEWER_RIGHTS_UNITS.housingCentre;
    case WORK_UNIT_DORMITORY:
    case HOUSING_REFORM:
    case MIXED:
      // Made-up place words keep the units as anonymous as the article's 某单位.
      return random.chance(0.4) ? `某${random.pick(INDUSTRIES)}` : placeName(random, random.pick(INDUSTRIES)).name;
  }
}

/** Everything but names and places, drawn so that the facts agree with each other. */
function compoundFacts(random: Random): CompoundFacts {
  const age = random.chance(OLD_SHARE) ? 'old' : 'newer';
  // Old stock thins out towards the 1950s: the square root leans the draw towards the 1990s.
  const yearBuilt = age === 'old' ? 1955 + Math.floor(Math.sqrt(random.next()) * 45) : random.int(OLD_BEFORE, 2020);
  const origin = random.weighted(ORIGINS[age]);
  const propertyRights = random.weighted(RIGHTS[age]);
  const propertyRightsUnit = propertyRights === UNCLEAR ? null : rightsUnit(random, origin);
  let managementStatus = random.weighted(MANAGEMENT[age === 'old' && propertyRights === UNCLEAR ? 'unclearOld' : age]);
  let caretaker: string | null = null;
  if (managementStatus === PROPERTY_COMPANY) caretaker = propertyStaff;
  if (managementStatus === SELF_MANAGED) {
    caretaker = random.pick(propertyRightsUnit ? [rightsClerk, housingOffice, appointee, residents] : [appointee, residents]);
  }
  const qualifies = propertyRights !== UNCLEAR && caretaker !== null;
  const closureStatus = qualifies ? random.weighted(CLOSURE[age]) : OPEN;
  // Closing a compound means bringing in a property company (引入物业).
  if (closureStatus === CLOSED) {
    managementStatus = PROPERTY_COMPANY;
    caretaker = propertyStaff;
  }
  const buildings = age === 'old' ? 1 + Math.floor(random.next() ** 2 * 10) : random.int(2, 20);
  const households = buildings * (age === 'old' ? random.int(24, 96) : random.int(60, 180));
  return {
    yearBuilt,
    isOld: yearBuilt < OLD_BEFORE,
    buildings,
    households,
    // 55-75 m² a household.
    floorArea: (households * random.int(5500, 7500)) / 100,
    origin,
    propertyRights,
    propertyRightsUnit,
    caretaker,
    managementStatus,
    closureStatus,
  };
}

interface Naming {
  name: string;
  road: string;
  houseNumber: number;
  alias: string | null;
}

/** A name in the style of its age and origin: 安华路12号院, 光明里, 清河小区, 杏林家园. */
function compoundNaming(random: Random, roads: readonly string[], facts: CompoundFacts): Naming {
  const road = random.pick(roads);
  const houseNumber = random.int(1, 120);
  const place = `${random.pick(FIRST)}${random.pick(SECOND)}`;
  const styles: Weights<string> = facts.isOld
    ? [
        ['院', 45],
        ['楼', 25],
        ['里', 15],
        ['小区', 15],
      ]
    : [
        ['院', 25],
        ['小区', 20],
        ['家园', 20],
        ['花园', 15],
        ['嘉园', 10],
        ['公寓', 10],
      ];
  const style = random.weighted(styles);
  const numbered = style === '院' || style === '楼';
  const name = numbered ? `${road}${houseNumber}号${style}` : `${place}${style}`;
  let alias: string | null = null;
  if (random.chance(0.2)) {
    if (facts.origin === WORK_UNIT_DORMITORY && facts.propertyRightsUnit) alias = `${facts.propertyRightsUnit}宿舍`;
    else if (style === '小区') alias = place;
    else if (numbered) alias = `${houseNumber}号${style}`;
  }
  return { name, road, houseNumber, alias };
}

/** The generated district as rows; pure, so the tests can compare two builds without a database. */
export function generateRows(options: GenerateOptions): SeedRows {
  checkOptions(options);
  const { compounds: compoundCount, seed } = options;
  const random = new Random(seed);
  const key = (...parts: (string | number)[]) => uuidFrom(['generated', seed, ...parts].join(':'));
  const rows: SeedRows = { districts: [], streets: [], communities: [], compounds: [], gates: [] };

  const districtId = key('district');
  const districtName = `模拟${seed}区`;
  const districtCode = generatedDistrictCode(seed);
  rows.districts.push({ id: districtId, code: districtCode, name: districtName });

  // About 150 compounds a street and 12 a community, as in Beijing's inner districts.
  const streetCount = Math.max(1, Math.round(compoundCount / 150));
  const communityCount = Math.max(streetCount, Math.round(compoundCount / 12));
  const communitiesPerStreet = apportion(
    communityCount,
    Array.from({ length: streetCount }, () => 0.5 + random.next()),
  );
  const compoundsPerCommunity = apportion(
    compoundCount,
    Array.from({ length: communityCount }, () => 0.5 + random.next()),
  );

  const streetNames = new Set<string>();
  let communityIndex = 0;
  for (const [streetIndex, communitiesHere] of communitiesPerStreet.entries()) {
    const kind = random.chance(TOWNSHIP_SHARE) ? StreetKind.TOWNSHIP : StreetKind.STREET;
    const streetName = unique(streetNames, () =>
      placeName(random, kind === StreetKind.TOWNSHIP ? '乡' : `${random.pick(STREET_ENDINGS)}街道`),
    ).name;
    const streetId = key('street', streetIndex);
    rows.streets.push({
      id: streetId,
      districtId,
      code: `${districtCode}${String(streetIndex + 1).padStart(4, '0')}`,
      name: streetName,
      kind,
    });

    const roadNames = new Set<string>();
    for (let r = 0; r < ROADS_PER_STREET; r += 1) {
      unique(roadNames, () => placeName(random, random.pick(ROAD_ENDINGS)));
    }
    const roads = [...roadNames];
    const communityNames = new Set<string>();
    const compoundNames = new Set<string>();

    for (let c = 0; c < communitiesHere; c += 1, communityIndex += 1) {
      const communityId = key('community', communityIndex);
      const communityName = unique(communityNames, () => placeName(random, `${random.pick(COMMUNITY_ENDINGS)}社区`)).name;
      rows.communities.push({ id: communityId, streetId, districtId, name: communityName });

      for (let n = 0; n < (compoundsPerCommunity[communityIndex] ?? 0); n += 1) {
        const compoundId = key('compound', rows.compounds.length);
        const facts = compoundFacts(random);
        const { name, road, houseNumber, alias } = unique(compoundNames, () => compoundNaming(random, roads, facts));
        rows.compounds.push({
          id: compoundId,
          communityId,
          streetId,
          districtId,
          name,
          aliases: alias && alias !== name ? [alias] : [],
          address: `${districtName}${road}${houseNumber}号`,
          ...facts,
        });
        const gateCount = Math.min(4, 1 + Math.floor(facts.households / 300) + (random.chance(0.4) ? 1 : 0));
        for (const gate of planGates(facts.closureStatus, gateCount, random.int(0, 3), facts.buildings)) {
          rows.gates.push({ id: key('gate', compoundId, gate.name), compoundId, streetId, districtId, ...gate });
        }
      }
    }
  }
  return rows;
}

/**
 * Writes a generated district in one transaction. The seed names the district: the same seed again
 * changes nothing, and a different count for a seed already written is refused rather than
 * leaving the rows of the first run half-overwritten.
 */
export async function seedGenerated(db: DataSource, options: GenerateOptions): Promise<SeedSummary> {
  const rows = generateRows(options);
  const [existing] = await db.query<{ compounds: number }[]>(`SELECT count(*)::int AS compounds FROM compound WHERE district_id = $1`, [
    rows.districts[0]?.id,
  ]);
  if (existing && existing.compounds > 0 && existing.compounds !== options.compounds) {
    throw new Error(
      `seed ${options.seed} was already generated with ${existing.compounds} compounds; ` +
        `use another seed or the same count (${options.compounds} asked)`,
    );
  }
  return writeSeedRows(db, rows);
}
