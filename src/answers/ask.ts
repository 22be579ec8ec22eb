import type { Answer, Citation } from '../types.js';
import type { Knowledge } from '../knowledge.js';
import { sameParagraph, type SentenceRecord } from '../passages.js';
import { citeSentence } from '../citations.js';
import { contentTerms } from '../text.js';
import { EVIDENCE, holds, STRICT, type Expectation } from './question.js';
import { countingPeople, readQuestion, type Reading } from './ask-reading.js';
import { rankPassages } from './ask-passages.js';
import { sentenceCount } from './story-terms.js';
import { shorten } from './shorten.js';

const DATELINE = /^\p{Lu}[\p{L}\p{N}.,'’ -]{1,40}?\s*\([^()]{1,60}\)\s*(?:--|—|–)\s*|^\p{Lu}[\p{Lu}\s.,'’-]{2,40}(?:\s*\([^()]{1,20}\))?\s*(?:--|—|–)\s+/u;

/** An answer is a sentence, at most this long. */
const MAX_ANSWER = 300;
const CITED_PASSAGES = 3;
/** A sentence shorter than this is answered with the one after it in its paragraph, or else the one before. */
const SHORT_SENTENCE = 200;

/**
 * Answers a free question with the sentence that best answers it: the passages that hold most of
 * the question's terms (rare terms weigh more), and, for "how long", "how many", "when" and the
 * like, only passages that hold such a fact. Says it is not in the articles when none does.
 */
export function answerAsk(knowledge: Knowledge, query: string): Answer {
  const notFound = (answer: string): Answer => ({ command: 'ask', query, found: false, answer, citations: [] });
  const reading = readQuestion(knowledge, query);
  if ('refusal' in reading) return notFound(reading.refusal);
  const { expectation, synonyms, countedWord, unknown } = reading;
  let { scored, candidates } = rankPassages(knowledge, reading, searchedWords(knowledge, reading, false));
  if (candidates.length === 0 && [...synonyms.values()].some((alike) => alike.length > 0)) ({ scored, candidates } = rankPassages(knowledge, reading, searchedWords(knowledge, reading, true)));
  // "How many people …" is answered by a count of members or officers when none is of "people";
  // "How many workers does the union represent?" by one of "operators, mechanics and station agents".
  if (candidates.length === 0 && countedWord && /^(people|persons|individuals|workers|employees|staff)$/i.test(countedWord))
    ({ scored, candidates } = rankPassages(knowledge, countingPeople(knowledge, reading), searchedWords(knowledge, reading, false)));
  if (scored.length === 0) return notFound('Nothing in the articles matches this question.');
  // Only a word the reader typed is named: "population" is read as "inhabitants", which they did not write.
  if (candidates.length === 0 && unknown && query.toLowerCase().includes(unknown.word.toLowerCase())) return notFound(`The articles never mention "${unknown.word}", so they cannot answer this.`);
  if (candidates.length === 0)
    return notFound(
      STRICT.includes(expectation)
        ? 'The articles do not give that figure, name or date.'
        : 'The articles do not answer this. Try /outcome for what was agreed, or /who and /quote for people.',
    );
  const citations: Citation[] = [];
  const usedParagraphs = new Set<string>();
  for (const candidate of [...candidates, ...scored]) {
    if (usedParagraphs.has(candidate.paragraphKey)) continue;
    usedParagraphs.add(candidate.paragraphKey);
    citations.push(citeSentence(knowledge, candidate.sentence.id));
    if (citations.length === CITED_PASSAGES) break;
  }
  const text = answerText(knowledge, candidates[0].sentence, expectation, reading.question);
  return { command: 'ask', query, found: true, answer: composeAnswer(text, candidates[0].sentence.text, expectation, reading.terms, reading.verbs), citations };
}

/**
 * The words to search: each word of the question, and the story's commoner words for it ("talks"
 * for "negotiations"); all its synonyms for a word the articles lack, or when `everySynonym` (the
 * first search found no answer: "ceasefire" stands once in a quote, the "21-day truce" in the lede).
 */
