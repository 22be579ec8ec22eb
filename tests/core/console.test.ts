import { PassThrough } from 'node:stream';
import { cp, mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../src/console.js';
import { LiveIndex } from '../../src/live-index.js';
import { createLogger } from '../../src/logger.js';

async function session(corpusDir: string, lines: string[], between?: (index: number) => Promise<void>): Promise<string> {
  const logger = createLogger({ level: 'silent' });
  const live = await LiveIndex.open({ corpusDir, logger, cacheDir: false });
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk) => (printed += chunk));
  const done = runConsole({ live, input, output, logger });
  let quit = false;
  for (const [index, line] of lines.entries()) {
    await between?.(index);
    const before = printed.length;
    input.write(line + '\n');
    // Wait for the reply to this line before typing the next, as a person would; after /quit none
    // comes (the session's end, awaited below, would follow any reply still given).
    quit ||= /quit/.test(line);
    for (let waited = 0; printed.length === before && waited < 10_000 && !quit; waited += 10)
      await new Promise((resolve) => setTimeout(resolve, 10));
  }
  input.end();
  await done;
  return printed;
}

describe('offline console', () => {
  it('answers the same commands as Discord, with citations laid out for a terminal', async () => {
    const printed = await session('corpus', ['/who Rubio', '/quote Umerov', '/outcome', '/ask Where was Zelenskyy on the day of the talks?', '/sources', '/help', '/nonsense', '/quit', '/who Peskov']);
    expect(printed).toContain('Parley offline console — 1 article');
    expect(printed).toContain('Marco Rubio — Secretary of State');
    expect(printed).toContain('Rustem Umerov: “At this stage, we’d like to reiterate that Ukraine wants peace,”');
    expect(printed).toMatch(/\[agreed\]/);
    expect(printed).toContain('Albania');
    expect(printed).toContain('2025-05-16');
    expect(printed).toContain('/outcome [topic]');
    expect(printed).toContain('Unknown command "/nonsense"');
    // Nothing after /quit is answered.
    expect(printed).not.toContain('Dmitry Peskov — ');
  });

  it('reloads the folder, reporting what changed, and keeps serving after a failed reload', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-console-'));
    await cp('corpus', dir, { recursive: true });
    const printed = await session(dir, ['/reload', '/reload', '/who Umerov'], async (index) => {
      if (index === 0) await writeFile(join(dir, 'extra.md'), '---\ntitle: Extra\n---\n\nMinister Ana Duarte said the port would reopen.\n');
      if (index === 1) await rm(dir, { recursive: true });
    });
    expect(printed).toMatch(/Reloaded in \d+ ms: 1 → 2 articles/);
    expect(printed).toContain('added extra');
    expect(printed).toContain('Reload failed: ');
    expect(printed).toContain('The previous articles are still being served.');
    expect(printed).toContain('Rustem Umerov — ');
  });
});
