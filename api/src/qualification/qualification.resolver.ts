import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Compound } from '../compounds/compound.entity';
import { District } from '../geography/district.entity';
import { Street } from '../geography/street.entity';
import type { Context } from '../graphql/context';
import { AppError, ErrorCode } from '../graphql/errors';
import { loadRequired } from '../graphql/loaders';
import { CompoundAssessment } from './assessment.entity';
import {
  AssessmentInput,
  ClosureCandidate,
  ClosureCandidateConnection,
  ClosureCandidatesArgs,
  RuleSetInput,
  StreetQualificationCounts,
  WhatIfChange,
  WhatIfResult,
  WhatIfStreet,
} from './qualification.types';
import { QualificationRuleSet } from './rule-set.entity';

function viewerOf(ctx: Context) {
  if (!ctx.viewer) throw new AppError(ErrorCode.UNAUTHENTICATED, '请先登录 (sign in first)');
  return ctx.viewer;
}

const compoundOf = (ctx: Context, id: string) => loadRequired(ctx.loaders.compound, id, 'compound');
const streetOf = (ctx: Context, id: string) => loadRequired(ctx.loaders.street, id, 'street');

@Resolver(() => ClosureCandidate)
export class QualificationResolver {
  @Query(() => ClosureCandidateConnection, {
    description: '改造候选 (街道视图): 具备条件、差一项、不具备; 每行说明缺什么; 含按街道统计',
  })
  closureCandidates(@Args(() => ClosureCandidatesArgs) args: ClosureCandidatesArgs, @Ctx() ctx: Context) {
    return ctx.services.qualification.candidates(args.filter ?? {}, args.sort, args, ctx.scope);
  }

  @Query(() => ClosureCandidate, { nullable: true, description: '一个小区的当前评定结果; 本区尚无生效规则时为空' })
  compoundQualification(@Arg('compoundId', () => ID) compoundId: string, @Ctx() ctx: Context): Promise<ClosureCandidate | null> {
    return ctx.services.qualification.result(compoundId, ctx.scope);
  }

  @Query(() => [CompoundAssessment], { description: '一个小区的评估记录, 新版本在前 (第一条为当前评估)' })
  compoundAssessments(@Arg('compoundId', () => ID) compoundId: string, @Ctx() ctx: Context): Promise<CompoundAssessment[]> {
    return ctx.services.qualification.assessments(compoundId, ctx.scope);
  }

  @Query(() => [QualificationRuleSet], { description: '改造条件规则的各个版本, 按区, 新版本在前' })
  qualificationRuleSets(
    @Arg('districtId', () => ID, { nullable: true }) districtId: string | null,
    @Ctx() ctx: Context,
  ): Promise<QualificationRuleSet[]> {
    return ctx.services.qualification.ruleSets(districtId, ctx.scope);
  }

  @Query(() => WhatIfResult, { description: '试算: 用草稿规则评定当前数据, 与生效规则对比; 不保存任何内容' })
  qualificationWhatIf(@Arg('rules', () => RuleSetInput) rules: RuleSetInput, @Ctx() ctx: Context): Promise<WhatIfResult> {
    return ctx.services.qualification.whatIf(rules, ctx.scope);
  }

  @Mutation(() => CompoundAssessment, { description: '记录小区评估 (新版本, 附依据); 随后由后台重新评定' })
  recordCompoundAssessment(@Arg('input', () => AssessmentInput) input: AssessmentInput, @Ctx() ctx: Context): Promise<CompoundAssessment> {
    return ctx.services.qualification.recordAssessment(input, viewerOf(ctx), ctx.request, ctx.queue);
  }

  @Mutation(() => QualificationRuleSet, { description: '新建规则版本 (草稿); 启用前不影响任何结果' })
  createQualificationRuleSet(@Arg('input', () => RuleSetInput) input: RuleSetInput, @Ctx() ctx: Context): Promise<QualificationRuleSet> {
    return ctx.services.qualification.createRuleSet(input, viewerOf(ctx), ctx.request);
  }

  @Mutation(() => QualificationRuleSet, { description: '启用规则草稿 (原生效版本停用); 随后由后台重新评定全区小区' })
  activateQualificationRuleSet(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<QualificationRuleSet> {
    return ctx.services.qualification.activateRuleSet(id, viewerOf(ctx), ctx.request, ctx.queue);
  }

  @FieldResolver(() => Compound)
  compound(@Root() candidate: ClosureCandidate, @Ctx() ctx: Context): Promise<Compound> {
    return compoundOf(ctx, candidate.compoundId);
  }

  @FieldResolver(() => Street)
  street(@Root() candidate: ClosureCandidate, @Ctx() ctx: Context): Promise<Street> {
    return streetOf(ctx, candidate.streetId);
  }
}

@Resolver(() => StreetQualificationCounts)
export class StreetQualificationCountsResolver {
  @FieldResolver(() => Street)
  street(@Root() counts: StreetQualificationCounts, @Ctx() ctx: Context): Promise<Street> {
    return streetOf(ctx, counts.streetId);
  }
}

@Resolver(() => WhatIfStreet)
export class WhatIfStreetResolver {
  @FieldResolver(() => Street)
  street(@Root() row: WhatIfStreet, @Ctx() ctx: Context): Promise<Street> {
    return streetOf(ctx, row.streetId);
  }
}

@Resolver(() => WhatIfChange)
export class WhatIfChangeResolver {
  @FieldResolver(() => Compound)
  compound(@Root() change: WhatIfChange, @Ctx() ctx: Context): Promise<Compound> {
    return compoundOf(ctx, change.compoundId);
  }
}

@Resolver(() => CompoundAssessment)
export class CompoundAssessmentResolver {
  @FieldResolver(() => Compound)
  compound(@Root() assessment: CompoundAssessment, @Ctx() ctx: Context): Promise<Compound> {
    return compoundOf(ctx, assessment.compoundId);
  }
}

@Resolver(() => QualificationRuleSet)
export class QualificationRuleSetResolver {
  @FieldResolver(() => District)
  district(@Root() ruleSet: QualificationRuleSet, @Ctx() ctx: Context): Promise<District> {
    return loadRequired(ctx.loaders.district, ruleSet.districtId, 'district');
  }
}
