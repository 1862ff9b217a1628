/** Words both data sets use. Caretakers are roles and units are anonymous: no seed row names a person. */

/** Built before this year counts as old (老旧小区). */
export const OLD_BEFORE = 2000;

/** Who looks after a compound day to day; a compound without one (null) is 失管. */
export const CARETAKERS = {
  rightsClerk: '产权单位房管员',
  housingOffice: '房管所管理员',
  appointee: '居委会指定专人',
  residents: '居民自管小组',
  propertyStaff: '物业公司项目部',
} as const;

/** Property-rights units of the newer compounds; old ones belong to a former work unit (某机械厂). */
export const NEWER_RIGHTS_UNITS = {
  developer: '某房地产开发公司',
  realEstate: '某置业公司',
  housingCentre: '区房屋经营管理中心',
  villageCooperative: '某村股份经济合作社',
} as const;
