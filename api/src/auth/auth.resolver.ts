import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { AppError, ErrorCode } from '../graphql/errors';
import type { Viewer } from './auth.service';
import { CreateUserInput, LoginInput, LoginPayload, Me, TotpEnrolment } from './auth.types';
import { Role, SECOND_FACTOR_REQUIRED } from './roles';
import { User } from './user.entity';

/** The policy plugin has already let the call through; a missing viewer here is a bug. */
function viewerOf(ctx: Context): Viewer {
  if (!ctx.viewer) throw new AppError(ErrorCode.UNAUTHENTICATED, '请先登录 (sign in first)');
  return ctx.viewer;
}

function toMe(viewer: Viewer, place: { districtId: string | null; streetId: string | null; communityId: string | null }): Me {
  return {
    id: viewer.userId,
    username: viewer.username,
    displayName: viewer.displayName,
    role: viewer.role,
    ...place,
    secondFactor: viewer.secondFactor,
    hasTotp: viewer.hasTotp,
    secondFactorRequired: SECOND_FACTOR_REQUIRED.has(viewer.role),
    passwordExpired: viewer.passwordExpired,
  };
}

@Resolver()
export class AuthResolver {
  @Query(() => Me, { nullable: true, description: '当前会话的账户; 未登录时为 null' })
  async me(@Ctx() ctx: Context): Promise<Me | null> {
    // A gate device is not an account.
    if (!ctx.viewer || ctx.viewer.role === Role.DEVICE) return null;
    const user = await ctx.services.auth.getUser(ctx.viewer.userId);
    return toMe(ctx.viewer, user);
  }

  @Mutation(() => LoginPayload, { description: '登录; 网页端得到 httpOnly cookie, API 客户端用 returnToken 取得 bearer token' })
  async login(
    @Arg('input', () => LoginInput) input: LoginInput,
    @Arg('returnToken', () => Boolean, { defaultValue: false }) returnToken: boolean,
    @Ctx() ctx: Context,
  ): Promise<LoginPayload> {
    const attempt = await ctx.loginLimiter.consume(ctx.request.ip ?? 'unknown');
    if (!attempt.allowed) {
      await ctx.services.securityEvents.record({
        action: 'auth.login',
        outcome: 'denied',
        targetType: 'user',
        reason: 'too many attempts from this address',
        details: { username: input.username.trim().toLowerCase() },
        request: ctx.request,
      });
      throw new AppError(
        ErrorCode.RATE_LIMITED,
        `登录尝试过多, 请 ${attempt.retryAfterSeconds} 秒后再试 (too many login attempts; retry later)`,
        {
          retryAfterSeconds: attempt.retryAfterSeconds,
        },
      );
    }
    const { token, session, user } = await ctx.services.auth.login(input, ctx.request);
    ctx.sessionCookie.set(token, session.expiresAt);
    const viewer = await ctx.services.auth.authenticate(token);
    if (!viewer) throw new Error('a session just created did not authenticate');
    return { me: toMe(viewer, user), expiresAt: session.expiresAt, token: returnToken ? token : null };
  }

  @Mutation(() => Boolean, { description: '退出登录, 本会话立即失效' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.auth.logout(viewerOf(ctx), ctx.request);
    ctx.sessionCookie.clear();
    return true;
  }

  @Mutation(() => Boolean, { description: '修改密码; 本账户的其他会话全部失效' })
  async changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await ctx.services.auth.changePassword(viewerOf(ctx), currentPassword, newPassword, ctx.request);
    return true;
  }

  @Mutation(() => TotpEnrolment)
  startTotpEnrolment(@Ctx() ctx: Context): Promise<TotpEnrolment> {
    return ctx.services.auth.startTotpEnrolment(viewerOf(ctx));
  }

  @Mutation(() => [String], { description: '确认绑定, 返回一次性恢复码 (只显示这一次)' })
  confirmTotpEnrolment(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<string[]> {
    return ctx.services.auth.confirmTotpEnrolment(viewerOf(ctx), code, ctx.request);
  }

  @Mutation(() => [String], { description: '重新生成恢复码; 旧码作废' })
  regenerateRecoveryCodes(@Ctx() ctx: Context): Promise<string[]> {
    return ctx.services.auth.regenerateRecoveryCodes(viewerOf(ctx), ctx.request);
  }
}

@Resolver(() => User)
export class UserResolver {
  @Query(() => [User], { description: '全部账户 (管理员)' })
  users(@Ctx() ctx: Context): Promise<User[]> {
    return ctx.services.auth.listUsers();
  }

  @Query(() => User)
  user(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.auth.getUser(id);
  }

  @Mutation(() => User)
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.auth.createUser(input, viewerOf(ctx), ctx.request);
  }

  @Mutation(() => User, { description: '停用 (立即结束其全部会话) 或恢复账户' })
  setUserDisabled(@Arg('id', () => ID) id: string, @Arg('disabled', () => Boolean) disabled: boolean, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.auth.setDisabled(id, disabled, viewerOf(ctx), ctx.request);
  }

  @Mutation(() => User, { description: '解除登录失败造成的锁定' })
  unlockUser(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.auth.unlock(id, viewerOf(ctx), ctx.request);
  }

  @Mutation(() => Int, { description: '结束该账户的全部会话, 返回结束的数量' })
  revokeUserSessions(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<number> {
    return ctx.services.auth.revokeAllSessions(id, viewerOf(ctx), ctx.request);
  }

  @FieldResolver(() => Boolean)
  hasTotp(@Root() user: User): boolean {
    return user.totpEnabledAt !== null;
  }
}
