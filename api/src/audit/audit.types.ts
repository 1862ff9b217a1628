import { ArgsType, Field, ID, Int, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionArgs, ConnectionType } from '../graphql/pagination';

export enum AuditOutcome {
  SUCCESS = 'success',
  FAILURE = 'failure',
  DENIED = 'denied',
}

export enum AuditBreakReason {
  HASH_MISMATCH = 'hash mismatch',
  PREV_HASH_MISMATCH = 'prev_hash mismatch',
  GAP = 'gap',
}

registerEnumType(AuditOutcome, { name: 'AuditOutcome' });
registerEnumType(AuditBreakReason, {
  name: 'AuditBreakReason',
  valuesConfig: {
    HASH_MISMATCH: { description: '条目内容与其哈希不符 (条目被改动)' },
    PREV_HASH_MISMATCH: { description: '条目的 prev_hash 与前一条的哈希不符' },
    GAP: { description: '序号不连续 (条目被删除)' },
  },
});

/** What a caller records; the service adds seq, time and the hashes. */
export interface AuditEntryInput {
  /** null for anonymous actors, e.g. a failed login for an unknown user name. */
  actorId?: string | null;
  /** The user name at the time of the action. */
  actorName?: string | null;
  actorRole?: string | null;
  /** Dotted verb: `auth.login`, `personal.reveal`, `keys.rotate`... */
  action: string;
  /** Default `success`. */
  outcome?: AuditOutcome;
  targetType?: string | null;
  targetId?: string | null;
  reason?: string | null;
  requestId?: string | null;
  ip?: string | null;
  /** A JSON object; kept as jsonb and covered by the hash. */
  details?: Record<string, unknown>;
}

@ObjectType({ description: '审计日志条目 (只增不改, 哈希链)' })
export class AuditEntry {
  @Field(() => String, { description: '全局序号 (bigint, 十进制字符串), 连续无间断' })
  seq!: string;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => ID, { nullable: true })
  actorId!: string | null;

  @Field(() => String, { nullable: true, description: '操作时的用户名' })
  actorName!: string | null;

  @Field(() => String, { nullable: true })
  actorRole!: string | null;

  @Field(() => String, { description: '动作, 如 auth.login, personal.reveal' })
  action!: string;

  @Field(() => AuditOutcome)
  outcome!: AuditOutcome;

  @Field(() => String, { nullable: true })
  targetType!: string | null;

  @Field(() => String, { nullable: true })
  targetId!: string | null;

  @Field(() => String, { nullable: true, description: '事由' })
  reason!: string | null;

  @Field(() => String, { nullable: true })
  requestId!: string | null;

  @Field(() => String, { nullable: true })
  ip!: string | null;

  @Field(() => String, { description: '附加信息, JSON 对象文本' })
  details!: string;

  @Field(() => String, { nullable: true, description: '前一条的哈希, 十六进制' })
  prevHash!: string | null;

  @Field(() => String, { description: 'SHA-256, 十六进制' })
  hash!: string;
}

@InputType({ description: '审计日志筛选条件; 各条件之间为 "且"' })
export class AuditFilter {
  @Field(() => ID, { nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: '操作时的用户名, 完全匹配' })
  actorName?: string | null;

  @Field(() => String, { nullable: true, description: '动作, 完全匹配; 以 * 结尾时按前缀匹配, 如 auth.*' })
  action?: string | null;

  @Field(() => AuditOutcome, { nullable: true })
  outcome?: AuditOutcome | null;

  @Field(() => String, { nullable: true })
  targetType?: string | null;

  @Field(() => String, { nullable: true })
  targetId?: string | null;

  @Field(() => Date, { nullable: true, description: '起始时间 (含)' })
  since?: Date | null;

  @Field(() => Date, { nullable: true, description: '截止时间 (不含)' })
  until?: Date | null;
}

@ArgsType()
export class AuditLogArgs extends ConnectionArgs {
  @Field(() => AuditFilter, { nullable: true })
  filter?: AuditFilter | null;
}

export const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntry');

@ObjectType()
export class AuditBreak {
  @Field(() => String)
  seq!: string;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => AuditBreakReason)
  reason!: AuditBreakReason;
}

@ObjectType({ description: '哈希链校验结果' })
export class AuditVerification {
  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => Int, { description: '已校验的条目数' })
  checked!: number;

  @Field(() => AuditBreak, { nullable: true, description: '第一个断点; 完好时为空' })
  brokenAt!: AuditBreak | null;

  @Field(() => String, { nullable: true, description: '最后一条的序号; 可记录在别处, 以发现整段重写' })
  headSeq!: string | null;

  @Field(() => String, { nullable: true, description: '最后一条的哈希' })
  headHash!: string | null;
}

export type VerifyResult =
  | { ok: true; checked: number; head: { seq: string; hash: string } | null }
  | { ok: false; checked: number; brokenAt: { seq: string; occurredAt: Date; reason: AuditBreakReason } };
