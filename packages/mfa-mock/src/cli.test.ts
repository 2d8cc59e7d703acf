import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

describe('the CLI (pnpm mock)', () => {
  it('prints URL, API key and seeded user, serves, and exits cleanly on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      ['--conditions=@authblock/source', '--import', 'tsx', 'src/cli.ts', '--port', '0'],
      { cwd: packageRoot, env: { ...process.env, PORT: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += String(chunk);
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${output}`)), 15_000);
      child.stdout.on('data', () => {
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
    });
    expect(output).toContain('pk_test_mock');
    expect(output).toContain('demo@example.com / Password123!');
    const response = await fetch(`${url}/auth/sign_in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-API-Key': 'pk_test_mock' },
      body: JSON.stringify({ email: 'demo@example.com', password: 'Password123!' }),
    });
    expect(response.status).toBe(200);
    // The token the server issued is not echoed to its own output.
    const { meta } = await response.json();
    // The seeded tenant is there for the admin.
    expect(output).toContain('admin@example.com / Password123!');
    const admin = await fetch(`${url}/auth/sign_in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-API-Key': 'pk_test_mock' },
      body: JSON.stringify({ email: 'admin@example.com', password: 'Password123!' }),
    }).then((answer) => answer.json());
    const users = await fetch(`${url}/users?records=1`, {
      headers: {
        'X-API-Key': 'pk_test_mock',
        Authorization: `Bearer ${admin.meta.auth.access_token}`,
      },
    }).then((answer) => answer.json());
    expect(users.meta).toEqual({ totalPages: 250, totalRecords: 250 });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).not.toContain(meta.auth.access_token);
  }, 30_000);
});
