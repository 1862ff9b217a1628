import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { AppError, ErrorCode } from '../graphql/errors';
import {
  ExportFile,
  RegisterResidentInput,
  ResidentConnection,
  ResidentFilter,
  ResidentView,
  ResidentsArgs,
  RevealedResident,
} from './resident.types';

function viewerOf(ctx: Context) {
  if (!ctx.viewer) throw new AppError(ErrorCode.UNAUTHENTICATED, '请先登录 (sign in first)');
  return ctx.viewer;
}

@Resolver(() => ResidentView)
export class ResidentResolver {
  @Query(() => ResidentConnection, { description: '居民 (脱敏), 按楼号/单元/房号排序; 证件号、手机号、车牌只能精确查找' })
  residents(@Args(() => ResidentsArgs) args: ResidentsArgs, @Ctx() ctx: Context) {
    return ctx.services.residents.list(args.filter ?? {}, args, ctx.scope);
  }

  @Query(() => ResidentView)
  resident(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ResidentView> {
    return ctx.services.residents.get(id, ctx.scope);
  }

  @Mutation(() => ResidentView, { description: '登记居民 (居委会); 个人信息加密存储' })
  registerResident(@Arg('input', () => RegisterResidentInput) input: RegisterResidentInput, @Ctx() ctx: Context): Promise<ResidentView> {
    return ctx.services.residents.register(input, viewerOf(ctx), ctx.request);
  }

  @Mutation(() => RevealedResident, { description: '查看未脱敏信息: 须填写原因, 记入审计日志' })
  revealResident(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<RevealedResident> {
    return ctx.services.residents.reveal(id, reason, viewerOf(ctx), ctx.request);
  }

  @Mutation(() => ExportFile, { description: '导出 Excel (未脱敏): 须填写原因, 记入审计日志; 最多 5000 行' })
  exportResidents(
    @Arg('filter', () => ResidentFilter, { nullable: true }) filter: ResidentFilter | null,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<ExportFile> {
    return ctx.services.residents.export(filter ?? {}, reason, viewerOf(ctx), ctx.request);
  }
}
