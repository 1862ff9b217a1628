import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { StreetKind } from './geography.enums';

/** 街道 / 乡: the street office that runs closures for its compounds. */
@ObjectType({ description: '街道 / 乡镇' })
@Entity('street')
export class Street {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  districtId!: string;

  @Field(() => String, { description: '街道代码, e.g. 110101008' })
  @Column({ type: 'text', unique: true })
  code!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name!: string;

  @Field(() => StreetKind)
  @Column({ type: 'enum', enum: StreetKind, enumName: 'street_kind' })
  kind!: StreetKind;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
