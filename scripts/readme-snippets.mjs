// The fenced TypeScript blocks of the READMEs, for the docs type-check
// (scripts/check-readme-snippets.mjs) and the consumer check (scripts/consumer-check.mjs).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Info strings of the blocks that are compiled. */
const TYPESCRIPT = new Set(['ts', 'tsx', 'typescript']);

/** A block is left out only with this comment on the line just above its fence. */
export const SKIP_MARKER = '<!-- docs-check: skip -->';

/** The README of the repository and of every package and app, as paths from `root`. */
export function readmePaths(root) {
  const paths = ['README.md'];
  for (const group of ['packages', 'apps']) {
    if (!existsSync(join(root, group))) continue;
    for (const dir of readdirSync(join(root, group)).sort()) {
      if (existsSync(join(root, group, dir, 'README.md'))) paths.push(`${group}/${dir}/README.md`);
    }
  }
  return paths;
}

/**
 * Every compiled block: the README it is in, the line of its first code line (1-based),
 * its language and its code. Each block is compiled as a module of its own, so a block
 * must import what it uses; names it leaves to the reader (an `email`, a `session`) are
 * declared in scripts/readme-snippets.d.ts.
 */
export function extractSnippets(root) {
  const snippets = [];
  for (const readme of readmePaths(root)) {
    const lines = readFileSync(join(root, readme), 'utf8').split('\n');
    for (let index = 0; index < lines.length; index++) {
      const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[index]);
      if (!open) continue;
      const [, indent, fence, lang] = open;
      const start = index + 1;
      let end = start;
      while (end < lines.length && !lines[end].trimStart().startsWith(fence)) end++;
      const skipped = lines[index - 1]?.trim() === SKIP_MARKER;
      if (TYPESCRIPT.has(lang.toLowerCase()) && !skipped) {
        const code = lines
          .slice(start, end)
          .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
          .join('\n');
        snippets.push({
          readme,
          line: start + 1,
          column: indent.length,
          lang: lang.toLowerCase(),
          code,
        });
      }
      index = end;
    }
  }
  return snippets;
}

/** A file name for a snippet: `README.md` line 83 -> `README.md.83.tsx`. */
export function snippetFileName(snippet) {
  return `${snippet.readme.replaceAll('/', '__')}.${snippet.line}.tsx`;
}

/** The snippet as a module (a block without imports would otherwise share one scope). */
export function snippetSource(snippet) {
  return `${snippet.code}\nexport {};\n`;
}

/** The packages a snippet imports (`@scope/name` or `name`), for the consumer's filter. */
export function importedPackages(snippet) {
  const names = new Set();
  const specifiers = /(?:\bfrom\s+|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;
  for (const [, spec] of snippet.code.matchAll(specifiers)) {
    if (spec.startsWith('.')) continue;
    const parts = spec.split('/');
    names.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
  }
  return names;
}
