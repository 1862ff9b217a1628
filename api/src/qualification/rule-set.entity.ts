import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { PropertyRightsStatus } from '../compounds/compound.enums';
import { RuleSetStatus } from './qualification.enums';

export const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/**
 * One version of a district's closure rules. Rows are never edited: a change is a new version,
 * activated once; the district's previous active version is then retired.
 */
@ObjectType('QualificationRuleSet', { description: '改造条件规则 (按区, 分版本)' })
@Entity('qualification_rule_set')
export class QualificationRuleSet {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  districtId!: string;

  @Field(() => Int, { description: '版本号, 每区从 1 起' })
  @Column({ type: 'integer' })
  version!: number;

  @Field(() => RuleSetStatus)
  @Column({ type: 'enum', enum: RuleSetStatus, enumName: 'qualification_rule_set_status' })
  status!: RuleSetStatus;

  @Field(() => String, { nullable: true, description: '版本说明' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Field(() => PropertyRightsStatus, { description: '产权单位至少应达到的明确程度' })
  @Column({ type: 'enum', enum: PropertyRightsStatus, enumName: 'property_rights_status' })
  minRightsClarity!: PropertyRightsStatus;

  @Field(() => Boolean, { description: '是否要求有专人盯守维护' })
  @Column({ type: 'boolean' })
  caretakerRequired!: boolean;

  @Field(() => Float, { description: '居民付费意愿最低比例, 0-1 (如 0.5 即 50%)' })
  @Column({ type: 'numeric', precision: 5, scale: 4, transformer: numeric })
  minWillingShare!: number;

  @Field(() => Float, { nullable: true, description: '居民可接受物业费下限 (元/平方米/月); 为空则不考核' })
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: numeric })
  minAcceptedFee!: number | null;

  @Field(() => Int, { description: '可封闭大门最少个数' })
  @Column({ type: 'smallint' })
  minClosableGates!: number;

  @Field(() => Int, { description: '需保留出入口最多个数' })
  @Column({ type: 'smallint' })
  maxEntrancesToKeep!: number;

  @Field(() => Boolean, { description: '是否要求有消防通道' })
  @Column({ type: 'boolean' })
  fireLaneRequired!: boolean;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Field(() => String, { description: '制定人' })
  @Column({ type: 'text' })
  createdByName!: string;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  activatedBy!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  activatedAt!: Date | null;
}
