import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answer } from '../src/answer.js';
import { LiveIndex } from '../src/live-index.js';
import { createLogger } from '../src/logger.js';
import { tempCorpus } from './temp-corpus.js';

// Copies of the dev articles under other names, so that a build takes long enough (a few hundred
// milliseconds on the main thread) that a reload blocking the event loop shows.
const COPIES = 8;

let dir: string;
let corpusDir: string;

beforeEach(async () => {
  ({ dir, corpusDir } = await tempCorpus('parley-reload-', COPIES));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function capturedLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: createLogger({ destination }), messages: () => lines.map((line) => (JSON.parse(line) as { msg: string }).msg) };
}

/**
 * Runs `work` while a timer ticks every 2 ms, and measures the share of its time the event loop
 * was held: the waits between ticks longer than 20 ms, added up. A share rather than the longest
 * wait, because on a busy machine any thread can be held up once; a build on the event loop's
 * thread holds it for most of a reload.
 */
async function whileTicking<T>(work: () => Promise<T>, onTick: () => void = () => {}): Promise<{ result: T; heldShare: number }> {
  const started = performance.now();
  let last = started;
  let held = 0;
  const tick = () => {
    const now = performance.now();
    if (now - last > 20) held += now - last;
    last = now;
  };
  const timer = setInterval(() => {
    tick();
    onTick();
  }, 2);
  try {
    const result = await work();
    tick();
    return { result, heldShare: held / (performance.now() - started) };
  } finally {
    clearInterval(timer);
  }
}

describe('LiveIndex.reload', () => {
  it('keeps answering from the old index while a worker builds the new one, then serves the new text', async () => {
    const live = await LiveIndex.open({ corpusDir, logger: capturedLogger().logger, cacheDir: join(dir, 'cache') });
    const path = join(corpusDir, 'hostage-release-talks.md');
    await writeFile(path, (await readFile(path, 'utf8')) + '\nThe mediators said the next round would be held in Velmora.\n');
    let answered = 0;
    const { result: report, heldShare } = await whileTicking(
      () => live.reload(),
      () => {
        answer(live.knowledge, 'who', 'Medinsky');
        answered++;
      },
    );
    expect(report.changed).toEqual(['hostage-release-talks']);
    expect(report.added).toEqual([]);
    expect(heldShare).toBeLessThan(0.3);
    expect(answered).toBeGreaterThan(20);
    expect(JSON.stringify(answer(live.knowledge, 'ask', 'Where will the next round be held?'))).toContain('held in Velmora');
  });

  it('blocks the event loop for the build when told to reload on the main thread (the contrast)', async () => {
    const live = await LiveIndex.open({ corpusDir, logger: capturedLogger().logger, cacheDir: false, reloadIn: 'main' });
    const { heldShare } = await whileTicking(() => live.reload());
    expect(heldShare).toBeGreaterThan(0.5);
  });

  it('saves the reloaded index, so the next start reads it instead of rebuilding', async () => {
    const cacheDir = join(dir, 'cache');
    const live = await LiveIndex.open({ corpusDir, logger: capturedLogger().logger, cacheDir });
    await writeFile(join(corpusDir, 'late-story.md'), '---\ntitle: Late story\n---\n\nThe two unions agreed on Tuesday to end the strike at Harrow Mills.\n');
    await live.reload();
    const { logger, messages } = capturedLogger();
    const next = await LiveIndex.open({ corpusDir, logger, cacheDir });
    expect(messages()).toContain('persist: loaded the saved index');
    expect(next.knowledge.articles.map((article) => article.id)).toContain('late-story');
    expect(answer(next.knowledge, 'outcome', 'Harrow Mills strike')).toEqual(answer(live.knowledge, 'outcome', 'Harrow Mills strike'));
  });

  it('keeps the old index and says why when the folder is gone or holds no article', async () => {
    const { logger, messages } = capturedLogger();
    const live = await LiveIndex.open({ corpusDir, logger, cacheDir: false });
    const before = live.knowledge;
    for (const name of await readdir(corpusDir)) await writeFile(join(corpusDir, name), '');
    await expect(live.reload()).rejects.toThrow(/^reload: no article could be loaded from ".*" \(37 files skipped\)$/);
    expect(messages()).toContain('corpus: skipped "coalition-agreement.md": empty file');
    await rm(corpusDir, { recursive: true });
    await expect(live.reload()).rejects.toThrow(`corpus: cannot read folder "${corpusDir}": ENOENT`);
    expect(live.knowledge).toBe(before);
    expect(messages()).toContain('reload failed; the previous index keeps serving');
  });
});
