import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('the offline console piped into a reader that stops early (npm start | head -1)', () => {
  it('ends the session quietly with exit code 0 instead of crashing on EPIPE', async () => {
    // No token: index.ts runs the offline console. Every key is set so a developer's .env changes nothing.
    const env = { DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '', INDEX_CACHE_DIR: 'off', LOG_LEVEL: 'warn', CORPUS_DIR: 'tests/fixtures/dockworkers-strike-deal' };
    const child = spawn(join(root, 'node_modules/.bin/tsx'), ['index.ts'], { cwd: root, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Far more replies than a pipe buffers, so the console is still writing when the reader goes.
    child.stdin.end('/outcome\n'.repeat(3_000));
    const firstLine = await new Promise<string>((resolve) => {
      let text = '';
      child.stdout.on('data', (chunk) => {
        text += chunk;
        if (text.includes('\n')) {
          child.stdout.destroy();
          resolve(text.slice(0, text.indexOf('\n')));
        }
      });
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
    expect(firstLine).toMatch(/^Parley offline console — 1 article/);
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  });
});
