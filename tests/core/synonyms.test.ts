import { describe, expect, it } from 'vitest';
import { broaderOf, kindredOf, loadSynonyms, synonymsOf } from '../../src/synonyms.js';

describe('synonyms from WordNet', () => {
  it('finds the WordNet files the package ships', () => expect(loadSynonyms()).toBe(true));

  it('gives words that share a sense, from any inflected form', () => {
    expect(synonymsOf('ceasefire')).toContain('truce');
    expect(synonymsOf('prisoners')).toContain('captive');
    expect(synonymsOf('nations')).toContain('country');
  });

  it('gives the words news of negotiations uses for one thing, in any number: a curfew is a ban, an assessor a monitor', () => {
    expect(synonymsOf('ban')).toContain('curfew');
    expect(synonymsOf('monitors')).toContain('assessor');
    expect(synonymsOf('negotiation')).toContain('dialogue');
    expect(synonymsOf('talks')).not.toContain('meeting');
    // A pay rise is an increase, a prisoner swap an exchange, a company's stock its shares, a round of talks a session.
    expect(synonymsOf('rise')).toContain('increase');
    expect(synonymsOf('swap')).toContain('exchange');
    expect(synonymsOf('stock')).toContain('shares');
    expect(synonymsOf('sessions')).toContain('round');
    // A labour contract is the agreement, or the deal, the story reports.
    expect(synonymsOf('contract')).toEqual(expect.arrayContaining(['agreement', 'deal']));
    expect(synonymsOf('pact')).toContain('agreement');
    // To broker talks is to mediate them.
    expect(synonymsOf('broker')).toContain('mediator');
    // A retirement fund is the pension fund; a roadblock the strikers' blockade.
    expect(synonymsOf('retirement')).toContain('pension');
    expect(synonymsOf('roadblocks')).toContain('blockade');
    // A raise paid back to April is backdated, or applied retroactively.
    expect(synonymsOf('backdated')).toContain('retroactively');
    // "Sept." is a month, never WordNet's "sept" (a clan) for "people".
    expect(synonymsOf('people')).not.toContain('sept');
  });

  it('reads the four commonest senses: a rider is also a passenger (the fourth)', () => expect(synonymsOf('riders')).toContain('passenger'));

  it('gives single common words only, never the word itself nor a name', () => {
    for (const word of ['city', 'start', 'summit', 'company'])
      for (const synonym of synonymsOf(word)) {
        expect(synonym).not.toMatch(/[_\sA-Z]/);
        expect(synonym).not.toBe(word);
      }
  });

  it('gives a noun the more specific nouns a story may use for it', () => {
    expect(kindredOf('crimes')).toContain('fraud');
    expect(kindredOf('money')).toContain('fund');
    // "Split" is a city, but a name; "city" is not answered by it.
    expect(kindredOf('city')).not.toContain('split');
  });

  it('gives a noun the more general nouns, and not the noun\'s own synonyms', () => {
    expect(broaderOf('actors')).toContain('performer');
    expect(broaderOf('lorries')).toContain('truck');
    expect(broaderOf('lorries')).not.toContain('camion');
  });

  it('gives nothing for a word WordNet does not know', () => {
    expect(synonymsOf('zorblat')).toEqual([]);
    expect(kindredOf('zorblat')).toEqual([]);
    expect(broaderOf('zorblat')).toEqual([]);
  });
});
