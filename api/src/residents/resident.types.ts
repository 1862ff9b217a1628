import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionArgs, ConnectionType } from '../graphql/pagination';

/** A resident as every permitted role sees it: personal fields masked on the server. */
@ObjectType('Resident', { description: '居民 (个人信息已脱敏)' })
export class ResidentView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  compoundId!: string;

  @Field(() => String, { description: '楼号' })
  building!: string;

  @Field(() => String, { description: '单元, 可为空' })
  unit!: string;

  @Field(() => String, { description: '房号' })
  room!: string;

  @Field(() => String, { description: '姓名 (脱敏: 张**)' })
  name!: string;

  @Field(() => String, { nullable: true, description: '身份证号 (脱敏: 110101********1234)' })
  idNumber!: string | null;

  @Field(() => String, { nullable: true, description: '手机号 (脱敏: 138****5678)' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: '车牌 (脱敏: 京A***45)' })
  plate!: string | null;

  @Field(() => Date)
  registeredAt!: Date;
}

export const ResidentConnection = ConnectionType(ResidentView, 'Resident');

/** The unmasked fields, returned only by revealResident, which is audited. */
@ObjectType({ description: '未脱敏的个人信息; 每次查看都记入审计日志' })
export class RevealedResident {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  idNumber!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  plate!: string | null;
}

@InputType()
export class RegisterResidentInput {
  @Field(() => ID)
  compoundId!: string;

  @Field(() => String)
  building!: string;

  @Field(() => String, { nullable: true })
  unit?: string | null;

  @Field(() => String)
  room!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: '18 位或 15 位身份证号' })
  idNumber?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '车牌, 含新能源 8 位车牌' })
  plate?: string | null;
}

/** Exact lookups only (through blind indexes): personal data cannot be searched by fragment. */
@InputType()
export class ResidentFilter {
  @Field(() => ID, { nullable: true })
  compoundId?: string | null;

  @Field(() => ID, { nullable: true })
  communityId?: string | null;

  @Field(() => String, { nullable: true, description: '完整身份证号, 精确匹配' })
  idNumber?: string | null;

  @Field(() => String, { nullable: true, description: '完整手机号, 精确匹配' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '完整车牌, 精确匹配' })
  plate?: string | null;
}

@ArgsType()
export class ResidentsArgs extends ConnectionArgs {
  @Field(() => ResidentFilter, { nullable: true })
  filter?: ResidentFilter | null;
}

@ObjectType({ description: '导出文件 (Excel), base64 编码' })
export class ExportFile {
  @Field(() => String)
  filename!: string;

  @Field(() => String)
  mimeType!: string;

  @Field(() => String)
  base64!: string;

  @Field(() => Int)
  rows!: number;
}

/** Exports are capped: a bigger set is a sign of misuse, and the reason covers one purpose. */
export const EXPORT_MAX_ROWS = 5000;
export const REASON_MIN_LENGTH = 4;
export const REASON_MAX_LENGTH = 200;
