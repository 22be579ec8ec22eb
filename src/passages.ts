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