function searchedWords(knowledge: Knowledge, { words, synonyms }: Reading, everySynonym: boolean): string[] {
  const storyWords = (term: string) => synonyms.get(term)!.filter((other) => sentenceCount(knowledge, other) > sentenceCount(knowledge, term));
  return words.flatMap(({ word, term }) => [
    // "agreement" is also searched as "agree", so "14 governments agreed" is found.
    ...(/.{3}ment$/.test(word) ? [word, word.replace(/ment$/, '')] : [word]),
    ...(everySynonym || !holds(knowledge.vocabulary, term) ? synonyms.get(term)! : storyWords(term)),
  ]);
}

// "What question was handed to a committee?": the question asked about is an issue the story states.
const ASKS_ISSUE = /^(what|which) (questions?|issues?|matters?|points?|disputes?|problems?)\b/i;
// "left one of the hardest issues unresolved" points ahead to it; "hand the question to" back.
const ISSUE_AHEAD = /\b(one|two|three|some|several|many|both) of the ([\p{L}-]+ ){0,3}?(questions|issues|matters|points|disputes|problems)\b/iu;
const ISSUE_BEHIND = /\b(the|that|this|those|these) (questions?|issues?|matters?|points?|disputes?|problems?)\b/i;

/**
 * The best sentence; for "why", with the sentence after it when the reason is not in it; for
 * "what issue …", with the sentence that states the issue the best one only points to.
 */
function answerText(knowledge: Knowledge, sentence: SentenceRecord, expectation: Expectation, question: string): string {
  const neighbour = (offset: 1 | -1) => {
    const other = knowledge.sentences[sentence.id + offset];
    return other && sameParagraph(other, sentence) && sentence.text.length + other.text.length < MAX_ANSWER ? other : undefined;
  };
  const next = neighbour(1);
  if (expectation === 'reason' && !EVIDENCE.reason!.test(sentence.text) && next) return `${sentence.text} ${next.text}`;
  if (expectation === 'thing' && ASKS_ISSUE.test(question.trim())) {
    if (ISSUE_AHEAD.test(sentence.text) && next) return `${sentence.text} ${next.text}`;
    const previous = neighbour(-1);
    if (ISSUE_BEHIND.test(sentence.text) && previous) return `${previous.text} ${sentence.text}`;
  }
  // A short sentence often opens what the next one tells ("One issue was left open."): both fit.
  if (sentence.text.length < SHORT_SENTENCE) {
    if (next) return `${sentence.text} ${next.text}`;
    const previous = neighbour(-1);
    if (previous) return `${previous.text} ${sentence.text}`;
  }
  return sentence.text;
}

/**
 * The answer: the text (the best sentence, `lead`, and any it needs), with "No" or "Yes" for a
 * yes/no question as the best sentence tells it, and cut to size.
 */
function composeAnswer(sentence: string, lead: string, expectation: Expectation, terms: string[], verbs: string[]): string {
  // "Yes" only where the sentence tells the act asked about; "Do voters support it?" is not
  // answered yes by "it must still be approved by voters".
  const held = new Set(contentTerms(lead));
  const tellsAct = verbs.length === 0 || verbs.some((verb) => holds(held, verb));
  const prefix = expectation !== 'yesno' ? '' : /\b(not|never|no|nor|neither|n[’']t|refused|declined|failed)\b/i.test(lead) ? 'No — ' : tellsAct ? 'Yes — ' : '';
  if (prefix.length + sentence.length <= MAX_ANSWER) return prefix + sentence;
  // Keep the run of clauses that holds most of the question's terms and fits; a lede's dateline
  // ("Law360 (November 24, 2025, 6:38 PM EST) --", "SANTA FE, N.M. (AP) —") is none of them, but
  // where the story was filed from may answer "where".
  const clauses = (expectation === 'place' ? sentence : sentence.replace(DATELINE, '')).split(/(?<=[,;–—])\s+/);
  const hits = clauses.map((clause) => contentTerms(clause).filter((term) => terms.includes(term)).length + (EVIDENCE[expectation]?.test(clause) ? 1 : 0));
  let best = { from: 0, to: 0, score: -1 };
  for (let from = 0; from < clauses.length; from++) {
    let length = prefix.length;
    let score = 0;
    for (let to = from; to < clauses.length; to++) {
      length += clauses[to].length + 1;
      // A clause longer than an answer may still be the best one, shortened.
      if (length > MAX_ANSWER && to > from) break;
      score += hits[to];
      if (score > best.score) best = { from, to, score };
    }
  }
  return shorten(prefix + clauses.slice(best.from, best.to + 1).join(' '), MAX_ANSWER);
}
