/**
 * A log that keeps only its newest `capacity` entries: the mock runs for months as a
 * shared dev server, and its request log, audit log and mailbox must not grow with it.
 */
export class RingBuffer<T> {
  private readonly entries: T[] = [];
  private start = 0;
  /** Entries ever pushed, dropped ones included (e.g. to number them). */
  pushed = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError('RingBuffer: capacity must be a whole number >= 1');
    }
  }

  push(entry: T): void {
    this.pushed += 1;
    if (this.entries.length < this.capacity) {
      this.entries.push(entry);
      return;
    }
    this.entries[this.start] = entry;
    this.start = (this.start + 1) % this.capacity;
  }

  get size(): number {
    return this.entries.length;
  }

  /** The entries, oldest first. */
  toArray(): T[] {
    return [...this.entries.slice(this.start), ...this.entries.slice(0, this.start)];
  }
}
