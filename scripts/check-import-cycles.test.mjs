// The import-cycle check on small workspaces written to a temporary folder: it must find
// a cycle made of type imports, re-exports or workspace package imports, and nothing in a
// clean tree (nor an import that only appears in a comment).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findImportCycles } from './check-import-cycles.mjs';

let roots = [];
afterEach(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  roots = [];
});

/** A workspace from `{ 'pkg/src/file.ts': 'source' }`; each package exports src/index.ts. */
function workspace(files) {
  const root = mkdtempSync(path.join(tmpdir(), 'cycles-'));
  roots.push(root);
  const packages = new Set(Object.keys(files).map((file) => file.split('/')[0]));
  for (const name of packages) {
    mkdirSync(path.join(root, 'packages', name), { recursive: true });
    writeFileSync(
      path.join(root, 'packages', name, 'package.json'),
      JSON.stringify({
        name: `@authblock/${name}`,
        exports: { '.': { '@authblock/source': './src/index.ts' } },
      }),
    );
  }
  for (const [file, source] of Object.entries(files)) {
    const full = path.join(root, 'packages', file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, source);
  }
  return root;
}

describe('findImportCycles', () => {
  it('finds a cycle closed by a type-only import, and names its loop', () => {
    const root = workspace({
      'a/src/index.ts': "export { http } from './http.ts';",
      'a/src/http.ts': "import type { Options } from './types.ts';\nexport const http = 1;",
      'a/src/types.ts':
        "import type { Dialect } from './wire/dialect';\nexport type Options = Dialect;",
      'a/src/wire/dialect.ts':
        "import { http } from '../http.ts';\nexport type Dialect = typeof http;",
    });
    expect(findImportCycles(root)).toEqual([
      {
        modules: 3,
        loop: [
          'packages/a/src/http.ts',
          'packages/a/src/types.ts',
          'packages/a/src/wire/dialect.ts',
          'packages/a/src/http.ts',
        ],
      },
    ]);
  });

  it('follows workspace packages through their source entries, and dynamic imports', () => {
    const root = workspace({
      'a/src/index.ts': "import { b } from '@authblock/b';\nexport const a = b;",
      'b/src/index.ts': "export const b = 1;\nexport const load = () => import('./late.ts');",
      'b/src/late.ts': "import { a } from '@authblock/a';\nexport default a;",
    });
    expect(findImportCycles(root).map((cycle) => cycle.modules)).toEqual([3]);
  });

  it('finds none in a clean tree, where imports in comments and externals do not count', () => {
    const root = workspace({
      'a/src/index.ts':
        "import { z } from 'zod/mini';\nexport { core } from './core.ts';\n/** import { x } from './index.ts' */",
      'a/src/core.ts': "// import './index.ts'\nexport const core = 'import \"./index.ts\"';",
      'a/src/core.test.ts':
        "import { core } from './core.ts';\nimport { helper } from './test-utils/helper.ts';",
      'a/src/test-utils/helper.ts':
        "import { core } from '../core.ts';\nexport const helper = core;",
    });
    expect(findImportCycles(root)).toEqual([]);
  });

  it('finds a module that imports itself', () => {
    const root = workspace({ 'a/src/index.ts': "import './index.ts';" });
    expect(findImportCycles(root)).toEqual([
      { modules: 1, loop: ['packages/a/src/index.ts', 'packages/a/src/index.ts'] },
    ]);
  });
});
