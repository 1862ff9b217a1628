import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CriterionResult } from './evaluate';
import { QualificationStatus } from './qualification.enums';

/**
 * A compound's current qualification: written only by the recompute (worker or seed), with the
 * versions of the rule set and assessment it was computed from.
 */
@Entity('qualification_result')
export class QualificationResult {
  @PrimaryColumn({ type: 'uuid' })
  compoundId!: string;

  @Column({ type: 'uuid' })
  communityId!: string;

  @Column({ type: 'uuid' })
  streetId!: string;

  @Column({ type: 'uuid' })
  districtId!: string;

  @Column({ type: 'enum', enum: QualificationStatus, enumName: 'qualification_status' })
  status!: QualificationStatus;

  @Column({ type: 'smallint' })
  unmet!: number;

  @Column({ type: 'jsonb' })
  criteria!: CriterionResult[];

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'uuid' })
  ruleSetId!: string;

  @Column({ type: 'integer' })
  ruleSetVersion!: number;

  @Column({ type: 'integer' })
  assessmentVersion!: number;

  @Column({ type: 'timestamptz' })
  computedAt!: Date;
}
