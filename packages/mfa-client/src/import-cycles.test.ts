import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

// The client's modules form layers (wire schemas and errors, then transport, then the route
// groups, then the clients); an import cycle, type-only ones included, means a layer reaches
// back up. TypeScript's own pre-processor lists each module's imports.

const root = dirname(fileURLToPath(import.meta.url));

/** Every shipped module (tests and test utilities left out), by path relative to src/. */
function modules(): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(file))
    .filter((file) => !file.startsWith('test-utils'))
    .map((file) => file.split('\\').join('/'));
}

/** Module -> the modules of this package it imports (relative specifiers only). */
function importGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
    graph.set(
      file,
      importedFiles
        .map(({ fileName }) => fileName)
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) =>
          relative(root, resolve(root, dirname(file), specifier))
            .split('\\')
            .join('/'),
        ),
    );
  }
  return graph;
}

/** Each cycle once, as the modules along it, starting and ending at the same one. */
function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (node: string) => {
    const at = path.indexOf(node);
    if (at !== -1) {
      cycles.push([...path.slice(at), node]);
      return;
    }
    if (done.has(node)) return;
    path.push(node);
    for (const next of graph.get(node) ?? []) visit(next);
    path.pop();
    done.add(node);
  };
  for (const node of graph.keys()) visit(node);
  return cycles;
}

describe('no import cycle in mfa-client', () => {
  test('the walk finds a cycle when there is one', () => {
    const graph = new Map([
      ['http.ts', ['types.ts']],
      ['types.ts', ['dialect.ts']],
      ['dialect.ts', ['http.ts']],
    ]);
    expect(findCycles(graph)).toEqual([['http.ts', 'types.ts', 'dialect.ts', 'http.ts']]);
  });

  test('every module imported resolves to a module of the package', () => {
    const files = modules();
    const graph = importGraph(files);
    const missing = [...graph.values()].flat().filter((target) => !files.includes(target));
    expect(missing).toEqual([]);
    expect(files.length).toBeGreaterThan(20);
  });

  test('src/ has none, type-only imports included', () => {
    expect(findCycles(importGraph(modules()))).toEqual([]);
  });
});
