import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus.js';
import { paragraphOf, storySentences } from '../../src/passages.js';
import { groupBy, groupByEach } from '../../src/derived.js';
import { splitSentences } from '../../src/text.js';

const article = parseArticle(
  'a',
  new TextEncoder().encode('A caption. (Jane Doe/Agency)\n\nOne. Two.\n\nThree.\n\nFour. Five. Six.\n'),
);
if (typeof article === 'string') throw new Error(article);
const other = parseArticle('b', new TextEncoder().encode('Seven.\n'));
if (typeof other === 'string') throw new Error(other);
const sentences = storySentences([article, other]);
const texts = (list: { text: string }[]) => list.map((sentence) => sentence.text);

describe('paragraphOf', () => {
  it('gives the sentences of a paragraph, and of the paragraph before or after it', () => {
    const three = sentences.findIndex((sentence) => sentence.text === 'Three.');
    expect(texts(paragraphOf(sentences, three))).toEqual(['Three.']);
    expect(texts(paragraphOf(sentences, three, -1))).toEqual(['One.', 'Two.']);
    expect(texts(paragraphOf(sentences, three, 1))).toEqual(['Four.', 'Five.', 'Six.']);
  });

  it('gives nothing past an article or before a caption that is not story text', () => {
    const one = sentences.findIndex((sentence) => sentence.text === 'One.');
    const six = sentences.findIndex((sentence) => sentence.text === 'Six.');
    expect(paragraphOf(sentences, one, -1)).toEqual([]);
    expect(paragraphOf(sentences, six, 1)).toEqual([]);
  });
});

describe('groupBy', () => {
  it('keeps order within each group, and puts an item under each of its keys', () => {
    expect([...groupBy([1, 2, 3, 4], (n) => n % 2)]).toEqual([[1, [1, 3]], [0, [2, 4]]]);
    expect(groupByEach(['ab', 'b'], (word) => word.split('')).get('b')).toEqual(['ab', 'b']);
  });
});

describe('splitSentences, on lines without a full stop', () => {
  const split = (paragraph: string) => splitSentences(paragraph).map((sentence) => sentence.text);
  it('keeps a numbered note\'s number with its sentence', () =>
    expect(split('2. The statutory ballot closed on 9 December 2025. Turnout was 56 per cent.')).toEqual(['2. The statutory ballot closed on 9 December 2025.', 'Turnout was 56 per cent.']));
  it('ends a sentence at a timestamp or heading line, and around list items', () => {
    expect(split('4:20 p.m. ET\nPellworth agrees to talk\nIn a statement, the board said it would meet. Talks begin Wednesday.')).toEqual([
      '4:20 p.m. ET',
      'Pellworth agrees to talk',
      'In a statement, the board said it would meet.',
      'Talks begin Wednesday.',
    ]);
    expect(split('- A 7% increase in minimum pay in the first year\n- Consent before a studio can create a digital replica')).toEqual([
      '- A 7% increase in minimum pay in the first year',
      '- Consent before a studio can create a digital replica',
    ]);
  });
  it('runs a hard-wrapped line of prose on into the next', () =>
    expect(split('The council approved the budget late on Tuesday after a debate that ran\nfor almost nine hours. Members then went home.')).toEqual([
      'The council approved the budget late on Tuesday after a debate that ran\nfor almost nine hours.',
      'Members then went home.',
    ]));
});
