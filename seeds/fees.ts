import type { DataSource } from 'typeorm';
import { SYSTEM_SCOPE } from '../api/src/auth/scope';
import type { Config } from '../api/src/config';
import { billFen, type LedgerRow } from '../api/src/fees/ledger';
import { placeOf } from '../api/src/fees/fee.service';
import { createServices } from '../api/src/services';
import { DEMO_IDS } from './demo';
import { fractionFrom } from './ids';
import { Random } from './random';

/**
 * Demo property fees, after the article: 东中街36号楼 (closed June 2020) and the seven compounds
 * renovated after it (due August 2020) charge 1 yuan per m² and month. Bills start the month
 * after each closure; adoption goes "from zero to one": few households pay at first, most after
 * months of persuasion. Each household has a fixed threshold and pays from the first month the
 * compound's paying share passes it, so a household that starts paying keeps paying. Written
 * through the import's own store path; running it again changes nothing.
 */

const SEED = 20200801;
export const FEE_PER_M2 = 1;
export const LAST_MONTH = '2021-06';
const COMPANY = '东直门物业服务中心 (示例)';

interface Plan {
  compoundId: string;
  firstMonth: string;
  /** Paying share in the first billed month, the monthly gain and the ceiling. */
  start: number;
  gain: number;
  ceiling: number;
}

function plans(): Plan[] {
  return [
    { compoundId: DEMO_IDS.dongzhongjie36, firstMonth: '2020-07', start: 0.2, gain: 0.07, ceiling: 0.93 },
    ...DEMO_IDS.dongzhimenUnderRenovation.map((compoundId, i) => ({
      compoundId,
      firstMonth: '2020-09',
      start: 0.05 + 0.02 * i,
      gain: 0.09 + 0.005 * i,
      ceiling: 0.86 + 0.01 * i,
    })),
  ];
}

function monthsFrom(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > last) return months;
    months.push(month);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}

export interface DemoFeeHousehold {
  building: string;
  unit: string;
  room: string;
  /** m² in hundredths: 4500-8000 (45-80 m², the period's flats). */
  area: number;
  /** The paying share from which this household pays. */
  threshold: number;
  /** Day of the month it pays on. */
  day: number;
}

/** Households of a compound: buildings as numbered, 12 flats a unit on 6 floors; the same on every run. */
export function demoFeeHouseholds(compoundId: string, buildings: number, count: number): DemoFeeHousehold[] {
  const random = new Random(SEED + fractionFrom(compoundId) * 1e9);
  const list: DemoFeeHousehold[] = [];
  const perBuilding = Math.ceil(count / buildings);
  for (let i = 0; i < count; i++) {
    const inBuilding = i % perBuilding;
    list.push({
      building: String(Math.floor(i / perBuilding) + 1),
      unit: String(Math.floor(inBuilding / 12) + 1),
      room: `${Math.floor((inBuilding % 12) / 2) + 1}0${(inBuilding % 2) + 1}`,
      area: random.int(4500, 8000),
      threshold: random.next(),
      day: random.int(3, 28),
    });
  }
  return list;
}

/** Seeds contracts, households, bills and payments; returns the number of bills written. */
export async function seedDemoFees(db: DataSource, config: Config): Promise<number> {
  const services = createServices(db, config);
  let bills = 0;
  for (const plan of plans()) {
    const compound = await services.compounds.get(plan.compoundId, SYSTEM_SCOPE);
    const homes = demoFeeHouseholds(compound.id, compound.buildings, compound.households);
    await db.transaction(async (manager) => {
      await services.fees.saveContract(manager, compound, { company: COMPANY, startDate: `${plan.firstMonth}-01`, feePerM2: FEE_PER_M2 });
      const months = monthsFrom(plan.firstMonth, LAST_MONTH);
      for (const [k, month] of months.entries()) {
        const share = Math.min(plan.ceiling, plan.start + plan.gain * k);
        const rows: LedgerRow[] = homes.map((h, i) => {
          const bill = billFen(h.area, FEE_PER_M2 * 100);
          const pays = h.threshold < share;
          return {
            row: i + 2,
            building: h.building,
            unit: h.unit,
            room: h.room,
            areaCentiM2: h.area,
            billFen: bill,
            paidFen: pays ? bill : 0,
            paidOn: pays ? `${month}-${String(h.day).padStart(2, '0')}` : null,
          };
        });
        await services.fees.storeLedger(manager, placeOf(compound), `${month}-01`, rows);
        bills += rows.length;
      }
    });
  }
  return bills;
}
