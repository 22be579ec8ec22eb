import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answer } from '../src/answer.js';
import { loadCorpus } from '../src/corpus.js';
import { buildKnowledge, type Knowledge } from '../src/knowledge.js';
import { cacheFileFor, LiveIndex } from '../src/live-index.js';
import { createLogger } from '../src/logger.js';
import { codeFingerprint, corpusChecksums, loadKnowledge, PERSIST_VERSION, PersistError, saveKnowledge } from '../src/persist.js';
import type { CommandName } from '../src/types.js';
import { tempCorpus } from './temp-corpus.js';

// Every command, with names, topics and questions that hit and miss, so that people, quotes,
// outcomes, the search index and the vocabulary all take part in some answer.
const QUERIES: [CommandName, string][] = [
  ['who', 'Umerov'],
  ['who', 'Medinsky'],
  ['who', 'defense minister'],
  ['who', 'Nobody Atall'],
  ['quote', 'Medinsky'],
  ['quote', 'ceasefire'],
  ['quote', 'hostages'],
  ['outcome', ''],
  ['outcome', 'prisoner exchange'],
  ['outcome', 'merger'],
  ['outcome', 'coalition'],
  ['ask', 'How long did the talks last?'],
  ['ask', 'What was agreed?'],
  ['ask', 'When will they meet again?'],
  ['ask', 'Did the council pass the resolution?'],
  ['ask', 'How many hostages were released?'],
  ['ask', 'What did Zelensky say about NATO?'],
  ['ask', 'negotiaton'],
];

let dir: string;
let corpusDir: string;

beforeEach(async () => {
  ({ dir, corpusDir } = await tempCorpus('parley-persist-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function build(): Promise<Knowledge> {
  const { articles } = await loadCorpus(corpusDir);
  return buildKnowledge(articles);
}

const answers = (knowledge: Knowledge) => QUERIES.map(([command, query]) => JSON.stringify(answer(knowledge, command, query)));

function capturedLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const messages = () => lines.map((line) => JSON.parse(line) as { msg: string; level: number });
  return { logger: createLogger({ destination }), messages };
}

async function rejection(promise: Promise<unknown>): Promise<PersistError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(PersistError);
  return error as PersistError;
}

describe('saveKnowledge and loadKnowledge', () => {
  it('give back a knowledge that answers every query exactly as the one it was saved from', async () => {
    const built = await build();
    const file = join(dir, 'index.jsonl');
    await saveKnowledge(built, file);
    const loaded = await loadKnowledge(file, corpusChecksums(built.articles));
    expect(answers(loaded)).toEqual(answers(built));
    expect(loaded.sentences).toEqual(built.sentences);
    expect(loaded.people).toEqual(built.people);
    expect(loaded.quotes).toEqual(built.quotes);
    expect(loaded.outcomes).toEqual(built.outcomes);
    expect([...loaded.mentionsBySentence]).toEqual([...built.mentionsBySentence]);
    expect(loaded.vocabulary).toEqual(built.vocabulary);
  });

  it('answers the same when read a slice at a time, yielding to the event loop', async () => {
    const built = await build();
    const file = join(dir, 'index.jsonl');
    await saveKnowledge(built, file);
    const loaded = await loadKnowledge(file, corpusChecksums(built.articles), { yieldEveryMs: 0 });
    expect(answers(loaded)).toEqual(answers(built));
  });

  it('refuses an index saved before an article changed, naming the article', async () => {
    const built = await build();
    const file = join(dir, 'index.jsonl');
    await saveKnowledge(built, file);
    const checksums = new Map(corpusChecksums(built.articles));
    checksums.set('coalition-agreement', '0000000000000000');
    const error = await rejection(loadKnowledge(file, checksums));
    expect(error.problem).toBe('changed');
    expect(error.message).toBe('persist: the corpus changed since the index was saved (1 changed: coalition-agreement)');
  });

  it('refuses an index saved before an article was added or removed', async () => {
    const built = await build();
    const file = join(dir, 'index.jsonl');
    await saveKnowledge(built, file);
    const checksums = new Map(corpusChecksums(built.articles));
    checksums.set('new-story', 'abcdefabcdefabcd');
    checksums.delete('hostage-release-talks');
    const error = await rejection(loadKnowledge(file, checksums));
    expect(error.message).toBe('persist: the corpus changed since the index was saved (1 added: new-story; 1 removed: hostage-release-talks)');
  });

  it('refuses a file of another format version', async () => {
    const built = await build();
    const file = join(dir, 'index.jsonl');
    await saveKnowledge(built, file);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(`"version":${PERSIST_VERSION},`, '"version":0,'));
    const error = await rejection(loadKnowledge(file, corpusChecksums(built.articles)));
    expect(error.problem).toBe('version');
    expect(error.message).toBe(`persist: the saved index is format version 0, this build reads version ${PERSIST_VERSION}`);
  });

  it('refuses a file extracted by other code, since the extraction may have changed', async () => {
    const built = await build();
    const file = join(dir, 'index.jsonl');
    await saveKnowledge(built, file);
    await writeFile(file, (await readFile(file, 'utf8')).replace(/"code":"\w+"/, '"code":"0123456789abcdef"'));
    const error = await rejection(loadKnowledge(file, corpusChecksums(built.articles)));
    expect(error.problem).toBe('version');
    expect(error.message).toBe(`persist: the saved index was extracted by other code (0123456789abcdef, now ${codeFingerprint()})`);
  });

  it('refuses a file cut short, a line of garbage and text after the end', async () => {
    const built = await build();
    const file = join(dir, 'index.jsonl');
    await saveKnowledge(built, file);
    const checksums = corpusChecksums(built.articles);
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');

    await writeFile(file, lines.slice(0, -3).join('\n') + '\n');
    expect((await rejection(loadKnowledge(file, checksums))).message).toBe(`persist: corrupt index file: cut short after line ${lines.length - 3}`);

    await writeFile(file, [lines[0], '{"sentences": oops', ...lines.slice(2)].join('\n'));
    expect((await rejection(loadKnowledge(file, checksums))).message).toBe('persist: corrupt index file: line 2 is not JSON');

    await writeFile(file, lines.join('\n') + '\n');
    await appendFile(file, '["people",[]]\n');
    expect((await rejection(loadKnowledge(file, checksums))).message).toBe(`persist: corrupt index file: text after the end line (line ${lines.length + 1})`);
  });

  it('says there is no saved index when the file is missing', async () => {
    const file = join(dir, 'none.jsonl');
    const error = await rejection(loadKnowledge(file, new Map()));
    expect(error.problem).toBe('missing');
    expect(error.message).toBe(`persist: no saved index at "${file}"`);
  });
});

