import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus.js';
import { reportFigure } from './figures.js';

const parse = (text: string) => parseArticle('x', Buffer.from(text));

describe('parseArticle on a long opening paragraph', () => {
  it('reads a 120 KB opening paragraph with an unclosed "(" and many agency words in well under a second', () => {
    // Read as a possible photo credit: the old single pattern took seconds here (quadratic), minutes at 2 MiB.
    const opening = '(' + 'photo '.repeat(20_000);
    const started = performance.now();
    const article = parse(`${opening}\n\nThe union agreed to the deal on Friday.\n`);
    const ms = performance.now() - started;
    reportFigure('parseArticle, 120 KB unclosed "(" opening (ms)', Math.round(ms));
    expect(typeof article).not.toBe('string');
    expect(ms).toBeLessThan(500);
  });

  it('still tells a photo credit from story text', () => {
    for (const caption of ['Negotiators meet in Geneva. (AP Photo/Jane Doe)', 'The delegations on Friday. (Jane Doe/Agency)', 'Talks resume (Reuters)', 'Getty: the hall (Getty Images)'])
      expect(parse(`${caption}\n`), caption).toBe('no story text (only captions, bylines or boilerplate)');
    for (const story of ['The talks (which began on Monday) ended on Friday.', 'A photographer (who asked not to be named) said the photos were taken.', 'Prices rose (by 5 percent) after the deal.'])
      expect(typeof parse(`${story}\n`), story).not.toBe('string');
  });
});
