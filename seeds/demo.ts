import type { DataSource } from 'typeorm';
import {
  ClosureStatus,
  CompoundOrigin,
  GateKind,
  GateState,
  ManagementStatus,
  PropertyRightsStatus,
} from '../api/src/compounds/compound.enums';
import { StreetKind } from '../api/src/geography/geography.enums';
import { planGates, type GatePlan } from './gates';
import { fractionFrom, uuidFrom } from './ids';
import { CARETAKERS, NEWER_RIGHTS_UNITS, OLD_BEFORE } from './vocabulary';
import { writeSeedRows, type SeedRows, type SeedSummary } from './write';

/**
 * The demo data set, drawn from Beijing Daily of 2020-08-03 (shared/reference). The article gives
 * the counts (东直门街道: 72 compounds, 42 old; 东中街36号楼 closed in June 2020 as the template for
 * 7 more under renovation), the places (樱花园小区 with its east and west gates, 展览路, 孙河乡) and
 * the common problems; every other name, number and unit below is made up to fit them. No row
 * names a person: caretakers are roles, property-rights units are anonymous (某机械厂).
 */

// Short names keep each compound on one line of the tables below.
const DORMITORY = CompoundOrigin.WORK_UNIT_DORMITORY;
const REFORM = CompoundOrigin.HOUSING_REFORM;
const COMMERCIAL = CompoundOrigin.COMMERCIAL;
const RESETTLEMENT = CompoundOrigin.RESETTLEMENT;
const AFFORDABLE = CompoundOrigin.AFFORDABLE;

const CLEAR = PropertyRightsStatus.CLEAR;
const BASIC = PropertyRightsStatus.BASICALLY_CLEAR;
const UNCLEAR = PropertyRightsStatus.UNCLEAR;

const NONE = ManagementStatus.NONE;
const SELF = ManagementStatus.SELF_MANAGED;
const PROPERTY = ManagementStatus.PROPERTY_COMPANY;

const OPEN = ClosureStatus.OPEN;
const PLANNED = ClosureStatus.PLANNED;
const RENOVATING = ClosureStatus.UNDER_RENOVATION;
const CLOSED = ClosureStatus.CLOSED;

const {
  rightsClerk: RIGHTS_CLERK,
  housingOffice: HOUSING_OFFICE,
  appointee: APPOINTEE,
  residents: RESIDENTS,
  propertyStaff: PROPERTY_STAFF,
} = CARETAKERS;
const {
  developer: DEVELOPER,
  realEstate: REAL_ESTATE,
  housingCentre: HOUSING_CENTRE,
  villageCooperative: VILLAGE_COOPERATIVE,
} = NEWER_RIGHTS_UNITS;

type GateSpec = readonly [name: string, kind: GateKind, state: GateState];

interface CompoundDetails {
  aliases?: string[];
  /** Needed unless the name is a house number (东中街36号楼 → 东城区东中街36号). */
  address?: string;
  /** The known layout; otherwise gates follow from size and closure status. */
  gates?: GateSpec[];
}

type CompoundSpec = readonly [
  name: string,
  yearBuilt: number,
  buildings: number,
  households: number,
  origin: CompoundOrigin,
  propertyRights: PropertyRightsStatus,
  propertyRightsUnit: string | null,
  caretaker: string | null,
  management: ManagementStatus,
  closure: ClosureStatus,
];

interface CommunitySpec {
  name: string;
  compounds: CompoundSpec[];
}

interface StreetSpec {
  code: string;
  name: string;
  kind: StreetKind;
  communities: CommunitySpec[];
  /** By compound name, for the compounds that need more than the table row. */
  details: Record<string, CompoundDetails>;
}

interface DistrictSpec {
  code: string;
  name: string;
  streets: StreetSpec[];
}