describe('LiveIndex.open with a cache folder', () => {
  it('builds and saves on first start, then starts from the saved index and answers the same', async () => {
    const cacheDir = join(dir, 'cache');
    const first = capturedLogger();
    const built = await LiveIndex.open({ corpusDir, logger: first.logger, cacheDir });
    expect(first.messages().map((m) => m.msg)).toContain('persist: saved the index');

    const second = capturedLogger();
    const loaded = await LiveIndex.open({ corpusDir, logger: second.logger, cacheDir });
    expect(second.messages().map((m) => m.msg)).toContain('persist: loaded the saved index');
    expect(answers(loaded.knowledge)).toEqual(answers(built.knowledge));
    expect(loaded.loadReport).toEqual(built.loadReport);
  });

  it('rebuilds, saying why, when an article changed or was added, and answers from the new text', async () => {
    const cacheDir = join(dir, 'cache');
    await LiveIndex.open({ corpusDir, logger: capturedLogger().logger, cacheDir });
    const path = join(corpusDir, 'coalition-agreement.md');
    await writeFile(path, (await readFile(path, 'utf8')) + '\nThe parties agreed to meet again at Lake Quillon in June.\n');
    await writeFile(join(corpusDir, 'extra.md'), '---\ntitle: Extra\n---\n\nNegotiators from Brask said on Monday that the talks would resume.\n');
    const { logger, messages } = capturedLogger();
    const live = await LiveIndex.open({ corpusDir, logger, cacheDir });
    expect(messages().map((m) => m.msg)).toContain('persist: rebuilding: the corpus changed since the index was saved (1 added: extra; 1 changed: coalition-agreement)');
    expect(answers(live.knowledge)).toEqual(answers(await build()));
    expect(JSON.stringify(answer(live.knowledge, 'ask', 'Where will they meet at Lake Quillon?'))).toContain('Lake Quillon in June');
  });

  it('rebuilds a corrupt file, logging the reason as a warning, and replaces it with a good one', async () => {
    const cacheDir = join(dir, 'cache');
    const file = cacheFileFor(cacheDir, corpusDir);
    await LiveIndex.open({ corpusDir, logger: capturedLogger().logger, cacheDir });
    await writeFile(file, 'this is not an index\n');
    const { logger, messages } = capturedLogger();
    const live = await LiveIndex.open({ corpusDir, logger, cacheDir });
    const rebuilding = messages().find((m) => m.msg.startsWith('persist: rebuilding'));
    expect(rebuilding).toMatchObject({ msg: 'persist: rebuilding: corrupt index file: line 1 is not JSON', level: 40 });
    expect(answers(live.knowledge)).toEqual(answers(await build()));
    await expect(loadKnowledge(file, corpusChecksums(live.knowledge.articles))).resolves.toBeDefined();
  });

  it('rebuilds a file of an older format version', async () => {
    const cacheDir = join(dir, 'cache');
    const file = cacheFileFor(cacheDir, corpusDir);
    await LiveIndex.open({ corpusDir, logger: capturedLogger().logger, cacheDir });
    await writeFile(file, (await readFile(file, 'utf8')).replace(`"version":${PERSIST_VERSION},`, '"version":0,'));
    const { logger, messages } = capturedLogger();
    await LiveIndex.open({ corpusDir, logger, cacheDir });
    expect(messages().map((m) => m.msg)).toContain(`persist: rebuilding: the saved index is format version 0, this build reads version ${PERSIST_VERSION}`);
  });

  it('keeps nothing on disk when the cache is off', async () => {
    const { logger, messages } = capturedLogger();
    await LiveIndex.open({ corpusDir, logger, cacheDir: false });
    expect(messages().filter((m) => m.msg.startsWith('persist:'))).toEqual([]);
  });
});
