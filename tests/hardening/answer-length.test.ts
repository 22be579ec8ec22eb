import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer.js';
import { parseArticle } from '../../src/corpus.js';
import { buildKnowledge } from '../../src/knowledge.js';
import { COMMAND_NAMES, type Article } from '../../src/types.js';
import { discordProblems, MAX_ANSWER_TEXT } from './invariants.js';

/** 200 one-sentence articles with headline-length titles: a corpus a newsroom fills in a month. */
const articles = Array.from(
  { length: 200 },
  (_, index) =>
    parseArticle(
      `talks-${index}`,
      Buffer.from(`---\ntitle: Harbour workers and the port authority of town number ${index} agree on a pay deal\n---\n\nThe union in town ${index} agreed to a deal on Friday.\n`),
    ) as Article,
);

describe('answer length with a corpus of 200 articles', () => {
  const knowledge = buildKnowledge(articles);

  it('keeps every Discord reply inside its limits whatever the answer length', () => {
    for (const command of COMMAND_NAMES)
      for (const query of ['zebra crossing', '', 'union', 'What did they agree on?']) expect(discordProblems(answer(knowledge, command, query)), `${command} ${query}`).toEqual([]);
  });

  // /outcome on a topic no article covers lists every title: 15,748 characters here, and more with
  // every article added. Discord cuts it to its 4,096; the console and `ask --jsonl` print it all.
  it('keeps a not-found /outcome answer short however many articles there are', () => {
    const result = answer(knowledge, 'outcome', 'zebra crossing');
    expect(result.found).toBe(false);
    expect(result.answer.length).toBeLessThanOrEqual(MAX_ANSWER_TEXT);
  });
});
