import { DEMO_USER } from '@authblock/mfa-mock';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { storyMock } from '../../stories/mock.ts';
import { enMessages as text } from '../provider/messages.ts';
import { SignInForm } from './SignInForm.tsx';

/** A drop-in login: email and password, then the challenge when MFA is on. */
const meta = {
  title: 'Sign-in/SignInForm',
  component: SignInForm,
  args: { onSuccess: fn() },
  parameters: { mock: { signedIn: false } },
} satisfies Meta<typeof SignInForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** MFA off: email and password are enough. */
export const PasswordOnly: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByLabelText(text.emailLabel), DEMO_USER.email);
    await userEvent.type(canvas.getByLabelText(text.passwordLabel), DEMO_USER.password);
    await userEvent.click(canvas.getByRole('button', { name: text.signIn }));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
  },
};

/** A wrong password: one message that does not say which part was wrong. */
export const WrongPassword: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByLabelText(text.emailLabel), DEMO_USER.email);
    await userEvent.type(canvas.getByLabelText(text.passwordLabel), 'wrong-password');
    await userEvent.click(canvas.getByRole('button', { name: text.signIn }));
    await expect(await canvas.findByText(text['error.invalid_credentials'])).toBeInTheDocument();
    await expect(args.onSuccess).not.toHaveBeenCalled();
  },
};

/** MFA on: the password step continues into the challenge, and the app's code finishes it. */
export const WithAuthenticatorApp: Story = {
  parameters: { mock: { signedIn: false, mfa: 'totp' } },
  play: async ({ canvas, userEvent, loaded, args }) => {
    await userEvent.type(canvas.getByLabelText(text.emailLabel), DEMO_USER.email);
    await userEvent.type(canvas.getByLabelText(text.passwordLabel), DEMO_USER.password);
    await userEvent.click(canvas.getByRole('button', { name: text.signIn }));
    const field = await canvas.findByLabelText(text.codeLabel);
    await waitFor(() => expect(field).toHaveFocus());
    await userEvent.type(field, storyMock(loaded).backend.totpCode(DEMO_USER.email));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
};
