import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { enMessages as text } from '../provider/messages.ts';
import { OtpInput } from './OtpInput.tsx';

/** One accessible field for 6-digit codes and backup codes. No network. */
const meta = {
  title: 'Primitives/OtpInput',
  component: OtpInput,
  args: { onComplete: fn(), onValueChange: fn() },
  parameters: { mock: { signedIn: false } },
} satisfies Meta<typeof OtpInput>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A 6-digit code: numeric keyboard, `one-time-code` autofill, submits once complete. */
export const Numeric: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const field = canvas.getByLabelText(text.codeLabel);
    await expect(field).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(field).toHaveAttribute('inputmode', 'numeric');
    await userEvent.type(field, '12a34 56');
    await expect(field).toHaveValue('123456');
    await expect(args.onComplete).toHaveBeenCalledTimes(1);
    await expect(args.onComplete).toHaveBeenCalledWith('123456');
  },
};

/** Pasting "123 456" or "123-456" works, and completes once. */
export const Paste: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const field = canvas.getByLabelText(text.codeLabel);
    await userEvent.click(field);
    await userEvent.paste('123-456');
    await expect(field).toHaveValue('123456');
    await expect(args.onComplete).toHaveBeenCalledTimes(1);
    await expect(args.onComplete).toHaveBeenCalledWith('123456');
  },
};

/** A backup code: letters and digits, upper-cased, never submitted on its own. */
export const BackupCode: Story = {
  args: { mode: 'backup' },
  play: async ({ canvas, userEvent, args }) => {
    const field = canvas.getByLabelText(text.backupCodeLabel);
    await userEvent.type(field, 'ab12-cd34');
    await expect(field).toHaveValue('AB12CD34');
    await expect(args.onComplete).not.toHaveBeenCalled();
  },
};

/** An error is linked to the field and marks it invalid. */
export const Invalid: Story = {
  args: { defaultValue: '000000', errorMessage: text['error.invalid_mfa_code'] },
  play: async ({ canvas }) => {
    const field = canvas.getByLabelText(text.codeLabel);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(
      expect.stringContaining(text['error.invalid_mfa_code']),
    );
  },
};

/** Checking the code: read-only, `data-loading` set. */
export const Pending: Story = {
  args: { defaultValue: '123456', isPending: true },
};

export const Disabled: Story = {
  args: { isDisabled: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText(text.codeLabel)).toBeDisabled();
  },
};
