import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { createPubSub } from '@graphql-yoga/subscription';
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
import { HotlineResolver, HotlineTicketResolver } from '../hotline/hotline.resolver';
import { GateOpsResolver } from '../gate-ops/gate-ops.resolver';
import { GateDeviceResolver } from '../gates/gate-device.resolver';
import { GateIngestResolver } from '../gates/ingest.resolver';

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
      HotlineResolver,
      HotlineTicketResolver,
      GateOpsResolver,
      GateDeviceResolver,
      GateIngestResolver,
    ],
    validate: false,
    emitSchemaFile: false,
    // type-graphql insists on a PubSub once a schema has subscriptions. Ours bring their own source
    // (each subscription's `subscribe` reads the API's LISTEN hub), so this one never carries events.
    pubSub: createPubSub(),
  });
  return schema;
}

/** The SDL checked in as schema.graphql: sorted, so diffs show real changes only. */
export function printSdl(): string {
  return printSchema(lexicographicSortSchema(getSchema())) + '\n';
}
