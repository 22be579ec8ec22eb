import { mkdir, mkdtemp, rm, unlink, writeFile, chmod } from 'node:fs/promises';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { answer } from '../../src/answer.js';
import { parseArticle } from '../../src/corpus.js';
import { LiveIndex } from '../../src/live-index.js';
import type { Article } from '../../src/types.js';
import { HARBOUR_ARTICLE, HOSTILE_ARTICLE } from '../discord/harness.js';
import { reportFigure } from './figures.js';
import { captureLog, type CapturedLog } from './log-capture.js';

/**
 * A reload that cannot finish must leave the old knowledge answering, say why it failed, and not stop
 * the next good reload. The faults a worker thread (the default) reports in its own way are tried there
 * and on the main thread; the rest on the main thread, where a test can also act in the middle of a load.
 */

const SECOND_ARTICLE = `---
title: Ferry crews and the harbour board agree on new rosters
date: 2026-03-04
---

PORT HALLOW – Ferry crews and the Hallow Harbour Board agreed on Wednesday to new rosters after two days of talks, said Ines Karlsson, the crews' chief negotiator.

“The rosters will start in May,” Karlsson said.
`;

const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) {
    await chmod(folder, 0o755).catch(() => undefined);
    await rm(folder, { recursive: true, force: true });
  }
});

