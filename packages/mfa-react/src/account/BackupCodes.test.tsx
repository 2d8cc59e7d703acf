import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { captureDownloads, expectNoAxeViolations } from '../../test/harness.tsx';
import { PRINT_FRAME_TIMEOUT_MS } from '../internal/share.ts';
import { BackupCodes } from './BackupCodes.tsx';

const codes = Array.from({ length: 10 }, (_, index) => `${index}`.repeat(8));

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Replaces the print frame's `print` with `onPrint`, as the frame is added to the page. */
function stubFramePrint(onPrint: (frame: HTMLIFrameElement, frameWindow: Window) => void) {
  vi.spyOn(document.body, 'append').mockImplementation(function (this: HTMLElement, ...nodes) {
    HTMLElement.prototype.append.apply(this, nodes);
    for (const node of nodes) {
      if (node instanceof HTMLIFrameElement && node.contentWindow) {
        const frameWindow = node.contentWindow;
        frameWindow.print = () => onPrint(node, frameWindow);
      }
    }
  });
}

describe('BackupCodes', () => {
  it('lists the ten codes, says they are shown once, and passes axe', async () => {
    const screen = await render(<BackupCodes codes={codes} onContinue={vi.fn()} />);
    const items = screen.getByRole('list', { name: 'Backup codes' }).getByRole('listitem');
    expect(items.elements().map((item) => item.textContent)).toEqual(codes);
    await expect.element(screen.getByText('They will not be shown again.')).toBeVisible();
    await expectNoAxeViolations();
  });

  it('does not continue until the user confirms they saved the codes', async () => {
    const onContinue = vi.fn();
    const screen = await render(<BackupCodes codes={codes} onContinue={onContinue} />);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onContinue).not.toHaveBeenCalled();
    const checkbox = screen.getByRole('checkbox', { name: 'I have saved these codes' });
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('Confirm that you have saved your backup codes to continue.');
    await expect.element(checkbox).toHaveFocus();
    await expect.element(checkbox).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations();

    await userEvent.click(checkbox);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onContinue).toHaveBeenCalledOnce();
  });

  it('downloads the codes as a .txt file, one a line', async () => {
    const files = captureDownloads();
    const screen = await render(<BackupCodes codes={codes} />);
    await userEvent.click(screen.getByRole('button', { name: 'Download .txt' }));
    expect(files).toHaveLength(1);
    expect(files[0]?.name).toMatch(/^backup-codes-\d{4}-\d{2}-\d{2}\.txt$/);
    expect(files[0]?.blob.type).toBe('text/plain');
    const lines = (await files[0]?.blob.text())?.split('\n') ?? [];
    expect(lines).toEqual(expect.arrayContaining(codes));
  });

  it('names the app, the account and the day in the file, its name and the printout', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 5, 23, 59)); // local time: the person's day
    const files = captureDownloads();
    const screen = await render(
      <BackupCodes codes={codes} appName="Acme Books: Team/EU" account="ana@example.com" />,
    );
    vi.setSystemTime(new Date(2026, 11, 6, 0, 5)); // saved after midnight: still the day shown
    await userEvent.click(screen.getByRole('button', { name: 'Download .txt' }));
    expect(files[0]?.name).toBe('acme-books-team-eu-backup-codes-2026-12-05.txt');
    const text = (await files[0]?.blob.text()) ?? '';
    expect(text.split('\n').slice(0, 5)).toEqual([
      'Two-factor authentication backup codes',
      'App: Acme Books: Team/EU',
      'Account: ana@example.com',
      'Created: December 5, 2026 (2026-12-05)',
      'Each code works once. Keep this file somewhere safe.',
    ]);

    const printed: { title: string; text: string }[] = [];
    stubFramePrint((_frame, frameWindow) => {
      const { title, body } = frameWindow.document;
      printed.push({ title, text: body.textContent ?? '' });
      frameWindow.dispatchEvent(new Event('afterprint'));
    });
    await userEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(printed[0]?.title).toBe('Acme Books: Team/EU: Two-factor authentication backup codes');
    expect(printed[0]?.text).toContain('Account: ana@example.com');
    expect(printed[0]?.text).toContain(codes[9]);
  });

  it('copies all codes, one a line, and says so', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const screen = await render(<BackupCodes codes={codes} />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy all' }));
    expect(writeText).toHaveBeenCalledWith(codes.join('\n'));
    const status = screen.getByRole('status');
    await expect.element(status).toHaveTextContent('Copied');
    // Copying again puts a new node in the region, so "Copied" is announced again.
    const first = status.element().firstElementChild;
    await userEvent.click(screen.getByRole('button', { name: 'Copy all' }));
    await expect.poll(() => status.element().firstElementChild).not.toBe(first);
    await expect.element(status).toHaveTextContent('Copied');
  });

  it('prints the codes from a frame of their own', async () => {
    const printed: string[] = [];
    const screen = await render(<BackupCodes codes={codes} />);
    const appendFrame = vi.spyOn(document.body, 'append');
    appendFrame.mockImplementation(function (this: HTMLElement, ...nodes) {
      HTMLElement.prototype.append.apply(this, nodes);
      for (const node of nodes) {
        if (node instanceof HTMLIFrameElement && node.contentWindow) {
          const frameWindow = node.contentWindow;
          frameWindow.print = () => {
            printed.push(frameWindow.document.body.textContent ?? '');
          };
        }
      }
    });
    await userEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(printed[0]).toContain(codes[3]);
    expect(printed[0]).toContain('Two-factor authentication backup codes');
  });

  it('gives focus back to the Print button when printing is over', async () => {
    const screen = await render(<BackupCodes codes={codes} />);
    const frames: HTMLIFrameElement[] = [];
    stubFramePrint((frame, frameWindow) => {
      frames.push(frame);
      expect(document.activeElement).toBe(frame); // printing focuses the frame
      frameWindow.dispatchEvent(new Event('afterprint'));
    });
    const button = screen.getByRole('button', { name: 'Print' });
    await userEvent.click(button);
    expect(frames).toHaveLength(1);
    expect(frames[0]?.isConnected).toBe(false);
    await expect.element(button).toHaveFocus();
  });

  it('removes the print frame and restores focus even when afterprint never comes', async () => {
    const screen = await render(<BackupCodes codes={codes} />);
    const frames: HTMLIFrameElement[] = [];
    stubFramePrint((frame) => {
      frames.push(frame); // and no afterprint
    });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const button = screen.getByRole('button', { name: 'Print' }).element() as HTMLButtonElement;
    button.focus();
    button.click();
    expect(frames).toHaveLength(1);
    expect(frames[0]?.isConnected).toBe(true);
    expect(document.activeElement).toBe(frames[0]); // the frame took focus to print
    vi.advanceTimersByTime(PRINT_FRAME_TIMEOUT_MS);
    expect(frames[0]?.isConnected).toBe(false);
    expect(document.activeElement).toBe(button);
  });

  it('takes its strings from the messages prop', async () => {
    const screen = await render(
      <BackupCodes codes={codes} messages={{ backupHeading: 'Codes de secours' }} />,
    );
    await expect.element(screen.getByRole('heading', { name: 'Codes de secours' })).toBeVisible();
  });
});
