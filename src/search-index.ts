import MiniSearch, { type SearchResult } from 'minisearch';
import type { SentenceRecord } from './passages.js';
import { indexTerm, tokenize } from './text.js';

/** What the index holds for each sentence. */
export interface IndexedSentence {
  id: number;
  text: string;
  title: string;
}

/** Options of the sentence index. */
export interface SearchOptions {
  /** Weight of a match in the sentence against one in its article's title. Default: text 1, title 0.25. */
  boost: { text: number; title: number };
  /** Prefix matching for terms of at least this many characters. Default: 5. */
  prefixFrom: number;
  /** Fuzzy matching (edit distance as a fraction of the term's length) for terms of at least 6 characters. Default: 0.2. */
  fuzzy: number;
}

export const defaultSearchOptions: SearchOptions = { boost: { text: 1, title: 0.25 }, prefixFrom: 5, fuzzy: 0.2 };

/** MiniSearch's options for Parley's sentences: English terms, stop words dropped, stemmed. */
export const miniSearchOptions = {
  idField: 'id',
  fields: ['text', 'title'],
  tokenize: (text: string) => tokenize(text),
  processTerm: (term: string) => indexTerm(term),
};

/** Builds the sentence index. */
export function buildSearchIndex(sentences: SentenceRecord[], titles: Map<string, string>): MiniSearch<IndexedSentence> {
  const index = new MiniSearch<IndexedSentence>(miniSearchOptions);
  index.addAll(sentences.map((sentence) => ({ id: sentence.id, text: sentence.text, title: titles.get(sentence.article) ?? '' })));
  return index;
}

/**
 * Searches sentences (in `fields`: the sentence and its article's title by default). Exact terms first; prefix and fuzzy matching only when the exact search
 * finds nothing, since they cost more and add noise where the words are there as written.
 */
export function searchSentences(
  index: MiniSearch<IndexedSentence>,
  query: string,
  options: SearchOptions = defaultSearchOptions,
  fields: (keyof IndexedSentence)[] = ['text', 'title'],
): SearchResult[] {
  const exact = index.search(query, { fields, boost: options.boost, combineWith: 'OR' });
  if (exact.length > 0) return exact;
  return index.search(query, {
    fields,
    boost: options.boost,
    combineWith: 'OR',
    prefix: (term) => term.length >= options.prefixFrom,
    fuzzy: (term) => (term.length >= 6 ? options.fuzzy : false),
  });
}
