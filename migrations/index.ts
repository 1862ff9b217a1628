import { Geography1764000000000 } from './1764000000000-geography';
import { Auth1764050000000 } from './1764050000000-auth';
import { Audit1764100000000 } from './1764100000000-audit';
import { RateLimits1764200000000 } from './1764200000000-rate-limits';
import { Residents1764300000000 } from './1764300000000-residents';
import { DeviceKeys1764400000000 } from './1764400000000-device-keys';
import { Qualification1764500000000 } from './1764500000000-qualification';
import { Renovation1764600000000 } from './1764600000000-renovation';
import { Fees1764700000000 } from './1764700000000-fees';
import { FeePaymentsOnBills1764750000000 } from './1764750000000-fee-payments-on-bills';
import { GateTelemetry1764800000000 } from './1764800000000-gate-telemetry';
import { GateOps1764810000000 } from './1764810000000-gate-ops';
import { Hotline1764900000000 } from './1764900000000-hotline';
import { GateCompoundHourlyTraffic1764950000000 } from './1764950000000-gate-compound-hourly-traffic';
import { GateRollupDeltas1764960000000 } from './1764960000000-gate-rollup-deltas';

/** Every migration, in order. A new migration is a new file plus one line here; never edit a landed one. */
export const migrations = [
  Geography1764000000000,
  Auth1764050000000,
  Audit1764100000000,
  RateLimits1764200000000,
  Residents1764300000000,
  DeviceKeys1764400000000,
  Qualification1764500000000,
  Renovation1764600000000,
  Fees1764700000000,
  FeePaymentsOnBills1764750000000,
  GateTelemetry1764800000000,
  GateOps1764810000000,
  Hotline1764900000000,
  GateCompoundHourlyTraffic1764950000000,
  GateRollupDeltas1764960000000,
];
