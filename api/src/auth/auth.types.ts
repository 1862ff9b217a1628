import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Role } from './roles';

@InputType()
export class LoginInput {
  @Field(() => String)
  username!: string;

  @Field(() => String)
  password!: string;

  @Field(() => String, { nullable: true, description: '动态验证码 (6 位), 已绑定时必填' })
  totpCode?: string | null;

  @Field(() => String, { nullable: true, description: '恢复码, 代替动态验证码使用一次' })
  recoveryCode?: string | null;
}

@ObjectType({ description: '当前登录的账户' })
export class Me {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  username!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID, { nullable: true })
  districtId!: string | null;

  @Field(() => ID, { nullable: true })
  streetId!: string | null;

  @Field(() => ID, { nullable: true })
  communityId!: string | null;

  @Field(() => Boolean, { description: '本会话已通过动态验证码' })
  secondFactor!: boolean;

  @Field(() => Boolean, { description: '账户已绑定动态验证码' })
  hasTotp!: boolean;

  @Field(() => Boolean, { description: '此角色必须使用动态验证码' })
  secondFactorRequired!: boolean;

  @Field(() => Boolean)
  passwordExpired!: boolean;
}

@ObjectType()
export class LoginPayload {
  @Field(() => Me)
  me!: Me;

  @Field(() => Date, { description: '会话的绝对过期时间; 空闲超时另计' })
  expiresAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Bearer token for API clients, only when asked for with returnToken; the dashboard uses the httpOnly cookie instead',
  })
  token!: string | null;
}

@ObjectType({ description: '动态验证码绑定: 扫码后用 confirmTotpEnrolment 确认' })
export class TotpEnrolment {
  @Field(() => String, { description: 'Base32 secret, for manual entry' })
  secret!: string;

  @Field(() => String)
  otpauthUri!: string;

  @Field(() => String, { description: 'The otpauth URI as an SVG QR code' })
  qrSvg!: string;
}

@InputType()
export class CreateUserInput {
  @Field(() => String)
  username!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => String, { description: '初始密码: 至少 12 位, 不含用户名, 不在常见密码表中' })
  password!: string;

  @Field(() => ID, { nullable: true })
  districtId?: string | null;

  @Field(() => ID, { nullable: true })
  streetId?: string | null;

  @Field(() => ID, { nullable: true })
  communityId?: string | null;
}
