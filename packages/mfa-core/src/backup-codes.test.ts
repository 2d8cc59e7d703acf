import { describe, expect, it, vi } from 'vitest';
import { createMfaBackupCodesFlow } from './backup-codes.ts';

describe('the backup-code confirmation', () => {
  it('refuses to continue until the person confirms they saved the codes', () => {
    const onContinue = vi.fn();
    const flow = createMfaBackupCodesFlow({ codes: ['AAAA1111', 'BBBB2222'], onContinue });
    expect(flow.continue()).toBe(false);
    expect(flow.getState()).toMatchObject({ isInvalid: true, refusedCount: 1 });
    expect(flow.continue()).toBe(false);
    expect(flow.getState().refusedCount).toBe(2);
    flow.setConfirmed(true);
    expect(flow.getState().isInvalid).toBe(false);
    expect(flow.continue()).toBe(true);
    expect(flow.getState().isDone).toBe(true);
    expect(onContinue).toHaveBeenCalledOnce();
  });
});
