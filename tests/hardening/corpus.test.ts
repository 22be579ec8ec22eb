import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../src/answer.js';
import { loadCorpus, parseArticle, type SkippedFile } from '../../src/corpus.js';
import { buildKnowledge, type Knowledge } from '../../src/knowledge.js';
import { describeReload } from '../../src/discord/reload.js';
import { COMMAND_NAMES } from '../../src/types.js';
import { HARBOUR_ARTICLE } from '../discord/harness.js';
import { reportFigure } from './figures.js';
import { PINGING_ARTICLE } from './fuzz-corpus.js';
import { answerProblems, discordProblems, readParagraphsLikeScorer, RAW_MENTION, type ParagraphsByArticle } from './invariants.js';

/** Every reason parseArticle gives for a file it cannot use. */
const KNOWN_REASONS = [
  /^empty file$/,
  /^binary file \(contains NUL bytes\)$/,
  /^not UTF-8$/,
  /^front matter is not closed \(no second "---" line\)$/,
  /^front matter line \d+ is not "key: value"$/,
  /^no text after the front matter$/,
  /^no story text \(only captions, bylines or boilerplate\)$/,
];

const SENTENCE = 'Negotiator Anna Berg said the union agreed to a 5 percent raise on Friday. ';

/** Bytes that break readers, each with the reason the loader must give. */
const BROKEN_FILES: Record<string, { bytes: Uint8Array | string; reason: string }> = {
  'empty.md': { bytes: '', reason: 'empty file' },
  'random-bytes.md': { bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe]), reason: 'binary file (contains NUL bytes)' },
  'latin1.md': { bytes: Buffer.from('Caf\u00e9 talks ended in Z\u00fcrich.', 'latin1'), reason: 'not UTF-8' },
  // "Zürich" cut inside the two bytes of "ü".
  'truncated-utf8.txt': { bytes: Buffer.from('The talks in Zürich', 'utf8').subarray(0, 15), reason: 'not UTF-8' },
  'front-matter-only.md': { bytes: '---\ntitle: Only a header\ndate: 2026-01-01\n---\n', reason: 'no text after the front matter' },
  'unterminated.md': { bytes: '---\ntitle: Never closed\n\nThe talks went on all night and the union agreed to a deal.\n', reason: 'front matter is not closed (no second "---" line)' },
  'not-key-value.md': { bytes: '---\ntitle: Fine\nthis line is no field\n---\n\nThe talks ended.\n', reason: 'front matter line 3 is not "key: value"' },
  'whitespace.md': { bytes: ' \n\n\t\n  \n', reason: 'no text after the front matter' },
  'bom-only.md': { bytes: '\uFEFF', reason: 'no text after the front matter' },
  'byline-only.md': { bytes: 'By Jane Doe\n\n(Reporting by Jane Doe; Editing by John Roe)\n', reason: 'no story text (only captions, bylines or boilerplate)' },
};

