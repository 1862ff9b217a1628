import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import type { Page } from '../graphql/pagination';
import { AuditEntry, AuditEntryConnection, AuditLogArgs, AuditVerification } from './audit.types';

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryConnection, { description: '审计日志: 筛选、最新在前、游标分页' })
  auditLog(@Args(() => AuditLogArgs) args: AuditLogArgs, @Ctx() ctx: Context): Promise<Page<AuditEntry>> {
    return ctx.services.audit.list(args.filter ?? {}, args);
  }

  @Query(() => AuditVerification, { description: '从头 (或保留期锚点) 校验整条哈希链' })
  async auditVerification(@Ctx() ctx: Context): Promise<AuditVerification> {
    const result = await ctx.services.audit.verify();
    return result.ok
      ? { ok: true, checked: result.checked, brokenAt: null, headSeq: result.head?.seq ?? null, headHash: result.head?.hash ?? null }
      : { ok: false, checked: result.checked, brokenAt: result.brokenAt, headSeq: null, headHash: null };
  }
}
