import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Community } from '../geography/community.entity';
import { District } from '../geography/district.entity';
import { Street } from '../geography/street.entity';
import type { Context } from '../graphql/context';
import { loadRequired } from '../graphql/loaders';
import { Compound } from './compound.entity';
import { CompoundConnection, CompoundsArgs } from './compound.types';
import { Gate } from './gate.entity';

@Resolver(() => Compound)
export class CompoundResolver {
  @Query(() => CompoundConnection, { description: '小区列表: 筛选、排序、游标分页' })
  compounds(@Args(() => CompoundsArgs) args: CompoundsArgs, @Ctx() ctx: Context) {
    return ctx.services.compounds.list(args.filter ?? {}, args.sort, args, ctx.scope);
  }

  @Query(() => Compound)
  compound(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Compound> {
    return ctx.services.compounds.get(id, ctx.scope);
  }

  @FieldResolver(() => [Gate], { description: '出入口, 按名称排序' })
  gates(@Root() compound: Compound, @Ctx() ctx: Context): Promise<Gate[]> {
    return ctx.loaders.gatesOfCompound.load(compound.id);
  }

  @FieldResolver(() => Community)
  community(@Root() compound: Compound, @Ctx() ctx: Context): Promise<Community> {
    return loadRequired(ctx.loaders.community, compound.communityId, 'community');
  }

  @FieldResolver(() => Street)
  street(@Root() compound: Compound, @Ctx() ctx: Context): Promise<Street> {
    return loadRequired(ctx.loaders.street, compound.streetId, 'street');
  }

  @FieldResolver(() => District)
  district(@Root() compound: Compound, @Ctx() ctx: Context): Promise<District> {
    return loadRequired(ctx.loaders.district, compound.districtId, 'district');
  }
}

@Resolver(() => Gate)
export class GateResolver {
  @FieldResolver(() => Compound)
  compound(@Root() gate: Gate, @Ctx() ctx: Context): Promise<Compound> {
    return loadRequired(ctx.loaders.compound, gate.compoundId, 'compound');
  }
}
