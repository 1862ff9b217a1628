import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Viewer } from '../auth/auth.service';
import type { Context } from '../graphql/context';
import { AppError, ErrorCode } from '../graphql/errors';
import { ExportFile } from '../residents/resident.types';
import { HotlineCategory, Satisfaction } from './hotline.enums';
import {
  HotlineAreaInput,
  HotlineCall,
  HotlineCard,
  HotlineCompoundProfile,
  HotlineCompoundProfileInput,
  HotlineFigures,
  HotlineSearchHit,
  HotlineTemplate,
  HotlineTemplateVariable,
  HotlineTicket,
  HotlineTicketEvent,
  HotlineTicketFilter,
  HotlineTicketList,
  HotlineTimeLimit,
  LogHotlineCallInput,
  SaveHotlineTemplateInput,
  SetHotlineTimeLimitInput,
} from './hotline.types';
import { TEMPLATE_VARIABLES } from './template';
import { hotlineLoaders } from './hotline.loaders';

function viewerOf(ctx: Context): Viewer {
  if (!ctx.viewer) throw new AppError(ErrorCode.UNAUTHENTICATED, '请先登录 (sign in first)');
  return ctx.viewer;
}

@Resolver()
export class HotlineResolver {
  @Query(() => [HotlineSearchHit], {
    description: '12345 小区检索: 名称、别名、部分地址、楼号、错别字、全拼或拼音首字母 (如 yhy); 按相似度排序, 附街道和社区以区分同名小区',
  })
  hotlineSearch(
    @Arg('text', () => String, { description: '来电人说的小区, 1-50 个字符' }) text: string,
    @Arg('limit', () => Int, { nullable: true, description: '1-20, 默认 8' }) limit: number | null,
    @Ctx() ctx: Context,
  ): Promise<HotlineSearchHit[]> {
    return ctx.services.hotline.search.search(text, limit, ctx.scope);
  }

  @Query(() => HotlineCard, { description: '小区答复卡: 四类问题按实时数据生成的答复口径, 街道答复, 未办结工单' })
  hotlineCard(@Arg('compoundId', () => ID) compoundId: string, @Ctx() ctx: Context): Promise<HotlineCard> {
    return ctx.services.hotline.card(compoundId, ctx.scope);
  }

  @Query(() => [HotlineTemplate], { description: '答复模板的各版本 (平台默认和本区), 新版本在前' })
  hotlineTemplates(
    @Arg('category', () => HotlineCategory, { nullable: true }) category: HotlineCategory | null,
    @Arg('districtId', () => ID, { nullable: true, description: '只看平台默认和该区的模板' }) districtId: string | null,
    @Ctx() ctx: Context,
  ): Promise<HotlineTemplate[]> {
    return ctx.services.hotline.templates(category, districtId, ctx.scope);
  }

  @Query(() => [HotlineTemplateVariable], { description: '某类模板可用的变量' })
  hotlineTemplateVariables(@Arg('category', () => HotlineCategory) category: HotlineCategory): HotlineTemplateVariable[] {
    return TEMPLATE_VARIABLES[category].map((v) => ({ ...v }));
  }

  @Mutation(() => HotlineTemplate, {
    description: '保存答复模板 (新版本); 用到该类别没有的变量时拒绝 (HOTLINE_TEMPLATE_UNKNOWN_VARIABLE), 什么也不保存',
  })
  saveHotlineTemplate(
    @Arg('input', () => SaveHotlineTemplateInput) input: SaveHotlineTemplateInput,
    @Ctx() ctx: Context,
  ): Promise<HotlineTemplate> {
    return ctx.services.hotline.saveTemplate(input, viewerOf(ctx), ctx.request);
  }

  @Mutation(() => HotlineCall, { description: '记录来电; 需要跟进时生成工单, 转小区所在街道' })
  logHotlineCall(@Arg('input', () => LogHotlineCallInput) input: LogHotlineCallInput, @Ctx() ctx: Context): Promise<HotlineCall> {
    return ctx.services.hotline.tickets.logCall(input, viewerOf(ctx));
  }

  @Query(() => [HotlineCall], { description: '最近的来电 (新的在前)' })
  hotlineCalls(
    @Arg('compoundId', () => ID, { nullable: true }) compoundId: string | null,
    @Arg('streetId', () => ID, { nullable: true }) streetId: string | null,
    @Arg('limit', () => Int, { nullable: true, description: '1-100, 默认 20' }) limit: number | null,
    @Ctx() ctx: Context,
  ): Promise<HotlineCall[]> {
    return ctx.services.hotline.tickets.calls({ compoundId, streetId }, limit, ctx.scope);
  }

  @Query(() => [HotlineTicket], { description: '回头来电: 同一号码 (按盲索引匹配) 未办结的工单' })
  hotlineCallerTickets(@Arg('callerPhone', () => String) callerPhone: string, @Ctx() ctx: Context): Promise<HotlineTicket[]> {
    return ctx.services.hotline.tickets.ofCaller(callerPhone, ctx.scope);
  }

