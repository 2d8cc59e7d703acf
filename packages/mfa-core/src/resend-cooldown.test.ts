import { MfaApiError } from '@authblock/mfa-client';
import { describe, expect, it, vi } from 'vitest';
import { MfaOfflineError } from './errors.ts';
import { DEFAULT_RESEND_COOLDOWN, ResendCooldown } from './resend-cooldown.ts';
import { createManualClock } from './test-utils/manual-clock.ts';

function cooldown(seconds?: number) {
  const clock = createManualClock();
  const onChange = vi.fn();
  const wait = new ResendCooldown(clock, seconds, onChange);
  // Someone watches (a flow's subscriber): time runs.
  wait.resume();
  return { clock, onChange, cooldown: wait };
}

const refused = (retryAfter?: number) =>
  new MfaApiError({ route: 'POST /auth/sign_in', status: 429, retryAfter });

describe('the wait before another code may be emailed', () => {
  it('runs the full cooldown after a code was sent, then reports 0 once', () => {
    const { clock, onChange, cooldown: wait } = cooldown(3);
    wait.afterSent();
    expect(onChange.mock.calls.map(([s]) => s)).toEqual([3]);
    clock.advance(3000);
    expect(onChange.mock.calls.map(([s]) => s)).toEqual([3, 2, 1, 0]);
    expect(wait.remaining).toBe(0);
  });

  it(`defaults to ${DEFAULT_RESEND_COOLDOWN} seconds`, () => {
    const { cooldown: wait } = cooldown();
    wait.afterSent();
    expect(wait.remaining).toBe(DEFAULT_RESEND_COOLDOWN);
  });

  it("takes the server's Retry-After over its own cooldown when a send was refused", () => {
    const { cooldown: wait } = cooldown(30);
    wait.afterFailure(refused(90));
    expect(wait.remaining).toBe(90);
  });

  it('waits the cooldown after a failure without Retry-After, or only what the server asked when the fallback is 0', () => {
    const { cooldown: wait } = cooldown(30);
    wait.afterFailure(refused());
    expect(wait.remaining).toBe(30);

    const other = cooldown(30);
    other.cooldown.afterFailure(refused(), 0);
    expect(other.cooldown.remaining).toBe(0);
    expect(other.onChange).not.toHaveBeenCalled();
    other.cooldown.afterFailure(refused(12), 0);
    expect(other.cooldown.remaining).toBe(12);
  });

  it('does not wait after an offline failure: nothing was sent', () => {
    const { cooldown: wait, onChange } = cooldown(30);
    wait.afterFailure(new MfaOfflineError());
    expect(wait.remaining).toBe(0);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('runs only while someone watches, and picks up where the time is when they come back', () => {
    const { clock, onChange, cooldown: wait } = cooldown(5);
    wait.afterSent();
    expect(clock.pending()).toBe(1);
    wait.pause();
    expect(clock.pending()).toBe(0);
    clock.advance(3000);
    // Nobody watched: nothing was reported, yet the count knows where it is.
    expect(onChange.mock.calls.map(([s]) => s)).toEqual([5]);
    expect(wait.remaining).toBe(2);
    wait.resume();
    expect(onChange.mock.calls.map(([s]) => s)).toEqual([5, 2]);
    clock.advance(2000);
    expect(onChange.mock.calls.map(([s]) => s)).toEqual([5, 2, 1, 0]);
    expect(clock.pending()).toBe(0);
  });

  it('schedules nothing until someone watches', () => {
    const clock = createManualClock();
    const wait = new ResendCooldown(clock, 30, vi.fn());
    wait.afterSent();
    expect(wait.remaining).toBe(30);
    expect(clock.pending()).toBe(0);
  });

  it('stops without reporting and leaves no timer behind', () => {
    const { clock, onChange, cooldown: wait } = cooldown(30);
    wait.afterSent();
    wait.stop();
    expect(wait.remaining).toBe(0);
    expect(clock.pending()).toBe(0);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
