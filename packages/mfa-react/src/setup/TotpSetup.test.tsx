import { DEMO_USER } from '@authblock/mfa-mock';
import jsQR from 'jsqr';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations, freshBackend, renderWithMfa } from '../../test/harness.tsx';
import { TotpSetup } from './TotpSetup.tsx';

let mock: Awaited<ReturnType<typeof freshBackend>>;
beforeEach(async () => {
  mock = await freshBackend();
});

/**
 * The frame as a camera sees it: its white ground, then the SVG drawn where it sits, read
 * by jsQR without trying the inverted image (a reader that needs that is a reader that
 * fails). Also returns the light margin around the modules, in modules.
 */
async function scan(frame: HTMLElement): Promise<{ text: string | undefined; quietZone: number }> {
  const svg = frame.querySelector('svg');
  if (!svg) throw new Error('no QR code drawn');
  const box = frame.getBoundingClientRect();
  const code = svg.getBoundingClientRect();
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(box.width * scale);
  canvas.height = Math.round(box.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  context.scale(scale, scale);
  context.fillStyle = getComputedStyle(frame).backgroundColor;
  context.fillRect(0, 0, box.width, box.height);
  const image = new Image();
  image.src = `data:image/svg+xml,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
  await image.decode();
  context.drawImage(image, code.left - box.left, code.top - box.top, code.width, code.height);
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
  const moduleSize = code.width / svg.viewBox.baseVal.width;
  const margin = Math.min(
    code.left - box.left,
    code.top - box.top,
    box.right - code.right,
    box.bottom - code.bottom,
  );
  return {
    text: jsQR(pixels.data, pixels.width, pixels.height, { inversionAttempts: 'dontInvert' })?.data,
    quietZone: margin / moduleSize,
  };
}

/** The key as the manual entry shows it, without the spaces that group it. */
async function manualKey(screen: Awaited<ReturnType<typeof renderWithMfa>>['screen']) {
  await userEvent.click(screen.getByText("Can't scan? Enter the key manually"));
  return (screen.container.querySelector('.abmfa-totp-setup__secret')?.textContent ?? '').replace(
    /\s/g,
    '',
  );
}

describe('TotpSetup', () => {
  // First in this file: the QR library has not been loaded in this page yet.
  it('shows "Loading…" in the code’s place while the QR library loads, then the code', async () => {
    const seen: string[] = [];
    const watcher = new MutationObserver((changes) => {
      for (const node of changes.flatMap((change) => [...change.addedNodes])) {
        if (!(node instanceof Element)) continue;
        const frame =
          node.closest('.abmfa-totp-setup__qr') ?? node.querySelector('.abmfa-totp-setup__qr');
        if (frame?.hasAttribute('data-loading')) seen.push(`loading: ${frame.textContent}`);
        else if (frame?.querySelector('svg')) seen.push('code');
      }
    });
    watcher.observe(document.body, { childList: true, subtree: true });
    const { screen } = await renderWithMfa(mock.backend, <TotpSetup />, {
      signedInAs: DEMO_USER.email,
    });
    await expect
      .element(screen.getByRole('img', { name: 'QR code for your authenticator app' }))
      .toBeVisible();
    watcher.disconnect();

    expect(seen[0]).toBe('loading: Loading…');
    expect(seen.at(-1)).toBe('code');
  });

  it('draws the setup’s otpauth URI as a code a camera reads, black on white, with a four-module quiet zone', async () => {
    const { screen } = await renderWithMfa(mock.backend, <TotpSetup qrSize={150} />, {
      signedInAs: DEMO_USER.email,
    });
    const code = screen.getByRole('img', { name: 'QR code for your authenticator app' });
    await expect.element(code).toBeVisible();
    await expectNoAxeViolations();
    const frame = code.element().closest<HTMLElement>('.abmfa-totp-setup__qr');
    if (!frame) throw new Error('no frame');

    const { text, quietZone } = await scan(frame);
    expect(text).toMatch(/^otpauth:\/\/totp\//);
    expect(text).toContain(`secret=${await manualKey(screen)}`);
    expect(quietZone).toBeGreaterThanOrEqual(4);
    expect(quietZone).toBeLessThan(5);
    expect(code.element().getBoundingClientRect().width).toBe(150);
    // The white is the component's own: it holds in dark mode, in forced colours and
    // without the optional stylesheet.
    expect(frame.style.background).toBe('rgb(255, 255, 255)');
    expect(frame.style.forcedColorAdjust).toBe('none');
  });
});
