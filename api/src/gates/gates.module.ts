import type { DataSource } from 'typeorm';
import type { SecurityEvents } from '../auth/auth.service';
import type { Config } from '../config';
import type { DeviceKeyService } from '../devices/device-key.service';
import type { PersonalData } from '../personal/personal-data';
import { GateDeviceService } from './gate-device.service';
import { GateIngestService } from './ingest.service';
import { GatePartitions } from './partitions';
import { GateRollupService } from './rollup.service';

/** The gate telemetry module's services: registry, ingestion, rollups and partition maintenance. */
export interface GateServices {
  devices: GateDeviceService;
  ingest: GateIngestService;
  rollups: GateRollupService;
  partitions: GatePartitions;
}

export function createGateServices(
  db: DataSource,
  config: Pick<
    Config,
    'GATE_EVENT_MAX_AGE_DAYS' | 'GATE_EVENT_MAX_FUTURE_SECONDS' | 'GATE_EVENT_RETENTION_DAYS' | 'GATE_ROLLUP_CHUNK_ROWS'
  >,
  deps: { deviceKeys: DeviceKeyService; personalData: PersonalData; securityEvents: SecurityEvents },
): GateServices {
  return {
    devices: new GateDeviceService(db, deps.deviceKeys, deps.securityEvents),
    ingest: new GateIngestService(db, deps.personalData, {
      maxAgeMs: config.GATE_EVENT_MAX_AGE_DAYS * 86_400_000,
      maxFutureMs: config.GATE_EVENT_MAX_FUTURE_SECONDS * 1000,
    }),
    rollups: new GateRollupService(db, config.GATE_ROLLUP_CHUNK_ROWS),
    partitions: new GatePartitions(db, { retentionDays: config.GATE_EVENT_RETENTION_DAYS, maxAgeDays: config.GATE_EVENT_MAX_AGE_DAYS }),
  };
}
