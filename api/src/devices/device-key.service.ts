import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { RequestInfo, SecurityEvents, Viewer } from '../auth/auth.service';
import { Role } from '../auth/roles';
import { NO_SCOPE } from '../auth/scope';
import type { Gate } from '../compounds/gate.entity';
import { notFound } from '../graphql/errors';
import { isUuid, parseId } from '../graphql/ids';
import { DeviceKey } from './device-key.entity';

export const DEVICE_KEY_PREFIX = 'anju_d_';
/** last_used_at is written at most this often. */
const TOUCH_INTERVAL_MS = 60_000;

const sha256 = (value: string) => createHash('sha256').update(value).digest();

/**
 * Gate devices authenticate with a key bound to one gate. A device is a DEVICE viewer: it reads
 * no places (its scope is empty) and may only run what the policy grants DEVICE (ingest).
 */
export class DeviceKeyService {
  constructor(
    private readonly db: DataSource,
    private readonly events: SecurityEvents,
  ) {}

  /**
   * Writes a new key for a registered device at its gate inside the caller's transaction, with
   * its audit entry. Returns the key in clear: the only time it exists. Keys are issued only
   * through the device registry (registration, rotation): a key without a device cannot ingest.
   */
  async issue(
    manager: EntityManager,
    target: { gate: Pick<Gate, 'id' | 'compoundId' | 'streetId' | 'districtId'>; deviceId: string; name: string },
    actor: Viewer,
    request: RequestInfo,
  ): Promise<{ deviceKey: DeviceKey; key: string }> {
    const { gate, deviceId, name } = target;
    const key = DEVICE_KEY_PREFIX + randomBytes(32).toString('base64url');
    const deviceKey = manager.getRepository(DeviceKey).create({
      id: randomUUID(),
      gateId: gate.id,
      compoundId: gate.compoundId,
      streetId: gate.streetId,
      districtId: gate.districtId,
      deviceId,
      name,
      keyPrefix: key.slice(0, DEVICE_KEY_PREFIX.length + 4),
      keyHash: sha256(key),
      createdBy: actor.userId,
      createdAt: new Date(),
      lastUsedAt: null,
      revokedAt: null,
    });
    await manager.insert(DeviceKey, deviceKey);
    await this.events.record(
      {
        action: 'device_key.create',
        outcome: 'success',
        actor: { id: actor.userId, username: actor.username, role: actor.role },
        targetType: 'device_key',
        targetId: deviceKey.id,
        details: { gateId: gate.id, name, deviceId },
        request,
      },
      manager,
    );
    return { deviceKey, key };
  }

  /** Revokes every live key of a device inside the caller's transaction (rotation, retirement); returns how many. */
  async revokeForDevice(manager: EntityManager, deviceId: string, actor: Viewer, request: RequestInfo): Promise<number> {
    const revoked = (await manager.query(
      `UPDATE device_key SET revoked_at = now() WHERE device_id = $1 AND revoked_at IS NULL RETURNING id`,
      [deviceId],
    )) as [{ id: string }[], number];
    for (const { id } of revoked[0]) {
      await this.events.record(
        {
          action: 'device_key.revoke',
          outcome: 'success',
          actor: { id: actor.userId, username: actor.username, role: actor.role },
          targetType: 'device_key',
          targetId: id,
          details: { deviceId },
          request,
        },
        manager,
      );
    }
    return revoked[0].length;
  }

  async revoke(id: string, actor: Viewer, request: RequestInfo): Promise<DeviceKey> {
    const deviceKey = isUuid(id) ? await this.db.getRepository(DeviceKey).findOneBy({ id }) : null;
    if (!deviceKey) throw notFound('DeviceKey', id);
    if (deviceKey.revokedAt) return deviceKey;
    await this.db.transaction(async (manager) => {
      await manager.update(DeviceKey, { id: deviceKey.id }, { revokedAt: new Date() });
      await this.events.record(
        {
          action: 'device_key.revoke',
          outcome: 'success',
          actor: { id: actor.userId, username: actor.username, role: actor.role },
          targetType: 'device_key',
          targetId: deviceKey.id,
          request,
        },
        manager,
      );
    });
    return (await this.db.getRepository(DeviceKey).findOneBy({ id: deviceKey.id }))!;
  }

  list(gateId?: string | null): Promise<DeviceKey[]> {
    return this.db.getRepository(DeviceKey).find({
      where: gateId != null ? { gateId: parseId('gateId', gateId) } : {},
      order: { createdAt: 'DESC' },
    });
  }

  /** The device behind a key, or null for an unknown or revoked key. */
  async authenticate(key: string): Promise<Viewer | null> {
    if (!key.startsWith(DEVICE_KEY_PREFIX) || key.length > 200) return null;
    const deviceKey = await this.db.getRepository(DeviceKey).findOneBy({ keyHash: sha256(key), revokedAt: IsNull() });
    if (!deviceKey) return null;
    const now = Date.now();
    if (!deviceKey.lastUsedAt || now - deviceKey.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.db.getRepository(DeviceKey).update({ id: deviceKey.id }, { lastUsedAt: new Date(now) });
    }
    return {
      userId: deviceKey.id,
      sessionId: deviceKey.id,
      username: `device:${deviceKey.name}`,
      displayName: deviceKey.name,
      role: Role.DEVICE,
      scope: NO_SCOPE,
      gateId: deviceKey.gateId,
      ...(deviceKey.deviceId ? { deviceId: deviceKey.deviceId } : {}),
      secondFactor: true,
      hasTotp: false,
      passwordExpired: false,
    };
  }
}
