import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** 社区 with its residents' committee (居委会): registers residents and runs volunteer rosters. */
@ObjectType({ description: '社区 (居委会)' })
@Entity('community')
export class Community {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  streetId!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  districtId!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
