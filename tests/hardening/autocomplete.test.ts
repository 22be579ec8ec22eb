import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePageButton } from '../../src/discord/reply.js';
import { MAX_CHOICES } from '../../src/discord/limits.js';
import { suggest, type SuggestionKind } from '../../src/suggest.js';
import { reportFigure } from './figures.js';
import { openFuzzCorpus, type FuzzCorpus } from './fuzz-corpus.js';
import { queryArbitrary } from './hostile-text.js';

describe('fuzzed autocomplete prefixes and button ids', () => {
  let corpus: FuzzCorpus;
  let tried = 0;
  beforeAll(async () => {
    corpus = await openFuzzCorpus();
  });
  afterAll(() => {
    corpus?.remove();
    reportFigure('fuzzed autocomplete prefixes and button ids tried (0 crashes)', tried);
  });

  it('suggests at most 25 non-empty names for any typed prefix, of every kind', () => {
    // Discord sends what a member has typed so far, up to the option's 100 characters.
    const prefix = queryArbitrary(corpus.words).map((query) => query.slice(0, 100));
    fc.assert(
      fc.property(prefix, fc.constantFrom<SuggestionKind>('person', 'article', 'topic'), (typed, kind) => {
        tried += 1;
        const suggestions = suggest(corpus.knowledge, kind, typed, MAX_CHOICES);
        expect(suggestions.length).toBeLessThanOrEqual(MAX_CHOICES);
        for (const suggestion of suggestions) expect(suggestion.trim()).not.toBe('');
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads any button custom id as one of its own or as none, never throwing', () => {
    const customId = fc.oneof(
      fc.string({ maxLength: 100 }),
      fc.tuple(fc.constantFrom('page', 'PAGE', 'page:', ''), fc.string({ maxLength: 20 }), fc.oneof(fc.nat().map(String), fc.string({ maxLength: 20 }))).map((parts) => parts.join(':')),
    );
    fc.assert(
      fc.property(customId, (id) => {
        tried += 1;
        const button = parsePageButton(id);
        if (button !== undefined) {
          expect(button.key).toMatch(/^[\w-]+$/);
          // A huge index is harmless: the page shown is clamped to the pages there are.
          expect(Number.isFinite(button.index) && button.index >= 0).toBe(true);
        }
      }),
      { numRuns: 2_000, examples: [['page:abc:99999999999999999999'], ['page:abc:1:x'], ['page::1'], ['page:a b:1']] },
    );
  });
});
