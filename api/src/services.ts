import type { DataSource } from 'typeorm';
import { AuditService } from './audit/audit.service';
import { AuthService, type SecurityEvents } from './auth/auth.service';
import { auditedSecurityEvents } from './auth/security-events';
import type { Config } from './config';
import { PersonalData } from './personal/personal-data';
import { CompoundService } from './compounds/compound.service';
import { GeographyService } from './geography/geography.service';
import { DeviceKeyService } from './devices/device-key.service';
import { ResidentService } from './residents/resident.service';
import { StatsService } from './stats/stats.service';
import { AlertService } from './alerts/alert.service';
import { RenovationService } from './renovation/renovation.service';
import { QualificationService } from './qualification/qualification.service';
import { FeeService } from './fees/fee.service';
import { HotlineService } from './hotline/hotline.service';
import { createGateServices, type GateServices } from './gates/gates.module';
import { GateOpsService } from './gate-ops/gate-ops.service';

/** The domain services a process uses: the API's resolvers, the workers and the seeds share them. */
export interface Services {
  geography: GeographyService;
  compounds: CompoundService;
  stats: StatsService;
  audit: AuditService;
  personalData: PersonalData;
  securityEvents: SecurityEvents;
  auth: AuthService;
  residents: ResidentService;
  deviceKeys: DeviceKeyService;
  alerts: AlertService;
  renovation: RenovationService;
  qualification: QualificationService;
  fees: FeeService;
  hotline: HotlineService;
  gates: GateServices;
  gateOps: GateOpsService;
}

export function createServices(db: DataSource, config: Config): Services {
  const audit = new AuditService(db);
  const personalData = PersonalData.fromConfig(config);
  const securityEvents = auditedSecurityEvents(audit);
  const compounds = new CompoundService(db);
  const geography = new GeographyService(db);
  const alerts = new AlertService(db);
  const deviceKeys = new DeviceKeyService(db, securityEvents);
  return {
    geography,
    compounds,
    stats: new StatsService(db),
    audit,
    personalData,
    securityEvents,
    auth: new AuthService(
      db,
      {
        idleMinutes: config.SESSION_IDLE_MINUTES,
        absoluteHours: config.SESSION_ABSOLUTE_HOURS,
        passwordRules: { requireComposition: config.PASSWORD_REQUIRE_COMPOSITION },
        passwordMaxAgeDays: config.PASSWORD_MAX_AGE_DAYS,
        sessionCacheMs: config.SESSION_CACHE_MS,
      },
      personalData,
      securityEvents,
    ),
    residents: new ResidentService(db, personalData, compounds, securityEvents),
    deviceKeys,
    alerts,
    renovation: new RenovationService(db, geography, alerts, securityEvents),
    qualification: new QualificationService(db, compounds, securityEvents),
    fees: new FeeService(db, compounds, securityEvents),
    hotline: new HotlineService(db, personalData, compounds, securityEvents),
    gates: createGateServices(db, config, { deviceKeys, personalData, securityEvents }),
    gateOps: new GateOpsService(db),
  };
}