/** 72 compounds in six communities, 7 old ones in each; 30 built since 2000. */
const DONGZHIMEN: StreetSpec = {
  code: '110101009',
  name: '东直门街道',
  kind: StreetKind.STREET,
  communities: [
    {
      name: '东中街社区',
      compounds: [
        ['东中街36号楼', 1986, 1, 96, DORMITORY, BASIC, '某设计院', PROPERTY_STAFF, PROPERTY, CLOSED],
        ['东中街42号院', 1984, 3, 168, DORMITORY, BASIC, '某机械厂', RIGHTS_CLERK, SELF, RENOVATING],
        ['东中街40号楼', 1982, 1, 72, DORMITORY, UNCLEAR, null, null, NONE, OPEN],
        ['东中街29号院', 1979, 4, 210, REFORM, CLEAR, '某出版社', RIGHTS_CLERK, SELF, OPEN],
        ['东中街33号楼', 1988, 1, 64, DORMITORY, UNCLEAR, null, null, NONE, OPEN],
        ['东中街46号院', 1990, 2, 120, DORMITORY, BASIC, '某印刷厂', null, NONE, OPEN],
        ['东中街31号院', 1976, 3, 144, REFORM, UNCLEAR, null, APPOINTEE, SELF, OPEN],
        ['东中街9号院', 2004, 3, 286, COMMERCIAL, CLEAR, DEVELOPER, PROPERTY_STAFF, PROPERTY, OPEN],
        ['东中苑', 2006, 4, 420, COMMERCIAL, CLEAR, REAL_ESTATE, PROPERTY_STAFF, PROPERTY, OPEN],
        ['东中街18号院', 2002, 2, 156, AFFORDABLE, CLEAR, HOUSING_CENTRE, HOUSING_OFFICE, SELF, OPEN],
        ['东中街52号楼', 2008, 1, 132, COMMERCIAL, CLEAR, REAL_ESTATE, PROPERTY_STAFF, PROPERTY, OPEN],
        ['东中街甲12号院', 2011, 2, 198, RESETTLEMENT, CLEAR, HOUSING_CENTRE, PROPERTY_STAFF, PROPERTY, OPEN],
      ],
    },
    {
      name: '新中街社区',
      compounds: [
        ['新中街11号院', 1983, 4, 232, DORMITORY, BASIC, '某仪表厂', RIGHTS_CLERK, SELF, RENOVATING],
        ['新中街17号院', 1987, 2, 110, DORMITORY, CLEAR, '某研究所', RIGHTS_CLERK, SELF, PLANNED],
        ['新中街3号楼', 1978, 1, 48, DORMITORY, UNCLEAR, null, null, NONE, OPEN],
        ['新中街5号院', 1981, 3, 150, REFORM, BASIC, '某纺织公司', null, NONE, OPEN],
        ['新中街21号楼', 1992, 1, 84, DORMITORY, UNCLEAR, null, null, NONE, OPEN],
        ['新中街8号院', 1975, 2, 96, DORMITORY, UNCLEAR, null, APPOINTEE, SELF, OPEN],
        ['新中街25号院', 1995, 3, 198, REFORM, CLEAR, '某商业局', HOUSING_OFFICE, SELF, OPEN],
        ['新中家园', 2003, 5, 520, COMMERCIAL, CLEAR, DEVELOPER, PROPERTY_STAFF, PROPERTY, OPEN],
        ['新中街14号院', 2007, 2, 176, AFFORDABLE, CLEAR, HOUSING_CENTRE, HOUSING_OFFICE, SELF, OPEN],
        ['新中街27号楼', 2010, 1, 120, COMMERCIAL, CLEAR, REAL_ESTATE, PROPERTY_STAFF, PROPERTY, OPEN],
        ['新中街乙6号院', 2001, 2, 144, RESETTLEMENT, CLEAR, HOUSING_CENTRE, PROPERTY_STAFF, PROPERTY, OPEN],
        ['新景公寓', 2013, 1, 180, COMMERCIAL, CLEAR, REAL_ESTATE, PROPERTY_STAFF, PROPERTY, OPEN],
      ],
    },
    {
      name: '清水苑社区',
      compounds: [
        ['清水苑5号楼', 1989, 1, 88, DORMITORY, BASIC, '某供电局', RIGHTS_CLERK, SELF, RENOVATING],
        ['清水苑3号楼', 1991, 1, 80, DORMITORY, CLEAR, '某医院', RIGHTS_CLERK, SELF, PLANNED],
        ['清水苑小区', 1993, 8, 640, REFORM, BASIC, '某建筑公司', HOUSING_OFFICE, SELF, OPEN],
        ['清水苑7号楼', 1985, 1, 60, DORMITORY, UNCLEAR, null, null, NONE, OPEN],
        ['清水苑9号院', 1980, 2, 104, DORMITORY, UNCLEAR, null, null, NONE, OPEN],
        ['清水苑11号楼', 1996, 1, 90, REFORM, CLEAR, '某百货公司', RESIDENTS, SELF, OPEN],
        ['清水苑13号院', 1977, 3, 126, DORMITORY, BASIC, '某电子管厂', null, NONE, OPEN],
        ['清水苑15号院', 2005, 3, 264, COMMERCIAL, CLEAR, DEVELOPER, PROPERTY_STAFF, PROPERTY, OPEN],
        ['清水嘉苑', 2009, 4, 380, COMMERCIAL, CLEAR, REAL_ESTATE, PROPERTY_STAFF, PROPERTY, OPEN],
        ['清水苑17号楼', 2002, 1, 110, AFFORDABLE, CLEAR, HOUSING_CENTRE, HOUSING_OFFICE, SELF, OPEN],
        ['清水苑19号院', 2012, 2, 220, RESETTLEMENT, CLEAR, HOUSING_CENTRE, PROPERTY_STAFF, PROPERTY, OPEN],
        ['清水苑23号楼', 2015, 1, 144, COMMERCIAL, CLEAR, DEVELOPER, PROPERTY_STAFF, PROPERTY, OPEN],
      ],
    },
    {
      name: '东外大街社区',
      compounds: [
        ['东直门外大街39号院', 1986, 4, 256, DORMITORY, BASIC, '某外贸公司', RIGHTS_CLERK, SELF, RENOVATING],
        ['东直门外小街6号院', 1982, 3, 180, DORMITORY, BASIC, '某铁路单位', RIGHTS_CLERK, SELF, RENOVATING],
        ['东直门外大街45号楼', 1979, 1, 56, DORMITORY, UNCLEAR, null, null, NONE, OPEN],
        ['东直门外大街27号院', 1984, 5, 300, REFORM, CLEAR, '某商业局', HOUSING_OFFICE, SELF, OPEN],
        ['东直门外小街10号楼', 1990, 1, 78, DORMITORY, UNCLEAR, null, null, NONE, OPEN],
        ['东直门外大街31号院', 1974, 2, 92, DORMITORY, BASIC, '某机械厂', null, NONE, OPEN],
        ['东直门外小街14号院', 1988, 3, 162, DORMITORY, UNCLEAR, null, APPOINTEE, SELF, OPEN],
        ['东直门外大街48号院', 2004, 3, 310, COMMERCIAL, CLEAR, DEVELOPER, PROPERTY_STAFF, PROPERTY, OPEN],
        ['东直门外大街甲26号院', 2008, 2, 168, AFFORDABLE, CLEAR, HOUSING_CENTRE, HOUSING_OFFICE, SELF, OPEN],
        ['东外雅苑', 2010, 5, 460, COMMERCIAL, CLEAR, REAL_ESTATE, PROPERTY_STAFF, PROPERTY, OPEN],
        ['东直门外小街20号楼', 2003, 1, 126, RESETTLEMENT, CLEAR, HOUSING_CENTRE, PROPERTY_STAFF, PROPERTY, OPEN],
        ['东直门外大街56号楼', 2014, 1, 168, COMMERCIAL, CLEAR, REAL_ESTATE, PROPERTY_STAFF, PROPERTY, OPEN],
      ],
    },
    {
      name: '十字坡社区',
      compounds: [
        ['十字坡西里3号院', 1980, 3, 150, DORMITORY, BASIC, '某纺织公司', RIGHTS_CLERK, SELF, RENOVATING],
        ['十字坡东里5号楼', 1987, 1, 72, DORMITORY, UNCLEAR, null, null, NONE, OPEN],
        ['十字坡北里', 1978, 6, 360, REFORM, BASIC, '某建筑公司', null, NONE, OPEN],
        ['十字坡西里7号院', 1983, 2, 112, DORMITORY, UNCLEAR, null, null, NONE, OPEN],
        ['十字坡东里9号院', 1991, 3, 168, DORMITORY, CLEAR, '某研究所', RIGHTS_CLERK, SELF, OPEN],
        ['十字坡南里2号楼', 1994, 1, 84, REFORM, BASIC, '某出版社', RESIDENTS, SELF, OPEN],
        ['十字坡东里11号院', 1972, 2, 88, DORMITORY, UNCLEAR, null, null, NONE, OPEN],
        ['十字坡南里6号院', 2006, 3, 240, COMMERCIAL, CLEAR, DEVELOPER, PROPERTY_STAFF, PROPERTY, OPEN],
        ['十字坡家园', 2011, 4, 392, RESETTLEMENT, CLEAR, HOUSING_CENTRE, PROPERTY_STAFF, PROPERTY, OPEN],
        ['十字坡北里甲2号楼', 2003, 1, 96, AFFORDABLE, CLEAR, HOUSING_CENTRE, HOUSING_OFFICE, SELF, OPEN],
        ['十字坡西里12号院', 2009, 2, 204, COMMERCIAL, CLEAR, REAL_ESTATE, PROPERTY_STAFF, PROPERTY, OPEN],
        ['十字坡东里15号楼', 2016, 1, 150, COMMERCIAL, CLEAR, DEVELOPER, PROPERTY_STAFF, PROPERTY, OPEN],
      ],
    },
    {
      name: '南小街社区',
      compounds: [
        ['东直门南小街51号院', 1985, 3, 174, DORMITORY, BASIC, '某医院', RIGHTS_CLERK, SELF, RENOVATING],
        ['东直门北小街22号院', 1988, 2, 120, DORMITORY, CLEAR, '某设计院', RIGHTS_CLERK, SELF, PLANNED],
        ['东直门南小街47号楼', 1981, 1, 60, DORMITORY, UNCLEAR, null, null, NONE, OPEN],
        ['东直门北小街18号院', 1976, 4, 208, REFORM, BASIC, '某百货公司', null, NONE, OPEN],
        ['东直门南小街55号楼', 1993, 1, 96, DORMITORY, UNCLEAR, null, null, NONE, OPEN],
        ['东直门北小街26号楼', 1990, 1, 70, DORMITORY, BASIC, '某中学', APPOINTEE, SELF, PLANNED],
        ['东直门南小街43号院', 1979, 2, 100, DORMITORY, UNCLEAR, null, null, NONE, OPEN],
        ['东直门南小街60号院', 2005, 3, 270, COMMERCIAL, CLEAR, DEVELOPER, PROPERTY_STAFF, PROPERTY, OPEN],
        ['南小街公寓', 2012, 1, 160, COMMERCIAL, CLEAR, REAL_ESTATE, PROPERTY_STAFF, PROPERTY, OPEN],
        ['东直门北小街甲30号院', 2001, 2, 150, AFFORDABLE, CLEAR, HOUSING_CENTRE, HOUSING_OFFICE, SELF, OPEN],
        ['东直门北小街34号楼', 2007, 1, 112, RESETTLEMENT, CLEAR, HOUSING_CENTRE, PROPERTY_STAFF, PROPERTY, OPEN],
        ['东直门南小街66号院', 2015, 2, 232, COMMERCIAL, CLEAR, DEVELOPER, PROPERTY_STAFF, PROPERTY, OPEN],
      ],
    },
  ],
  details: {
    东中街36号楼: {
      aliases: ['36号楼'],
      gates: [
        ['南门', GateKind.MIXED, GateState.OPEN],
        ['北门', GateKind.PEDESTRIAN, GateState.SEALED],
      ],
    },
    东中街42号院: { aliases: ['机械厂宿舍'] },
    东中苑: { address: '东城区东中街20号' },
    新中家园: { address: '东城区新中街30号', aliases: ['新中'] },
    新景公寓: { address: '东城区新中街36号' },
    清水苑小区: { address: '东城区清水苑1号', aliases: ['清水苑'] },
    清水苑13号院: { aliases: ['电子管厂宿舍'] },
    清水嘉苑: { address: '东城区清水苑21号' },
    东直门外小街14号院: { aliases: ['小街大院'] },
    东外雅苑: { address: '东城区东直门外大街52号' },
    十字坡北里: { address: '东城区十字坡北里1号', aliases: ['北里大院'] },
    十字坡家园: { address: '东城区十字坡南里10号' },
    东直门南小街51号院: { aliases: ['医院宿舍'] },
    南小街公寓: { address: '东城区东直门南小街62号' },
  },
};

