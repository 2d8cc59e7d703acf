import {
  setupResponseSchema,
  signedInResponseSchema,
  statusResponseSchema,
} from '@authblock/mfa-client/schemas';
import { describe, expect, it } from 'vitest';
import { createHarness, DEMO } from './test-utils/harness.ts';

describe('the spec flow, in process', () => {
  it('sets up TOTP, enables it, and signs in with a second factor', async () => {
    const h = createHarness();
    const token = await h.token();
    const setup = await h.call('POST', `/users/${DEMO.id}/mfa/setup`, {
      token,
      body: { channel: 'totp' },
    });
    expect(setup.status).toBe(200);
    expect(setupResponseSchema.safeParse(setup.body).success).toBe(true);
    const enable = await h.call('POST', `/users/${DEMO.id}/mfa/enable`, {
      token,
      body: { totp_code: h.backend.totpCode(DEMO.email) },
    });
    expect(enable.status).toBe(200);
    expect(statusResponseSchema.parse(enable.body).data.attributes.mfa_enabled).toBe(true);
    const step1 = await h.signIn(DEMO.email, DEMO.password);
    expect(step1.body.data.attributes.mfa_required).toBe(true);
    h.backend.advanceClock(30);
    const step2 = await h.signIn(DEMO.email, DEMO.password, h.backend.totpCode(DEMO.email));
    expect(step2.status).toBe(200);
    expect(signedInResponseSchema.safeParse(step2.body).success).toBe(true);
  });
});
