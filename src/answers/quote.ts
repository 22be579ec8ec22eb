import type { Answer } from '../types.js';
import type { Knowledge } from '../knowledge.js';
import type { Quote } from '../quotes.js';
import { closeNames, matchPeople } from '../person-lookup.js';
import { citePassage } from '../citations.js';
import { searchSentences } from '../search-index.js';
import { contentTerms } from '../text.js';
import { groupBy, perKnowledge } from '../derived.js';

/** Most quotes returned for one query. */
const MAX_QUOTES = 10;

/**
 * Answers "quote X": the direct quotes of the person X names, in reading order, or, when X names
 * no one, the quotes about X as a topic, best first. Each snippet is the quoted words themselves.
 */
export function answerQuote(knowledge: Knowledge, query: string): Answer {
  const subject = query.trim();
  if (!subject) return { command: 'quote', query, found: false, answer: 'Give a speaker or a topic, for example `/quote ceasefire`.', citations: [] };
  const { people, rest } = matchPeople(knowledge, subject);
  if (people.length > 0) {
    const keys = new Set(people.map((person) => person.key));
    let quotes = knowledge.quotes.filter((quote) => keys.has(quote.speakerKey));
    const names = people.map((person) => person.name).join(' and ');
    if (quotes.length === 0)
      return {
        command: 'quote',
        query,
        found: false,
        answer: `${names} ${people.length > 1 ? 'are' : 'is'} named in the articles but never quoted directly.`,
        citations: [],
        suggestions: speakers(knowledge).slice(0, 5),
      };
    if (rest) quotes = rankByTopic(knowledge, quotes, rest);
    return reply(knowledge, query, quotes, `${quotes.length} direct quote${quotes.length === 1 ? '' : 's'} from ${names}.`);
  }
  const onTopic = quotesAbout(knowledge, subject);
  if (onTopic.length === 0) {
    const suggestions = closeNames(knowledge, subject);
    const hint = suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : '';
    return { command: 'quote', query, found: false, answer: `No one quoted in the articles is called or speaks about "${subject}".${hint}`, citations: [], suggestions };
  }
  return reply(knowledge, query, onTopic, `${onTopic.length} quote${onTopic.length === 1 ? '' : 's'} about "${subject}", best first.`);
}

function reply(knowledge: Knowledge, query: string, quotes: Quote[], summary: string): Answer {
  const shown = quotes.slice(0, MAX_QUOTES);
  const citations = shown.map((quote) =>
    citePassage(knowledge, quote.article, quote.paragraph, quote.text, { speaker: knowledge.personByKey.get(quote.speakerKey)?.name }),
  );
  return { command: 'quote', query, found: true, answer: summary, citations };
}

/** Quotes by the sentence they stand in, grouped once per knowledge. */
const quotesBySentence = perKnowledge((knowledge) => groupBy(knowledge.quotes, (quote) => quote.sentenceId));

/** The quotes about a topic: those in the sentences the index finds for it, best match first. */
function quotesAbout(knowledge: Knowledge, topic: string): Quote[] {
  // A lone letter is an initial or a stray key, not a topic ("x x x" is no question about X).
  const terms = contentTerms(topic).filter((term) => term.length > 1);
  if (terms.length === 0) return [];
  const bySentence = quotesBySentence(knowledge);
  // The sentence itself must speak of the topic: a headline that does matches every sentence.
  const found = searchSentences(knowledge.index, terms.join(' '), undefined, ['text']).flatMap((result) => bySentence.get(Number(result.id)) ?? []);
  // Quotes whose own words name the topic before those whose sentence only does.
  return rankByTopic(knowledge, found, topic);
}

/** A speaker's quotes, those whose words or sentence share the topic's terms first. */
function rankByTopic(knowledge: Knowledge, quotes: Quote[], topic: string): Quote[] {
  const wanted = new Set(contentTerms(topic));
  if (wanted.size === 0) return quotes;
  const scored = quotes.map((quote, order) => {
    const quoteTerms = new Set(contentTerms(quote.text));
    const sentenceTerms = new Set(contentTerms(knowledge.sentences[quote.sentenceId].text));
    let score = 0;
    for (const term of wanted) score += quoteTerms.has(term) ? 2 : sentenceTerms.has(term) ? 1 : 0;
    return { quote, score, order };
  });
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map(({ quote }) => quote);
}

/** The people quoted in the articles, most quoted first. */
export function speakers(knowledge: Knowledge): string[] {
  const counts = new Map<string, number>();
  for (const quote of knowledge.quotes) counts.set(quote.speakerKey, (counts.get(quote.speakerKey) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([key]) => knowledge.personByKey.get(key)?.name ?? key);
}
