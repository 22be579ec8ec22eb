import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Runs `tsx <args>` with `input` on stdin and stops reading after the first line of stdout, as
 * `| head -1` does; returns that line, what was written to stderr and the exit code.
 */
async function firstLineThenClose(args: string[], input: string, env: Record<string, string>) {
  const child = spawn(join(root, 'node_modules/.bin/tsx'), args, { cwd: root, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdin.end(input);
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
  return { firstLine, stderr, code };
}

describe('output piped into a reader that stops early (| head -1)', () => {
  // Far more answers than a pipe buffers, so the writer is still writing when the reader goes.
  it('ask --jsonl stops quietly with exit code 0 instead of crashing on EPIPE', async () => {
    const run = await firstLineThenClose(
      ['src/cli/ask.ts', '--corpus', 'tests/fixtures/dockworkers-strike-deal', '--jsonl'],
      'outcome\n'.repeat(3_000),
      { LOG_LEVEL: 'warn' },
    );
    expect(JSON.parse(run.firstLine)).toMatchObject({ command: 'outcome' });
    expect(run.stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(run.code).toBe(0);
  });

  it('the offline console ends the session quietly with exit code 0 (npm start | head -1)', async () => {
    // No token: index.ts runs the offline console. Every key is set so a developer's .env changes nothing.
    const env = { DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '', INDEX_CACHE_DIR: 'off', LOG_LEVEL: 'warn', CORPUS_DIR: 'tests/fixtures/dockworkers-strike-deal' };
    const run = await firstLineThenClose(['index.ts'], '/outcome\n'.repeat(3_000), env);
    expect(run.firstLine).toMatch(/^Parley offline console — 1 article/);
    expect(run.stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(run.code).toBe(0);
  });
});
