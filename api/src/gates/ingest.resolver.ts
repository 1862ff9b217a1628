import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { AppError, ErrorCode } from '../graphql/errors';
import { isDatabaseUnavailable } from '../db/unavailable';
import { requestRollup } from './ingest.http';
import { GateIngestResult } from './ingest.types';

@Resolver()
export class GateIngestResolver {
  /**
   * The same service as POST /ingest/gate-events. The batch travels as one string, so a malformed
   * event is rejected on its own instead of failing GraphQL validation for the whole batch.
   */
  @Mutation(() => GateIngestResult, {
    description: '上报一批门禁事件 (设备密钥): JSON 数组或 NDJSON 文本, 最多 5000 条; 重发安全, 不会重复存储',
  })
  async ingestGateEvents(@Arg('batch', () => String) batch: string, @Ctx() ctx: Context): Promise<GateIngestResult> {
    if (!ctx.viewer) throw new AppError(ErrorCode.UNAUTHENTICATED, '请先登录 (sign in first)');
    try {
      const result = await ctx.services.gates.ingest.ingestBody(ctx.viewer, batch, !batch.trimStart().startsWith('['));
      if (result.accepted > 0) requestRollup(ctx.queue, ctx.logger);
      return result;
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        throw new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The database is briefly unavailable; resend the whole batch later.', {
          retryAfterSeconds: 5,
        });
      }
      throw error;
    }
  }
}
