import { DEMO_USER, scenarios } from '@authblock/mfa-mock';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { storyMock } from '../../stories/mock.ts';
import { enMessages as text } from '../provider/messages.ts';
import { PasswordlessSignInForm } from './PasswordlessSignInForm.tsx';

/** Sign in with an emailed code, then the MFA challenge when needed. */
const meta = {
  title: 'Sign-in/PasswordlessSignInForm',
  component: PasswordlessSignInForm,
  args: { onSuccess: fn() },
  parameters: { mock: { signedIn: false } },
} satisfies Meta<typeof PasswordlessSignInForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** The emailed sign-in code signs a user without MFA in. */
export const EmailedCode: Story = {
  play: async ({ canvas, userEvent, loaded, args }) => {
    const { backend } = storyMock(loaded);
    await userEvent.type(canvas.getByLabelText(text.emailLabel), DEMO_USER.email);
    await userEvent.click(canvas.getByRole('button', { name: text.sendCode }));
    await expect(
      await canvas.findByRole('heading', { name: text.passwordlessCodeHeading }),
    ).toBeInTheDocument();
    const code = backend.lastCode(DEMO_USER.email, 'passwordless') ?? '';
    await userEvent.type(canvas.getByLabelText(text.passwordlessCodeLabel), code);
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
  },
};

/**
 * A server that signals MFA as an error (`mfa_required`) instead of a 200 body: the form
 * still continues into the challenge.
 */
export const MfaRequiredAsError: Story = {
  parameters: { mock: { signedIn: false, mfa: 'totp' } },
  beforeEach: ({ msw, loaded }) => {
    msw.use(...scenarios.passwordlessMfaRequiredAsError({ backend: storyMock(loaded).backend }));
  },
  play: async ({ canvas, userEvent, loaded, args }) => {
    const { backend } = storyMock(loaded);
    await userEvent.type(canvas.getByLabelText(text.emailLabel), DEMO_USER.email);
    await userEvent.click(canvas.getByRole('button', { name: text.sendCode }));
    const code = await canvas.findByLabelText(text.passwordlessCodeLabel);
    await userEvent.type(code, backend.lastCode(DEMO_USER.email, 'passwordless') ?? '');
    const mfa = await canvas.findByLabelText(text.codeLabel);
    await userEvent.type(mfa, backend.totpCode(DEMO_USER.email));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
  },
};
