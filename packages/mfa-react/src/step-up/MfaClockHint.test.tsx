// The clock hint where authenticator codes are typed outside step-up: the sign-in
// challenge and authenticator setup. It shows from the second refused code in a row.
import { DEMO_USER } from '@authblock/mfa-mock';
import { beforeEach, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { demoCredentials, firstStep, freshBackend, renderWithMfa } from '../../test/harness.tsx';
import { TotpSetup } from '../setup/TotpSetup.tsx';
import { MfaChallenge } from '../sign-in/MfaChallenge.tsx';

let mock: Awaited<ReturnType<typeof freshBackend>>;
beforeEach(async () => {
  mock = await freshBackend();
});

const HINT = /depend on your phone’s time/;

it('appears in the sign-in challenge after the second wrong authenticator code, not the first', async () => {
  await mock.backend.enableMfaFor(DEMO_USER.email, 'totp');
  const challenge = await firstStep(DEMO_USER.email, DEMO_USER.password);
  const { screen } = await renderWithMfa(
    mock.backend,
    <MfaChallenge challenge={challenge} credentials={demoCredentials} onSuccess={vi.fn()} />,
  );
  const field = screen.getByRole('textbox', { name: 'Verification code' });
  const right = mock.backend.totpCode(DEMO_USER.email);
  // Two different wrong codes: a code the server refused is never sent again.
  const [wrong, otherWrong] = ['000000', '111111', '222222'].filter((code) => code !== right);
  await userEvent.type(field, wrong as string);
  await expect.element(screen.getByText(/That code is not correct/)).toBeVisible();
  expect(document.body.textContent).not.toMatch(HINT);
  await userEvent.clear(field);
  await userEvent.type(field, otherWrong as string);
  await expect.element(screen.getByText(HINT)).toBeVisible();
});

it('appears in authenticator setup after the second wrong code', async () => {
  const { screen } = await renderWithMfa(mock.backend, <TotpSetup />, {
    signedInAs: DEMO_USER.email,
  });
  const field = screen.getByRole('textbox', { name: 'Verification code' });
  await userEvent.type(field, '000000');
  await expect.element(screen.getByRole('alert').last()).toHaveTextContent(/not correct/);
  expect(document.body.textContent).not.toMatch(HINT);
  await userEvent.clear(field);
  await userEvent.type(field, '111111');
  await expect.element(screen.getByText(HINT)).toBeVisible();
});
