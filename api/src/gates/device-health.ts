/** A device is offline once it has been silent for longer than this many heartbeat intervals. */
export const OFFLINE_AFTER_INTERVALS = 3;

export interface DeviceLiveness {
  status: string;
  lastSeenAt: Date | null;
  heartbeatIntervalSeconds: number;
}

/**
 * Whether a device counts as online at `now`: not retired (its keys no longer ingest), and seen
 * (any accepted event or heartbeat) within three heartbeat intervals. A device never seen is
 * offline. Pure, so the registry, the offline sweep and the live dashboard all mean the same
 * thing by "offline".
 */
export function isDeviceOnline(device: DeviceLiveness, now: Date): boolean {
  if (device.status === 'RETIRED' || device.lastSeenAt === null) return false;
  return now.getTime() - device.lastSeenAt.getTime() <= OFFLINE_AFTER_INTERVALS * device.heartbeatIntervalSeconds * 1000;
}
