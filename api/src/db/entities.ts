import { Session } from '../auth/session.entity';
import { User } from '../auth/user.entity';
import { Community } from '../geography/community.entity';
import { Resident } from '../residents/resident.entity';
import { DeviceKey } from '../devices/device-key.entity';
import { District } from '../geography/district.entity';
import { Street } from '../geography/street.entity';
import { Compound } from '../compounds/compound.entity';
import { Gate } from '../compounds/gate.entity';
import { StreetStatsSnapshot } from '../stats/street-stats-snapshot.entity';
import { Alert } from '../alerts/alert.entity';
import { RenovationProject, RenovationStageChange, RenovationStageDate, RenovationWorkItem } from '../renovation/renovation.entity';
import { CompoundAssessment } from '../qualification/assessment.entity';
import { QualificationResult } from '../qualification/result.entity';
import { QualificationRuleSet } from '../qualification/rule-set.entity';
import { FeeContract, LedgerImport } from '../fees/fee.entity';
import { GateDevice } from '../gates/gate-device.entity';

export const entities = [
  District,
  Street,
  Community,
  Compound,
  Gate,
  StreetStatsSnapshot,
  User,
  Session,
  Resident,
  DeviceKey,
  QualificationRuleSet,
  CompoundAssessment,
  QualificationResult,
  FeeContract,
  LedgerImport,
  Alert,
  RenovationProject,
  RenovationStageDate,
  RenovationWorkItem,
  RenovationStageChange,
  GateDevice,
];
