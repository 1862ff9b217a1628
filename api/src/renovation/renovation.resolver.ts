import { Arg, Args, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Alert } from '../alerts/alert.entity';
import { AlertKind } from '../alerts/alert.enums';
import { beijingDay } from '../common/time';
import { Compound } from '../compounds/compound.entity';
import { District } from '../geography/district.entity';
import { Street } from '../geography/street.entity';
import type { Context } from '../graphql/context';
import { AppError, ErrorCode } from '../graphql/errors';
import { loadRequired } from '../graphql/loaders';
import { addDays, daysBetween } from './dates';
import { RenovationProject, RenovationStageChange, RenovationStageDate, RenovationWorkItem } from './renovation.entity';
import type { RenovationStage } from './renovation.enums';
import { renovationLoaders } from './renovation.loaders';
import { sumYuan } from './renovation.service';
import {
  AdvanceRenovationStageInput,
  CorrectRenovationStageInput,
  CreateRenovationProjectInput,
  FinishedCompound,
  OverdueStage,
  RenovationProgress,
  RenovationProjectConnection,
  RenovationProjectsArgs,
  StreetRenovationProgress,
  UpdateRenovationProjectInput,
} from './renovation.types';

function viewerOf(ctx: Context) {
  if (!ctx.viewer) throw new AppError(ErrorCode.UNAUTHENTICATED, '请先登录 (sign in first)');
  return ctx.viewer;
}

@Resolver(() => RenovationProject)
export class RenovationProjectResolver {
  @Query(() => RenovationProjectConnection, { description: '改造项目列表: 按小区名称排序, 游标分页; 按本人辖区裁剪' })
  renovationProjects(@Args(() => RenovationProjectsArgs) args: RenovationProjectsArgs, @Ctx() ctx: Context) {
    return ctx.services.renovation.list(args.filter ?? {}, args, ctx.scope);
  }

  @Query(() => RenovationProject)
  renovationProject(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<RenovationProject> {
    return ctx.services.renovation.get(id, ctx.scope);
  }

  @Query(() => RenovationProgress, { description: '全区改造进展: 漏斗、投资、按期率、已封闭小区; 可下钻到街道和小区' })
  renovationProgress(@Arg('districtId', () => ID) districtId: string, @Ctx() ctx: Context): Promise<RenovationProgress> {
    return ctx.services.renovation.progress(districtId, ctx.scope);
  }

  @Mutation(() => RenovationProject, { description: '新建改造项目 (街道), 阶段为已评估; 记入审计日志' })
  createRenovationProject(
    @Arg('input', () => CreateRenovationProjectInput) input: CreateRenovationProjectInput,
    @Ctx() ctx: Context,
  ): Promise<RenovationProject> {
    return ctx.services.renovation.create(input, viewerOf(ctx), ctx.request);
  }

  @Mutation(() => RenovationProject, { description: '修改计划日期、范本、施工单位、工作项; 记入审计日志' })
  updateRenovationProject(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateRenovationProjectInput) input: UpdateRenovationProjectInput,
    @Ctx() ctx: Context,
  ): Promise<RenovationProject> {
    return ctx.services.renovation.update(id, input, viewerOf(ctx), ctx.request);
  }

  @Mutation(() => RenovationProject, { description: '推进到下一阶段 (只能前进一级), 记录操作人和日期' })
  advanceRenovationStage(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => AdvanceRenovationStageInput) input: AdvanceRenovationStageInput,
    @Ctx() ctx: Context,
  ): Promise<RenovationProject> {
    return ctx.services.renovation.advance(id, input, viewerOf(ctx), ctx.request);
  }

  @Mutation(() => RenovationProject, { description: '更正误操作: 退回上一阶段, 须填写原因, 记入审计日志' })
  correctRenovationStage(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CorrectRenovationStageInput) input: CorrectRenovationStageInput,
    @Ctx() ctx: Context,
  ): Promise<RenovationProject> {
    return ctx.services.renovation.correct(id, input, viewerOf(ctx), ctx.request);
  }

  @FieldResolver(() => Compound)
  compound(@Root() project: RenovationProject, @Ctx() ctx: Context): Promise<Compound> {
    return loadRequired(ctx.loaders.compound, project.compoundId, 'compound');
  }

  @FieldResolver(() => Compound, { nullable: true, description: '范本小区' })
  async templateCompound(@Root() project: RenovationProject, @Ctx() ctx: Context): Promise<Compound | null> {
    return project.templateCompoundId === null ? null : loadRequired(ctx.loaders.compound, project.templateCompoundId, 'compound');
  }

  @FieldResolver(() => Street)
  street(@Root() project: RenovationProject, @Ctx() ctx: Context): Promise<Street> {
    return loadRequired(ctx.loaders.street, project.streetId, 'street');
  }

  @FieldResolver(() => District)
  district(@Root() project: RenovationProject, @Ctx() ctx: Context): Promise<District> {
    return loadRequired(ctx.loaders.district, project.districtId, 'district');
  }

  @FieldResolver(() => [RenovationStageDate], { description: '五个阶段的计划和实际日期, 按阶段顺序' })
  stages(@Root() project: RenovationProject, @Ctx() ctx: Context): Promise<RenovationStageDate[]> {
    return renovationLoaders(ctx).stages.load(project.id);
  }

  @FieldResolver(() => [RenovationWorkItem], { description: '工作项' })
  workItems(@Root() project: RenovationProject, @Ctx() ctx: Context): Promise<RenovationWorkItem[]> {
    return renovationLoaders(ctx).workItems.load(project.id);
  }

  @FieldResolver(() => [RenovationStageChange], { description: '阶段变更记录, 先后顺序' })
  history(@Root() project: RenovationProject, @Ctx() ctx: Context): Promise<RenovationStageChange[]> {
    return renovationLoaders(ctx).history.load(project.id);
  }

  @FieldResolver(() => Float, { description: '预算合计 (元): 工作项预算之和' })
  async budget(@Root() project: RenovationProject, @Ctx() ctx: Context): Promise<number> {
    return sumYuan((await renovationLoaders(ctx).workItems.load(project.id)).map((item) => item.budget));
  }

  @FieldResolver(() => Float, { description: '实际支出合计 (元)' })
  async spent(@Root() project: RenovationProject, @Ctx() ctx: Context): Promise<number> {
    return sumYuan((await renovationLoaders(ctx).workItems.load(project.id)).map((item) => item.spent));
  }
}

