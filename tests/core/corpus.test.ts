import { mkdtemp, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadCorpus, parseArticle, CorpusError } from '../../src/corpus.js';
import { createLogger } from '../../src/logger.js';

const bytes = (text: string) => new TextEncoder().encode(text);

/** The numbers of the blocks of a raw article, given block by block, that are not story text. */
function notStoryNumbers(id: string, blocks: string[]): number[] {
  const article = parseArticle(id, bytes(blocks.join('\n\n')));
  if (typeof article === 'string') throw new Error(article);
  return article.paragraphs.filter((paragraph) => !paragraph.isStory).map((paragraph) => paragraph.number);
}

async function corpusWith(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'parley-corpus-'));
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}

const GOOD = '---\ntitle: Talks end\ndate: 2026-01-02\n---\n\nThe talks ended on Monday.\n\nBoth sides agreed to meet again.\n';

describe('loadCorpus', () => {
  it('skips each bad file with a one-line reason and keeps the good ones', async () => {
    const dir = await corpusWith({
      'good.md': GOOD,
      'empty.md': '',
      'binary.txt': new Uint8Array([0x47, 0x00, 0x01, 0x02]),
      'latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]),
      'open.md': '---\ntitle: Never closed\n\nBody text here.\n',
      'badline.md': '---\ntitle: ok\nthis line is wrong\n---\n\nBody.\n',
      'good.txt': 'A second file with the id "good".\n',
      'notes.json': '{}',
      'caption-only.md': 'A man walks. (Jane Doe/Agency)\n\nBy Jane Doe\n',
    });
    const lines: string[] = [];
    const logger = createLogger({ destination: new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) }) });
    const { articles, report } = await loadCorpus(dir, logger);
    expect(articles.map((article) => article.id)).toEqual(['good']);
    expect(report.skipped).toEqual([
      { file: 'badline.md', reason: 'front matter line 3 is not "key: value"' },
      { file: 'binary.txt', reason: 'binary file (contains NUL bytes)' },
      { file: 'caption-only.md', reason: 'no story text (only captions, bylines or boilerplate)' },
      { file: 'empty.md', reason: 'empty file' },
      { file: 'good.txt', reason: 'duplicate id "good" (already loaded from "good.md")' },
      { file: 'latin1.txt', reason: 'not UTF-8' },
      { file: 'open.md', reason: 'front matter is not closed (no second "---" line)' },
    ]);
    // Every skip reaches the log as `corpus: skipped "<file>": <reason>`.
    const logged = lines.join('');
    for (const { file, reason } of report.skipped) expect(logged).toContain(`corpus: skipped \\"${file}\\": ${reason.replace(/"/g, '\\"')}`);
  });

  it('skips a file over the size limit', async () => {
    const dir = await corpusWith({ 'big.md': 'x'.repeat(2000), 'small.md': GOOD });
    const { report } = await loadCorpus(dir, undefined, { maxFileBytes: 1000 });
    expect(report.skipped).toEqual([{ file: 'big.md', reason: 'larger than 1000 bytes (2000)' }]);
  });

  it('throws a CorpusError naming the folder when it cannot be read', async () => {
    await expect(loadCorpus('/nonexistent/parley')).rejects.toThrow(new CorpusError('corpus: cannot read folder "/nonexistent/parley": ENOENT'));
  });
});

