import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../../src/corpus.js';
import { buildKnowledge, type Knowledge } from '../../src/knowledge.js';
import { readParagraphsLikeScorer, type ParagraphsByArticle } from './invariants.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * An article written to break replies: mentions of every kind, markdown that would restyle an embed,
 * masked links, a code fence, right-to-left and zero-width characters, and quotes that carry all of it.
 * It is dated after every fixture, so that /sources, newest first, lists it however many there are.
 */
export const PINGING_ARTICLE = `---
title: "@everyone **Union** <@&456> [vote](https://evil.example/@here) talks"
date: 2031-04-01
source: <@123> Gazette
url: https://example.com/news/pinging-talks
---

PORT HALLOW – Ferry workers and the Hallow Harbour Board agreed on Tuesday to a pay rise of 5 percent, ending a strike @everyone had felt.

“Tell @everyone and @here that <@123456789012345678> and <@&456> signed **nothing** until \`\`\`the deal\`\`\` was ready,” said Ines Karlsson, the ferry union's chief negotiator.

“Read it at [the board's site](https://evil.example/@everyone) and ||ask <#789>||,” Karlsson said.

Board chairman Tomas Lindqvist said the board had agreed to hire 40 more deckhands next year. \u202eReversed\u202c text and zero\u200bwidth\u200bspaces stay in the paragraph.

The two sides failed to agree on overtime pay, which will be discussed again in June. > not a quote # not a heading - not a list

# A heading line inside the story @here
`;

/** A folder holding every fixture article, the sample corpus and {@link PINGING_ARTICLE}. */
export interface FuzzCorpus {
  dir: string;
  knowledge: Knowledge;
  paragraphs: ParagraphsByArticle;
  /** Names and topic words from the articles, so generated queries sometimes find answers. */
  words: string[];
  remove(): void;
}

/** Copies the fixtures, the sample corpus and the pinging article into a temp folder and builds their knowledge. */
export async function openFuzzCorpus(): Promise<FuzzCorpus> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-fuzz-'));
  const fixtures = join(root, 'tests/fixtures');
  for (const entry of readdirSync(fixtures, { withFileTypes: true })) if (entry.isDirectory()) cpSync(join(fixtures, entry.name), dir, { recursive: true });
  cpSync(join(root, 'corpus'), dir, { recursive: true });
  writeFileSync(join(dir, 'pinging-talks.md'), PINGING_ARTICLE);
  const { articles, report } = await loadCorpus(dir);
  if (report.skipped.length > 0) throw new Error(`fuzz corpus: skipped ${JSON.stringify(report.skipped)}`);
  const knowledge = buildKnowledge(articles);
  const words = [
    ...new Set([
      ...knowledge.people.flatMap((person) => [person.surname, person.name]),
      ...knowledge.articles.map((article) => article.title.split(/\s+/)[0]!),
      'ceasefire',
      'agreed',
      'strike',
      'pay',
      'vote',
      'deal',
      'Karlsson',
      'union',
      'How long did the talks last?',
      'What did they agree on?',
      'Who led the delegation?',
    ]),
  ].filter(Boolean);
  return { dir, knowledge, paragraphs: readParagraphsLikeScorer(dir), words, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
