/**
 * A push-fed async iterator for one subscriber. Events wait here until graphql-ws sends them; a
 * subscriber that falls more than `limit` behind loses the backlog and gets one `overflow()`
 * event instead (a "refetch" marker), so a stalled socket cannot grow the API's memory.
 */
export class LiveQueue<T> implements AsyncIterableIterator<T> {
  private items: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | null = null;
  private finished = false;
  private cleanup: (() => void) | null = null;

  constructor(
    private readonly limit: number,
    private readonly overflow: () => T,
  ) {}

  /** Runs once when the consumer stops (graphql-ws calls return() on complete or close). */
  onReturn(cleanup: () => void): void {
    if (this.finished) cleanup();
    else this.cleanup = cleanup;
  }

  push(item: T): void {
    if (this.finished) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: item, done: false });
      return;
    }
    if (this.items.length >= this.limit) this.items = [this.overflow()];
    else this.items.push(item);
  }

  next(): Promise<IteratorResult<T>> {
    if (this.items.length > 0) return Promise.resolve({ value: this.items.shift()!, done: false });
    if (this.finished) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  return(): Promise<IteratorResult<T>> {
    if (!this.finished) {
      this.finished = true;
      this.items = [];
      this.cleanup?.();
      this.cleanup = null;
      this.waiting?.({ value: undefined, done: true });
      this.waiting = null;
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
