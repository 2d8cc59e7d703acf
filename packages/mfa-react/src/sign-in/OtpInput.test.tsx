import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { expectNoAxeViolations } from '../../test/harness.tsx';
import { OtpInput } from './OtpInput.tsx';

/**
 * Pastes `text` as a browser does: a paste event the field may cancel, else the text is
 * inserted at the caret (replacing any selection).
 */
function pasteInto(input: HTMLInputElement, text: string) {
  input.focus();
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true });
  if (input.dispatchEvent(event)) document.execCommand('insertText', false, text);
}

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

  it('replaces a partly typed code when a whole code is pasted, and submits that once', async () => {
    const onComplete = vi.fn();
    const screen = await render(<OtpInput onComplete={onComplete} />);
    const input = screen.getByRole('textbox', { name: 'Verification code' });
    await userEvent.type(input, '1');
    pasteInto(input.element() as HTMLInputElement, '123 456');
    await expect.element(input).toHaveValue('123456');
    expect(onComplete).toHaveBeenCalledExactlyOnceWith('123456');
  });

  it('inserts a pasted part of a code at the caret, as typing would', async () => {
    const onComplete = vi.fn();
    const screen = await render(<OtpInput onComplete={onComplete} />);
    const input = screen.getByRole('textbox', { name: 'Verification code' });
    await userEvent.type(input, '12');
    pasteInto(input.element() as HTMLInputElement, '34');
    await expect.element(input).toHaveValue('1234');
    expect(onComplete).not.toHaveBeenCalled();
  });

  it('takes no paste while read-only (a code is being checked)', async () => {
    const onValueChange = vi.fn();
    const screen = await render(
      <OtpInput isPending defaultValue="1" onValueChange={onValueChange} />,
    );
    const input = screen.getByRole('textbox', { name: 'Verification code' });
    pasteInto(input.element() as HTMLInputElement, '654321');
    await expect.element(input).toHaveValue('1');
    expect(onValueChange).not.toHaveBeenCalled();
  });

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
    // Not a one-time code a browser could offer from a message.
    await expect.element(input).toHaveAttribute('autocomplete', 'off');
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

  it('stays focusable when locked: read-only and aria-disabled, not disabled', async () => {
    const screen = await render(
      <main>
        <OtpInput isLocked defaultValue="123456" />
      </main>,
    );
    const input = screen.getByRole('textbox', { name: 'Verification code' });
    await expect.element(input).toHaveAttribute('readonly');
    await expect.element(input).toHaveAttribute('aria-disabled', 'true');
    await expect.element(input).not.toHaveAttribute('disabled');
    await userEvent.tab();
    await expect.element(input).toHaveFocus();
    await expectNoAxeViolations();
  });
});
