import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus.js';
import { buildKnowledge } from '../../src/knowledge.js';
import { answer } from '../../src/answer.js';

// A wire story written for these tests: every way news introduces a person, once.
const WIRE = readFileSync(new URL('./wire-story.md', import.meta.url));
const article = parseArticle('wire-story', WIRE);
if (typeof article === 'string') throw new Error(article);
const knowledge = buildKnowledge([article]);
const who = (name: string) => answer(knowledge, 'who', name).answer;
const quotes = (name: string) => answer(knowledge, 'quote', name).citations.map((citation) => [citation.snippet, citation.speaker]);

describe('who, on the ways news introduces people', () => {
  it('reads a title led by an organisation ("Senate Majority Leader X")', () => expect(who('Dunmore')).toBe('Chuck Dunmore — Senate Majority Leader'));
  it('reads an appositive after a party in brackets', () => expect(who('Alvarez')).toContain('the ranking member of the Finance Committee'));
  it('reads an age and a title', () => expect(who('Hendricks')).toBe('Paul Hendricks — Treasury Secretary; aged 61'));
  it('reads "according to X, a …"', () => expect(who('Okafor')).toBe('Jennifer Okafor — a budget analyst at the Brookings Institution'));
  it('gives one role to every name it is shared by ("Union leaders A and B")', () => {
    expect(who('Briggs')).toBe('Tom Briggs — Union leaders');
    expect(who('Nguyen')).toBe('Sally Nguyen — Union leaders');
  });
  it('reads a possessive role after a speech verb ("said Lowe\'s deputy, X")', () => expect(who('Fisk')).toBe("Aaron Fisk — Lowe's deputy"));
  it('keeps "of Montana" with an abbreviated title', () => expect(who('Halvorsen')).toBe('Rick Halvorsen — Gov. of Montana'));
});

describe('quote, on the ways news attributes speech', () => {
  it('follows a surname after the quote and the quote after it', () =>
    expect(quotes('Dunmore')).toEqual([
      ['We got it done,', 'Chuck Dunmore'],
      ['Nobody got everything they wanted.', 'Chuck Dunmore'],
    ]));
  it('reads "wrote X" inversion', () => expect(quotes('Whitman')).toEqual([['This is what governing looks like,', 'Gerald Whitman']]));
  it('reads "X said:" before the quote', () => expect(quotes('Halvorsen')).toEqual([["It's about time.", 'Rick Halvorsen']]));
  it('gives nothing to someone who is only paraphrased', () => expect(answer(knowledge, 'quote', 'Hendricks').found).toBe(false));
});

describe('who across articles', () => {
  const first = parseArticle('day-one', new TextEncoder().encode('---\ntitle: Day one\n---\n\nTrade Minister Lena Holt said the talks had begun.\n'));
  const second = parseArticle('day-two', new TextEncoder().encode('---\ntitle: Day two\n---\n\nLena Holt, who leads the delegation, said a deal was close.\n\nHolt left early.\n'));
  if (typeof first === 'string' || typeof second === 'string') throw new Error('fixture did not parse');
  const both = buildKnowledge([first, second]);

  it('gives a person named in two articles one answer that cites each', () => {
    const reply = answer(both, 'who', 'Holt');
    expect(reply.answer.split('\n')).toEqual(['Lena Holt — Trade Minister; leads the delegation']);
    expect(new Set(reply.citations.map((citation) => citation.article))).toEqual(new Set(['day-one', 'day-two']));
  });
});