/** 樱花园小区 closed during the epidemic, kept its east and west gates open and shut the north one. */
const HEPINGJIE: StreetSpec = {
  code: '110105016',
  name: '和平街街道',
  kind: StreetKind.STREET,
  communities: [
    {
      name: '樱花园社区',
      compounds: [
        ['樱花园小区', 1983, 12, 1080, REFORM, BASIC, '某机关服务局', APPOINTEE, SELF, CLOSED],
        ['樱花西街5号院', 1990, 3, 180, DORMITORY, UNCLEAR, null, null, NONE, OPEN],
      ],
    },
    {
      name: '和平东街社区',
      compounds: [
        ['和平东街15号院', 1986, 4, 240, DORMITORY, BASIC, '某研究院', RIGHTS_CLERK, SELF, PLANNED],
        ['和平东街9号楼', 1978, 1, 64, DORMITORY, UNCLEAR, null, null, NONE, OPEN],
        ['和平东街21号院', 2005, 4, 360, COMMERCIAL, CLEAR, DEVELOPER, PROPERTY_STAFF, PROPERTY, OPEN],
      ],
    },
  ],
  details: {
    樱花园小区: {
      aliases: ['樱花园'],
      address: '朝阳区樱花园东街1号',
      gates: [
        ['东门', GateKind.MIXED, GateState.OPEN],
        ['西门', GateKind.MIXED, GateState.OPEN],
        ['北门', GateKind.PEDESTRIAN, GateState.SEALED],
      ],
    },
  },
};

