/**
 * Runs `write` for values pushed faster than it completes without queueing them: one write at a
 * time, and while it runs only the newest value waits (older ones are dropped). For progress
 * reports, which must not hold up the work they report on. `settled()` waits for the last write
 * and throws the first failure; `push` throws it too, so a failing writer stops the work.
 */
export class LatestOnly<T> {
  private pending: { value: T } | null = null;
  private running: Promise<void> | null = null;
  private failure: { error: unknown } | null = null;

  constructor(private readonly write: (value: T) => Promise<void>) {}

  push(value: T): void {
    if (this.failure) throw this.failure.error;
    this.pending = { value };
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
  }

  async settled(): Promise<void> {
    while (this.running) await this.running;
    if (this.failure) throw this.failure.error;
  }

  private async drain(): Promise<void> {
    while (this.pending && !this.failure) {
      const { value } = this.pending;
      this.pending = null;
      try {
        await this.write(value);
      } catch (error) {
        this.failure = { error };
      }
    }
  }
}