@Resolver(() => RenovationStageDate)
export class RenovationStageDateResolver {
  @FieldResolver(() => Int, { nullable: true, description: '逾期天数: 计划日期已过仍未到达时, 到今天 (北京时间) 的天数; 否则为空' })
  daysOverdue(@Root() row: RenovationStageDate): number | null {
    const today = beijingDay();
    return row.actualOn === null && row.plannedOn !== null && row.plannedOn < today ? daysBetween(row.plannedOn, today) : null;
  }
}

@Resolver(() => RenovationProgress)
export class RenovationProgressResolver {
  @FieldResolver(() => District)
  district(@Root() progress: RenovationProgress, @Ctx() ctx: Context): Promise<District> {
    return loadRequired(ctx.loaders.district, progress.districtId, 'district');
  }
}

@Resolver(() => StreetRenovationProgress)
export class StreetRenovationProgressResolver {
  @FieldResolver(() => Street)
  street(@Root() progress: StreetRenovationProgress, @Ctx() ctx: Context): Promise<Street> {
    return loadRequired(ctx.loaders.street, progress.streetId, 'street');
  }

  @FieldResolver(() => [RenovationProject], { description: '下钻: 本街道的项目, 按阶段再按小区名称' })
  projects(@Root() progress: StreetRenovationProgress, @Ctx() ctx: Context): Promise<RenovationProject[]> {
    return renovationLoaders(ctx).projectsOfStreet.load(progress.streetId);
  }
}

@Resolver(() => FinishedCompound)
export class FinishedCompoundResolver {
  @FieldResolver(() => Compound)
  compound(@Root() row: FinishedCompound, @Ctx() ctx: Context): Promise<Compound> {
    return loadRequired(ctx.loaders.compound, row.compoundId, 'compound');
  }

  @FieldResolver(() => Street)
  street(@Root() row: FinishedCompound, @Ctx() ctx: Context): Promise<Street> {
    return loadRequired(ctx.loaders.street, row.streetId, 'street');
  }
}

/** The renovation module's part of the generic Alert type: what an OVERDUE_STAGE alert is about. */
@Resolver(() => Alert)
export class RenovationAlertResolver {
  @FieldResolver(() => OverdueStage, { nullable: true, description: '逾期阶段 (类型为 OVERDUE_STAGE 时)' })
  overdueStage(@Root() alert: Alert): OverdueStage | null {
    if (alert.kind !== AlertKind.OVERDUE_STAGE) return null;
    const { projectId, stage, dueOn } = alert.details as { projectId: string; stage: RenovationStage; dueOn: string };
    // A resolved alert stops counting on the day it was resolved.
    const until = alert.resolvedAt ? beijingDay(alert.resolvedAt) : beijingDay();
    return { projectId, stage, dueOn, since: addDays(dueOn, 1), daysOverdue: daysBetween(dueOn, until) };
  }
}

@Resolver(() => OverdueStage)
export class OverdueStageResolver {
  @FieldResolver(() => RenovationProject, { nullable: true, description: '项目 (不在本人辖区时为空)' })
  project(@Root() overdue: OverdueStage, @Ctx() ctx: Context): Promise<RenovationProject | null> {
    return renovationLoaders(ctx).project.load(overdue.projectId);
  }
}
