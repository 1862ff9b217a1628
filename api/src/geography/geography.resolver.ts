import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { loadRequired } from '../graphql/loaders';
import { AreaStats, StatsPoint } from '../stats/stats.types';
import { Community } from './community.entity';
import { District } from './district.entity';
import { CommunitiesArgs, CommunityConnection } from './geography.types';
import { Street } from './street.entity';

const TREND_DAYS = { nullable: true, defaultValue: 90, description: '最近多少天, 1-366' } as const;

@Resolver(() => District)
export class DistrictResolver {
  @Query(() => [District], { description: '全部区, 按区划代码排序' })
  districts(@Ctx() ctx: Context): Promise<District[]> {
    return ctx.services.geography.listDistricts(ctx.scope);
  }

  @Query(() => District)
  district(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<District> {
    return ctx.services.geography.getDistrict(id, ctx.scope);
  }

  @FieldResolver(() => [Street], { description: '下辖街道 / 乡镇' })
  streets(@Root() district: District, @Ctx() ctx: Context): Promise<Street[]> {
    return ctx.loaders.streetsOfDistrict.load(district.id);
  }

  @FieldResolver(() => AreaStats)
  stats(@Root() district: District, @Ctx() ctx: Context): Promise<AreaStats> {
    return ctx.loaders.districtStats.load(district.id);
  }

  @FieldResolver(() => [StatsPoint], { description: '每日快照中的封闭进度, 最早的在前' })
  trend(@Root() district: District, @Arg('days', () => Int, TREND_DAYS) days: number, @Ctx() ctx: Context): Promise<StatsPoint[]> {
    return ctx.services.stats.districtTrend(district.id, days, ctx.scope);
  }
}

@Resolver(() => Street)
export class StreetResolver {
  @Query(() => [Street], { description: '街道 / 乡镇, 可按区筛选' })
  streets(@Arg('districtId', () => ID, { nullable: true }) districtId: string | null, @Ctx() ctx: Context): Promise<Street[]> {
    return ctx.services.geography.listStreets(districtId, ctx.scope);
  }

  @Query(() => Street)
  street(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Street> {
    return ctx.services.geography.getStreet(id, ctx.scope);
  }

  @FieldResolver(() => District)
  district(@Root() street: Street, @Ctx() ctx: Context): Promise<District> {
    return loadRequired(ctx.loaders.district, street.districtId, 'district');
  }

  @FieldResolver(() => AreaStats)
  stats(@Root() street: Street, @Ctx() ctx: Context): Promise<AreaStats> {
    return ctx.loaders.streetStats.load(street.id);
  }

  @FieldResolver(() => [StatsPoint], { description: '每日快照中的封闭进度, 最早的在前' })
  trend(@Root() street: Street, @Arg('days', () => Int, TREND_DAYS) days: number, @Ctx() ctx: Context): Promise<StatsPoint[]> {
    return ctx.services.stats.streetTrend(street.id, days, ctx.scope);
  }
}

@Resolver(() => Community)
export class CommunityResolver {
  @Query(() => CommunityConnection, { description: '社区, 按名称排序, 可按区或街道筛选' })
  communities(@Args(() => CommunitiesArgs) args: CommunitiesArgs, @Ctx() ctx: Context) {
    return ctx.services.geography.listCommunities(args, args, ctx.scope);
  }

  @Query(() => Community)
  community(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Community> {
    return ctx.services.geography.getCommunity(id, ctx.scope);
  }

  @FieldResolver(() => Street)
  street(@Root() community: Community, @Ctx() ctx: Context): Promise<Street> {
    return loadRequired(ctx.loaders.street, community.streetId, 'street');
  }

  @FieldResolver(() => District)
  district(@Root() community: Community, @Ctx() ctx: Context): Promise<District> {
    return loadRequired(ctx.loaders.district, community.districtId, 'district');
  }
}
