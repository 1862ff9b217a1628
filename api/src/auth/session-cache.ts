import type { Viewer } from './auth.service';

/**
 * Recently authenticated sessions, per process, for SESSION_CACHE_MS (default 2 s; 0 turns it
 * off). Every request otherwise pays a database round trip before any work (bench:auth). Changes
 * made through this process (logout, revocation, password change, TOTP enrolment, disabling)
 * forget the account's entries at once; a change made through another API process, or directly
 * in the database, takes effect here within the TTL.
 */
const MAX_ENTRIES = 10_000;

export class SessionCache {
  private readonly entries = new Map<string, { viewer: Viewer; until: number }>();

  constructor(private readonly ttlMs: number) {}

  get(key: string, now = Date.now()): Viewer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.viewer;
  }

  set(key: string, viewer: Viewer, now = Date.now()): void {
    if (this.ttlMs === 0) return;
    // Map keeps insertion order: the first key is the oldest.
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { viewer, until: now + this.ttlMs });
  }

  /** Drops every cached session of the account. */
  forget(userId: string): void {
    for (const [key, entry] of this.entries) if (entry.viewer.userId === userId) this.entries.delete(key);
  }
}
