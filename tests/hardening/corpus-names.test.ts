import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus.js';

const STORY = 'The union agreed to a deal on Friday, said Anna Berg, its chief negotiator.\n';

describe('a corpus file whose name is not UTF-8', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('is skipped with that reason, not reported as missing, and the rest load', async () => {
    dir = await mkdtemp(join(tmpdir(), 'parley-names-'));
    // "café.md" as a Latin-1 system writes it: é is the single byte 0xE9.
    await writeFile(Buffer.concat([Buffer.from(join(dir, 'caf')), Buffer.from([0xe9]), Buffer.from('.md')]), STORY);
    await writeFile(join(dir, 'harbour.md'), STORY);
    const { articles, report } = await loadCorpus(dir);
    expect(articles.map((article) => article.id)).toEqual(['harbour']);
    expect(report.skipped).toEqual([{ file: 'caf\ufffd.md', reason: 'file name is not UTF-8 (rename the file)' }]);
  });
});
