import { describe, expect, it, vi } from 'vitest';
import { CodeCheck } from './code-check.ts';

describe('checking a typed code', () => {
  it('runs one check at a time: a second one while the first runs is refused', async () => {
    const check = new CodeCheck();
    let finish: (value: string) => void = () => {};
    const first = check.run('123456', () => new Promise<string>((resolve) => (finish = resolve)));
    expect(check.isRunning).toBe(true);
    const send = vi.fn(async () => 'sent');
    await expect(check.run('654321', send)).resolves.toBeUndefined();
    expect(send).not.toHaveBeenCalled();
    finish('checked');
    await expect(first).resolves.toBe('checked');
    expect(check.isRunning).toBe(false);
  });

  it('retries with the last code checked, not one that was refused', async () => {
    const check = new CodeCheck();
    let finish: () => void = () => {};
    const first = check.run('111111', () => new Promise<void>((resolve) => (finish = resolve)));
    await check.run('222222', async () => {});
    finish();
    await first;
    const submit = vi.fn(async () => true);
    await expect(check.retry(submit)).resolves.toBe(true);
    expect(submit).toHaveBeenCalledWith('111111');
  });

  it('has nothing to retry before the first check', async () => {
    const submit = vi.fn(async () => true);
    await expect(new CodeCheck().retry(submit)).resolves.toBe(false);
    expect(submit).not.toHaveBeenCalled();
  });

  it('keeps the code of a check that failed, so it can be sent again', async () => {
    const check = new CodeCheck();
    await expect(
      check.run('333333', async () => {
        throw new Error('network');
      }),
    ).rejects.toThrow('network');
    const submit = vi.fn(async () => false);
    await check.retry(submit);
    expect(submit).toHaveBeenCalledWith('333333');
  });
});

describe('a code the server refused', () => {
  it('is not sent again, while a different code is', async () => {
    const check = new CodeCheck();
    await check.run('111111', async () => 'wrong');
    check.refused();
    const send = vi.fn(async () => 'sent');
    await expect(check.run('111111', send)).resolves.toBeUndefined();
    expect(send).not.toHaveBeenCalled();
    await expect(check.run('222222', send)).resolves.toBe('sent');
    expect(send).toHaveBeenCalledWith('222222');
  });
});
