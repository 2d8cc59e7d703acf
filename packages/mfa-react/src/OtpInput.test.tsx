import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { OtpInput } from './OtpInput.tsx';

describe('OtpInput', () => {
  it('is one labelled field that browsers and password managers can fill with a one-time code', async () => {
    const screen = await render(<OtpInput />);
    const input = screen.getByRole('textbox', { name: 'Verification code' });
    await expect.element(input).toHaveAttribute('autocomplete', 'one-time-code');
    await expect.element(input).toHaveAttribute('inputmode', 'numeric');
    await expect.element(input).toHaveAttribute('pattern', '[0-9]{6}');
    await expect.element(input).toHaveAccessibleDescription('Enter the 6-digit code.');
    expect(screen.container.querySelectorAll('input')).toHaveLength(1);
  });

  it.each([['123 456'], ['123-456'], [' 12 34 56 ']])(
    'accepts a pasted "%s" as 123456 and submits it once',
    async (pasted) => {
      const onComplete = vi.fn();
      const screen = await render(<OtpInput onComplete={onComplete} />);
      const input = screen.getByRole('textbox', { name: 'Verification code' });
      await userEvent.fill(input, pasted);
      await expect.element(input).toHaveValue('123456');
      expect(onComplete).toHaveBeenCalledExactlyOnceWith('123456');
    },
  );

  it('submits when the sixth digit is typed, ignores letters, and does not submit the same code twice', async () => {
    const onComplete = vi.fn();
    const screen = await render(<OtpInput onComplete={onComplete} />);
    const input = screen.getByRole('textbox', { name: 'Verification code' });
    await userEvent.type(input, '12a345');
    expect(onComplete).not.toHaveBeenCalled();
    await userEvent.type(input, '6');
    await userEvent.type(input, '7');
    await expect.element(input).toHaveValue('123456');
    expect(onComplete).toHaveBeenCalledExactlyOnceWith('123456');

    // Correcting the code re-arms it.
    await userEvent.keyboard('{Backspace}9');
    expect(onComplete).toHaveBeenLastCalledWith('123459');
    expect(onComplete).toHaveBeenCalledTimes(2);
  });

  it('takes backup codes as text, upper-cased, without spaces or dashes, and never auto-submits them', async () => {
    const onComplete = vi.fn();
    const screen = await render(<OtpInput mode="backup" onComplete={onComplete} />);
    const input = screen.getByRole('textbox', { name: 'Backup code' });
    await expect.element(input).toHaveAttribute('inputmode', 'text');
    await expect.element(input).not.toHaveAttribute('pattern');
    await userEvent.fill(input, 'ab12-cd34');
    await expect.element(input).toHaveValue('AB12CD34');
    expect(onComplete).not.toHaveBeenCalled();
  });

  it('links its error to the field and exposes state for styling', async () => {
    const screen = await render(
      <OtpInput
        errorMessage="That code is not correct."
        isPending
        className={(state) => `custom-${state.fill}`}
        defaultValue="12"
      />,
    );
    const input = screen.getByRole('textbox', { name: 'Verification code' });
    await expect.element(input).toHaveAttribute('aria-invalid', 'true');
    await expect.element(input).toHaveAccessibleDescription(/That code is not correct\./);
    await expect.element(input).toHaveAttribute('readonly');
    await expect.element(screen.getByRole('alert')).toHaveTextContent('That code is not correct.');
    const root = screen.container.querySelector('.abmfa-otp');
    expect(root?.className).toBe('abmfa-otp custom-partial');
    expect(root?.getAttribute('data-state')).toBe('partial');
    expect(root?.hasAttribute('data-invalid')).toBe(true);
    expect(root?.hasAttribute('data-loading')).toBe(true);
  });
});
