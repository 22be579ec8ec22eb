import type { Answer, OutcomeGroup } from '../types.js';
import type { Knowledge } from '../knowledge.js';
import type { OutcomeFact } from '../outcomes.js';
import { citeSentence } from '../citations.js';
import { searchSentences } from '../search-index.js';
import { contentTerms } from '../text.js';
import { groupBy, perKnowledge } from '../derived.js';
import { shorten } from './shorten.js';

/** Most facts listed for one article, and in all. */
const MAX_FACTS_PER_ARTICLE = 8;
const MAX_FACTS = 12;
/** Titles named when a topic matches no article; /sources lists them all. */
const LISTED_TITLES = 5;
const GROUPS: OutcomeGroup[] = ['agreed', 'not agreed', 'next'];
const GROUP_LABELS: Record<OutcomeGroup, string> = { agreed: 'Agreed', 'not agreed': 'Not agreed', next: 'Next' };

/**
 * Answers "what came of the talks": the result sentences, grouped as agreed, not agreed and next.
 * A topic narrows to the article it is about, and puts the facts that mention it first.
 */
export function answerOutcome(knowledge: Knowledge, query: string): Answer {
  const topic = query.trim();
  const articles = topic ? articlesAbout(knowledge, topic) : latestArticles(knowledge);
  if (articles.length === 0) {
    const titles = knowledge.articles.map((article) => article.title);
    const listed = titles.slice(0, LISTED_TITLES).join('; ');
    const more = titles.length > LISTED_TITLES ? ` and ${titles.length - LISTED_TITLES} more (see /sources)` : '';
    return {
      command: 'outcome',
      query,
      found: false,
      answer: `The articles say nothing about "${shorten(topic, 100)}". Articles: ${listed}${more}.`,
      citations: [],
      suggestions: titles.slice(0, LISTED_TITLES),
    };
  }
  const wanted = new Set(topic ? contentTerms(topic) : []);
  const chosen: OutcomeFact[] = [];
  const perArticle = articles.length === 1 ? MAX_FACTS_PER_ARTICLE : Math.max(3, Math.floor(MAX_FACTS / articles.length));
  const byArticle = outcomesByArticle(knowledge);
  for (const article of articles) {
    const scored = (byArticle.get(article) ?? []).map((fact) => ({ fact, score: fact.weight + topicBonus(knowledge, fact, wanted) }));
    chosen.push(...withEveryGroup(spreadOverParagraphs(knowledge, scored), perArticle));
  }
  if (chosen.length === 0)
    return { command: 'outcome', query, found: false, answer: 'The articles report no agreement, refusal or next step on this.', citations: [] };
  const ordered = chosen.slice(0, MAX_FACTS);
  const lines = GROUPS.flatMap((group) => {
    const facts = ordered.filter((fact) => fact.group === group);
    if (facts.length === 0) return [];
    return [`${GROUP_LABELS[group]} (${facts.length}): ${shorten(knowledge.sentences[facts[0].sentenceId].text, 160)}`];
  });
  const citations = ordered.map((fact) => citeSentence(knowledge, fact.sentenceId, { group: fact.group }));
  return { command: 'outcome', query, found: true, answer: lines.join('\n'), citations };
}

/** Without a topic, the newest articles: in a large corpus, the latest talks are the ones asked about. */
const UNTOPICAL_ARTICLES = 4;

function latestArticles(knowledge: Knowledge): string[] {
  return [...knowledge.articles]
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
    .slice(0, UNTOPICAL_ARTICLES)
    .map((article) => article.id);
}

/** Result sentences by article, grouped once per knowledge. */
const outcomesByArticle = perKnowledge((knowledge) => groupBy(knowledge.outcomes, (fact) => knowledge.sentences[fact.sentenceId].article));

/** What a second result from an already listed paragraph gives up. */
const SAME_PARAGRAPH_PENALTY = 1;

/**
 * The facts best first. A news paragraph makes one point: a second result sentence from the same
 * paragraph mostly restates the first, so it yields to results from other paragraphs.
 */
function spreadOverParagraphs(knowledge: Knowledge, scored: ScoredFact[]): OutcomeFact[] {
  const seen = new Set<number>();
  return [...scored]
    .sort((a, b) => b.score - a.score)
    .map(({ fact, score }) => {
      const paragraph = knowledge.sentences[fact.sentenceId].paragraph;
      const repeat = seen.has(paragraph);
      seen.add(paragraph);
      return { fact, score: repeat ? score - SAME_PARAGRAPH_PENALTY : score };
    })
    .sort((a, b) => b.score - a.score)
    .map(({ fact }) => fact);
}

/**
 * The first `count` facts, with the best of a group that would go unlisted in place of the last
 * of the largest group: "what comes next" belongs in the answer even when the terms weigh more.
 */
function withEveryGroup(ranked: OutcomeFact[], count: number): OutcomeFact[] {
  const chosen = ranked.slice(0, count);
  for (const group of GROUPS) {
    if (chosen.some((fact) => fact.group === group)) continue;
    const best = ranked.find((fact) => fact.group === group);
    if (!best) continue;
    const sizes = GROUPS.map((other) => chosen.filter((fact) => fact.group === other).length);
    const most = Math.max(...sizes);
    if (most < 2) continue;
    chosen.splice(chosen.map((fact) => fact.group).lastIndexOf(GROUPS[sizes.indexOf(most)]), 1);
    chosen.push(best);
  }
  return chosen;
}

interface ScoredFact {
  fact: OutcomeFact;
  score: number;
}

function topicBonus(knowledge: Knowledge, fact: OutcomeFact, wanted: Set<string>): number {
  if (wanted.size === 0) return 0;
  const terms = new Set(contentTerms(knowledge.sentences[fact.sentenceId].text));
  let shared = 0;
  for (const term of wanted) if (terms.has(term)) shared++;
  return shared / wanted.size;
}

/**
 * The articles a topic is about: those whose title or sentences match it. One article that
 * matches far better than the rest is taken alone.
 */
function articlesAbout(knowledge: Knowledge, topic: string): string[] {
  const byArticle = new Map<string, number>();
  for (const result of searchSentences(knowledge.index, topic).slice(0, 50)) {
    const article = knowledge.sentences[Number(result.id)].article;
    byArticle.set(article, (byArticle.get(article) ?? 0) + result.score);
  }
  const wanted = contentTerms(topic);
  // A title that names the topic multiplies its article's weight (only articles the search found).
  for (const article of [...byArticle.keys()].map((id) => knowledge.articleById.get(id)!)) {
    const titleTerms = new Set(contentTerms(article.title + ' ' + article.id.replace(/[-_]/g, ' ')));
    const shared = wanted.filter((term) => titleTerms.has(term)).length;
    if (shared) byArticle.set(article.id, (byArticle.get(article.id) ?? 0) * (1 + shared));
  }
  const ranked = [...byArticle.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return [];
  if (ranked.length === 1 || ranked[0][1] >= 1.5 * ranked[1][1]) return [ranked[0][0]];
  return ranked.filter(([, score]) => score >= ranked[0][1] / 1.5).map(([id]) => id);
}
