import type { Clock } from '../clock.ts';

/** A clock that only moves when told: `advance(ms)` runs the timers that fall due. */
export function createManualClock(start = Date.UTC(2026, 0, 1)) {
  let now = start;
  let nextId = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const clock: Clock & { advance(ms: number): void; pending(): number } = {
    now: () => now,
    setTimeout(callback, ms) {
      const id = ++nextId;
      timers.set(id, { at: now + Math.max(0, ms), callback });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    /** Moves time on by `ms`, running each timer at its own moment, in order. */
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, timer]) => timer.at <= end)
          .sort(([, a], [, b]) => a.at - b.at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = end;
    },
    /** How many timers are waiting. */
    pending: () => timers.size,
  };
  return clock;
}
