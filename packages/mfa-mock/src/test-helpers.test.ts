import { describe, expect, it } from 'vitest';
import { createMockBackend } from './backend.ts';
import { authenticatorCode } from './index.ts';
import * as nodeEntry from './node.ts';
import { createHarness, DEMO, START } from './test-utils/harness.ts';

// The backend's helpers as an app's own tests use them.

describe('the backend helpers', () => {
  it('are all safe to destructure: none depends on `this`', async () => {
    const backend = createMockBackend();
    const helpers = Object.entries(backend).filter(([, value]) => typeof value === 'function');
    expect(helpers.length).toBeGreaterThan(10);
    for (const [name, helper] of helpers) {
      expect({ name, usesThis: /\bthis\b/.test(String(helper)) }).toEqual({
        name,
        usesThis: false,
      });
    }
    // And in use: the ones that read other helpers.
    const { createUser, mailbox, lastCode, expectCode, signIn } = backend;
    createUser({ email: 'ada@example.com', password: 'Password123!' });
    expect(mailbox('ada@example.com')).toEqual([]);
    expect(lastCode('ada@example.com')).toBeUndefined();
    expect(() => expectCode('ada@example.com')).toThrow('no email with a code');
    await expect(signIn('ada@example.com')).resolves.toMatchObject({ userId: expect.any(String) });
  });

  it('expectCode returns the newest code of a purpose, else lists the mailbox', async () => {
    const h = createHarness();
    await h.enableEmail();
    const { expectCode, lastCode } = h.backend;
    expect(expectCode(DEMO.email, 'mfa_setup')).toBe(lastCode(DEMO.email, 'mfa_setup'));

    let message = '';
    try {
      expectCode(DEMO.email, 'mfa_sign_in');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(
      [
        'mfa-mock: no email with a mfa_sign_in code was sent to demo@example.com.',
        'Its mailbox holds 1 email(s), oldest first:',
        `  - ${new Date(START).toISOString()} mfa_setup: "Confirm two-factor authentication"`,
      ].join('\n'),
    );
    // What the mailbox holds, never the code itself.
    expect(message).not.toContain(lastCode(DEMO.email, 'mfa_setup'));
    expect(() => expectCode('nobody@example.com')).toThrow(
      'Its mailbox is empty.\nOther mailboxes with mail: demo@example.com.',
    );
  });

  it('nextTotpCode never hands out a used step, and waits for one when none is in reach', async () => {
    const h = createHarness();
    const access = await h.token();
    const userId = DEMO.id;
    await h.call('POST', `/users/${userId}/mfa/setup`, {
      token: access,
      body: { channel: 'totp' },
    });
    const { nextTotpCode } = h.backend;
    const enable = await h.call('POST', `/users/${userId}/mfa/enable`, {
      token: access,
      body: { totp_code: nextTotpCode(DEMO.email) },
    });
    expect(enable.status).toBe(200);

    // No advanceClock: the enabling step is used, the next one is within the window.
    const first = await h.signIn(DEMO.email, DEMO.password, nextTotpCode(DEMO.email));
    expect(first.status).toBe(200);
    expect(h.backend.now()).toBe(START);

    // Both steps in reach are used: the clock moves to the next step by itself.
    const second = await h.signIn(DEMO.email, DEMO.password, nextTotpCode(DEMO.email));
    expect(second.status).toBe(200);
    expect(h.backend.now()).toBe(START - 1000 + 60_000);
    expect(h.backend.events().filter((event) => event.action === 'replay_rejected')).toEqual([]);
  });

  it('nextTotpCode works with a window of 0 too', async () => {
    const h = createHarness({ totpWindow: 0 });
    await h.backend.enableMfaFor(DEMO.email, 'totp');
    for (let attempt = 0; attempt < 3; attempt++) {
      const result = await h.signIn(DEMO.email, DEMO.password, h.backend.nextTotpCode(DEMO.email));
      expect(result.status).toBe(200);
    }
  });

  it('authenticatorCode is what an app shows for a key typed off the screen', async () => {
    // RFC 6238 appendix B: the SHA-1 key "12345678901234567890" at T = 59 s is 94287082.
    expect(authenticatorCode('GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ', 59_000)).toBe('287082');
    expect(authenticatorCode('gezdgnbvgy3tqojqgezdgnbvgy3tqojq', 59_000)).toBe('287082');

    // The key a setup shows, grouped in fours for reading, turns MFA on.
    const h = createHarness();
    const access = await h.token();
    const setup = await h.call('POST', `/users/${DEMO.id}/mfa/setup`, {
      token: access,
      body: { channel: 'totp' },
    });
    const shown: string = setup.body.data.attributes.secret.replace(/(.{4})/g, '$1 ').trim();
    const code = authenticatorCode(shown, h.backend.now());
    expect(code).toBe(h.backend.totpCode(DEMO.email));
    const enable = await h.call('POST', `/users/${DEMO.id}/mfa/enable`, {
      token: access,
      body: { totp_code: code },
    });
    expect(enable.status).toBe(200);
  });

  it('signIn gives the id and a token the /users/:id/mfa routes accept', async () => {
    const h = createHarness();
    const { userId, token } = await h.backend.signIn(DEMO.email);
    expect(userId).toBe(DEMO.id);
    const status = await h.call('GET', `/users/${userId}/mfa/status`, { token });
    expect(status.status).toBe(200);
    await expect(h.backend.signIn('nobody@example.com')).rejects.toThrow(
      'no user with the email nobody@example.com',
    );
  });
});

describe('the /node entry', () => {
  it('also exports everything a test file needs from the main entry', () => {
    expect(nodeEntry.setupMockServer).toBeTypeOf('function');
    expect(nodeEntry.createMockBackend).toBeTypeOf('function');
    expect(nodeEntry.scenarios.serverError).toBeTypeOf('function');
    expect(nodeEntry.DEMO_USER).toMatchObject({ email: DEMO.email, password: DEMO.password });
    expect(nodeEntry.DEFAULT_API_KEY).toBe('pk_test_mock');
    expect(nodeEntry.authenticatorCode).toBe(authenticatorCode);
  });
});