const ZHANLANLU: StreetSpec = {
  code: '110102010',
  name: '展览路街道',
  kind: StreetKind.STREET,
  communities: [
    {
      name: '百万庄社区',
      compounds: [
        ['百万庄大街15号院', 1958, 6, 300, DORMITORY, BASIC, '某机关服务局', PROPERTY_STAFF, PROPERTY, CLOSED],
        ['展览馆路6号院', 1984, 3, 150, DORMITORY, UNCLEAR, null, null, NONE, OPEN],
        ['车公庄大街21号院', 2003, 3, 280, COMMERCIAL, CLEAR, DEVELOPER, PROPERTY_STAFF, PROPERTY, OPEN],
      ],
    },
    {
      name: '二里沟社区',
      compounds: [
        ['二里沟东里', 1980, 5, 280, REFORM, BASIC, '某外贸公司', HOUSING_OFFICE, SELF, RENOVATING],
        ['阜外北街3号楼', 1992, 1, 66, DORMITORY, CLEAR, '某设计院', RIGHTS_CLERK, SELF, OPEN],
      ],
    },
  ],
  details: {
    二里沟东里: { address: '西城区二里沟东里1号' },
  },
};

const SUNHE: StreetSpec = {
  code: '110105241',
  name: '孙河乡',
  kind: StreetKind.TOWNSHIP,
  communities: [
    {
      name: '孙河佳园社区',
      compounds: [
        ['孙河佳园', 2014, 10, 1200, RESETTLEMENT, CLEAR, VILLAGE_COOPERATIVE, PROPERTY_STAFF, PROPERTY, CLOSED],
        ['孙河佳园二期', 2017, 8, 960, RESETTLEMENT, CLEAR, VILLAGE_COOPERATIVE, PROPERTY_STAFF, PROPERTY, RENOVATING],
        ['孙河馨苑', 2010, 6, 540, COMMERCIAL, CLEAR, DEVELOPER, PROPERTY_STAFF, PROPERTY, OPEN],
      ],
    },
    {
      name: '西甸社区',
      compounds: [
        ['乡机关宿舍', 1992, 2, 72, DORMITORY, CLEAR, '某乡镇机关', RIGHTS_CLERK, SELF, OPEN],
        ['西甸农民公寓', 2005, 4, 320, RESETTLEMENT, BASIC, VILLAGE_COOPERATIVE, APPOINTEE, SELF, OPEN],
      ],
    },
  ],
  details: {
    孙河佳园: { address: '朝阳区孙河路8号' },
    孙河佳园二期: { address: '朝阳区孙河路10号' },
    孙河馨苑: { address: '朝阳区孙河路15号' },
    乡机关宿舍: { address: '朝阳区孙河路3号' },
    西甸农民公寓: { address: '朝阳区西甸路6号' },
  },
};

