import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('ask --jsonl piped into a reader that stops early (| head -1)', () => {
  it('stops quietly with exit code 0 instead of crashing on EPIPE', async () => {
    const child = spawn(join(root, 'node_modules/.bin/tsx'), ['src/cli/ask.ts', '--corpus', 'tests/fixtures/dockworkers-strike-deal', '--jsonl'], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'warn' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Far more answers than a pipe buffers, so the writer is still writing when the reader goes.
    child.stdin.end('outcome\n'.repeat(3_000));
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
    expect(JSON.parse(firstLine)).toMatchObject({ command: 'outcome' });
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  });
});