describe('hostile corpus files', () => {
  let dir: string;
  let knowledge: Knowledge;
  let paragraphs: ParagraphsByArticle;
  let skipped: SkippedFile[];
  const good = new Map<string, string>([
    ['harbour-talks.md', HARBOUR_ARTICLE],
    ['pinging-talks.md', PINGING_ARTICLE],
    // No front matter: the title comes from the file name, which tries to ping.
    ['@everyone <@&456> vote.md', 'LONDON – The union agreed on Monday to a new contract after talks with the Rail Board, Tessa Hale said.\n'],
    ['huge-paragraph.md', `---\ntitle: One endless paragraph\n---\n\n${SENTENCE.repeat(2_700)}\n`],
    ['tiny-paragraphs.txt', Array.from({ length: 2_000 }, (_, index) => `Talks ${index} went on.`).join('\n\n') + '\n'],
  ]);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parley-hostile-'));
    for (const [name, { bytes }] of Object.entries(BROKEN_FILES)) await writeFile(join(dir, name), bytes);
    for (const [name, text] of good) await writeFile(join(dir, name), text);
    // Just over the 2 MiB limit.
    await writeFile(join(dir, 'too-large.md'), SENTENCE.repeat(Math.ceil((2 * 1024 * 1024 + 1) / SENTENCE.length)));
    // Not articles: a folder with an article's name, a hidden file and another extension are passed over.
    await mkdir(join(dir, 'a-folder.md'));
    await writeFile(join(dir, '.hidden.md'), '\u0000');
    await writeFile(join(dir, 'notes.json'), '{');
    const started = performance.now();
    const loaded = await loadCorpus(dir);
    knowledge = buildKnowledge(loaded.articles);
    reportFigure('hostile corpus: load and build (ms)', Math.round(performance.now() - started));
    skipped = loaded.report.skipped;
    paragraphs = readParagraphsLikeScorer(dir);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('skips each file it cannot read with the exact reason, and keeps the rest', () => {
    const tooLarge = SENTENCE.length * Math.ceil((2 * 1024 * 1024 + 1) / SENTENCE.length);
    expect(Object.fromEntries(skipped.map(({ file, reason }) => [file, reason]))).toEqual({
      ...Object.fromEntries(Object.entries(BROKEN_FILES).map(([name, { reason }]) => [name, reason])),
      'too-large.md': `larger than 2097152 bytes (${tooLarge})`,
    });
    expect(knowledge.articles.map((article) => article.id).sort()).toEqual(['@everyone <@&456> vote', 'harbour-talks', 'huge-paragraph', 'pinging-talks', 'tiny-paragraphs']);
    expect(knowledge.articles.find((article) => article.id === 'tiny-paragraphs')!.paragraphs).toHaveLength(2_000);
    reportFigure('hostile corpus: files skipped with their reason / kept', `${skipped.length} / ${knowledge.articles.length}`);
  });

  it('turns any bytes into an article or one of its known reasons, never an exception', () => {
    const text = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc
        .array(fc.oneof(fc.constantFrom('---', '---\n', '\n', '\n\n', 'title: x\n', ': \n', '\r\n', '\uFEFF', 'By Jane Doe', '(AP Photo/Jane Doe)', '“', '@everyone'), fc.string({ unit: 'binary', maxLength: 30 })), { maxLength: 20 })
        .map((parts) => new TextEncoder().encode(parts.join(''))),
    );
    let articles = 0;
    let reasons = 0;
    fc.assert(
      fc.property(text, (bytes) => {
        const parsed = parseArticle('fuzzed', bytes);
        if (typeof parsed === 'string') {
          reasons += 1;
          expect(KNOWN_REASONS.some((reason) => reason.test(parsed)), parsed).toBe(true);
        } else {
          articles += 1;
          expect(parsed.paragraphs.length).toBeGreaterThan(0);
          parsed.paragraphs.forEach((paragraph, index) => {
            expect(paragraph.number).toBe(index + 1);
            expect(paragraph.text.trim()).toBe(paragraph.text);
            expect(paragraph.text).not.toBe('');
          });
        }
      }),
      { numRuns: 3_000 },
    );
    reportFigure('fuzzed article files parsed (articles / reasons, 0 exceptions)', `${articles} / ${reasons}`);
  });

  it('builds replies from the hostile articles that ping no one and stay inside every embed limit', () => {
    const queries = ['Karlsson', 'Ines Karlsson', 'Lindqvist', 'Tessa Hale', 'Berg', 'Kowalczyk', 'union', 'everyone', '@everyone', 'here', 'vote', 'deal', 'talks', 'What did they agree on?', 'How long did the talks last?', 'raise', ''];
    let replies = 0;
    let found = 0;
    for (const command of COMMAND_NAMES)
      for (const query of queries) {
        const result = answer(knowledge, command, query);
        replies += 1;
        if (result.found) found += 1;
        expect(answerProblems(result, command, query, paragraphs), `${command} ${query}`).toEqual([]);
        expect(discordProblems(result), `${command} ${query}`).toEqual([]);
      }
    // The hostile articles must be answerable, or this test proves nothing about their text.
    expect(found).toBeGreaterThan(20);
    reportFigure('replies built from hostile articles (found / pings / broken embeds)', `${replies} (${found}) / 0 / 0`);
  });

  it('reports the skipped files to a moderator without a ping or an escape breaking the text', () => {
    const report = describeReload([
      {
        shard: 0,
        ok: true,
        report: {
          before: { articles: 0, passages: 0 },
          after: { articles: knowledge.articles.length, passages: 0 },
          added: knowledge.articles.map((article) => article.id),
          removed: [],
          changed: [],
          skipped: [...skipped, { file: '@here <@123>.md', reason: 'not UTF-8' }],
          ms: 1,
        },
      },
    ]);
    expect(report).not.toMatch(RAW_MENTION);
    expect(report).toContain('@\u200beveryone');
  });
});
