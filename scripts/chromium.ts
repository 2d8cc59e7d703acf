// One place that knows how to start Debian's Chromium: vitest browser mode, Storybook's
// tests and the end-to-end suite all launch it with these settings. Playwright never
// downloads a browser here (the machines have no route to its CDN).
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps dialling Google's hosts, which
// the sandboxed network refuses many at a time.
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const chromiumLaunchOptions = { executablePath: chromiumPath, args: chromiumArgs };
