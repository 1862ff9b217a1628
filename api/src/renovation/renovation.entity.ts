import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { RenovationStage, RenovationWorkKind, StageChangeKind } from './renovation.enums';

const money = { to: (v: number) => v, from: (v: string) => Number(v) };

/**
 * 封闭式改造项目: one per compound. Budget and spend are not stored here: they are the sums of the
 * work items, so they cannot disagree with them.
 */
@ObjectType({ description: '封闭式改造项目 (每个小区一个)' })
@Entity('renovation_project')
export class RenovationProject {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  compoundId!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  communityId!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  streetId!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  districtId!: string;

  @Field(() => ID, { nullable: true, description: '作为范本的小区 (已完成改造)' })
  @Column({ type: 'uuid', nullable: true })
  templateCompoundId!: string | null;

  @Field(() => RenovationStage, { description: '当前阶段' })
  @Column({ type: 'enum', enum: RenovationStage, enumName: 'renovation_stage' })
  stage!: RenovationStage;

  @Field(() => String, { description: '计划启动日期 YYYY-MM-DD; 各阶段的计划和实际日期都不早于它' })
  @Column({ type: 'date' })
  plannedStartOn!: string;

  @Field(() => String, { nullable: true, description: '施工单位' })
  @Column({ type: 'text', nullable: true })
  contractor!: string | null;

  @Field(() => String, { nullable: true, description: '接管的物业公司 (移交后)' })
  @Column({ type: 'text', nullable: true })
  propertyCompany!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** The planned and actual date of one stage of one project (all five rows exist from the start). */
@ObjectType({ description: '阶段日期' })
@Entity('renovation_stage_date')
export class RenovationStageDate {
  @PrimaryColumn({ type: 'uuid' })
  projectId!: string;

  @Field(() => RenovationStage)
  @PrimaryColumn({ type: 'enum', enum: RenovationStage, enumName: 'renovation_stage' })
  stage!: RenovationStage;

  @Column({ type: 'uuid' })
  compoundId!: string;

  @Column({ type: 'uuid' })
  communityId!: string;

  @Column({ type: 'uuid' })
  streetId!: string;

  @Column({ type: 'uuid' })
  districtId!: string;

  @Field(() => String, { nullable: true, description: '计划日期 YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  plannedOn!: string | null;

  @Field(() => String, { nullable: true, description: '实际到达该阶段的日期 YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  actualOn!: string | null;
}

@ObjectType({ description: '改造工作项: 预算与实际支出 (元)' })
@Entity('renovation_work_item')
export class RenovationWorkItem {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  projectId!: string;

  @Column({ type: 'uuid' })
  compoundId!: string;

  @Column({ type: 'uuid' })
  communityId!: string;

  @Column({ type: 'uuid' })
  streetId!: string;

  @Column({ type: 'uuid' })
  districtId!: string;

  @Field(() => RenovationWorkKind)
  @Column({ type: 'enum', enum: RenovationWorkKind, enumName: 'renovation_work_kind' })
  kind!: RenovationWorkKind;

  @Field(() => String, { description: '说明, 最多 200 字' })
  @Column({ type: 'text' })
  description!: string;

  @Field(() => Float, { description: '预算 (元)' })
  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: money })
  budget!: number;

  @Field(() => Float, { description: '实际支出 (元)' })
  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: money })
  spent!: number;
}

/** Who moved a project to which stage, when, and (for corrections) why. */
@ObjectType({ description: '阶段变更记录' })
@Entity('renovation_stage_change')
export class RenovationStageChange {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  projectId!: string;

  @Column({ type: 'uuid' })
  compoundId!: string;

  @Column({ type: 'uuid' })
  communityId!: string;

  @Column({ type: 'uuid' })
  streetId!: string;

  @Column({ type: 'uuid' })
  districtId!: string;

  @Field(() => StageChangeKind)
  @Column({ type: 'enum', enum: StageChangeKind, enumName: 'renovation_change_kind' })
  kind!: StageChangeKind;

  @Field(() => RenovationStage, { nullable: true, description: '立项时为空' })
  @Column({ type: 'enum', enum: RenovationStage, enumName: 'renovation_stage', nullable: true })
  fromStage!: RenovationStage | null;

  @Field(() => RenovationStage)
  @Column({ type: 'enum', enum: RenovationStage, enumName: 'renovation_stage' })
  toStage!: RenovationStage;

  @Field(() => String, { nullable: true, description: '新阶段的实际日期 YYYY-MM-DD (更正时为空)' })
  @Column({ type: 'date', nullable: true })
  actualOn!: string | null;

  @Field(() => String, { nullable: true, description: '更正原因' })
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Field(() => String, { nullable: true, description: '操作人用户名' })
  @Column({ type: 'text', nullable: true })
  actorName!: string | null;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  changedAt!: Date;
}
