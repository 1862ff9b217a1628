import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ClosureStatus, CompoundOrigin, ManagementStatus, PropertyRightsStatus } from './compound.enums';

const numeric = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/**
 * 小区: the unit everything else hangs on. Carries its community, street and district ids so
 * that scoping and aggregation never need a join up the hierarchy.
 */
@ObjectType({ description: '小区' })
@Entity('compound')
export class Compound {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  communityId!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  streetId!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  districtId!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name!: string;

  @Field(() => [String], { description: '别名, e.g. 俗称或旧称' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases!: string[];

  @Field(() => String)
  @Column({ type: 'text' })
  address!: string;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  yearBuilt!: number;

  @Field(() => Boolean, { description: '是否列入老旧小区' })
  @Column({ type: 'boolean' })
  isOld!: boolean;

  @Field(() => Int, { description: '楼栋数' })
  @Column({ type: 'integer' })
  buildings!: number;

  @Field(() => Int, { description: '户数' })
  @Column({ type: 'integer' })
  households!: number;

  @Field(() => Float, { description: '建筑面积 (平方米)' })
  @Column({ type: 'numeric', precision: 12, scale: 2, transformer: numeric })
  floorArea!: number;

  @Field(() => CompoundOrigin)
  @Column({ type: 'enum', enum: CompoundOrigin, enumName: 'compound_origin' })
  origin!: CompoundOrigin;

  @Field(() => PropertyRightsStatus)
  @Column({ type: 'enum', enum: PropertyRightsStatus, enumName: 'property_rights_status' })
  propertyRights!: PropertyRightsStatus;

  @Field(() => String, { nullable: true, description: '产权单位' })
  @Column({ type: 'text', nullable: true })
  propertyRightsUnit!: string | null;

  @Field(() => String, { nullable: true, description: '日常盯守维护的专人或单位' })
  @Column({ type: 'text', nullable: true })
  caretaker!: string | null;

  @Field(() => ManagementStatus)
  @Column({ type: 'enum', enum: ManagementStatus, enumName: 'management_status' })
  managementStatus!: ManagementStatus;

  @Field(() => ClosureStatus)
  @Column({ type: 'enum', enum: ClosureStatus, enumName: 'closure_status' })
  closureStatus!: ClosureStatus;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
