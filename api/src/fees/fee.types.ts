import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionArgs, ConnectionType } from '../graphql/pagination';
import { FeeAreaLevel, LedgerErrorKind, LedgerImportState } from './fee.enums';

@ObjectType('FeeContract', { description: '物业服务合同 (每个小区一份)' })
export class FeeContractView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  compoundId!: string;

  @Field(() => String, { description: '物业服务企业' })
  company!: string;

  @Field(() => String, { description: '起始日期 YYYY-MM-DD' })
  startDate!: string;

  @Field(() => Float, { description: '物业费, 元/平方米/月 (两位小数)' })
  feePerM2!: number;

  @Field(() => Date)
  updatedAt!: Date;
}

@InputType({ description: '物业服务合同' })
export class FeeContractInput {
  @Field(() => ID)
  compoundId!: string;

  @Field(() => String, { description: '物业服务企业, 1-100 字' })
  company!: string;

  @Field(() => String, { description: '起始日期 YYYY-MM-DD' })
  startDate!: string;

  @Field(() => Float, { description: '元/平方米/月, 大于 0, 最多两位小数, 如 1.00' })
  feePerM2!: number;
}

@InputType({ description: '统计范围: 一个区、街道或小区' })
export class FeeAreaInput {
  @Field(() => FeeAreaLevel)
  level!: FeeAreaLevel;

  @Field(() => ID)
  id!: string;
}

/** One month of one area: the hand-checkable figures behind every adoption chart. */
@ObjectType('FeeAdoptionMonth', { description: '某范围某月的物业费收缴情况' })
export class FeeAdoptionMonth {
  @Field(() => String, { description: '月份 YYYY-MM' })
  month!: string;

  @Field(() => Int, { description: '应收户数 (当月有账单的户数)' })
  householdsBilled!: number;

  @Field(() => Int, { description: '缴费户数 (当月实收大于 0 的户数)' })
  householdsPaying!: number;

  @Field(() => Float, { description: '缴费户占比 = 缴费户数 / 应收户数, 0-1, 四位小数; 无账单时为 0' })
  payingShare!: number;

  @Field(() => Float, { description: '应收金额 (元)' })
  amountBilled!: number;

  @Field(() => Float, { description: '实收金额 (元)' })
  amountCollected!: number;

  @Field(() => Float, { description: '收缴率 = 实收金额 / 应收金额, 四位小数; 无账单时为 0' })
  collectionRate!: number;
}

@ObjectType('FeeAdoption', { description: '物业费收缴: 一个范围从首个计费月起的逐月数据 ("从零到一")' })
export class FeeAdoption {
  @Field(() => FeeAreaLevel)
  level!: FeeAreaLevel;

  @Field(() => ID)
  areaId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [FeeAdoptionMonth], { description: '逐月, 从首个计费月 (或 fromMonth) 到最后计费月 (或 toMonth), 无数据的月份为 0' })
  months!: FeeAdoptionMonth[];
}

@ObjectType('FeeAdoptionRow', { description: '下一级范围 (区的街道, 街道的小区) 某月的收缴情况' })
export class FeeAdoptionRow {
  @Field(() => FeeAreaLevel)
  level!: FeeAreaLevel;

  @Field(() => ID)
  areaId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => FeeAdoptionMonth)
  figures!: FeeAdoptionMonth;
}

@ObjectType('LedgerImportError', { description: '台账中的一处错误' })
export class LedgerImportErrorView {
  @Field(() => String, { description: '工作表名; 文件无法读取时为空' })
  sheet!: string;

  @Field(() => Int, { description: '行号 (Excel 中的行号, 表头为第 1 行); 文件无法读取时为 0' })
  row!: number;

  @Field(() => String, { description: '列 (A-I); 文件无法读取时为空' })
  column!: string;

  @Field(() => LedgerErrorKind)
  kind!: LedgerErrorKind;

  @Field(() => String, { description: '原因 (中文, 附英文)' })
  reason!: string;
}

export const LedgerImportErrorConnection = ConnectionType(LedgerImportErrorView, 'LedgerImportError');

@ObjectType('LedgerImport', { description: '物业费台账导入 (后台任务)' })
export class LedgerImportView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  compoundId!: string;

  @Field(() => String, { description: '月份 YYYY-MM' })
  month!: string;

  @Field(() => String)
  fileName!: string;

  @Field(() => Int, { description: '文件大小 (字节)' })
  fileSize!: number;

  @Field(() => String, { description: '文件 SHA-256; 同一小区同一月份的同一文件只导入一次' })
  fileSha256!: string;

  @Field(() => LedgerImportState)
  state!: LedgerImportState;

  @Field(() => Int, { nullable: true, description: '数据行数 (校验完成后可知)' })
  rowsTotal!: number | null;

  @Field(() => Int, { description: '已校验行数' })
  rowsValidated!: number;

  @Field(() => Int, { description: '已写入行数' })
  rowsStored!: number;

  @Field(() => Int, { description: '进度 0-100: 校验占前一半, 写入占后一半' })
  percent!: number;

  @Field(() => Int, { description: '错误总数; 大于 0 时未写入任何数据' })
  errorCount!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;
}

@ArgsType()
export class LedgerImportErrorsArgs extends ConnectionArgs {}

@ArgsType()
export class StartLedgerImportArgs {
  @Field(() => ID)
  compoundId!: string;

  @Field(() => String, { description: '月份 YYYY-MM; 每一行的「月份」都须与之相同' })
  month!: string;

  @Field(() => String, { description: '.xlsx 文件内容, base64 编码, 最大 20 MB' })
  fileBase64!: string;

  @Field(() => String, { nullable: true, description: '原文件名, 仅供显示' })
  fileName?: string | null;
}

/** A year of months per export or chart request is plenty; 20 years stops runaway ranges. */
export const MAX_MONTHS = 240;
