import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** 区: the top of the hierarchy this platform serves (e.g. 东城区). */
@ObjectType({ description: '区' })
@Entity('district')
export class District {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field(() => String, { description: '行政区划代码, e.g. 110101' })
  @Column({ type: 'text', unique: true })
  code!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
