import type { Knowledge } from './knowledge.js';
import { normalizeForMatch } from './text.js';

/** What autocomplete offers. */
export type SuggestionKind = 'person' | 'topic' | 'article';

/**
 * Names or topics that start with what the user typed (any word of them), most mentioned or
 * first listed first. An empty prefix lists the most mentioned.
 */
export function suggest(knowledge: Knowledge, kind: SuggestionKind, prefix: string, limit: number): string[] {
  const typed = normalizeForMatch(prefix);
  const fits = (text: string) => !typed || normalizeForMatch(text).split(/[\s-]+/).some((word) => word.startsWith(typed)) || normalizeForMatch(text).startsWith(typed);
  if (kind === 'person') {
    return [...knowledge.people]
      .sort((a, b) => b.sentenceIds.length - a.sentenceIds.length)
      .map((person) => person.name)
      .filter(fits)
      .slice(0, limit);
  }
  const titles = knowledge.articles.map((article) => article.title);
  if (kind === 'article') return titles.filter(fits).slice(0, limit);
  // Topics: the article titles, then the people most quoted, each a subject people ask about.
  const speakers = [...new Set(knowledge.quotes.map((quote) => knowledge.personByKey.get(quote.speakerKey)?.name ?? ''))].filter(Boolean);
  return [...new Set([...titles, ...speakers])].filter(fits).slice(0, limit);
}
