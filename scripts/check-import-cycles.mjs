#!/usr/bin/env node
/**
 * Fails when any module under packages/*\/src is part of an import cycle: value and type
 * imports, re-exports, dynamic `import()`, tests and test helpers alike, and across
 * packages (an `@authblock/*` import is followed to the source file its `exports` name
 * under the `@authblock/source` condition). A cycle means two modules cannot be read, built
 * or moved apart; a type-only one still ties their layers together.
 *
 * TypeScript's own scanner (`preProcessFile`) finds the imports, so an import written in a
 * comment or a string is not one. Run: `node scripts/check-import-cycles.mjs` (part of
 * `pnpm run check`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SOURCE = /\.(?:ts|tsx|mts|cts)$/;

function sourceFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name === 'dist') return [];
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return SOURCE.test(name) ? [full] : [];
  });
}

/** `@authblock/name/sub` → source file, from each package's `exports`. */
function workspaceEntries(packagesDir) {
  const entries = new Map();
  for (const name of readdirSync(packagesDir)) {
    const manifest = path.join(packagesDir, name, 'package.json');
    if (!existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
    for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
      const source = typeof target === 'object' ? target?.['@authblock/source'] : undefined;
      if (typeof source !== 'string') continue;
      const specifier = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.replace(/^\.\//, '')}`;
      entries.set(specifier, path.join(packagesDir, name, source));
    }
  }
  return entries;
}

function resolveRelative(from, specifier) {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [
    base,
    base.replace(/\.(m|c)?js$/, '.$1ts'),
    base.replace(/\.jsx$/, '.tsx'),
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, 'index.ts'),
    path.join(base, 'index.tsx'),
  ];
  return candidates.find(
    (file) => SOURCE.test(file) && existsSync(file) && statSync(file).isFile(),
  );
}

/** Every module's imports that lead to another module of the workspace. */
export function importGraph(root) {
  const packagesDir = path.join(root, 'packages');
  const entries = workspaceEntries(packagesDir);
  const files = readdirSync(packagesDir).flatMap((name) =>
    sourceFiles(path.join(packagesDir, name, 'src')),
  );
  const graph = new Map();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = new Set();
    for (const { fileName: specifier } of importedFiles) {
      const target = specifier.startsWith('.')
        ? resolveRelative(file, specifier)
        : entries.get(specifier);
      if (target) targets.add(target);
    }
    graph.set(file, [...targets]);
  }
  return graph;
}

/** Strongly connected components (Tarjan, iterative), each of two or more modules or a self-import. */
function tangles(graph) {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work = [[start, 0]];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const [node, next] = frame;
      const edges = graph.get(node) ?? [];
      if (next < edges.length) {
        frame[1]++;
        const to = edges[next];
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push([to, 0]);
        } else if (onStack.has(to)) {
          low.set(node, Math.min(low.get(node), index.get(to)));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1]?.[0];
      if (parent !== undefined) low.set(parent, Math.min(low.get(parent), low.get(node)));
      if (low.get(node) !== index.get(node)) continue;
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component);
    }
  }
  return found;
}

/** One concrete loop through a tangle, from its first module (in path order) back to it. */
function loopThrough(graph, component) {
  const members = new Set(component);
  const [start] = [...component].sort();
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const to of graph.get(node) ?? []) {
      if (!members.has(to)) continue;
      if (to === start) {
        const loop = [start];
        for (let at = node; at !== null && at !== start; at = previous.get(at))
          loop.splice(1, 0, at);
        return [...loop, start];
      }
      if (!previous.has(to)) {
        previous.set(to, node);
        queue.push(to);
      }
    }
  }
  return [start, start];
}

/** Every import cycle under `root`'s packages, each as one loop of file paths (relative). */
export function findImportCycles(root) {
  const graph = importGraph(root);
  return tangles(graph)
    .map((component) => ({
      modules: component.length,
      loop: loopThrough(graph, component).map((file) => path.relative(root, file)),
    }))
    .sort((a, b) => a.loop[0].localeCompare(b.loop[0]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const begin = performance.now();
  const cycles = findImportCycles(root);
  const ms = Math.round(performance.now() - begin);
  if (cycles.length === 0) {
    console.info(`No import cycles in packages/*/src (${ms} ms).`);
  } else {
    console.error(`Import cycles in packages/*/src (${cycles.length}):`);
    for (const { modules, loop } of cycles) {
      console.error(`\n  ${modules} module(s) tangled, e.g.:\n    ${loop.join('\n    → ')}`);
    }
    process.exitCode = 1;
  }
}
