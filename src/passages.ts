import type { Article } from './types.js';
import { splitSentences } from './text.js';

/** One sentence of a story paragraph: the unit that answers cite. */
export interface SentenceRecord {
  /** Position in the knowledge's sentence list. */
  id: number;
  article: string;
  paragraph: number;
  /** Position of the sentence within its paragraph, from 0. */
  index: number;
  text: string;
}

/**
 * Lists the sentences of every story paragraph, in reading order. Captions, bylines and
 * boilerplate are left out here, so nothing built on sentences can offer them as an answer.
 */
export function storySentences(articles: Article[]): SentenceRecord[] {
  const sentences: SentenceRecord[] = [];
  for (const article of articles)
    for (const paragraph of article.paragraphs) {
      if (!paragraph.isStory) continue;
      for (const [index, sentence] of splitSentences(paragraph.text).entries())
        sentences.push({ id: sentences.length, article: article.id, paragraph: paragraph.number, index, text: sentence.text });
    }
  return sentences;
}

/**
 * The sentences of the paragraph that holds sentence `id` (offset 0), or of the story paragraph
 * numbered `offset` (±1) from it in the same article; none when there is no such paragraph. It
 * walks from the sentence, since sentences stand in reading order.
 */
export function paragraphOf(sentences: SentenceRecord[], id: number, offset: -1 | 0 | 1 = 0): SentenceRecord[] {
  const { article, paragraph } = sentences[id];
  const wanted = paragraph + offset;
  const inWanted = (at: number) => sentences[at]?.article === article && sentences[at].paragraph === wanted;
  // Step over the sentence's own paragraph first when another one is wanted.
  let at = id;
  if (offset !== 0) while (sentences[at]?.article === article && sentences[at].paragraph === paragraph) at += offset;
  if (!inWanted(at)) return [];
  let first = at;
  let last = at;
  while (inWanted(first - 1)) first--;
  while (inWanted(last + 1)) last++;
  return sentences.slice(first, last + 1);
}

export const sameParagraph = (a: SentenceRecord, b: SentenceRecord): boolean => a.article === b.article && a.paragraph === b.paragraph;

/** Whether the sentence stands in its article's first story paragraph, the lede. */
export function isLedeSentence(sentences: SentenceRecord[], sentence: SentenceRecord): boolean {
  const first = paragraphOf(sentences, sentence.id)[0].id;
  return first === 0 || sentences[first - 1].article !== sentence.article;
}
