import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { GateKind, GateState } from './compound.enums';

/** 出入口 of a compound (东门, 西门...). Devices and telemetry attach to gates later. */
@ObjectType({ description: '出入口' })
@Entity('gate')
export class Gate {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  compoundId!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  streetId!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  districtId!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name!: string;

  @Field(() => GateKind)
  @Column({ type: 'enum', enum: GateKind, enumName: 'gate_kind' })
  kind!: GateKind;

  @Field(() => GateState)
  @Column({ type: 'enum', enum: GateState, enumName: 'gate_state' })
  state!: GateState;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