describe('parseArticle', () => {
  it('handles CRLF line ends and a byte-order mark', () => {
    const article = parseArticle('crlf', bytes('\uFEFF---\r\ntitle: Windows\r\n---\r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n'));
    expect(article).toMatchObject({ title: 'Windows', paragraphs: [{ number: 1, text: 'First paragraph.' }, { number: 2, text: 'Second paragraph.' }] });
  });

  it('numbers paragraphs as blank-line blocks of the body, the way a reader counts them', async () => {
    // The shared scorer counts the same way: split on blank lines after the front matter, drop empty blocks.
    const raw = await readFile('corpus/istanbul-talks-2025-05-16.md', 'utf8');
    const body = raw.replace(/^---\n[\s\S]*?\n---\n/, '');
    const blocks = body.split(/\n\s*\n/).map((block) => block.trim()).filter(Boolean);
    const article = parseArticle('istanbul', bytes(raw));
    if (typeof article === 'string') throw new Error(article);
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual(blocks);
    expect(article.paragraphs[9].text).toMatch(/^On Friday, the delegations agreed to write up/);
    expect(article.paragraphs[9].number).toBe(10);
  });

  it('marks the photo caption, the byline and the syndication line as not story text', async () => {
    const article = parseArticle('istanbul', await readFile('corpus/istanbul-talks-2025-05-16.md'));
    if (typeof article === 'string') throw new Error(article);
    const notStory = article.paragraphs.filter((paragraph) => !paragraph.isStory).map((paragraph) => paragraph.number);
    expect(notStory).toEqual([1, 2, article.paragraphs.length]);
    expect(article.paragraphs[2].isStory).toBe(true);
  });

  it("sets aside an editor's note, a reading list, a call for letters and a caption that ends on its credit, wherever they stand", () => {
    const blocks = [
      'Settlement reached',
      'The company will pay $4 million.',
      'The court will hear the deal in May.',
      'Go deeper: The data brokers nobody regulates',
      'Have your say: Should trucks be banned at night? Email the paper.',
      'The hearing is set for May 4.',
      "Editor's note: This story has been updated with comment from the company.",
      'Students outside the library. About 2,300 students were affected. Photograph: Varnley University',
      'The photo desk said: Photo: none was taken.',
    ];
    expect(notStoryNumbers('settled', blocks)).toEqual([4, 5, 7, 8]);
  });

  it('sets aside a caption near the top that tells where people stand in the photo', () => {
    const blocks = [
      'Govt, unions agree on pay',
      'Labour Minister Cde Ruvimbo Chitsanzara (centre) with APEX Council chairperson Cde Simbarashe Makuvatsine (left) after the meeting in Harare on Monday.',
      'GOVERNMENT and civil servants have agreed on a pay rise.',
      'The minister (right) and the chairperson signed. Both said it was fair.',
    ];
    expect(notStoryNumbers('cola', blocks)).toEqual([2]);
  });

  it('takes a title from the file name when there is no front matter', () => {
    const article = parseArticle('port-strike-ends', bytes('The strike ended.\n'));
    expect(article).toMatchObject({ title: 'Port strike ends' });
  });

  it("takes a raw article's headline line for its title, and keeps it a paragraph", () => {
    const article = parseArticle('border', bytes('Two states agree to reopen border crossing after seven years\n\nThe crossing reopens in April.\n'));
    expect(article).toMatchObject({ title: 'Two states agree to reopen border crossing after seven years', paragraphs: [{ number: 1, isStory: true }, { number: 2 }] });
    // A first line that is a sentence, or a caption, is no headline.
    expect(parseArticle('port-strike-ends', bytes('The strike ended on Monday.\n\nWorkers returned.\n'))).toMatchObject({ title: 'Port strike ends' });
  });

  it('sets aside a caption credited in square brackets and a byline below a headline and a standfirst', () => {
    const blocks = [
      'States agree to reopen crossing',
      'Phased reopening to begin in April, but a second crossing stays shut.',
      'Trucks wait at the closed crossing in 2023 [File: Timur Baysal/Al Jazeera]',
      'By Layla Odeh\nPublished On 3 Mar 2026',
      'The two states agreed on Monday to reopen the crossing.',
    ];
    expect(notStoryNumbers('crossing', blocks)).toEqual([3, 4]);
  });

  it("keeps a byline that gives the writer's post, so that /who can say who the writer is", () => {
    const blocks = [
      'Milk price talks stall',
      'By Cormac Delahunt, Dairy Editor',
      'By Eirik Saether, Aviaja Petrussen and Chloe Tremblay',
      'Talks between the co-op and the cheesemaker broke down on Tuesday.',
    ];
    expect(notStoryNumbers('milk', blocks)).toEqual([3]);
  });

  it('keeps a short opening paragraph that starts with "By" and a lower-case word: it is a sentence, not a byline', () => {
    const blocks = [
      'Ferry strike ends',
      'By morning the ferries were running again.',
      'By Monday the talks had ended.',
      'By Tomas Ruelle',
      'The crews voted to accept the offer.',
    ];
    expect(notStoryNumbers('ferry', blocks)).toEqual([4]);
  });

  it("keeps a lede whose dateline names the agency, and still sets aside a caption credited to it", () => {
    const blocks = [
      'Aid workers freed after 52 days',
      'A freed aid worker is greeted at the airport. (Reuters)',
      'By Camille Dorsainvil',
      'PORT-SOLEIL, March 13 (Reuters) - Seven aid workers were freed on Wednesday after 52 days in captivity.',
      'PORT CALLAN, March 3 (AFP) — The two navies agreed a hotline.',
    ];
    expect(notStoryNumbers('freed', blocks)).toEqual([2, 3]);
  });
});