const DEMO: DistrictSpec[] = [
  { code: '110101', name: '东城区', streets: [DONGZHIMEN] },
  { code: '110102', name: '西城区', streets: [ZHANLANLU] },
  { code: '110105', name: '朝阳区', streets: [HEPINGJIE, SUNHE] },
];

/** Ids follow the place's path, so they survive any reordering of the data above. */
type Level = 'district' | 'street' | 'community' | 'compound' | 'gate';
const demoId = (level: Level, ...path: string[]) => uuidFrom(`${level}:${path.join('/')}`);

const compoundsOf = (street: StreetSpec) => street.communities.flatMap((community) => community.compounds);
const closureOf = ([, , , , , , , , , closure]: CompoundSpec) => closure;

/** Rows the tests and the dashboard's end-to-end run look up. */
export const DEMO_IDS = {
  dongcheng: demoId('district', '东城区'),
  xicheng: demoId('district', '西城区'),
  chaoyang: demoId('district', '朝阳区'),
  dongzhimen: demoId('street', '东城区', '东直门街道'),
  zhanlanlu: demoId('street', '西城区', '展览路街道'),
  hepingjie: demoId('street', '朝阳区', '和平街街道'),
  sunhe: demoId('street', '朝阳区', '孙河乡'),
  dongzhongjieCommunity: demoId('community', '东城区', '东直门街道', '东中街社区'),
  yinghuayuanCommunity: demoId('community', '朝阳区', '和平街街道', '樱花园社区'),
  dongzhongjie36: demoId('compound', '东城区', '东直门街道', '东中街36号楼'),
  yinghuayuan: demoId('compound', '朝阳区', '和平街街道', '樱花园小区'),
  yinghuayuanEastGate: demoId('gate', '朝阳区', '和平街街道', '樱花园小区', '东门'),
  yinghuayuanWestGate: demoId('gate', '朝阳区', '和平街街道', '樱花园小区', '西门'),
  yinghuayuanNorthGate: demoId('gate', '朝阳区', '和平街街道', '樱花园小区', '北门'),
  /** The 7 compounds of 东直门街道 renovated after the 东中街36号楼 template. */
  dongzhimenUnderRenovation: compoundsOf(DONGZHIMEN)
    .filter((spec) => closureOf(spec) === RENOVATING)
    .map(([name]) => demoId('compound', '东城区', DONGZHIMEN.name, name)),
} as const;

