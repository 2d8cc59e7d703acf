// The optional stylesheet (imported by the harness): what it must not hide from assistive
// technology, the contrast of field borders, and that it leaves the host page alone.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { expectNoAxeViolations } from '../test/harness.tsx';
import { LiveError, TextField } from './internal/ui.tsx';
import { OtpInput } from './sign-in/OtpInput.tsx';

afterEach(() => {
  delete document.documentElement.dataset.theme;
});

function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  const [lr, lg, lb] = [r, g, b].map((channel) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (lr ?? 0) + 0.7152 * (lg ?? 0) + 0.0722 * (lb ?? 0);
}

function styleOf(root: Element, selector: string): CSSStyleDeclaration {
  const element = root.querySelector(selector);
  if (!element) throw new Error(`${selector} is not rendered`);
  return getComputedStyle(element);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** Border against background of every kit input in `root`. */
function borderContrasts(root: Element): number[] {
  return [...root.querySelectorAll('.abmfa-otp__input, .abmfa-field__input')].map((input) => {
    const style = getComputedStyle(input);
    return contrast(style.borderTopColor, style.backgroundColor);
  });
}

function Fields() {
  return (
    <main className="abmfa-sign-in">
      <TextField id="email" label="Email" value="" onValueChange={() => undefined} />
      <OtpInput />
    </main>
  );
}

describe('styles.css', () => {
  it('keeps empty live regions in the accessibility tree (visually hidden, not display:none)', async () => {
    const screen = await render(
      <div className="abmfa-challenge">
        <LiveError id="error" className="abmfa-error" message={undefined} />
        <div className="abmfa-challenge__status" role="status" />
        <p className="abmfa-status" role="status" />
      </div>,
    );
    const regions = screen.container.querySelectorAll('[role="alert"], [role="status"]');
    expect(regions).toHaveLength(3);
    for (const region of regions) {
      const style = getComputedStyle(region);
      expect(style.display).not.toBe('none');
      expect(style.visibility).not.toBe('hidden');
      expect(region.getBoundingClientRect().height).toBeLessThanOrEqual(1);
    }
  });

  it('gives field borders at least 3:1 contrast in light and dark', async () => {
    const screen = await render(<Fields />);
    const light = borderContrasts(screen.container);
    expect(light).toHaveLength(2);
    for (const ratio of light) expect(ratio).toBeGreaterThanOrEqual(3);

    document.documentElement.dataset.theme = 'dark';
    const dark = borderContrasts(screen.container);
    const background = styleOf(screen.container, '.abmfa-otp__input');
    expect(luminance(background.backgroundColor)).toBeLessThan(0.05); // the dark theme applied
    for (const ratio of dark) expect(ratio).toBeGreaterThanOrEqual(3);
    await expectNoAxeViolations();
  });

  it('forces the light theme from any ancestor, also inside a dark page', async () => {
    document.documentElement.dataset.theme = 'dark';
    const screen = await render(
      <section data-theme="light">
        <Fields />
      </section>,
    );
    const root = styleOf(screen.container, '.abmfa-sign-in');
    expect(root.backgroundColor).toBe('rgb(255, 255, 255)');
    expect(root.colorScheme).toBe('light');
  });

  it('leaves the host page’s own headings and <details> alone', async () => {
    const screen = await render(
      <div>
        <h2 className="card__heading" tabIndex={-1} style={{ fontSize: '30px' }}>
          Host card
        </h2>
        <details>
          <summary>Host summary</summary>
        </details>
        <h2 className="abmfa-challenge__heading">Kit heading</h2>
      </div>,
    );
    expect(styleOf(screen.container, '.abmfa-challenge__heading').marginTop).toBe('0px');
    expect(styleOf(screen.container, '.card__heading').marginTop).not.toBe('0px');
    await userEvent.tab();
    expect(document.activeElement?.tagName).toBe('SUMMARY');
    // The browser's own focus ring, not the kit's 2px accent outline.
    expect(styleOf(screen.container, 'summary').outlineColor).not.toBe('rgb(34, 81, 209)');
    // The page itself keeps its own colour scheme.
    expect(getComputedStyle(document.documentElement).colorScheme).toBe('normal');
  });
});
