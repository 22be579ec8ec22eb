import { describe, expect, it } from 'vitest';
import { extractOutcomes } from '../../src/outcomes.js';
import type { SentenceRecord } from '../../src/passages.js';

/** Each text as the lone sentence of its own paragraph of one article. */
const sentences = (...texts: string[]): SentenceRecord[] =>
  texts.map((text, id) => ({ id, article: 'story', paragraph: id + 1, index: 0, text }));

/** The result group read for one sentence, or undefined when it reads as no result. */
const groupOf = (text: string) => extractOutcomes(sentences(text))[0]?.group;

describe('outcomes, on how courts and police report results', () => {
  it('reads a plea', () => expect(groupOf('The former treasurer pleaded guilty on Monday in state court to two counts of theft.')).toBe('agreed'));
  it('reads a verdict and a charge', () => {
    expect(groupOf('After two days of deliberation, the jury found the builder not guilty of manslaughter.')).toBe('agreed');
    expect(groupOf('The driver was charged Thursday morning with three counts of reckless endangerment.')).toBe('agreed');
  });
  it('reads a surrender', () => expect(groupOf('The gunman came out with his hands up just before dawn, officers said.')).toBe('agreed'));
  it('does not read a charge that was not brought', () => expect(groupOf('His business partner has not been charged in the case.')).toBeUndefined());
});
