#!/usr/bin/env node
// The kit as a team outside this repository gets it: packs every package under packages/,
// checks what each tarball holds, installs the tarballs with npm (not the workspace) into a
// throwaway Vite + React 19 + TypeScript app (scripts/consumer-app), type-checks that app
// and the README's blocks (strict, exactOptionalPropertyTypes, moduleResolution bundler and
// nodenext, and against React 18's types as well as 19's), copies the
// mock's service worker with `authblock-mfa-mock init public/` as the README says, builds it
// and runs the packages in Node (ESM, CommonJS require, the mock's msw server).
//
// Needs `pnpm build` first. npm's cache is reused (`--prefer-offline`), so after the first
// run nothing is downloaded. KEEP_CONSUMER=1 keeps the app's folder for a look.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import {
  extractSnippets,
  importedPackages,
  snippetFileName,
  snippetSource,
} from './readme-snippets.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();
const problems = [];

function step(name, fn) {
  const t0 = performance.now();
  const result = fn();
  console.info(`consumer-check: ${name} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  return result;
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe' });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`consumer-check: \`${command} ${args.join(' ')}\` failed in ${cwd}`);
  }
  return result.stdout;
}

/** The files of a .tgz: name (without the `package/` prefix), size and contents. */
function readTarball(file) {
  const data = gunzipSync(readFileSync(file));
  const files = new Map();
  let offset = 0;
  while (offset + 512 <= data.length) {
    const header = data.subarray(offset, offset + 512);
    const name = header.toString('utf8', 0, 100).replace(/\0.*$/s, '');
    if (name === '') break;
    const prefix = header.toString('utf8', 345, 500).replace(/\0.*$/s, '');
    const size = Number.parseInt(header.toString('utf8', 124, 136).replace(/\0.*$/s, ''), 8);
    const type = header.toString('utf8', 156, 157);
    const body = data.subarray(offset + 512, offset + 512 + size);
    if (type === '0' || type === '\0') {
      files.set((prefix ? `${prefix}/${name}` : name).replace(/^package\//, ''), body);
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

const workspaceManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/**
 * React 18's types, under an alias name beside 19's (see tsconfig.react18.json). Only
 * `@types/react`: `@types/react-dom@18` would ask npm for a second `@types/react` peer, and
 * react-dom's types take React's (`ReactNode`) from whichever `react` the app resolves.
 */
const REACT_18_TYPES = 'npm:@types/react@18.3.32';
const license = readFileSync(join(root, 'LICENSE'));

/** What a published package must hold; every miss is reported, not just the first. */
function checkTarball(dir, manifestInRepo, files) {
  const name = manifestInRepo.name;
  const miss = (what) => problems.push(`${name}: ${what}`);
  for (const required of ['README.md', 'LICENSE', 'package.json']) {
    if (!files.has(required)) miss(`the tarball has no ${required}`);
  }
  if (files.has('LICENSE') && !files.get('LICENSE').equals(license)) {
    miss(`LICENSE differs from the repository's (copy it: cp LICENSE packages/${dir}/)`);
  }
  const manifest = JSON.parse(files.get('package.json').toString('utf8'));
  if (manifest.license !== 'MIT') miss('package.json: license is not MIT');
  if (manifest.engines?.node !== workspaceManifest.engines.node) {
    miss(`package.json: engines.node is not "${workspaceManifest.engines.node}"`);
  }
  // One repository address for all: the root package.json's (no git remote names one yet).
  if (
    manifest.repository?.url !== workspaceManifest.repository.url ||
    manifest.repository.directory !== `packages/${dir}`
  ) {
    miss(
      `package.json: repository needs url "${workspaceManifest.repository.url}" and directory "packages/${dir}"`,
    );
  }
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    for (const [dep, range] of Object.entries(manifest[field] ?? {})) {
      if (String(range).startsWith('workspace:')) miss(`${field}.${dep} is still "${range}"`);
    }
  }
  // Source maps and declaration maps: every reference points at a file in the tarball.
  for (const [file, body] of files) {
    if (!/\.(js|d\.ts)$/.test(file)) continue;
    const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(body.toString('utf8'))?.[1];
    if (url && !url.startsWith('data:') && !files.has(posix.join(posix.dirname(file), url))) {
      miss(`${file} points at ${url}, which the tarball does not hold`);
    }
  }
  // One build per package: a chunk name (`backend-[hash].js`) appears once.
  const stems = new Map();
  for (const file of files.keys()) {
    const stem = /^dist\/(.+)-[\w-]{8}\.js$/.exec(file)?.[1];
    if (stem) stems.set(stem, [...(stems.get(stem) ?? []), file]);
  }
  for (const [stem, copies] of stems) {
    if (copies.length > 1)
      miss(`the ${stem} chunk ships ${copies.length} times: ${copies.join(', ')}`);
  }
  // Entries that also run in a browser (all but `./node`, `./server`) import no `node:*`,
  // nor do the chunks they load.
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    const entry = typeof target === 'object' ? target.default : null;
    if (!entry?.endsWith('.js') || ['./node', './server'].includes(subpath)) continue;
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file) || !files.has(file)) return;
      seen.add(file);
      const code = files.get(file).toString('utf8');
      for (const [, spec] of code.matchAll(/\bfrom\s*["']([^"']+)["']/g)) {
        if (spec.startsWith('node:'))
          miss(`"${subpath}" runs in browsers but ${file} imports ${spec}`);
        if (spec.startsWith('.')) visit(posix.join(posix.dirname(file), spec));
      }
    };
    visit(posix.normalize(entry));
  }
  return manifest;
}

