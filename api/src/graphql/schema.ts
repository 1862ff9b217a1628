import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { AuditResolver } from '../audit/audit.resolver';
import { AuthResolver, UserResolver } from '../auth/auth.resolver';
import { CompoundResolver, GateResolver } from '../compounds/compound.resolver';
import { CommunityResolver, DistrictResolver, StreetResolver } from '../geography/geography.resolver';
import { DeviceKeyResolver } from '../devices/device-key.resolver';
import { ResidentResolver } from '../residents/resident.resolver';
import { AlertResolver } from '../alerts/alert.resolver';
import {
  FinishedCompoundResolver,
  OverdueStageResolver,
  RenovationAlertResolver,
  RenovationProgressResolver,
  RenovationProjectResolver,
  RenovationStageDateResolver,
  StreetRenovationProgressResolver,
} from '../renovation/renovation.resolver';
import {
  CompoundAssessmentResolver,
  QualificationResolver,
  QualificationRuleSetResolver,
  StreetQualificationCountsResolver,
  WhatIfChangeResolver,
  WhatIfStreetResolver,
} from '../qualification/qualification.resolver';
import { FeeResolver, LedgerImportResolver } from '../fees/fee.resolver';

let schema: GraphQLSchema | undefined;

/** The executable schema; built once per process (type-graphql metadata is global). */
export function getSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({
    resolvers: [
      DistrictResolver,
      StreetResolver,
      CommunityResolver,
      CompoundResolver,
      GateResolver,
      AuditResolver,
      AuthResolver,
      UserResolver,
      ResidentResolver,
      DeviceKeyResolver,
      AlertResolver,
      RenovationProjectResolver,
      RenovationStageDateResolver,
      RenovationProgressResolver,
      StreetRenovationProgressResolver,
      FinishedCompoundResolver,
      RenovationAlertResolver,
      OverdueStageResolver,
      QualificationResolver,
      StreetQualificationCountsResolver,
      WhatIfStreetResolver,
      WhatIfChangeResolver,
      CompoundAssessmentResolver,
      QualificationRuleSetResolver,
      FeeResolver,
      LedgerImportResolver,
    ],
    validate: false,
    emitSchemaFile: false,
  });
  return schema;
}

/** The SDL checked in as schema.graphql: sorted, so diffs show real changes only. */
export function printSdl(): string {
  return printSchema(lexicographicSortSchema(getSchema())) + '\n';
}
