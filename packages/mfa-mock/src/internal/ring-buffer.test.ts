import { describe, expect, it } from 'vitest';
import { RingBuffer } from './ring-buffer.ts';

describe('RingBuffer', () => {
  it('keeps the newest entries, oldest first, and counts every push', () => {
    const log = new RingBuffer<number>(3);
    for (let i = 1; i <= 7; i++) log.push(i);
    expect(log.toArray()).toEqual([5, 6, 7]);
    expect(log.size).toBe(3);
    expect(log.pushed).toBe(7);
  });

  it('holds fewer than its capacity in order', () => {
    const log = new RingBuffer<string>(5);
    log.push('a');
    log.push('b');
    expect(log.toArray()).toEqual(['a', 'b']);
  });

  it('refuses a capacity that is not a positive whole number', () => {
    for (const capacity of [0, -1, 1.5, Number.NaN]) {
      expect(() => new RingBuffer(capacity)).toThrow(RangeError);
    }
  });
});
