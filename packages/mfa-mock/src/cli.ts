#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { ADMIN_USER, DEFAULT_API_KEY, DEMO_USER } from './core.ts';
import { initWorker } from './init.ts';
import { startMockHttpServer } from './server.ts';
import type { MockDialect } from './types.ts';

const INIT_USAGE = 'Usage: authblock-mfa-mock init <publicDir>';

const HELP = `Usage: authblock-mfa-mock [--port 4010] [--host 127.0.0.1] [--dialect guide|reference]
                          [--allow-origin URL ...] [--empty] [--issuer NAME]
       ${INIT_USAGE}

Serves the reference Auth Block MFA backend over HTTP, with a seeded tenant of 250 users
and a year of audit history for the admin routes (--empty: only the demo and admin users).
--dialect: the wire shapes of the 2FA guide (default) or of the vendor's API reference.
Browser apps on localhost, 127.0.0.1 or [::1] may call it (CORS); add other origins
with --allow-origin (repeatable). --issuer names the app in authenticator apps
(default "Auth Block"; spaces and dashes are fine: --issuer "23blocks - My Company").
Environment: PORT, HOST, AUTHBLOCK_MOCK_DIALECT.

init copies msw's service worker (mockServiceWorker.js) into the app's public folder,
for startMockWorker() from @authblock/mfa-mock/browser.`;

/** `init <publicDir>`: the worker file for the in-page mock. */
async function init(publicDir: string | undefined): Promise<void> {
  if (!publicDir) {
    console.error(INIT_USAGE);
    process.exitCode = 1;
    return;
  }
  const { file, mswVersion } = await initWorker(publicDir);
  console.info(`Copied msw ${mswVersion}'s service worker to ${file}.
Both Vite and Next.js serve public/ at the site root, where startMockWorker() looks for
/mockServiceWorker.js. Start the mock before the app's first API call, in mock mode only:
- Vite: in main.tsx, \`if (import.meta.env.DEV) await startMockWorker({ baseUrl })\`, then render.
- Next.js (App Router): in a 'use client' provider, start it in useEffect when
  process.env.NEXT_PUBLIC_AUTHBLOCK_MOCK === '1' and render children once it resolved
  (the pages then render in the browser only). Server rendering, server components and
  route handlers cannot reach a worker in the page: to keep them, serve the mock from a
  route handler instead (no worker needed), as the kit's apps/next does
  (src/app/mock-api/[...path]/route.ts).
The worker keeps msw's request log off: it would print passwords, codes and tokens in
the console (quiet: false to debug with demo data).
Run this again after upgrading msw.`);
}

const DIALECTS: readonly MockDialect[] = ['guide', 'reference'];
const isDialect = (value: string): value is MockDialect =>
  (DIALECTS as readonly string[]).includes(value);

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      dialect: { type: 'string' },
      'allow-origin': { type: 'string', multiple: true },
      empty: { type: 'boolean' },
      issuer: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.info(HELP);
    return;
  }
  const [command, ...rest] = positionals;
  if (command === 'init') return init(rest[0]);
  if (command !== undefined) {
    console.error(`Unknown command: ${command}\n\n${HELP}`);
    process.exitCode = 1;
    return;
  }
  const port = Number(values.port ?? process.env.PORT ?? 4010);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Invalid port: ${values.port ?? process.env.PORT}`);
    process.exitCode = 1;
    return;
  }
  const host = values.host ?? process.env.HOST ?? '127.0.0.1';
  // An empty variable counts as unset, as for PORT and HOST in most shells' scripts.
  const dialect = values.dialect ?? (process.env.AUTHBLOCK_MOCK_DIALECT || 'guide');
  if (!isDialect(dialect)) {
    console.error(`Invalid dialect: ${dialect} (expected ${DIALECTS.join(' or ')})`);
    process.exitCode = 1;
    return;
  }
  const server = await startMockHttpServer({
    port,
    host,
    dialect,
    allowedOrigins: values['allow-origin'] ?? [],
    population: !values.empty,
    ...(values.issuer === undefined ? {} : { issuer: values.issuer }),
  });

  // The seeded demo user's password is public by design (README); nothing else is printed.
  console.info(`Auth Block MFA mock listening on ${server.url}
  Dialect:      ${dialect}
  API key:      ${DEFAULT_API_KEY}   (send as X-API-Key)
  Seeded user:  ${DEMO_USER.email} / ${DEMO_USER.password} (MFA off)
  Tenant admin: ${ADMIN_USER.email} / ${ADMIN_USER.password} (MFA off; /users, /audit_logs)${values.empty ? '' : '\n  Tenant:       250 users, a year of audit history'}
  Dev routes:   ${server.url}/__mock/mailbox?email=...  /__mock/events  /__mock/clock  /__mock/reset  /__mock/users  /__mock/mfa  /__mock/totp_code
Press Ctrl+C to stop.`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.info(`\n${signal} received, stopping.`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(
    `Could not start the mock: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
