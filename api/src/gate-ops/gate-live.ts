import { Client } from 'pg';
import { z } from 'zod';
import { GATE_ACTIVITY_CHANNEL, GATE_DEVICE_STATUS_CHANNEL } from '../gates/notifications';
import { GateDeviceStatus } from '../gates/gate-device.enums';
import type { Logger } from '../logger';

const place = {
  gateId: z.uuid(),
  compoundId: z.uuid(),
  streetId: z.uuid(),
  districtId: z.uuid(),
};

const activityNotice = z.object({
  ...place,
  at: z.iso.datetime({ offset: true }),
  counts: z.record(z.string().max(40), z.number().int().nonnegative()),
});

const deviceNotice = z.object({
  ...place,
  deviceId: z.uuid(),
  online: z.boolean(),
  status: z.enum(GateDeviceStatus),
  lastSeenAt: z.iso.datetime({ offset: true }).nullable(),
});

export type GateActivityNotice = z.infer<typeof activityNotice> & { channel: typeof GATE_ACTIVITY_CHANNEL };
export type GateDeviceNotice = z.infer<typeof deviceNotice> & { channel: typeof GATE_DEVICE_STATUS_CHANNEL };
/** `resync`: the connection was lost and re-established, so notifications in between are gone. */
export type GateNotice = GateActivityNotice | GateDeviceNotice | { channel: 'resync'; at: string };

type Listener = (notice: GateNotice) => void;

const RECONNECT_FIRST_MS = 250;
const RECONNECT_MAX_MS = 5000;

/**
 * The API process's one LISTEN connection for gate notifications, fanned out to in-process
 * listeners (the graphql-ws subscriptions). A pooled connection cannot LISTEN (the pool hands it
 * to other queries), so this is a dedicated client. It connects on the first listener and, when
 * the connection drops (PostgreSQL restarted, network), reconnects with backoff and tells every
 * listener to resynchronise, because NOTIFY is not replayed.
 */
export class GateLiveHub {
  private readonly listeners = new Set<Listener>();
  private client: Client | null = null;
  private connecting: Promise<void> | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private retryMs = RECONNECT_FIRST_MS;
  private closed = false;
  /** Set by the API process; workers and seeds never listen. */
  logger: Logger | null = null;

  constructor(private readonly connectionString: () => string) {}

  /** Adds a listener once LISTEN is in place (so nothing committed after this returns is missed); returns its removal. */
  async subscribe(listener: Listener): Promise<() => void> {
    if (this.closed) throw new Error('the gate live hub is closed');
    await this.ensureConnected();
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** How many listeners are attached (for tests and diagnostics). */
  get size(): number {
    return this.listeners.size;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private ensureConnected(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.connectionString(), application_name: 'anju-gate-live' });
    client.on('notification', (message) => this.dispatch(message.channel, message.payload));
    // Registered before connect: an error while connecting or later must not crash the process.
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, null));
    await client.connect();
    await client.query(`LISTEN ${GATE_ACTIVITY_CHANNEL}`);
    await client.query(`LISTEN ${GATE_DEVICE_STATUS_CHANNEL}`);
    if (this.closed) {
      await client.end();
      return;
    }
    this.client = client;
    this.retryMs = RECONNECT_FIRST_MS;
  }

  private lost(client: Client, error: Error | null): void {
    if (this.client !== client || this.closed) return;
    this.client = null;
    this.logger?.warn({ err: error ?? undefined }, 'gate notifications: connection lost; reconnecting');
    void client.end().catch(() => undefined);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.retryTimer) return;
    const delay = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, RECONNECT_MAX_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.ensureConnected().then(
        () => {
          this.logger?.info('gate notifications: listening again');
          this.emit({ channel: 'resync', at: new Date().toISOString() });
        },
        (error: unknown) => {
          this.logger?.warn({ err: error, retryInMs: this.retryMs }, 'gate notifications: reconnect failed');
          this.scheduleReconnect();
        },
      );
    }, delay);
    this.retryTimer.unref();
  }

  private dispatch(channel: string, payload: string | undefined): void {
    let json: unknown;
    try {
      json = JSON.parse(payload ?? '');
    } catch {
      this.logger?.warn({ channel }, 'gate notifications: payload is not JSON; dropped');
      return;
    }
    const parsed =
      channel === GATE_ACTIVITY_CHANNEL
        ? activityNotice.safeParse(json)
        : channel === GATE_DEVICE_STATUS_CHANNEL
          ? deviceNotice.safeParse(json)
          : null;
    if (!parsed?.success) {
      this.logger?.warn({ channel, issues: parsed?.error.issues }, 'gate notifications: unexpected payload; dropped');
      return;
    }
    this.emit({ ...parsed.data, channel } as GateNotice);
  }

  private emit(notice: GateNotice): void {
    for (const listener of this.listeners) {
      try {
        listener(notice);
      } catch (error) {
        this.logger?.error({ err: error }, 'gate notifications: listener failed');
      }
    }
  }
}