const HOUSE_NUMBER = /^(.+\d+号)[院楼]$/;

function addressOf(district: string, compound: string, details: CompoundDetails): string {
  if (details.address) return details.address;
  const houseNumber = HOUSE_NUMBER.exec(compound)?.[1];
  if (!houseNumber) throw new Error(`demo compound ${compound} needs an address`);
  return `${district}${houseNumber}`;
}

/** Without a known layout: one gate per 300 households or so, facing a direction fixed by the name. */
function gatesOf(path: string, closure: ClosureStatus, households: number, buildings: number, details: CompoundDetails): GatePlan[] {
  if (details.gates) return details.gates.map(([name, kind, state]) => ({ name, kind, state }));
  const roll = fractionFrom(`gates:${path}`);
  const count = Math.min(4, 1 + Math.floor(households / 300) + (roll < 0.5 ? 0 : 1));
  return planGates(closure, count, Math.floor(roll * 8) % 4, buildings);
}

/** The demo as rows, ready to write; pure, so the tests can look at it without a database. */
export function demoRows(): SeedRows {
  const rows: SeedRows = { districts: [], streets: [], communities: [], compounds: [], gates: [] };
  for (const district of DEMO) {
    const districtId = demoId('district', district.name);
    rows.districts.push({ id: districtId, code: district.code, name: district.name });
    for (const street of district.streets) {
      const named = new Set(compoundsOf(street).map(([name]) => name));
      const stray = Object.keys(street.details).find((name) => !named.has(name));
      if (stray) throw new Error(`demo details for ${stray}, which is no compound of ${street.name}`);
      const streetId = demoId('street', district.name, street.name);
      rows.streets.push({ id: streetId, districtId, code: street.code, name: street.name, kind: street.kind });
      for (const community of street.communities) {
        const communityId = demoId('community', district.name, street.name, community.name);
        rows.communities.push({ id: communityId, streetId, districtId, name: community.name });
        for (const spec of community.compounds) {
          const [name, yearBuilt, buildings, households, origin, propertyRights, propertyRightsUnit, caretaker, management, closure] = spec;
          const details = street.details[name] ?? {};
          const path = `${district.name}/${street.name}/${name}`;
          const compoundId = demoId('compound', path);
          rows.compounds.push({
            id: compoundId,
            communityId,
            streetId,
            districtId,
            name,
            aliases: details.aliases ?? [],
            address: addressOf(district.name, name, details),
            yearBuilt,
            isOld: yearBuilt < OLD_BEFORE,
            buildings,
            households,
            // 55-75 m² a household, typical of the period's flats.
            floorArea: Math.round(households * (55 + 20 * fractionFrom(`floor-area:${path}`)) * 100) / 100,
            origin,
            propertyRights,
            propertyRightsUnit,
            caretaker,
            managementStatus: management,
            closureStatus: closure,
          });
          for (const gate of gatesOf(path, closure, households, buildings, details)) {
            rows.gates.push({ id: demoId('gate', path, gate.name), compoundId, streetId, districtId, ...gate });
          }
        }
      }
    }
  }
  return rows;
}

/** Writes the demo in one transaction; running it again changes nothing. */
export function seedDemo(db: DataSource): Promise<SeedSummary> {
  return writeSeedRows(db, demoRows());
}
