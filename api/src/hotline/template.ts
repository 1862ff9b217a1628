import { AppError, ErrorCode, badInput } from '../graphql/errors';
import { HotlineCategory } from './hotline.enums';

/**
 * Answer templates: plain text read aloud, with `{{variable}}` placeholders the composer fills from
 * live data. Each category declares the variables it offers; a template naming any other is
 * refused on save, so a script can never read out an unfilled placeholder.
 */

export interface TemplateVariable {
  name: string;
  description: string;
}

const PLACE: TemplateVariable[] = [
  { name: 'compoundName', description: '小区名称, 如 樱花园小区' },
  { name: 'streetName', description: '所属街道 (乡), 如 和平街街道' },
  { name: 'communityName', description: '所属社区, 如 樱花园社区' },
  { name: 'closureStatus', description: '管理现状, 如 已完成封闭式改造 / 目前为开放式管理' },
];

export const TEMPLATE_VARIABLES: Record<HotlineCategory, readonly TemplateVariable[]> = {
  [HotlineCategory.SUITABILITY]: [
    ...PLACE,
    { name: 'qualificationResult', description: '评定结论一句话; 未评估时为 "街道还没有对这个小区做改造条件评估"' },
    { name: 'qualificationReasons', description: '逐条原因 (产权、专人盯守、付费意愿等); 未评估时为空' },
    { name: 'assessedOn', description: '最近一次评定日期, 如 2026年3月5日; 未评估时为 "暂无"' },
  ],
  [HotlineCategory.PROGRESS]: [
    ...PLACE,
    { name: 'renovationStage', description: '改造阶段一句话; 没有改造项目时为 "这个小区目前还没有改造项目"' },
    { name: 'renovationDates', description: '各阶段计划与实际日期; 没有项目时为空' },
    { name: 'openGates', description: '开放的大门及开放时间, 封闭的大门' },
    { name: 'gateEquipment', description: '各大门在用的智能设备, 如 东门有人脸识别门、测温屏' },
  ],
  [HotlineCategory.FACE_REGISTRATION]: [
    ...PLACE,
    { name: 'enrolmentPlace', description: '办理地点, 默认为社区居委会' },
    { name: 'enrolmentHours', description: '办理时间' },
    { name: 'homeVisit', description: '老年人、残疾人上门办理或家人代交照片的安排' },
    { name: 'nonFaceMethods', description: '不刷脸的进门方式, 如 门禁卡、手机二维码、密码' },
    { name: 'gateEquipment', description: '各大门在用的智能设备, 如 东门有人脸识别门、测温屏' },
  ],
  [HotlineCategory.PRIVACY]: [
    ...PLACE,
    { name: 'faceDataStorage', description: '人脸信息存放方式 (本小区设置)' },
    { name: 'vendorFiling', description: '门禁技术支持公司在公安机关备案的情况 (本小区设置)' },
    { name: 'nonFaceMethods', description: '不刷脸的进门方式' },
  ],
};

export const TEMPLATE_MAX_LENGTH = 2000;
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The variable names a template uses, in order of first use; refuses stray braces and unknown names. */
export function validateTemplate(category: HotlineCategory, body: string): string[] {
  const text = body.trim();
  if (text.length === 0) throw badInput('input.body', 'must not be empty');
  if ([...text].length > TEMPLATE_MAX_LENGTH) throw badInput('input.body', `must be at most ${TEMPLATE_MAX_LENGTH} characters`);
  const stray = text.replace(PLACEHOLDER, '');
  if (stray.includes('{{') || stray.includes('}}')) {
    throw badInput('input.body', 'has an unclosed placeholder: write variables as {{name}}');
  }
  const allowed = TEMPLATE_VARIABLES[category].map((v) => v.name);
  const used: string[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    if (!allowed.includes(name)) {
      throw new AppError(
        ErrorCode.HOTLINE_TEMPLATE_UNKNOWN_VARIABLE,
        `input.body: {{${name}}} is not a variable of ${category}; use one of ${allowed.join(', ')}`,
        { field: 'input.body', variable: name, category, allowed },
      );
    }
    if (!used.includes(name)) used.push(name);
  }
  return used;
}

/** Fills every placeholder; a value missing from `values` is a programming error, not a blank. */
export function renderTemplate(body: string, values: Readonly<Record<string, string>>): string {
  return body.replace(PLACEHOLDER, (_whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`template variable ${name} has no value`);
    return value;
  });
}
