import type { Answer, Citation } from '../types.js';
import type { Knowledge } from '../knowledge.js';
import type { SentenceRecord } from '../passages.js';
import { citeSentence } from '../citations.js';
import { searchSentences } from '../search-index.js';
import nlp from 'compromise';
import { contentTerms, tokenize, indexTerm, normalizeForMatch, STOP_WORDS } from '../text.js';
import { shorten } from './shorten.js';

/** What kind of fact a question asks for. */
export type Expectation =
  | 'duration'
  | 'age'
  | 'tally'
  | 'number'
  | 'amount'
  | 'date'
  | 'place'
  | 'person'
  | 'name'
  | 'reason'
  | 'words'
  | 'yesno'
  | 'thing';

/** An answer is a sentence, at most this long. */
const MAX_ANSWER = 300;
/** Share of the question's weighted terms a passage must hold to answer it. */
const MIN_COVERAGE = 0.4;
const CITED_PASSAGES = 3;

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|dozens|hundreds|thousands|millions';
const UNITS = 'seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|generations?';
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';

// How each kind of fact is written; a question that asks for one is answered only by a passage that has it.
const EVIDENCE: Record<Expectation, RegExp | null> = {
  age: /\b\d+-year-old\b|\b(\d+|[a-z]+) years? old\b|\baged? \d+\b|\bbuilt in \d{4}\b|\p{Lu}[\p{L}'’-]+, \d{1,3},/iu,
  tally: /\b\d[\d,]*\s*(to|-|–)\s*\d[\d,]*\b|\bunanimous(ly)?\b|\b\d+ in favou?r\b|\bnone against\b|\b(\w+) votes? to (\w+)\b/i,
  duration: new RegExp(
    `\\b(\\d[\\d,.]*|an(?= hour)|${NUMBER_WORDS}|several|few)(\\s+and\\s+(an?|\\d+|${NUMBER_WORDS}))?(\\s+more)?[\\s-]+(${UNITS})\\b|\\b(hour|minute|day|week|month|year)s? and \\d+|\\b(until|through|till) (\\d{4}|${MONTHS})`,
    'i',
  ),
  number: new RegExp(`\\d|\\b(${NUMBER_WORDS}|none|no one)\\b`, 'i'),
  amount: /[$€£¥]\s?\d|\b\d[\d,.]*\s?(million|billion|trillion|percent|%|dollars|euros|pounds)\b/i,
  date: new RegExp(`\\b(${MONTHS}|${WEEKDAYS}|jan|feb|aug|sept?|oct|nov|dec|\\d{4}|yesterday|today|tomorrow|tonight|midnight|noon|dawn|dusk|spring|summer|autumn|fall|winter)\\b|\\b\\d{1,2}(:\\d{2})?\\s?(a\\.m\\.|p\\.m\\.|am|pm)|\\bno date\\b|\\bnot (yet )?(been )?(set|scheduled|announced)\\b|\\b(next|last|this|later this|earlier this)\\s+(week|month|year|spring|summer|autumn|fall|winter)\\b|\\bwithin\\s+\\d+\\s+(${UNITS})\\b|\\bin\\s+(a|\\d+|${NUMBER_WORDS})\\s+(${UNITS})\\b`, 'i'),
  place: /\b(in|at|to|from|near|outside|inside)\s+(the\s+)?\p{Lu}/u,
  person: /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u,
  name: /\S\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u,
  reason: /\b(because|after|since|due to|as a result|only after|in order to|so that|in exchange|amid|over)\b/i,
  // "How did X describe Y?": the answer is X's own words, in quotation marks.
  words: /[“"‘][^”"’]{2,}[”"’]/,
  yesno: null,
  thing: null,
};
// Figures that, inside quotation marks, are a speaker's claim rather than the story's fact.
const CLAIMED_FIGURES: Expectation[] = ['age', 'tally', 'number', 'amount'];
// Strict kinds: without the evidence the passage cannot answer.
const STRICT: Expectation[] = ['duration', 'age', 'tally', 'number', 'amount', 'date', 'name'];

/** Reads what a question asks for from its first words. */
export function expectationOf(question: string): Expectation {
  const q = question.trim().toLowerCase();
  if (/^how long\b/.test(q)) return 'duration';
  if (/^how old\b/.test(q)) return 'age';
  if (/^(how|what)\b.*\bvote(d|s)?\b/.test(q) && !/^what (did|does|do|will|would)\b.*\bvote (on|for)\b/.test(q)) return 'tally';
  if (/^(what|how much) did .*\bcost\b/.test(q)) return 'amount';
  if (/^how (much|large|big|costly|expensive)\b|^what (is|was|were|are) the (price|cost|penalty|fine|amount|sum|value)\b/.test(q)) return 'amount';
  if (/^(what|which) (is|was|are|were) the names?\b|^what (is|was) .* called\b/.test(q)) return 'name';
  if (/^how many\b|^what (was|is) the (vote|tally|count|number|score)\b/.test(q)) return 'number';
  if (/^when\b|^(at |on |by |until )?(what|which) (date|day|time|hour|year|month)\b|^by when\b/.test(q)) return 'date';
  if (/^where\b/.test(q)) return 'place';
  if (/^who\b|^(which|what) (person|official|minister|leader|country|government|company|chain|group|party)\b/.test(q)) return 'person';
  if (/^why\b/.test(q)) return 'reason';
  if (/^how did .*\b(describe|characteri[sz]e|call|react|respond|put it)\b|^what did .*\b(call|say about)\b/.test(q)) return 'words';
  if (/^(did|does|do|was|were|is|are|has|have|had|will|would|can|could|should)\b/.test(q)) return 'yesno';
  return 'thing';
}

// Words of a question that say what kind of answer it wants, not what it is about.
const QUESTION_WORDS = new Set(['how', 'long', 'many', 'much', 'large', 'big', 'when', 'where', 'why', 'which', 'what', 'who', 'whom', 'happen', 'happened', 'kind', 'get']);

// "How long did it last / take": the verb asks for the duration, it names nothing.
const DURATION_VERBS = new Set(['last', 'lasted', 'take', 'took', 'run', 'ran', 'go', 'went', 'continue', 'continued']);

interface Scored {
  paragraphKey: string;
  sentence: SentenceRecord;
  coverage: number;
  hasEvidence: boolean;
  score: number;
}

/**
 * Answers a free question with the sentence that best answers it: the passages that hold most of
 * the question's terms (rare terms weigh more), and, for "how long", "how many", "when" and the
 * like, only passages that hold such a fact. Says it is not in the articles when none does.
 */
export function answerAsk(knowledge: Knowledge, query: string): Answer {
  const question = query.trim();
  const notFound = (answer: string): Answer => ({ command: 'ask', query, found: false, answer, citations: [] });
  if (!question) return notFound('Ask a question about the articles, for example `/ask What was agreed?`.');
  const expectation = expectationOf(question);
  const words = questionWords(question, expectation);
  if (words.length === 0) return notFound('The question has no words to look for. Try naming a person, a place or a subject.');
  // A word the articles never use (a name, a thing, an act) means they cannot answer the question.
  const missingName = properNouns(question).find((word) => !holds(knowledge.vocabulary, indexTerm(word.toLowerCase()) ?? '') && !titleHolds(knowledge, indexTerm(word.toLowerCase()) ?? ''));
  if (missingName) return notFound(`The articles never mention "${missingName}", so they cannot answer this.`);
  const nouns = focusNouns(question);
  const unknown = words.find(({ word, term }) => nouns.has(word) && !holds(knowledge.vocabulary, term) && !titleHolds(knowledge, term));
  if (unknown) return notFound(`The articles never mention "${unknown.word}", so they cannot answer this.`);
  const names = new Set(properNouns(question).map((word) => indexTerm(word.toLowerCase())));
  // Rare words and names say most about where the answer is.
  const weights = new Map(words.map(({ term }) => [term, termWeight(knowledge, term) * (names.has(term) ? 2 : 1)]));
  const total = [...weights.values()].reduce((sum, weight) => sum + weight, 0);
  const counted = countedNoun(question);
  // "When will the pilots be released?" is not answered by what happened "last week".
  const asksFuture = expectation === 'date' && /^when (will|would|shall|must|should|is .*\b(expected|due|scheduled|set)\b|are .*\b(expected|due|scheduled|set)\b)/i.test(question.trim());
  // The sentence that uses the question's own verb ("offered", "signed") tells of that act.
  const verbs = questionVerbs(question);
  // "What is the name of the new trust?": a name must stand by the trust, not anywhere in the sentence.
  const named = expectation === 'name' ? /\bnames? of (?:the |a |an |its |their |his |her )?(?:[\w'’-]+ ){0,3}?([\w'’-]+)\??$/i.exec(question.trim())?.[1] : undefined;
  const evidence = EVIDENCE[expectation];
  /** Whether a sentence holds the kind of fact asked for, outside quoted words. */
  const holdsEvidence = (sentence: SentenceRecord): boolean => {
    // A figure in someone's quoted words is their claim, not the story's fact.
    // A date a speaker announces ("The terminal will reopen on Monday") is news all the same.
    const unquoted = CLAIMED_FIGURES.includes(expectation) ? sentence.text.replace(/[“"‘][^”"’]*(?:[”"’]|$)/g, ' ') : sentence.text;
    const text = withoutQuestionWords(unquoted, question);
    if (evidence && !evidence.test(text)) return false;
    if (named && !nameNear(text, indexTerm(named.toLowerCase()) ?? named)) return false;
    if (asksFuture && !FUTURE.test(sentence.text)) return false;
    if (!counted) return true;
    return countsNoun(isLedeSentence(knowledge, sentence) ? `${text} ${knowledge.articleById.get(sentence.article)?.title ?? ''}` : text, counted);
  };
  const results = searchSentences(knowledge.index, words.map(({ word }) => word).join(' ')).slice(0, 60);
  if (results.length === 0) return notFound('Nothing in the articles matches this question.');
  const topScore = results[0].score;
  const paragraphTerms = new Map<string, Set<string>>();
  const scored: Scored[] = results.map((result) => {
    const sentence = knowledge.sentences[Number(result.id)];
    const paragraphKey = `${sentence.article}#${sentence.paragraph}`;
    let terms = paragraphTerms.get(paragraphKey);
    if (!terms) {
      terms = termsOfParagraph(knowledge, sentence);
      paragraphTerms.set(paragraphKey, terms);
    }
    // The sentence before, in the same paragraph, is context ("The two have met only once").
    const previous = knowledge.sentences[sentence.id - 1];
    const context = previous && sameParagraph(previous, sentence) ? `${previous.text} ${sentence.text}` : sentence.text;
    const contextTerms = new Set(contentTerms(context));
    const ownTerms = new Set(contentTerms(sentence.text));
    let inParagraph = 0;
    let inSentence = 0;
    for (const [term, weight] of weights) {
      if (holds(terms, term)) inParagraph += weight;
      if (holds(ownTerms, term)) inSentence += weight;
      else if (holds(contextTerms, term)) inSentence += weight / 2;
    }
    const hasEvidence = holdsEvidence(sentence);
    const coverage = inParagraph / total;
    const onlyQuote = /^[“"‘][^”"’]*[”"’]?[.,!?]?$/.test(sentence.text.trim());
    const namesPerson = expectation === 'person' && (knowledge.mentionsBySentence.get(sentence.id)?.length ?? 0) > 0;
    const score =
      coverage * 2 +
      inSentence / total +
      (hasEvidence ? 0.6 : 0) +
      (0.5 * result.score) / topScore +
      evidenceStrength(expectation, sentence.text) +
      (namesPerson ? 0.4 : 0) +
      (verbs.some((verb) => holds(ownTerms, verb)) ? 0.3 : 0) -
      (onlyQuote ? 0.5 : 0);
    return { paragraphKey, sentence, coverage, hasEvidence, score };
  });
  scored.push(...antecedents(knowledge, scored, weights));
  scored.sort((a, b) => b.score - a.score);
  const candidates = scored.filter(
    (candidate) => candidate.coverage >= MIN_COVERAGE && (!STRICT.includes(expectation) || candidate.hasEvidence),
  );
  // The figure often stands in the paragraph after the one that names the subject
  // ("… the committee voted to back the deal." / "The motion passed 7 to 2.").
  if (candidates.length === 0 && STRICT.includes(expectation)) {
    for (const anchor of scored.filter((candidate) => candidate.coverage >= MIN_COVERAGE).slice(0, 3)) {
      const follower = knowledge.sentences.find(
        (other) => other.article === anchor.sentence.article && other.paragraph === anchor.sentence.paragraph + 1 && holdsEvidence(other),
      );
      if (follower) candidates.push({ ...anchor, paragraphKey: `${follower.article}#${follower.paragraph}`, sentence: follower });
    }
  }
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
  const terms = words.map(({ term }) => term);
  return { command: 'ask', query, found: true, answer: composeAnswer(answerText(knowledge, candidates[0].sentence, expectation), expectation, terms), citations };
}

/**
 * The terms of a sentence's paragraph; the lede (the first story paragraph) also holds its
 * article's title, since a headline and its lede tell the same news.
 */
function termsOfParagraph(knowledge: Knowledge, sentence: SentenceRecord): Set<string> {
  const terms = new Set<string>();
  let first = sentence.id;
  while (first > 0 && sameParagraph(knowledge.sentences[first - 1], sentence)) first--;
  for (let id = first; id < knowledge.sentences.length && sameParagraph(knowledge.sentences[id], sentence); id++)
    for (const term of contentTerms(knowledge.sentences[id].text)) terms.add(term);
  const isLede = first === 0 || knowledge.sentences[first - 1].article !== sentence.article;
  if (isLede) for (const term of contentTerms(knowledge.articleById.get(sentence.article)?.title ?? '')) terms.add(term);
  // "His agent, X, …": a paragraph opening on a pronoun is about the last person named before it.
  if (!isLede && /^(He|She|His|Her|They|Their)\b/.test(knowledge.sentences[first].text)) {
    for (let id = first - 1; id >= 0 && knowledge.sentences[id].article === sentence.article; id--) {
      const mentions = knowledge.mentionsBySentence.get(id);
      if (!mentions?.length) continue;
      const person = knowledge.personByKey.get(mentions[mentions.length - 1].personKey);
      for (const term of contentTerms(person?.name ?? '')) terms.add(term);
      break;
    }
  }
  return terms;
}

// Nouns a question uses to ask, not to name its subject ("what was the result", "take place").
// Nouns that frame a question and are never its subject ("what was the result", "at what time").
const FRAME_NOUNS = new Set('result results time times name kind type way number amount thing things lot point part'.split(' '));

const ASKING_NOUNS = new Set(
  'result results place time times name kind type way number amount share part role reason outcome vote decision date day deal agreement price size age level value worth status position response reaction view plan cost total thing things point lot end'.split(' '),
);

/** The question's nouns that name its subject: a word the articles lack there means no answer. */
function focusNouns(question: string): Set<string> {
  // compromise may take a verb after an auxiliary for a noun ("will the hospital stay open").
  const afterAuxiliary = new Set([...question.matchAll(/\b(?:will|would|does|did|do|to|can|could|should|must|might)\s+(?:the\s+\w+\s+)?(\w+)/gi)].map((match) => match[1].toLowerCase()));
  const nouns = (nlp(question).match('#Noun').not('#Pronoun').terms().out('array') as string[]).filter((noun) => !afterAuxiliary.has(noun.toLowerCase()));
  return new Set(nouns.map((noun) => normalizeForMatch(noun).replace(/[^\p{L}\p{N}'-]/gu, '').replace(/'s$/, '')).filter((noun) => noun && !ASKING_NOUNS.has(noun)));
}

/**
 * "Such demands – which …" points back: what the demands were stands in the paragraph before.
 * For a passage that opens so, on a word the question asks about, that paragraph's sentence
 * holding most of the question's terms is a candidate too, ranked just above the passage.
 */
function antecedents(knowledge: Knowledge, scored: Scored[], weights: Map<string, number>): Scored[] {
  const found: Scored[] = [];
  for (const candidate of scored.slice(0, 5)) {
    const pointer = /^(?:Such|These|Those)\s+([\p{L}-]+)/u.exec(candidate.sentence.text);
    const term = pointer && indexTerm(pointer[1].toLowerCase());
    if (!term || !weights.has(term) || candidate.sentence.index !== 0) continue;
    const before = knowledge.sentences.filter(
      (other) => other.article === candidate.sentence.article && other.paragraph === candidate.sentence.paragraph - 1,
    );
    const best = before
      .map((sentence) => ({ sentence, shared: contentTerms(sentence.text).filter((word) => weights.has(word)).length }))
      .sort((a, b) => b.shared - a.shared)[0];
    if (best) found.push({ ...candidate, paragraphKey: `${best.sentence.article}#${best.sentence.paragraph}`, sentence: best.sentence, score: candidate.score + 0.6 });
  }
  return found;
}

// Verbs that carry a question's grammar, not its event.
const AUXILIARY_VERBS = new Set('is are was were be been being do does did have has had will would can could should must may might'.split(' '));

/** The question's own verbs, as index terms. */
function questionVerbs(question: string): string[] {
  return (nlp(question).match('#Verb').terms().out('array') as string[])
    .map((verb) => verb.toLowerCase().replace(/[^\p{L}'-]/gu, ''))
    .filter((verb) => verb && !AUXILIARY_VERBS.has(verb))
    .map((verb) => indexTerm(verb))
    .filter((term): term is string => term !== null);
}

/** "How many cargo ships …" → the term of "ships": the count must be a count of that noun. */
function countedNoun(question: string): string | undefined {
  const match = /^how many\s+((?:[\p{L}'’-]+\s+){0,3}?)([\p{L}'’-]+)\s+(?:are|were|is|was|did|do|does|have|has|had|will|would|must|can|could|should|remain|still|in|on|at|of|from|to|per|a|each)\b/iu.exec(question.trim());
  if (!match) return undefined;
  return indexTerm(match[2].toLowerCase()) ?? undefined;
}

const NUMBER = new RegExp(`^(\\d[\\d,.]*|${NUMBER_WORDS}|no|none|some|several|dozens|hundreds|thousands)$`, 'i');

/** Whether the text puts a number next to the noun: "40 unarmed observers", "licences … there are six". */
function countsNoun(text: string, noun: string): boolean {
  const words = tokenize(text, { parts: false });
  const nounSet = new Set([noun]);
  return words.some((word, at) => {
    const term = indexTerm(word);
    if (!term || !holds(nounSet, term) && !holds(new Set([term]), noun)) return false;
    return words.slice(Math.max(0, at - 4), at).some((before) => NUMBER.test(before)) || words.slice(at + 1, at + 7).some((after) => NUMBER.test(after) && !/^(no|some)$/.test(after));
  });
}

/** Whether a capitalised name stands within five words of the noun ("the trust, Harbour Care", "the Harbour Care trust"). */
function nameNear(text: string, noun: string): boolean {
  const words = text.split(/\s+/);
  return words.some((word, at) => {
    const term = indexTerm(word.replace(/[^\p{L}'’-]/gu, '').toLowerCase());
    if (!term || !holds(new Set([noun]), term)) return false;
    return words.slice(Math.max(1, at - 5), at + 6).some((near, k) => k + Math.max(1, at - 5) !== at && /^\p{Lu}\p{Ll}/u.test(near) && !STOP_WORDS.has(near.toLowerCase()));
  });
}

function isLedeSentence(knowledge: Knowledge, sentence: SentenceRecord): boolean {
  let first = sentence.id;
  while (first > 0 && sameParagraph(knowledge.sentences[first - 1], sentence)) first--;
  return first === 0 || knowledge.sentences[first - 1].article !== sentence.article;
}

const sameParagraph = (a: SentenceRecord, b: SentenceRecord) => a.article === b.article && a.paragraph === b.paragraph;

const titleTermSets = new WeakMap<Knowledge, Set<string>>();

/** Whether any article's title holds the term (the terms of all titles, gathered once). */
function titleHolds(knowledge: Knowledge, term: string): boolean {
  let terms = titleTermSets.get(knowledge);
  if (!terms) {
    terms = new Set(knowledge.articles.flatMap((article) => contentTerms(article.title)));
    titleTermSets.set(knowledge, terms);
  }
  return holds(terms, term);
}

/** The question's words that say what it is about, each with its index term. */
function questionWords(question: string, expectation: Expectation): { word: string; term: string }[] {
  const seen = new Set<string>();
  const words: { word: string; term: string }[] = [];
  // "take place" only asks that something happened: neither word names the event.
  for (const word of tokenize(question.replace(/\b(take|takes|took|taken|taking) place\b/gi, 'happen'))) {
    if (QUESTION_WORDS.has(word) || FRAME_NOUNS.has(word) || (expectation === 'duration' && DURATION_VERBS.has(word))) continue;
    const term = indexTerm(word);
    if (term === null || seen.has(term)) continue;
    seen.add(term);
    words.push({ word, term });
  }
  return words;
}

/** A sentence's text without the words the question itself uses, so a question's "2029" is no answer. */
function withoutQuestionWords(text: string, question: string): string {
  const asked = new Set(tokenize(question).filter((word) => /\d/.test(word)));
  return asked.size ? text.replace(/[\d][\d,.:]*/g, (number) => (asked.has(number.replace(/[.,]$/, '')) ? ' ' : number)) : text;
}

/** Capitalised words after the first that name something ("NATO", "Lavrov", "Cobalt Foods"). */
function properNouns(question: string): string[] {
  const words = question.trim().split(/\s+/).slice(1);
  return words
    .map((word) => word.replace(/^[^\p{L}]+|[^\p{L}\p{N}]+$/gu, '').replace(/[’']s$/, ''))
    .filter((word) => /^\p{Lu}/u.test(word) && word.length > 1);
}

/** A term is held by a set of terms exactly, or as the start of a longer one ("russia" in "russian"). */
function holds(terms: Set<string>, term: string): boolean {
  if (terms.has(term)) return true;
  if (term.length < 3) return false;
  for (const other of terms)
    if (other.length > term.length && other.startsWith(term) && other.length - term.length <= 3) return true;
    // The other way ("russian" asked, "russia" written) only from a stem long enough to be a word
    // of its own: "pass" does not hold "passengers".
    else if (term.length > other.length && other.length >= 5 && term.startsWith(other) && term.length - other.length <= 3) return true;
  return false;
}

/** Rare terms say more about where the answer is. */
const termWeights = new WeakMap<Knowledge, Map<string, number>>();

function termWeight(knowledge: Knowledge, term: string): number {
  let weights = termWeights.get(knowledge);
  if (!weights) termWeights.set(knowledge, (weights = new Map()));
  let weight = weights.get(term);
  if (weight === undefined) {
    const count = knowledge.index.documentCount || 1;
    // A verb or adjective the articles never use is most likely how the question asks ("last").
    weight = !holds(knowledge.vocabulary, term)
      ? 0.5
      : 0.5 + Math.min(1, Math.log(1 + count / (1 + searchSentences(knowledge.index, term).length)) / Math.log(1 + count));
    weights.set(term, weight);
  }
  return weight;
}

/** Words that put a sentence's date ahead, or say none is set. */
const FUTURE =
  /\b(will|would|shall|next|expected|due|scheduled|set to|set for|plans?|later|upcoming|to be|must|within|by \d{4}|(agreed|agree|decided|promised|pledged|vowed) to|no date|not (yet )?(been )?(set|scheduled|announced))\b/i;

// A year or a named day says "when" more exactly than a weekday.
function evidenceStrength(expectation: Expectation, text: string): number {
  if (expectation !== 'date') return 0;
  if (new RegExp(`\\b\\d{4}\\b|\\b(next|last) (week|month|year)\\b|\\bwithin \\d+|\\b(${MONTHS})\\b`, 'i').test(text)) return 0.4;
  return new RegExp(`\\b(${WEEKDAYS})\\b`, 'i').test(text) ? -0.2 : 0;
}

/** The best sentence; for "why", with the sentence after it when the reason is not in it. */
function answerText(knowledge: Knowledge, sentence: SentenceRecord, expectation: Expectation): string {
  const next = knowledge.sentences[sentence.id + 1];
  if (expectation === 'reason' && !EVIDENCE.reason!.test(sentence.text) && next && sameParagraph(next, sentence) && sentence.text.length + next.text.length < MAX_ANSWER)
    return `${sentence.text} ${next.text}`;
  return sentence.text;
}

/** The answer: the best sentence, with "No" or "Yes" for a yes/no question, and cut to size. */
function composeAnswer(sentence: string, expectation: Expectation, terms: string[]): string {
  const prefix = expectation === 'yesno' ? (/\b(not|never|no|n[’']t|refused|declined|failed)\b/i.test(sentence) ? 'No — ' : 'Yes — ') : '';
  if (prefix.length + sentence.length <= MAX_ANSWER) return prefix + sentence;
  // Keep the run of clauses that holds most of the question's terms and fits.
  const clauses = sentence.split(/(?<=[,;–—])\s+/);
  const hits = clauses.map((clause) => contentTerms(clause).filter((term) => terms.includes(term)).length + (EVIDENCE[expectation]?.test(clause) ? 1 : 0));
  let best = { from: 0, to: 0, score: -1 };
  for (let from = 0; from < clauses.length; from++) {
    let length = prefix.length;
    let score = 0;
    for (let to = from; to < clauses.length; to++) {
      length += clauses[to].length + 1;
      if (length > MAX_ANSWER) break;
      score += hits[to];
      if (score > best.score) best = { from, to, score };
    }
  }
  return shorten(prefix + clauses.slice(best.from, best.to + 1).join(' '), MAX_ANSWER);
}
