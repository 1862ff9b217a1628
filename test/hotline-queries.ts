/**
 * Fifty things callers say when asked "which compound?", each with the compound they mean (name
 * and street, since names repeat across streets). Typos are homophones and near misses as an
 * agent types them while listening; the demo district's compounds and the generated district of
 * seed 7 (9,900 compounds, many names in several streets) together make about 10,000.
 */
export interface SpokenQuery {
  query: string;
  name: string;
  street: string;
  /** What the query exercises. */
  kind: 'name' | 'alias' | 'address' | 'typo' | 'initials' | 'pinyin' | 'building' | 'street';
}

export const HOTLINE_FIXTURE = { generatedCompounds: 9900, seed: 7 } as const;

const DZM = '东直门街道';

export const SPOKEN_QUERIES: readonly SpokenQuery[] = [
  { query: 'yhy', name: '樱花园小区', street: '和平街街道', kind: 'initials' },
  { query: '樱花园', name: '樱花园小区', street: '和平街街道', kind: 'alias' },
  { query: '樱花圆', name: '樱花园小区', street: '和平街街道', kind: 'typo' },
  { query: 'yinghuayuan', name: '樱花园小区', street: '和平街街道', kind: 'pinyin' },
  { query: '樱花园东街1号', name: '樱花园小区', street: '和平街街道', kind: 'address' },
  { query: '樱华园小区', name: '樱花园小区', street: '和平街街道', kind: 'typo' },
  { query: '东中街36号楼', name: '东中街36号楼', street: DZM, kind: 'name' },
  { query: '36号楼', name: '东中街36号楼', street: DZM, kind: 'alias' },
  { query: '东中街36号', name: '东中街36号楼', street: DZM, kind: 'address' },
  { query: 'dzj36hl', name: '东中街36号楼', street: DZM, kind: 'initials' },
  { query: '东中街机械厂宿舍', name: '东中街42号院', street: DZM, kind: 'alias' },
  { query: '东中街42号院', name: '东中街42号院', street: DZM, kind: 'name' },
  { query: '东中苑', name: '东中苑', street: DZM, kind: 'name' },
  { query: '东中街20号', name: '东中苑', street: DZM, kind: 'address' },
  { query: '新中家园', name: '新中家园', street: DZM, kind: 'name' },
  { query: '新中街30号', name: '新中家园', street: DZM, kind: 'address' },
  { query: '清水苑', name: '清水苑小区', street: DZM, kind: 'alias' },
  { query: 'qsyxq', name: '清水苑小区', street: DZM, kind: 'initials' },
  { query: '清水园小区', name: '清水苑小区', street: DZM, kind: 'typo' },
  { query: '小街大院', name: '东直门外小街14号院', street: DZM, kind: 'alias' },
  { query: '东外雅苑', name: '东外雅苑', street: DZM, kind: 'name' },
  { query: '东直门外大街52号', name: '东外雅苑', street: DZM, kind: 'address' },
  { query: '十字坡北里', name: '十字坡北里', street: DZM, kind: 'name' },
  { query: '北里大院', name: '十字坡北里', street: DZM, kind: 'alias' },
  { query: '十字坡家园', name: '十字坡家园', street: DZM, kind: 'name' },
  { query: '十字波家园', name: '十字坡家园', street: DZM, kind: 'typo' },
  { query: '南小街公寓', name: '南小街公寓', street: DZM, kind: 'name' },
  { query: 'nxjgy', name: '南小街公寓', street: DZM, kind: 'initials' },
  { query: '东直门南小街62号', name: '南小街公寓', street: DZM, kind: 'address' },
  { query: '孙河佳园', name: '孙河佳园', street: '孙河乡', kind: 'name' },
  { query: '孙河佳园二期', name: '孙河佳园二期', street: '孙河乡', kind: 'name' },
  { query: 'shjy', name: '孙河佳园', street: '孙河乡', kind: 'initials' },
  { query: '孙河路15号', name: '孙河馨苑', street: '孙河乡', kind: 'address' },
  { query: '孙河新苑', name: '孙河馨苑', street: '孙河乡', kind: 'typo' },
  { query: '西甸农民公寓', name: '西甸农民公寓', street: '孙河乡', kind: 'name' },
  { query: '百万庄大街15号院', name: '百万庄大街15号院', street: '展览路街道', kind: 'name' },
  { query: '二里沟东里', name: '二里沟东里', street: '展览路街道', kind: 'name' },
  { query: 'erligou', name: '二里沟东里', street: '展览路街道', kind: 'pinyin' },
  { query: '展览馆路6号', name: '展览馆路6号院', street: '展览路街道', kind: 'address' },
  { query: '和平东街15号院', name: '和平东街15号院', street: '和平街街道', kind: 'name' },
  { query: '东中街29号院2号楼', name: '东中街29号院', street: DZM, kind: 'building' },
  { query: '清水苑5号楼', name: '清水苑5号楼', street: DZM, kind: 'name' },
  { query: '东直门外小街6号院', name: '东直门外小街6号院', street: DZM, kind: 'name' },
  { query: '松河街道景源小区', name: '景源小区', street: '松河街道', kind: 'street' },
  { query: '永顺街道的景源小区', name: '景源小区', street: '永顺街道', kind: 'street' },
  { query: '广塔街50号', name: '景源小区', street: '松河街道', kind: 'address' },
  { query: '杏河路99号院', name: '杏河路99号院', street: '松河街道', kind: 'name' },
  { query: '建河仪表厂宿舍', name: '青河街117号院', street: '松河街道', kind: 'alias' },
  { query: '枣苑乡团华小区', name: '团华小区', street: '枣苑乡', kind: 'street' },
  { query: '春乐街道槐院小区', name: '槐苑小区', street: '春乐街道', kind: 'typo' },
];
