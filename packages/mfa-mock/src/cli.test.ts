import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

/** Starts `pnpm mock`'s entry with `args`, resolving once it prints its URL. */
function startCli(args: string[], env: Record<string, string> = {}) {
  const child = spawn(
    process.execPath,
    ['--conditions=@authblock/source', '--import', 'tsx', 'src/cli.ts', ...args],
    { cwd: packageRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const cli = { output: '', errors: '' };
  child.stdout.on('data', (chunk) => {
    cli.output += String(chunk);
  });
  child.stderr.on('data', (chunk) => {
    cli.errors += String(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed: ${cli.output}`)), 15_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}: ${cli.errors}`));
    });
    child.stdout.on('data', () => {
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(cli.output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  // Awaited by the tests that expect a URL; a CLI meant to fail never prints one.
  url.catch(() => {});
  return { child, cli, exited, url };
}

const post = (url: string, path: string, body: unknown) =>
  fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-API-Key': 'pk_test_mock' },
    body: JSON.stringify(body),
  });

describe('the CLI (pnpm mock)', () => {
  it('prints URL, API key and seeded user, serves, and exits cleanly on SIGTERM', async () => {
    const { child, cli, exited, url } = startCli(['--port', '0'], {
      PORT: '1',
      AUTHBLOCK_MOCK_DIALECT: '',
    });
    const base = await url;
    expect(cli.output).toContain('pk_test_mock');
    expect(cli.output).toContain('demo@example.com / Password123!');
    expect(cli.output).toMatch(/Dialect: +guide/);
    const response = await post(base, '/auth/sign_in', {
      email: 'demo@example.com',
      password: 'Password123!',
    });
    expect(response.status).toBe(200);
    // The token the server issued is not echoed to its own output.
    const { meta } = await response.json();
    // The seeded tenant is there for the admin.
    expect(cli.output).toContain('admin@example.com / Password123!');
    const admin = await fetch(`${base}/auth/sign_in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-API-Key': 'pk_test_mock' },
      body: JSON.stringify({ email: 'admin@example.com', password: 'Password123!' }),
    }).then((answer) => answer.json());
    const users = await fetch(`${base}/users?records=1`, {
      headers: {
        'X-API-Key': 'pk_test_mock',
        Authorization: `Bearer ${admin.meta.auth.access_token}`,
      },
    }).then((answer) => answer.json());
    expect(users.meta).toMatchObject({ totalPages: 250, totalRecords: 250, total_count: 250 });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(cli.output).not.toContain(meta.auth.access_token);
  }, 30_000);

  it('speaks the dialect of AUTHBLOCK_MOCK_DIALECT, and --dialect wins over it', async () => {
    const fromEnv = startCli(['--port', '0'], { AUTHBLOCK_MOCK_DIALECT: 'reference' });
    const base = await fromEnv.url;
    expect(fromEnv.cli.output).toMatch(/Dialect: +reference/);
    const answer = await post(base, '/auth/passwordless/request', { email: 'demo@example.com' });
    expect((await answer.json()).data).toMatchObject({ id: null, type: 'passwordless' });
    fromEnv.child.kill('SIGTERM');
    expect(await fromEnv.exited).toBe(0);

    const wrong = startCli(['--port', '0', '--dialect', 'klingon'], {
      AUTHBLOCK_MOCK_DIALECT: 'reference',
    });
    expect(await wrong.exited).toBe(1);
    expect(wrong.cli.errors).toContain('Invalid dialect: klingon');
  }, 30_000);
});
