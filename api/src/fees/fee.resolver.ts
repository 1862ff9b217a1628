import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { AppError, ErrorCode } from '../graphql/errors';
import { ExportFile } from '../residents/resident.types';
import {
  FeeAdoption,
  FeeAdoptionRow,
  FeeAreaInput,
  FeeContractInput,
  FeeContractView,
  LedgerImportErrorConnection,
  LedgerImportErrorsArgs,
  LedgerImportView,
  StartLedgerImportArgs,
} from './fee.types';

function viewerOf(ctx: Context) {
  if (!ctx.viewer) throw new AppError(ErrorCode.UNAUTHENTICATED, '请先登录 (sign in first)');
  return ctx.viewer;
}

@Resolver(() => FeeAdoption)
export class FeeResolver {
  @Query(() => FeeContractView, { nullable: true, description: '小区的物业服务合同; 没有合同时为 null' })
  feeContract(@Arg('compoundId', () => ID) compoundId: string, @Ctx() ctx: Context): Promise<FeeContractView | null> {
    return ctx.services.fees.contract(compoundId, ctx.scope);
  }

  @Mutation(() => FeeContractView, { description: '设置小区的物业服务合同 (企业、起始日期、元/平方米/月); 记入审计日志' })
  setFeeContract(@Arg('input', () => FeeContractInput) input: FeeContractInput, @Ctx() ctx: Context): Promise<FeeContractView> {
    return ctx.services.fees.setContract(input, viewerOf(ctx), ctx.request);
  }

  @Query(() => FeeAdoption, { description: '物业费收缴逐月数据: 区、街道或小区; 默认从首个计费月到最后计费月' })
  feeAdoption(
    @Arg('area', () => FeeAreaInput) area: FeeAreaInput,
    @Arg('fromMonth', () => String, { nullable: true, description: 'YYYY-MM' }) fromMonth: string | null,
    @Arg('toMonth', () => String, { nullable: true, description: 'YYYY-MM' }) toMonth: string | null,
    @Ctx() ctx: Context,
  ): Promise<FeeAdoption> {
    return ctx.services.fees.adoption(area, fromMonth, toMonth, ctx.scope);
  }

  @FieldResolver(() => [FeeAdoptionRow], { description: '下一级 (区→街道, 街道→有合同或账单的小区) 某月的收缴情况; 小区没有下一级' })
  async breakdown(
    @Root() adoption: FeeAdoption,
    @Arg('month', () => String, { description: 'YYYY-MM' }) month: string,
    @Ctx() ctx: Context,
  ): Promise<FeeAdoptionRow[]> {
    const rows = await ctx.services.fees.breakdown({ level: adoption.level, id: adoption.areaId }, month, month, ctx.scope);
    return rows.map((r) => r.row);
  }

  @Mutation(() => LedgerImportView, {
    description: '上传某小区某月的物业费台账 (.xlsx, base64, 最大 20 MB) 并在后台导入; 同一文件再次上传返回同一导入',
  })
  startLedgerImport(@Args(() => StartLedgerImportArgs) args: StartLedgerImportArgs, @Ctx() ctx: Context): Promise<LedgerImportView> {
    return ctx.services.fees.startImport(args, viewerOf(ctx), ctx.request, ctx.queue);
  }

  @Query(() => LedgerImportView, { description: '台账导入的状态、进度和错误' })
  ledgerImport(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<LedgerImportView> {
    return ctx.services.fees.getImport(id, ctx.scope);
  }

  @Query(() => ExportFile, { description: '台账模板 (.xlsx, base64); 指定小区时预填该小区已知各户及当月应收' })
  ledgerTemplate(
    @Arg('compoundId', () => ID, { nullable: true }) compoundId: string | null,
    @Arg('month', () => String, { nullable: true, description: 'YYYY-MM, 默认本月' }) month: string | null,
    @Ctx() ctx: Context,
  ): Promise<ExportFile> {
    return ctx.services.fees.template(compoundId, month, ctx.scope);
  }

  @Mutation(() => ExportFile, { description: '导出物业费收缴报表 (.xlsx): 须填写原因, 记入审计日志' })
  exportAdoptionReport(
    @Arg('area', () => FeeAreaInput) area: FeeAreaInput,
    @Arg('fromMonth', () => String, { description: 'YYYY-MM' }) fromMonth: string,
    @Arg('toMonth', () => String, { description: 'YYYY-MM' }) toMonth: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<ExportFile> {
    return ctx.services.fees.exportReport(area, fromMonth, toMonth, reason, viewerOf(ctx), ctx.request);
  }
}

@Resolver(() => LedgerImportView)
export class LedgerImportResolver {
  @FieldResolver(() => LedgerImportErrorConnection, { description: '错误列表, 按行排序, 分页' })
  errors(@Root() ledgerImport: LedgerImportView, @Args(() => LedgerImportErrorsArgs) args: LedgerImportErrorsArgs, @Ctx() ctx: Context) {
    return ctx.services.fees.importErrors(ledgerImport.id, args);
  }
}
