import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { RequestInfo, SecurityEvents, Viewer } from '../auth/auth.service';
import type { DeviceKeyService } from '../devices/device-key.service';
import { badInput, notFound } from '../graphql/errors';
import { isUuid, parseId } from '../graphql/ids';
import { isDeviceOnline, OFFLINE_AFTER_INTERVALS } from './device-health';
import { GateDevice } from './gate-device.entity';
import { GateDeviceStatus } from './gate-device.enums';
import type { CreateGateDeviceInput, GateDeviceWithKey, UpdateGateDeviceInput } from './gate-device.types';
import { deviceStatusMessage, GATE_DEVICE_STATUS_CHANNEL, type DeviceRow } from './notifications';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function label(field: string, value: string): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || [...trimmed].length > 64) throw badInput(field, 'must be 1-64 characters');
  return trimmed;
}

function installedOn(value: string): string {
  const at = new Date(`${value}T00:00:00Z`);
  if (!DATE.test(value) || Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== value) {
    throw badInput('installedOn', 'must be a date as YYYY-MM-DD');
  }
  if (at.getTime() > Date.now() + 86_400_000) throw badInput('installedOn', 'must not be in the future');
  return value;
}

function heartbeat(value: number): number {
  if (!Number.isInteger(value) || value < 5 || value > 86400) throw badInput('heartbeatIntervalSeconds', 'must be an integer 5-86400');
  return value;
}

const rowOf = (device: GateDevice): DeviceRow => ({
  id: device.id,
  gate_id: device.gateId,
  compound_id: device.compoundId,
  street_id: device.streetId,
  district_id: device.districtId,
  status: device.status,
  last_seen_at: device.lastSeenAt,
  heartbeat_interval_seconds: device.heartbeatIntervalSeconds,
});

const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === '23505';

/**
 * The device registry (ADMIN): devices per gate, their keys (issued, rotated and revoked through
 * the device key module), retirement, and the offline sweep. Every change is audited and
 * announced on gate_device_status in its own transaction.
 */
export class GateDeviceService {
  constructor(
    private readonly db: DataSource,
    private readonly deviceKeys: DeviceKeyService,
    private readonly events: SecurityEvents,
  ) {}

  list(gateId: string): Promise<GateDevice[]> {
    return this.db.getRepository(GateDevice).find({ where: { gateId: parseId('gateId', gateId) }, order: { createdAt: 'ASC' } });
  }

  async get(id: string): Promise<GateDevice> {
    const device = isUuid(id) ? await this.db.getRepository(GateDevice).findOneBy({ id }) : null;
    if (!device) throw notFound('GateDevice', id);
    return device;
  }

