import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const FACTORS = import.meta.dirname;
const SRC = resolve(FACTORS, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('factors', () => {
  // The core runs the factors; a factor never reaches back into the core, the routes or the
  // backend (no import cycle), only into its own folder, the shared provider and crypto.
  it('import nothing of the backend beyond the internal crypto helpers', () => {
    const reached: string[] = [];
    for (const file of sourceFiles(FACTORS)) {
      for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)) {
        if (!specifier.startsWith('.')) continue;
        const target = relative(SRC, resolve(file, '..', specifier));
        if (!target.startsWith('factors/') && target !== 'internal/crypto.ts') {
          reached.push(`${relative(SRC, file)} -> ${target}`);
        }
      }
    }
    expect(reached).toEqual([]);
  });

  it('each live in one folder with one provider', () => {
    const folders = readdirSync(FACTORS, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    const registry = readFileSync(join(FACTORS, 'index.ts'), 'utf8');
    for (const folder of folders) expect(registry).toContain(`from './${folder}/`);
  });
});
