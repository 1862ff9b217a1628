/** PostgreSQL NOTIFY channels the live gate operations module LISTENs on (delivered at commit). */
export const GATE_ACTIVITY_CHANNEL = 'gate_activity';
export const GATE_DEVICE_STATUS_CHANNEL = 'gate_device_status';

/** The columns of gate_device that notifications and ingestion need, as PostgreSQL returns them. */
export interface DeviceRow {
  id: string;
  gate_id: string;
  compound_id: string;
  street_id: string;
  district_id: string;
  status: 'ACTIVE' | 'MAINTENANCE' | 'RETIRED';
  last_seen_at: Date | null;
  heartbeat_interval_seconds: number;
}

/** The gate_device_status notification for one device. */
export function deviceStatusMessage(device: DeviceRow, online: boolean): string {
  return JSON.stringify({
    deviceId: device.id,
    gateId: device.gate_id,
    compoundId: device.compound_id,
    streetId: device.street_id,
    districtId: device.district_id,
    online,
    status: device.status,
    lastSeenAt: device.last_seen_at ? new Date(device.last_seen_at).toISOString() : null,
  });
}
