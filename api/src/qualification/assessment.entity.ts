import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { PropertyRightsStatus } from '../compounds/compound.enums';
import { numeric } from './rule-set.entity';

/**
 * One version of a compound's closure assessment, as a street office recorded it with its
 * evidence. Append-only (a database trigger refuses updates and deletes): the newest version is
 * the current one, the others are its history. A null fact is "no evidence recorded".
 */
@ObjectType('CompoundAssessment', { description: '小区改造条件评估 (一个版本); 空值表示缺少材料' })
@Entity('compound_assessment')
export class CompoundAssessment {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  compoundId!: string;

  @Column({ type: 'uuid' })
  communityId!: string;

  @Column({ type: 'uuid' })
  streetId!: string;

  @Column({ type: 'uuid' })
  districtId!: string;

  @Field(() => Int, { description: '版本号, 每个小区从 1 起' })
  @Column({ type: 'integer' })
  version!: number;

  @Field(() => PropertyRightsStatus, { nullable: true, description: '产权单位明确程度' })
  @Column({ type: 'enum', enum: PropertyRightsStatus, enumName: 'property_rights_status', nullable: true })
  rightsClarity!: PropertyRightsStatus | null;

  @Field(() => String, { nullable: true, description: '产权单位名称' })
  @Column({ type: 'text', nullable: true })
  rightsUnit!: string | null;

  @Field(() => Boolean, { nullable: true, description: '是否有专人盯守维护' })
  @Column({ type: 'boolean', nullable: true })
  hasCaretaker!: boolean | null;

  @Field(() => String, { nullable: true, description: '盯守维护的专人或单位' })
  @Column({ type: 'text', nullable: true })
  caretaker!: string | null;

  @Field(() => String, { nullable: true, description: '专人盯守起始日期 (YYYY-MM-DD)' })
  @Column({ type: 'date', nullable: true })
  caretakerSince!: string | null;

  @Field(() => Int, { nullable: true, description: '付费意愿调查: 受访户数' })
  @Column({ type: 'integer', nullable: true })
  surveyHouseholdsAsked!: number | null;

  @Field(() => Int, { nullable: true, description: '付费意愿调查: 愿意付费户数' })
  @Column({ type: 'integer', nullable: true })
  surveyHouseholdsWilling!: number | null;

  @Field(() => Float, { nullable: true, description: '居民可接受的物业费 (元/平方米/月)' })
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: numeric })
  surveyAcceptedFee!: number | null;

  @Field(() => Int, { nullable: true, description: '可封闭的大门个数' })
  @Column({ type: 'smallint', nullable: true })
  closableGates!: number | null;

  @Field(() => Boolean, { nullable: true, description: '是否有消防通道' })
  @Column({ type: 'boolean', nullable: true })
  fireLane!: boolean | null;

  @Field(() => Int, { nullable: true, description: '封闭后需保留的出入口个数' })
  @Column({ type: 'smallint', nullable: true })
  entrancesToKeep!: number | null;

  @Field(() => String, { description: '依据 (调查、证明材料、现场核查等)' })
  @Column({ type: 'text' })
  evidence!: string;

  @Column({ type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @Field(() => String, { description: '记录人' })
  @Column({ type: 'text' })
  recordedByName!: string;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  recordedAt!: Date;
}
