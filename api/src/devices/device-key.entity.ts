import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A gate device's API key. The key itself is shown once at creation; only its SHA-256 is kept. */
@ObjectType({ description: '门禁设备密钥 (只在创建时显示一次)' })
@Entity('device_key')
export class DeviceKey {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  gateId!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  compoundId!: string;

  @Column({ type: 'uuid' })
  streetId!: string;

  @Column({ type: 'uuid' })
  districtId!: string;

  @Field(() => ID, { nullable: true, description: '所属设备; 设备登记之前创建的密钥为空' })
  @Column({ type: 'uuid', nullable: true })
  deviceId!: string | null;

  @Field(() => String)
  @Column({ type: 'text' })
  name!: string;

  @Field(() => String, { description: '密钥前缀, 用于辨认 (anju_d_xxxx)' })
  @Column({ type: 'text' })
  keyPrefix!: string;

  @Column({ type: 'bytea' })
  keyHash!: Buffer;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
