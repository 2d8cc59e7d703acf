#!/usr/bin/env node
// Readies a machine that has only Node and npm: the pinned pnpm, the workspace's packages
// and, with --browser, a Chromium for the browser tests. Idempotent and quick when
// everything is already there, so `npm start` and `npm test` can run it every time.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wantBrowser = process.argv.includes('--browser');

function fail(message) {
  console.error(`\nsetup: ${message}\n`);
  process.exit(1);
}

function run(command, args, what) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) fail(`${what} failed (${command} ${args.join(' ')}).`);
}

function versionOf(command) {
  try {
    return execFileSync(command, ['--version'], { encoding: 'utf8', stdio: 'pipe' }).trim();
  } catch {
    return null;
  }
}

// 1. Node itself.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  fail(`Node ${process.versions.node} is too old: this kit needs Node >= 20.19.`);
}

// 2. The pnpm pinned in package.json. Corepack cannot verify registry signatures on every
// network, so npm installs it.
const { packageManager } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmVersion = packageManager.replace(/^pnpm@/, '');
if (versionOf('pnpm') !== pnpmVersion) {
  console.info(`setup: installing pnpm ${pnpmVersion} with npm`);
  run('npm', ['install', '--global', `pnpm@${pnpmVersion}`], `Installing pnpm ${pnpmVersion}`);
  if (versionOf('pnpm') !== pnpmVersion) {
    fail(
      `pnpm ${pnpmVersion} was installed but \`pnpm --version\` does not report it. ` +
        "Put npm's global bin folder (`npm prefix -g`/bin) first on PATH and try again.",
    );
  }
}

// 3. The workspace's packages, exactly as the lockfile says. pnpm's own progress shows
// (a first run on an empty cache downloads for minutes; silence would look like a hang).
console.info("setup: installing the workspace's packages (pnpm install)");
run('pnpm', ['install', '--frozen-lockfile'], 'pnpm install');

// 4. Chromium for vitest browser mode, Storybook's tests and the end-to-end suite.
// Playwright's own browser download cannot work offline, so the system's Chromium is used.
if (wantBrowser) {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    const isRoot = process.getuid?.() === 0;
    const hasApt = versionOf('apt-get') !== null;
    if (!hasApt) {
      fail(
        `Chromium is missing at ${chromium}. Install Chromium with your system's package ` +
          'manager, or point CHROMIUM_PATH at an installed Chromium or Chrome.',
      );
    }
    if (!isRoot && spawnSync('sudo', ['-n', 'true']).status !== 0) {
      fail(
        `Chromium is missing at ${chromium}. Run \`sudo apt-get install -y chromium\`, ` +
          'or point CHROMIUM_PATH at an installed Chromium or Chrome.',
      );
    }
    const [apt, ...aptPrefix] = isRoot ? ['apt-get'] : ['sudo', '-n', 'apt-get'];
    console.info('setup: installing Chromium from the system packages (about 2 minutes)');
    run(apt, [...aptPrefix, 'update', '-qq'], 'apt-get update');
    run(apt, [...aptPrefix, 'install', '-y', '-qq', 'chromium'], 'Installing Chromium');
    if (!existsSync(chromium)) fail(`Chromium was installed but is not at ${chromium}.`);
  }
}
