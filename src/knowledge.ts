import type MiniSearch from 'minisearch';
import type { Article } from './types.js';
import { storySentences, type SentenceRecord } from './passages.js';
import { extractPeople, type Person, type PersonMention } from './people.js';
import { extractQuotes, type Quote } from './quotes.js';
import { extractOutcomes, type OutcomeFact } from './outcomes.js';
import { buildSearchIndex, type IndexedSentence } from './search-index.js';
import { contentTerms } from './text.js';

/**
 * Everything Parley knows about a corpus, computed once when it loads, so that answering a
 * question costs about one search: the articles, their story sentences, the people with their
 * roles, the quotes with their speakers, the result sentences, and the sentence index.
 */
export interface Knowledge {
  articles: Article[];
  articleById: Map<string, Article>;
  sentences: SentenceRecord[];
  people: Person[];
  personByKey: Map<string, Person>;
  mentionsBySentence: Map<number, PersonMention[]>;
  quotes: Quote[];
  outcomes: OutcomeFact[];
  index: MiniSearch<IndexedSentence>;
  /** Every index term of the story text, to tell a word the articles never use. */
  vocabulary: Set<string>;
}

/** The steps of {@link buildKnowledge}, in the order they run. */
export type BuildStep = 'sentences' | 'people' | 'quotes' | 'outcomes' | 'vocabulary' | 'index';

/** Told each step of a build as it ends, with its duration in milliseconds (for profiling). */
export type BuildStepListener = (step: BuildStep, ms: number) => void;

/**
 * Builds the knowledge of a set of articles. `onStep`, when given, is told how long each step
 * took; it changes nothing in the result.
 */
export function buildKnowledge(articles: Article[], onStep?: BuildStepListener): Knowledge {
  let started = performance.now();
  const step = <T>(name: BuildStep, result: T): T => {
    const now = performance.now();
    onStep?.(name, now - started);
    started = now;
    return result;
  };
  const sentences = step('sentences', storySentences(articles));
  const peopleIndex = step('people', extractPeople(sentences));
  const { people, personByKey, mentionsBySentence } = peopleIndex;
  const quotes = step('quotes', extractQuotes(articles, sentences, peopleIndex));
  const outcomes = step('outcomes', extractOutcomes(sentences));
  const titles = new Map(articles.map((article) => [article.id, article.title]));
  const vocabulary = new Set<string>();
  for (const sentence of sentences) for (const term of contentTerms(sentence.text)) vocabulary.add(term);
  step('vocabulary', vocabulary);
  const index = step('index', buildSearchIndex(sentences, titles));
  return {
    articles,
    articleById: new Map(articles.map((article) => [article.id, article])),
    sentences,
    people,
    personByKey,
    mentionsBySentence,
    quotes,
    outcomes,
    index,
    vocabulary,
  };
}

/** Counts shown in reports: articles and story paragraphs. */
export function knowledgeStats(knowledge: Knowledge): { articles: number; passages: number } {
  return {
    articles: knowledge.articles.length,
    passages: new Set(knowledge.sentences.map((sentence) => `${sentence.article}#${sentence.paragraph}`)).size,
  };
}