// 1. Pack every published package (pnpm turns `workspace:` ranges into versions).
const work = mkdtempSync(join(tmpdir(), 'authblock-consumer-'));
const packsDir = join(work, 'packs');
const packages = readdirSync(join(root, 'packages'))
  .map((dir) => ({ dir, path: join(root, 'packages', dir) }))
  .filter(({ path }) => existsSync(join(path, 'package.json')))
  .map((pkg) => ({
    ...pkg,
    manifest: JSON.parse(readFileSync(join(pkg.path, 'package.json'), 'utf8')),
  }))
  .filter(({ manifest }) => !manifest.private);

const report = [];
step(`packed ${packages.length} packages`, () => {
  for (const pkg of packages) {
    if (!existsSync(join(pkg.path, 'dist'))) {
      throw new Error(
        `consumer-check: ${pkg.manifest.name} has no dist/: run \`pnpm build\` first`,
      );
    }
    run('pnpm', ['pack', '--pack-destination', packsDir], pkg.path);
    pkg.tarball = join(
      packsDir,
      readdirSync(packsDir).find((f) =>
        f.startsWith(
          `${pkg.manifest.name.replace('@', '').replace('/', '-')}-${pkg.manifest.version}`,
        ),
      ),
    );
    const files = readTarball(pkg.tarball);
    checkTarball(pkg.dir, pkg.manifest, files);
    report.push({ pkg, files });
  }
});

for (const { pkg, files } of report) {
  const unpacked = [...files.values()].reduce((sum, body) => sum + body.length, 0);
  const packed = readFileSync(pkg.tarball).length;
  console.info(
    `  ${basename(pkg.tarball)}: ${(packed / 1024).toFixed(1)} kB packed, ${(unpacked / 1024).toFixed(1)} kB unpacked, ${files.size} files`,
  );
  if (process.env.CONSUMER_LIST) {
    for (const [file, body] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
      console.info(`    ${String(body.length).padStart(7)}  ${file}`);
    }
  }
}
if (problems.length > 0) {
  console.error(
    `\nconsumer-check: the tarballs are not ready to publish:\n- ${problems.join('\n- ')}`,
  );
  process.exit(1);
}

// 2. The consumer app: the template, with the tarballs and the workspace's own versions of
// React, TanStack Query, msw, Vite and TypeScript.
const app = join(work, 'app');
cpSync(join(root, 'scripts/consumer-app'), app, { recursive: true });
const pinned = (name) => {
  const version = workspaceManifest.devDependencies[name];
  if (!version) throw new Error(`consumer-check: the workspace does not pin ${name}`);
  return version;
};
writeFileSync(
  join(app, 'package.json'),
  `${JSON.stringify(
    {
      name: 'authblock-consumer-check',
      private: true,
      type: 'module',
      dependencies: {
        ...Object.fromEntries(packages.map((pkg) => [pkg.manifest.name, `file:${pkg.tarball}`])),
        ...Object.fromEntries(
          ['react', 'react-dom', '@tanstack/react-query'].map((n) => [n, pinned(n)]),
        ),
      },
      devDependencies: {
        ...Object.fromEntries(
          [
            'msw',
            'typescript',
            'vite',
            '@vitejs/plugin-react',
            '@types/react',
            '@types/react-dom',
            '@types/node',
          ].map((n) => [n, pinned(n)]),
        ),
        // React 18's types beside 19's, for tsconfig.react18.json.
        '@types/react-18': REACT_18_TYPES,
      },
    },
    null,
    2,
  )}\n`,
);

const bin = (name) => join(app, 'node_modules/.bin', name);
// The README's TypeScript blocks, compiled against the tarballs too: those whose imports
// this app has (a Playwright or vitest block needs packages it does not install).
const installed = new Set(
  Object.keys(JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')).dependencies),
);
const snippets = extractSnippets(root).filter((snippet) =>
  [...importedPackages(snippet)].every((name) => installed.has(name) || name === 'react-dom'),
);
mkdirSync(join(app, 'src/readme'));
cpSync(join(root, 'docs/readme-globals.d.ts'), join(app, 'src/readme/globals.d.ts'));
for (const snippet of snippets) {
  writeFileSync(join(app, 'src/readme', snippetFileName(snippet)), snippetSource(snippet));
}
console.info(`consumer-check: ${snippets.length} README blocks join the app's sources`);

try {
  step('npm install (the tarballs and the app)', () =>
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], app),
  );
  step('tsc, moduleResolution bundler', () => run(bin('tsc'), ['-p', 'tsconfig.json'], app));
  step('tsc, moduleResolution nodenext', () =>
    run(bin('tsc'), ['-p', 'tsconfig.nodenext.json'], app),
  );
  step('tsc, React 18 types (@types/react@18)', () =>
    run(bin('tsc'), ['-p', 'tsconfig.react18.json'], app),
  );
  step('authblock-mfa-mock init public/', () =>
    run(bin('authblock-mfa-mock'), ['init', 'public'], app),
  );
  step('vite build', () => run(bin('vite'), ['build', '--logLevel', 'warn'], app));
  if (!existsSync(join(app, 'dist/mockServiceWorker.js'))) {
    throw new Error('consumer-check: the built app has no mockServiceWorker.js (init, then Vite)');
  }
  step('node: ESM import and the msw server', () => run('node', ['smoke.mjs'], app));
  step('node: CommonJS require', () => run('node', ['smoke.cjs'], app));
} finally {
  if (process.env.KEEP_CONSUMER) console.info(`consumer-check: the app is in ${app}`);
  else rmSync(work, { recursive: true, force: true });
}
console.info(`consumer-check: passed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
