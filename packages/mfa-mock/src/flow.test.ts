import {
  parse,
  setupResponseSchema,
  signedInResponseSchema,
  statusResponseSchema,
  validate,
  verifyResponseSchema,
  type WireSchema,
} from '@authblock/mfa-client/schemas';
import { describe, expect, it } from 'vitest';
import { DOCUMENTED } from './test-utils/documents.ts';
import { createHarness, DEMO, DIALECTS } from './test-utils/harness.ts';

describe.each(DIALECTS)('the spec flow, in process, in the %s dialect', (dialect) => {
  const documented = DOCUMENTED[dialect];
  const clientReads = (schema: WireSchema, body: unknown) => {
    expect(validate(schema, body).ok).toBe(true);
  };

  it("answers every step in the dialect's documented shape, and the client reads each", async () => {
    const h = createHarness({ dialect });
    const token = await h.token();
    const setup = await h.call('POST', `/users/${DEMO.id}/mfa/setup`, {
      token,
      body: { channel: 'totp' },
    });
    parse(documented.totpSetup, setup.body);
    clientReads(setupResponseSchema, setup.body);

    const enable = await h.call('POST', `/users/${DEMO.id}/mfa/enable`, {
      token,
      body: { totp_code: h.backend.totpCode(DEMO.email) },
    });
    parse(
      dialect === 'guide' ? DOCUMENTED.guide.status : DOCUMENTED.reference.enabled,
      enable.body,
    );
    clientReads(statusResponseSchema, enable.body);

    const step1 = await h.signIn(DEMO.email, DEMO.password);
    expect(step1.status).toBe(200);
    parse(documented.mfaRequired, step1.body);
    h.backend.advanceClock(30);
    const step2 = await h.signIn(DEMO.email, DEMO.password, h.backend.totpCode(DEMO.email));
    parse(documented.signedIn, step2.body);
    clientReads(signedInResponseSchema, step2.body);

    const backupCode = setup.body.data.attributes.backup_codes[0];
    const verified = await h.verify(token, backupCode);
    parse(documented.verified, verified.body);
    clientReads(verifyResponseSchema, verified.body);

    const status = await h.call('GET', `/users/${DEMO.id}/mfa/status`, { token });
    parse(documented.status, status.body);
    expect(status.body.data.attributes.backup_codes_remaining).toBe(9);

    const current = h.backend.totpCode(DEMO.email);
    const wrong = await h.verify(token, current === '000000' ? '111111' : '000000');
    expect(wrong.status).toBe(401);
    parse(documented.error, wrong.body);

    const disable = await h.call('POST', `/users/${DEMO.id}/mfa/disable`, {
      token,
      body: { password: DEMO.password },
    });
    parse(
      dialect === 'guide' ? DOCUMENTED.guide.status : DOCUMENTED.reference.disabled,
      disable.body,
    );
    clientReads(statusResponseSchema, disable.body);
  });
});