  @Query(() => HotlineTicketList, { description: '工单队列: 超时的在前, 再从早到晚; 默认未办结的' })
  hotlineTickets(
    @Arg('filter', () => HotlineTicketFilter, { nullable: true }) filter: HotlineTicketFilter | null,
    @Arg('limit', () => Int, { nullable: true, description: '1-200, 默认 50' }) limit: number | null,
    @Arg('offset', () => Int, { nullable: true, description: '跳过前几条 (分页), 默认 0' }) offset: number | null,
    @Ctx() ctx: Context,
  ): Promise<HotlineTicketList> {
    return ctx.services.hotline.tickets.list(filter ?? {}, limit, ctx.scope, offset);
  }

  @Query(() => HotlineTicket)
  hotlineTicket(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<HotlineTicket> {
    return ctx.services.hotline.tickets.get(id, ctx.scope);
  }

  @Mutation(() => HotlineTicket, { description: '街道接单: 新建 → 已派单' })
  assignHotlineTicket(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ): Promise<HotlineTicket> {
    return ctx.services.hotline.tickets.assign(id, note, viewerOf(ctx));
  }

  @Mutation(() => HotlineTicket, { description: '街道答复: 已派单 → 已答复; 答复在小区答复卡上对接线员可见' })
  respondHotlineTicket(
    @Arg('id', () => ID) id: string,
    @Arg('reply', () => String) reply: string,
    @Ctx() ctx: Context,
  ): Promise<HotlineTicket> {
    return ctx.services.hotline.tickets.respond(id, reply, viewerOf(ctx));
  }

  @Mutation(() => HotlineTicket, { description: '街道办结: 已答复 → 已解决' })
  resolveHotlineTicket(
    @Arg('id', () => ID) id: string,
    @Arg('resolution', () => String) resolution: string,
    @Ctx() ctx: Context,
  ): Promise<HotlineTicket> {
    return ctx.services.hotline.tickets.resolve(id, resolution, viewerOf(ctx));
  }

  @Mutation(() => HotlineTicket, { description: '热线回访后办结: 已解决 → 已办结, 记录满意度' })
  closeHotlineTicket(
    @Arg('id', () => ID) id: string,
    @Arg('satisfaction', () => Satisfaction) satisfaction: Satisfaction,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ): Promise<HotlineTicket> {
    return ctx.services.hotline.tickets.close(id, satisfaction, note, viewerOf(ctx));
  }

  @Query(() => [HotlineTimeLimit], { description: '各类工单的答复和解决时限' })
  hotlineTimeLimits(@Ctx() ctx: Context): Promise<HotlineTimeLimit[]> {
    return ctx.services.hotline.timeLimits();
  }

  @Mutation(() => HotlineTimeLimit, { description: '设置某类工单的时限 (小时); 对之后新建的工单生效; 记入审计日志' })
  setHotlineTimeLimit(
    @Arg('input', () => SetHotlineTimeLimitInput) input: SetHotlineTimeLimitInput,
    @Ctx() ctx: Context,
  ): Promise<HotlineTimeLimit> {
    return ctx.services.hotline.setTimeLimit(input, viewerOf(ctx), ctx.request);
  }

  @Mutation(() => HotlineCompoundProfile, {
    description: '登记小区的热线设置 (人脸登记地点和时间、不刷脸方式、隐私设置、大门开放时间); 记入审计日志',
  })
  setHotlineCompoundProfile(
    @Arg('input', () => HotlineCompoundProfileInput) input: HotlineCompoundProfileInput,
    @Ctx() ctx: Context,
  ): Promise<HotlineCompoundProfile> {
    return ctx.services.hotline.setProfile(input, viewerOf(ctx), ctx.request);
  }

  @Query(() => HotlineFigures, { description: '热线数据: 按街道和周 (周一起, 北京时间)' })
  hotlineFigures(
    @Arg('area', () => HotlineAreaInput) area: HotlineAreaInput,
    @Arg('fromWeek', () => String, { description: 'YYYY-MM-DD, 取其所在周' }) fromWeek: string,
    @Arg('toWeek', () => String, { description: 'YYYY-MM-DD, 取其所在周; 最多 53 周' }) toWeek: string,
    @Ctx() ctx: Context,
  ): Promise<HotlineFigures> {
    return ctx.services.hotline.figures.figures(area, fromWeek, toWeek, ctx.scope);
  }

  @Mutation(() => ExportFile, { description: '导出热线数据 (.xlsx): 须填写原因, 记入审计日志' })
  exportHotlineFigures(
    @Arg('area', () => HotlineAreaInput) area: HotlineAreaInput,
    @Arg('fromWeek', () => String) fromWeek: string,
    @Arg('toWeek', () => String) toWeek: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<ExportFile> {
    return ctx.services.hotline.figures.export(area, fromWeek, toWeek, reason, viewerOf(ctx), ctx.request);
  }
}

@Resolver(() => HotlineTicket)
export class HotlineTicketResolver {
  @FieldResolver(() => [HotlineTicketEvent], { description: '状态变化, 从早到晚' })
  history(@Root() ticket: HotlineTicket, @Ctx() ctx: Context): Promise<HotlineTicketEvent[]> {
    return hotlineLoaders(ctx).history.load(ticket.id);
  }
}
