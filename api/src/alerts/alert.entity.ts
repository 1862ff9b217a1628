import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AlertKind } from './alert.enums';

/**
 * Something that needs attention at a place, opened by the module that detects it and resolved
 * when the condition is gone. Generic on purpose: the kind says who owns it, `subjectKey` what it
 * is about (unique among open alerts of the kind), `details` the facts of that kind. Modules
 * expose their details as fields of their own on the Alert type.
 */
@ObjectType({ description: '预警: 由各模块开启, 条件消失后自动关闭' })
@Entity('alert')
export class Alert {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field(() => AlertKind)
  @Column({ type: 'text' })
  kind!: AlertKind;

  @Column({ type: 'text' })
  subjectKey!: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  compoundId!: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  communityId!: string | null;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  streetId!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  districtId!: string;

  @Column({ type: 'jsonb' })
  details!: Record<string, unknown>;

  @Field(() => Date, { description: '开启时间' })
  @Column({ type: 'timestamptz' })
  openedAt!: Date;

  @Field(() => Date, { nullable: true, description: '关闭时间; 仍开启时为空' })
  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;
}
