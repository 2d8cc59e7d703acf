import { observeServerClock } from '@authblock/mfa-core';
import { DEMO_USER } from '@authblock/mfa-mock';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent as user, waitFor, within } from 'storybook/test';
import { storyMock } from '../../stories/mock.ts';
import { StepUpStory } from '../../stories/StepUpStory.tsx';
import { enMessages as text } from '../provider/messages.ts';
import { enStepUpMessages as stepUpText } from './messages.ts';
import { forgetMfaStepUp } from './step-up-memory.ts';

/**
 * Step-up before a sensitive action: each story presses "Turn off two-factor" on a page
 * whose action is checked by the story's backend with `verifyMfaStepUp` (the app's
 * server's part), so every state below is the real exchange.
 */
const meta = {
  title: 'Account/MfaStepUpDialog',
  component: StepUpStory,
  args: { onAction: fn(), channel: 'totp', mock: undefined as never },
  parameters: { mock: { mfa: 'totp' } },
  beforeEach: () => forgetMfaStepUp(),
  render: (args, { loaded }) => <StepUpStory {...args} mock={storyMock(loaded)} />,
} satisfies Meta<typeof StepUpStory>;

export default meta;
type Story = StoryObj<typeof meta>;

const open = async (canvasElement: HTMLElement) => {
  await user.click(within(canvasElement).getByRole('button', { name: 'Turn off two-factor' }));
  // The dialog is modal: it sits in the top layer, found from the document.
  return within(document.body).findByRole('dialog', { name: stepUpText.heading });
};

const wrongCode = (right: string) => (right === '000000' ? '111111' : '000000');

/** Authenticator users: the dialog asks for the code from the app. */
export const Code: Story = {
  play: async ({ canvasElement }) => {
    const dialog = within(await open(canvasElement));
    await expect(dialog.getByLabelText(text.codeLabel)).toHaveFocus();
    await expect(dialog.getByText(stepUpText.codeIntro)).toBeVisible();
  },
};

/** A wrong code reads as in the sign-in challenge, with the tries left. */
export const WrongCode: Story = {
  play: async ({ canvasElement, loaded, args }) => {
    const { backend } = storyMock(loaded);
    const dialog = within(await open(canvasElement));
    await user.type(
      dialog.getByLabelText(text.codeLabel),
      wrongCode(backend.totpCode(DEMO_USER.email)),
    );
    await expect(
      await dialog.findByText(`${text['error.invalid_mfa_code']} ${text.attemptsLeft(4)}`),
    ).toBeVisible();
    await expect(args.onAction).not.toHaveBeenCalled();
  },
};

/** The backup-code path: a backup code is spent by the server's check. */
export const BackupCode: Story = {
  play: async ({ canvasElement, loaded, args }) => {
    const { enabled } = storyMock(loaded);
    const dialog = within(await open(canvasElement));
    await user.click(dialog.getByRole('button', { name: stepUpText.useBackupCode }));
    await expect(dialog.getByText(stepUpText.backupIntro)).toBeVisible();
    await user.type(dialog.getByLabelText(text.backupCodeLabel), enabled?.backupCodes[0] ?? '');
    await user.click(dialog.getByRole('button', { name: stepUpText.confirm }));
    await waitFor(() => expect(args.onAction).toHaveBeenCalledWith('backup_code'));
  },
};

/** The right code: the action runs once and the dialog closes. */
export const Done: Story = {
  play: async ({ canvasElement, loaded, args }) => {
    const { backend } = storyMock(loaded);
    const dialog = within(await open(canvasElement));
    await user.type(dialog.getByLabelText(text.codeLabel), backend.nextTotpCode(DEMO_USER.email));
    await expect(await within(canvasElement).findByText('done')).toBeVisible();
    await expect(args.onAction).toHaveBeenCalledTimes(1);
    await expect(args.onAction).toHaveBeenCalledWith('code');
  },
};

/** Cancel (or Escape): the action never runs. */
export const Cancelled: Story = {
  play: async ({ canvasElement, args }) => {
    const dialog = within(await open(canvasElement));
    await user.click(dialog.getByRole('button', { name: stepUpText.cancel }));
    await expect(await within(canvasElement).findByText('cancelled')).toBeVisible();
    await expect(args.onAction).not.toHaveBeenCalled();
  },
};

/** Too many wrong codes: the server's lockout counts down in the dialog. */
export const Locked: Story = {
  parameters: { mock: { mfa: 'totp', options: { lockout: { maxAttempts: 1 } } } },
  play: async ({ canvasElement, loaded }) => {
    const { backend } = storyMock(loaded);
    const dialog = within(await open(canvasElement));
    await user.type(
      dialog.getByLabelText(text.codeLabel),
      wrongCode(backend.totpCode(DEMO_USER.email)),
    );
    await expect(await dialog.findByText(/Too many attempts/)).toBeVisible();
    await expect(await dialog.findByText(/You can try again in \d+:\d\d/)).toBeVisible();
  },
};

/**
 * Two wrong authenticator codes in a row: the phone-clock hint, with this device's skew
 * from the server's `Date` (the mock's clock is moved five minutes ahead first).
 */
export const ClockHint: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { backend, baseUrl } = storyMock(loaded);
    backend.advanceClock(300);
    await observeServerClock((input, init) => backend.fetch(new Request(input, init)))(
      `${baseUrl}/__mock/clock`,
    );
    const dialog = within(await open(canvasElement));
    const field = dialog.getByLabelText(text.codeLabel);
    const wrong = wrongCode(backend.totpCode(DEMO_USER.email));
    await user.type(field, wrong);
    await dialog.findByText(/not correct/);
    await user.clear(field);
    await user.type(field, wrong);
    await expect(await dialog.findByText(/depend on your phone’s time/)).toBeVisible();
    await expect(await dialog.findByText(/about 5 minutes behind/)).toBeVisible();
  },
};

/** Email users (and any action that asks for it): the full step-up starts with the password. */
export const FullPassword: Story = {
  args: { channel: 'email' },
  parameters: { mock: { mfa: 'email' } },
  play: async ({ canvasElement }) => {
    const dialog = within(await open(canvasElement));
    await expect(dialog.getByLabelText(stepUpText.passwordLabel)).toHaveFocus();
    await expect(dialog.getByText(stepUpText.passwordIntro)).toBeVisible();
  },
};

/** A wrong password is refused by the sign-in, as on the sign-in form. */
export const FullWrongPassword: Story = {
  args: { channel: 'email' },
  parameters: { mock: { mfa: 'email' } },
  play: async ({ canvasElement }) => {
    const dialog = within(await open(canvasElement));
    await user.type(dialog.getByLabelText(stepUpText.passwordLabel), 'not my password');
    await user.click(dialog.getByRole('button', { name: stepUpText.confirm }));
    await expect(await dialog.findByText(text['error.invalid_credentials'])).toBeVisible();
  },
};

/** Then sign-in's second step (the emailed code here); its fresh token is the proof. */
export const FullChallenge: Story = {
  args: { channel: 'email' },
  parameters: { mock: { mfa: 'email' } },
  play: async ({ canvasElement, loaded, args }) => {
    const { backend } = storyMock(loaded);
    const dialog = within(await open(canvasElement));
    await user.type(dialog.getByLabelText(stepUpText.passwordLabel), DEMO_USER.password);
    await user.click(dialog.getByRole('button', { name: stepUpText.confirm }));
    const field = await dialog.findByLabelText(text.codeLabel);
    await user.type(field, backend.expectCode(DEMO_USER.email));
    await waitFor(() => expect(args.onAction).toHaveBeenCalledWith('sign_in'));
  },
};
