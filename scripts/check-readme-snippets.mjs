#!/usr/bin/env node
// Type-checks every fenced TypeScript block of the READMEs (`pnpm typecheck:docs`, part of
// `pnpm typecheck`) against the workspace's packages, with the flags of a strict consumer
// (`strict`, `exactOptionalPropertyTypes`). Each block is a module of its own; the names a
// block leaves to the reader (`email`, `session`, `askForCode`) are declared in
// docs/readme-globals.d.ts. Errors point at the README line, with a hint on what to fix.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import {
  extractSnippets,
  SKIP_MARKER,
  snippetFileName,
  snippetSource,
} from './readme-snippets.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const globalsFile = join(root, 'docs/readme-globals.d.ts');
const started = performance.now();

const snippets = extractSnippets(root);
// Virtual files beside the workspace root, so packages resolve from its node_modules.
const virtualDir = join(root, '.readme-snippets');
const files = new Map(
  snippets.map((snippet) => [join(virtualDir, snippetFileName(snippet)), snippet]),
);

const base = ts.getParsedCommandLineOfConfigFile(
  join(root, 'tsconfig.base.json'),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  },
);
const options = {
  ...base.options,
  // What a strict consumer may have on, whatever the workspace's own setting.
  strict: true,
  exactOptionalPropertyTypes: true,
  noUnusedLocals: false,
  noEmit: true,
  // The README's Vite snippets read `import.meta.env`.
  types: ['node', 'vite/client'],
};

const host = ts.createCompilerHost(options);
const { getSourceFile, fileExists, readFile } = host;
host.fileExists = (file) => files.has(file) || fileExists.call(host, file);
host.readFile = (file) =>
  files.has(file) ? snippetSource(files.get(file)) : readFile.call(host, file);
host.getSourceFile = (file, languageVersion, ...rest) =>
  files.has(file)
    ? ts.createSourceFile(
        file,
        snippetSource(files.get(file)),
        languageVersion,
        true,
        ts.ScriptKind.TSX,
      )
    : getSourceFile.call(host, file, languageVersion, ...rest);

const program = ts.createProgram([...files.keys(), globalsFile], options, host);
// Only the snippets' own errors (and the globals file's): the packages' sources have
// `pnpm typecheck` for theirs.
const diagnostics = [
  ...program.getOptionsDiagnostics(),
  ...program.getGlobalDiagnostics(),
  ...[...files.keys(), globalsFile].flatMap((file) => {
    const source = program.getSourceFile(file);
    return source
      ? [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]
      : [];
  }),
];

function hint(code) {
  if (code === 2304 || code === 2552 || code === 2582 || code === 18004) {
    return 'a name the snippet uses but never defines: define it in the snippet, or, when the reader supplies it (an email, a session), declare it in docs/readme-globals.d.ts';
  }
  if (code === 2307) {
    return 'an import the workspace cannot resolve: check the package and entry names (or add the package to the root devDependencies)';
  }
  if (code === 2451 || code === 2300) {
    return 'one block declares a name twice: each fenced block is one module, so rename or split the block';
  }
  return 'the README and the code disagree: fix the snippet, or the code if the README shows what it should do';
}

const readmeLines = new Map();
const lineOf = (readme, line) => {
  if (!readmeLines.has(readme)) {
    readmeLines.set(readme, readFileSync(join(root, readme), 'utf8').split('\n'));
  }
  return readmeLines.get(readme)[line - 1] ?? '';
};

const report = [];
for (const diagnostic of diagnostics) {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n    ');
  const snippet = diagnostic.file ? files.get(diagnostic.file.fileName) : undefined;
  if (!diagnostic.file || diagnostic.start === undefined) {
    report.push(`error TS${diagnostic.code}: ${message}`);
    continue;
  }
  const position = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  if (!snippet) {
    report.push(
      `${relative(root, diagnostic.file.fileName)}:${position.line + 1}:${position.character + 1} error TS${diagnostic.code}: ${message}`,
    );
    continue;
  }
  const line = snippet.line + position.line;
  const column = snippet.column + position.character + 1;
  const text = lineOf(snippet.readme, line);
  report.push(
    [
      `${snippet.readme}:${line}:${column} error TS${diagnostic.code}: ${message}`,
      `  ${String(line).padStart(4)} | ${text}`,
      `       | ${' '.repeat(column - 1)}^`,
      `  hint: ${hint(diagnostic.code)}`,
    ].join('\n'),
  );
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (report.length > 0) {
  console.error(
    `README snippets: ${report.length} error(s) in ${snippets.length} TypeScript blocks, compiled as a strict consumer would (exactOptionalPropertyTypes on):\n\n${report.join('\n\n')}\n\nRun \`pnpm typecheck:docs\` to check again. A block that cannot compile by nature may be left out with ${SKIP_MARKER} on the line above its fence.`,
  );
  process.exit(1);
}
console.info(`README snippets: ${snippets.length} TypeScript blocks compile (${seconds} s)`);