async function corpusWith(files: Record<string, string | Uint8Array>): Promise<string> {
  const parent = await mkdtemp(join(tmpdir(), 'parley-reload-'));
  folders.push(parent);
  const dir = join(parent, 'corpus');
  await mkdir(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

/** What a member would be shown for one fixed question: the proof that the old knowledge still answers. */
function probe(live: LiveIndex): string {
  const result = answer(live.knowledge, 'who', 'Kowalczyk');
  expect(result.found).toBe(true);
  return JSON.stringify(result);
}

let faultsSurvived = 0;

async function expectFailedReloadKeepsServing(live: LiveIndex, log: CapturedLog, message: string | RegExp): Promise<void> {
  const before = probe(live);
  const knowledge = live.knowledge;
  const failure = await live.reload().then(
    () => new Error('the reload succeeded'),
    (error: unknown) => error as Error,
  );
  expect(failure.message).toMatch(typeof message === 'string' ? new RegExp(`^${escape(message)}$`) : message);
  expect(live.knowledge).toBe(knowledge);
  expect(probe(live)).toBe(before);
  const logged = log.lines.find((line) => line.msg === 'reload failed; the previous index keeps serving');
  expect(logged?.err?.message).toBe(failure.message);
  faultsSurvived += 1;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function openLive(dir: string, reloadIn: 'worker' | 'main'): Promise<{ live: LiveIndex; log: CapturedLog }> {
  const log = captureLog();
  const live = await LiveIndex.open({ corpusDir: dir, logger: log.logger, cacheDir: false, reloadIn });
  return { live, log };
}

describe.each(['worker', 'main'] as const)('reload faults, building on the %s thread', (reloadIn) => {
  const open = (dir: string) => openLive(dir, reloadIn);

  it('keeps answering when the folder is gone, and the next reload after it is back works', async () => {
    const dir = await corpusWith({ 'harbour-talks.md': HARBOUR_ARTICLE });
    const { live, log } = await open(dir);
    await rm(dir, { recursive: true });
    await expectFailedReloadKeepsServing(live, log, `corpus: cannot read folder "${dir}": ENOENT`);
    await mkdir(dir);
    await writeFile(join(dir, 'harbour-talks.md'), HARBOUR_ARTICLE);
    await writeFile(join(dir, 'ferry-rosters.md'), SECOND_ARTICLE);
    const report = await live.reload();
    expect(report.added).toEqual(['ferry-rosters']);
    expect(answer(live.knowledge, 'who', 'Karlsson').found).toBe(true);
  });

  it('keeps answering when every file in the folder is broken, and lists why each was skipped', async () => {
    const dir = await corpusWith({ 'harbour-talks.md': HARBOUR_ARTICLE });
    const { live, log } = await open(dir);
    await writeFile(join(dir, 'harbour-talks.md'), Uint8Array.from([0xc3, 0x28, 0x0a]));
    await writeFile(join(dir, 'empty.md'), '');
    await writeFile(join(dir, 'header.md'), '---\ntitle: x\n');
    await expectFailedReloadKeepsServing(live, log, `reload: no article could be loaded from "${dir}" (3 files skipped)`);
    const reasons = log.lines.filter((line) => typeof line.msg === 'string' && line.msg.startsWith('corpus: skipped')).map((line) => line.msg);
    expect(reasons).toEqual(
      expect.arrayContaining([
        'corpus: skipped "empty.md": empty file',
        'corpus: skipped "harbour-talks.md": not UTF-8',
        'corpus: skipped "header.md": front matter is not closed (no second "---" line)',
      ]),
    );
    await writeFile(join(dir, 'harbour-talks.md'), HARBOUR_ARTICLE);
    const report = await live.reload();
    expect(report.skipped.map((file) => file.file)).toEqual(['empty.md', 'header.md']);
    expect(report.changed).toEqual([]);
  });
});

// A worker reports these as it does the faults above (a CorpusError from readdir; one shared promise),
// and each worker reload costs a second of start-up: the main thread runs them alone.
describe('reload faults, building on the main thread only', () => {
  const open = (dir: string) => openLive(dir, 'main');

  it('keeps answering when the folder cannot be read', async () => {
    const dir = await corpusWith({ 'harbour-talks.md': HARBOUR_ARTICLE });
    const { live, log } = await open(dir);
    // Root reads through chmod 000, so there a file takes the folder's place: readdir fails all the same.
    const root = process.getuid?.() === 0;
    if (root) {
      await rm(dir, { recursive: true });
      await writeFile(dir, 'not a folder');
    } else {
      await chmod(dir, 0);
    }
    await expectFailedReloadKeepsServing(live, log, `corpus: cannot read folder "${dir}": ${root ? 'ENOTDIR' : 'EACCES'}`);
    if (root) {
      await unlink(dir);
      await mkdir(dir);
      await writeFile(join(dir, 'harbour-talks.md'), HARBOUR_ARTICLE);
    } else {
      await chmod(dir, 0o755);
    }
    await writeFile(join(dir, 'tenants.md'), HOSTILE_ARTICLE);
    expect((await live.reload()).added).toEqual(['tenants']);
  });

  it('shares one reload among many asked at once, and answers all the while', async () => {
    const dir = await corpusWith({ 'harbour-talks.md': HARBOUR_ARTICLE, 'ferry-rosters.md': SECOND_ARTICLE });
    const { live } = await open(dir);
    const reloads = Array.from({ length: 20 }, () => live.reload());
    expect(new Set(reloads).size).toBe(1);
    let answered = 0;
    while (answered < 50) {
      probe(live);
      answered += 1;
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(reloads);
    probe(live);
  });
});

describe('a reload whose files change or vanish halfway through', () => {
  it('keeps answering when the files it listed are gone by the time it reads them', async () => {
    const dir = await corpusWith({ '000-broken.md': '', 'harbour-talks.md': HARBOUR_ARTICLE, 'tenants.md': HOSTILE_ARTICLE });
    let armed = false;
    // The loader reads files in name order and logs each skip as it happens: the first skip is the
    // moment it has listed the folder but not yet read the articles, and it is on this thread.
    const log = captureLog((line) => {
      if (!armed || line.msg !== 'corpus: skipped "000-broken.md": empty file') return;
      armed = false;
      rmSync(join(dir, 'harbour-talks.md'));
      rmSync(join(dir, 'tenants.md'));
    });
    const live = await LiveIndex.open({ corpusDir: dir, logger: log.logger, cacheDir: false, reloadIn: 'main' });
    armed = true;
    await expectFailedReloadKeepsServing(live, log, `reload: no article could be loaded from "${dir}" (3 files skipped)`);
    const reasons = log.lines.filter((line) => line.reason !== undefined).slice(-2).map((line) => `${line.file}: ${line.reason}`);
    expect(reasons).toEqual(['harbour-talks.md: unreadable: ENOENT', 'tenants.md: unreadable: ENOENT']);
    await writeFile(join(dir, 'harbour-talks.md'), HARBOUR_ARTICLE);
    expect((await live.reload()).removed).toEqual(['tenants']);
  });

  it('serves a whole article, old or new, when one is rewritten while the reload reads the folder', async () => {
    const dir = await corpusWith({ '000-broken.md': '', 'harbour-talks.md': HARBOUR_ARTICLE, 'ferry-rosters.md': SECOND_ARTICLE });
    let armed = false;
    const log = captureLog((line) => {
      if (!armed || line.msg !== 'corpus: skipped "000-broken.md": empty file') return;
      armed = false;
      // Listed by the loader, then gone; and the article it reads next rewritten under it.
      rmSync(join(dir, 'ferry-rosters.md'));
      rmSync(join(dir, 'harbour-talks.md'));
      writeFileSync(join(dir, 'harbour-talks.md'), HARBOUR_ARTICLE.replace("the union's chief negotiator", "the union's lead negotiator"));
    });
    const live = await LiveIndex.open({ corpusDir: dir, logger: log.logger, cacheDir: false, reloadIn: 'main' });
    armed = true;
    const report = await live.reload();
    expect(report).toMatchObject({ changed: ['harbour-talks'], removed: ['ferry-rosters'] });
    expect(answer(live.knowledge, 'who', 'Kowalczyk').answer).toBe("Marta Kowalczyk — the union's lead negotiator");
    faultsSurvived += 1;
  });

  it('keeps answering while the folder is emptied and filled again under a reload in the worker', async () => {
    const files = Object.fromEntries(Array.from({ length: 40 }, (_, index) => [`harbour-${String(index).padStart(2, '0')}.md`, HARBOUR_ARTICLE]));
    const dir = await corpusWith(files);
    const log = captureLog();
    const live = await LiveIndex.open({ corpusDir: dir, logger: log.logger, cacheDir: false, reloadIn: 'worker' });
    const before = probe(live);
    const reload = live.reload().then(
      (report) => ({ ok: true as const, report }),
      (error: Error) => ({ ok: false as const, error }),
    );
    // Churn the folder until the reload settles: files vanish, come back, and the folder itself goes.
    let settled = false;
    void reload.then(() => (settled = true));
    let rounds = 0;
    while (!settled) {
      rounds += 1;
      if (rounds % 3 === 0) rmSync(dir, { recursive: true, force: true });
      else for (const name of Object.keys(files).filter((_, index) => index % 2 === rounds % 2)) rmSync(join(dir, name), { force: true });
      await new Promise((resolve) => setTimeout(resolve, 1));
      await mkdir(dir, { recursive: true });
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
      // The swap happens the moment the reload settles, possibly during the awaits above.
      if (!settled) expect(probe(live)).toBe(before);
    }
    const outcome = await reload;
    // Either the reload read a consistent set of whole files, or it failed with its reason and the old
    // knowledge still answers exactly as before.
    if (outcome.ok) {
      const whole = (parseArticle('harbour', Buffer.from(HARBOUR_ARTICLE)) as Article).checksum;
      expect(live.knowledge.articles.every((article) => article.checksum === whole)).toBe(true);
    }
    else {
      expect(outcome.error.message).toMatch(/^(corpus: cannot read folder ".*": ENOENT|reload: no article could be loaded from ".*" \(\d+ files? skipped\))$/);
      expect(probe(live)).toBe(before);
    }
    reportFigure('reload under folder churn', `${outcome.ok ? `succeeded with ${outcome.report.after.articles} articles` : `failed: ${outcome.error.message.replace(dir, '<dir>')}`} after ${rounds} rounds`);
    expect((await live.reload()).after.articles).toBe(40);
    faultsSurvived += 1;
    reportFigure('reload faults survived (old knowledge kept answering, next reload worked)', faultsSurvived);
  });
});