  /** Registers a device at a gate and issues its first key. */
  async create(input: CreateGateDeviceInput, actor: Viewer, request: RequestInfo): Promise<GateDeviceWithKey> {
    const [gate] = (await this.db.query(
      `SELECT g.id, g.compound_id, c.community_id, g.street_id, g.district_id FROM gate g JOIN compound c ON c.id = g.compound_id WHERE g.id = $1`,
      [parseId('gateId', input.gateId)],
    )) as { id: string; compound_id: string; community_id: string; street_id: string; district_id: string }[];
    if (!gate) throw notFound('Gate', input.gateId);
    const now = new Date();
    const device = this.db.getRepository(GateDevice).create({
      id: randomUUID(),
      gateId: gate.id,
      compoundId: gate.compound_id,
      communityId: gate.community_id,
      streetId: gate.street_id,
      districtId: gate.district_id,
      kind: input.kind,
      vendor: label('vendor', input.vendor),
      serial: label('serial', input.serial),
      firmware: label('firmware', input.firmware),
      installedOn: installedOn(input.installedOn),
      status: GateDeviceStatus.ACTIVE,
      heartbeatIntervalSeconds: heartbeat(input.heartbeatIntervalSeconds ?? 60),
      lastSeenAt: null,
      announcedOnline: false,
      createdAt: now,
      updatedAt: now,
    });
    try {
      return await this.db.transaction(async (manager) => {
        await manager.insert(GateDevice, device);
        await this.audit(manager, 'gate_device.create', device, actor, request, {
          gateId: gate.id,
          kind: device.kind,
          serial: device.serial,
        });
        const issued = await this.deviceKeys.issue(
          manager,
          {
            gate: { id: gate.id, compoundId: gate.compound_id, streetId: gate.street_id, districtId: gate.district_id },
            deviceId: device.id,
            name: keyName(device),
          },
          actor,
          request,
        );
        return { device, key: issued.key, deviceKey: issued.deviceKey };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw badInput('serial', 'is already registered for this vendor');
      throw error;
    }
  }

  async update(id: string, input: UpdateGateDeviceInput, actor: Viewer, request: RequestInfo): Promise<GateDevice> {
    const device = await this.get(id);
    if (device.status === GateDeviceStatus.RETIRED) throw badInput('id', 'a retired device cannot be changed');
    if (input.status === GateDeviceStatus.RETIRED) throw badInput('status', 'retire a device with retireGateDevice');
    const changes: Partial<GateDevice> = {};
    if (input.vendor != null) changes.vendor = label('vendor', input.vendor);
    if (input.serial != null) changes.serial = label('serial', input.serial);
    if (input.firmware != null) changes.firmware = label('firmware', input.firmware);
    if (input.installedOn != null) changes.installedOn = installedOn(input.installedOn);
    if (input.status != null) changes.status = input.status;
    if (input.heartbeatIntervalSeconds != null) changes.heartbeatIntervalSeconds = heartbeat(input.heartbeatIntervalSeconds);
    try {
      return await this.change(device, changes, 'gate_device.update', actor, request);
    } catch (error) {
      if (isUniqueViolation(error)) throw badInput('serial', 'is already registered for this vendor');
      throw error;
    }
  }

  /** Takes a device out of service for good: its keys are revoked and it ingests nothing more. */
  async retire(id: string, actor: Viewer, request: RequestInfo): Promise<GateDevice> {
    const device = await this.get(id);
    if (device.status === GateDeviceStatus.RETIRED) return device;
    return this.change(device, { status: GateDeviceStatus.RETIRED }, 'gate_device.retire', actor, request, true);
  }

  /** Revokes every live key of the device and issues a new one, at once: the old key stops working on commit. */
  async rotateKey(id: string, actor: Viewer, request: RequestInfo): Promise<GateDeviceWithKey> {
    const device = await this.get(id);
    if (device.status === GateDeviceStatus.RETIRED) throw badInput('id', 'a retired device gets no keys');
    return this.db.transaction(async (manager) => {
      await this.deviceKeys.revokeForDevice(manager, device.id, actor, request);
      const issued = await this.deviceKeys.issue(
        manager,
        {
          gate: { id: device.gateId, compoundId: device.compoundId, streetId: device.streetId, districtId: device.districtId },
          deviceId: device.id,
          name: keyName(device),
        },
        actor,
        request,
      );
      return { device, key: issued.key, deviceKey: issued.deviceKey };
    });
  }

  /**
   * Announces devices that went silent for longer than three heartbeat intervals as offline
   * (once: announced_online is cleared in the same statement). Returns how many went offline.
   */
  async sweepOffline(): Promise<{ offline: number }> {
    return this.db.transaction(async (manager) => {
      const [gone] = (await manager.query(
        `UPDATE gate_device SET announced_online = false
         WHERE announced_online AND last_seen_at < now() - make_interval(secs => ${OFFLINE_AFTER_INTERVALS} * heartbeat_interval_seconds)
         RETURNING id, gate_id, compound_id, street_id, district_id, status, last_seen_at, heartbeat_interval_seconds`,
      )) as [DeviceRow[], number];
      if (gone.length > 0) {
        await manager.query(`SELECT pg_notify($1, message) FROM unnest($2::text[]) AS message`, [
          GATE_DEVICE_STATUS_CHANNEL,
          gone.map((row) => deviceStatusMessage(row, false)),
        ]);
      }
      return { offline: gone.length };
    });
  }

  private async change(
    device: GateDevice,
    changes: Partial<GateDevice>,
    action: string,
    actor: Viewer,
    request: RequestInfo,
    revokeKeys = false,
  ): Promise<GateDevice> {
    return this.db.transaction(async (manager) => {
      await manager.update(GateDevice, { id: device.id }, { ...changes, updatedAt: new Date() });
      if (revokeKeys) await this.deviceKeys.revokeForDevice(manager, device.id, actor, request);
      await this.audit(manager, action, device, actor, request, { ...changes });
      const updated = (await manager.findOneBy(GateDevice, { id: device.id }))!;
      const online = isDeviceOnline(updated, new Date());
      await manager.query(`SELECT pg_notify($1, $2)`, [GATE_DEVICE_STATUS_CHANNEL, deviceStatusMessage(rowOf(updated), online)]);
      return updated;
    });
  }

  private audit(
    manager: EntityManager,
    action: string,
    device: GateDevice,
    actor: Viewer,
    request: RequestInfo,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.events.record(
      {
        action,
        outcome: 'success',
        actor: { id: actor.userId, username: actor.username, role: actor.role },
        targetType: 'gate_device',
        targetId: device.id,
        details,
        request,
      },
      manager,
    );
  }
}

/** Keys are named after their device, so the key list reads like the registry. */
function keyName(device: GateDevice): string {
  return [...`${device.vendor} ${device.serial}`].slice(0, 64).join('');
}
