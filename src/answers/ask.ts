import type { Answer, Citation } from '../types.js';
import type { Knowledge } from '../knowledge.js';
import { paragraphOf, type SentenceRecord } from '../passages.js';
import { citeSentence } from '../citations.js';
import { searchSentences } from '../search-index.js';
import { contentTerms, indexTerm, LIST_ITEM, normalizeForMatch, STOP_WORDS } from '../text.js';
import { perKnowledge } from '../derived.js';
import { isRoleNoun } from '../vocabulary.js';
import { hasTag } from '../lexicon.js';
import {
  askedMoneyNoun,
  askedRole,
  CLAIMED_FIGURES,
  countedNoun,
  countsNoun,
  EVIDENCE,
  evidenceStrength,
  expectationOf,
  factInClauseWith,
  focusNouns,
  FUTURE,
  holds,
  nameNear,
  namedNoun,
  properNounRuns,
  properNouns,
  questionVerbs,
  questionWords,
  STRICT,
  withoutQuestionWords,
  type Expectation,
} from './question.js';
import { shorten } from './shorten.js';
import { broaderOf, kindredOf, synonymsOf } from '../synonyms.js';

/** An answer is a sentence, at most this long. */
const MAX_ANSWER = 300;
/** Share of the question's weighted terms a passage must hold to answer it. */
const MIN_COVERAGE = 0.4;
/**
 * The share of the question's terms other than names that a passage must hold when a noun of the
 * question stands nowhere in the articles, in any words: that may be the reader's own word for
 * what the story says otherwise ("money" for a "$420 billion pledge"), or a thing the story never
 * tells of; only a passage holding most of the rest answers.
 */
const STRONG_COVERAGE = 0.75;
const CITED_PASSAGES = 3;
/** Figures that may stand in the paragraph after the one naming their subject; a date there is most often another event's. */
const FOLLOWING_FIGURES: Expectation[] = ['tally', 'number', 'amount'];

interface Scored {
  paragraphKey: string;
  sentence: SentenceRecord;
  coverage: number;
  /** Whether the passage holds every name the question gives. */
  holdsNames?: boolean;
  /** The coverage of the question's terms that are not names. */
  plainCoverage?: number;
  hasEvidence: boolean;
  /** The sentence names someone with the role the question asks for ("Which judge …"). */
  namesRole?: boolean;
  score: number;
}

/**
 * Answers a free question with the sentence that best answers it: the passages that hold most of
 * the question's terms (rare terms weigh more), and, for "how long", "how many", "when" and the
 * like, only passages that hold such a fact. Says it is not in the articles when none does.
 */
export function answerAsk(knowledge: Knowledge, query: string): Answer {
  // "EU" asks about what the articles call the "European Union".
  const question = spellOutAcronyms(knowledge, query.trim());
  const notFound = (answer: string): Answer => ({ command: 'ask', query, found: false, answer, citations: [] });
  if (!question) return notFound('Ask a question about the articles, for example `/ask What was agreed?`.');
  const expectation = expectationOf(question);
  const words = questionWords(question, expectation);
  if (words.length === 0) return notFound('The question has no words to look for. Try naming a person, a place or a subject.');
  // A word the articles never use (a name, a thing, an act) means they cannot answer the question.
  const missingName = properNouns(question).find((word) => !holds(knowledge.vocabulary, nameTerm(word)) && !titleHolds(knowledge, nameTerm(word)));
  if (missingName) return notFound(`The articles never mention "${missingName}", so they cannot answer this.`);
  // A word the articles lack may stand in them as another of its meaning ("ceasefire", "truce").
  const synonyms = new Map(words.map(({ word, term }) => [term, synonymTerms(knowledge, word, term)]));
  // A more general word counts for half: "performers" for "actors", "trucks" for "lorries".
  const broader = new Map(words.map(({ word, term }) => [term, usedTerms(knowledge, broaderOf(word)).filter((other) => other !== term)]));
  const nouns = focusNouns(question);
  const unknown = words.find(({ word, term }) => nouns.has(word) && !mentioned(knowledge, word, term) && synonyms.get(term)!.length === 0);
  const nameRuns = properNounRuns(question).map((run) => run.map(nameTerm).filter(Boolean));
  const names = new Set(nameRuns.flat());
  const terms = words.map(({ term }) => term);
  const aboutTerms = terms.filter((term) => !names.has(term));
  // Rare words and names say most about where the answer is.
  const weights = new Map(words.map(({ term }) => [term, termWeight(knowledge, term) * (names.has(term) ? 2 : 1)]));
  const total = [...weights.values()].reduce((sum, weight) => sum + weight, 0);
  const plainTotal = [...weights].reduce((sum, [term, weight]) => sum + (names.has(term) ? 0 : weight), 0);
  const countedWord = expectation === 'number' ? countedNoun(question) : undefined;
  const countedTerm = countedWord && indexTerm(countedWord);
  // "How many lorries": a count of "trucks" answers it too.
  let counted = countedTerm ? [countedTerm, ...synonymTerms(knowledge, countedWord, countedTerm), ...kindredTerms(knowledge, countedWord)] : [];
  // "When will the pilots be released?" is not answered by what happened "last week".
  const asksFuture = expectation === 'date' && /^when (will|would|shall|must|should|is .*\b(expected|due|scheduled|set)\b|are .*\b(expected|due|scheduled|set)\b)/i.test(question.trim());
  // The sentence that uses the question's own verb ("offered", "signed") tells of that act.
  const verbs = questionVerbs(question);
  // "What share of members voted to authorize …" asks for a vote's share: the sentence tells of the vote.
  const doerVerbs = verbs.filter((verb) => /^(vote|vot|back|support|approv|oppos|reject|favou?r|endors|ratifi|accept|authori)/.test(verb));
  const shareOfDoers = expectation === 'amount' && doerVerbs.length > 0 && /^what (share|percentage|proportion|fraction|percent) of\b/i.test(question.trim());
  // "What is the name of the new trust?": a name must stand by the trust, not anywhere in the sentence.
  const named = expectation === 'name' ? namedNoun(question) : undefined;
  const evidence = EVIDENCE[expectation];
  const moneyNoun = expectation === 'amount' ? askedMoneyNoun(question) : undefined;
  const moneyTerm = moneyNoun ? indexTerm(moneyNoun) : null;
  // Its words as nouns only: "pay" for a salary, but not the verb in "paid an agency $7.4 million".
  const moneyTerms = moneyTerm ? [moneyTerm, ...kindredTerms(knowledge, moneyNoun!)] : [];
  const role = expectation === 'person' ? askedRole(question) : undefined;
  const roleTerm = role ? indexTerm(role) : null;
  // "Who will be president of …" is answered by a sentence that names someone, not by one that names the post.
  const wantsNamed = role !== undefined && /^who\b/i.test(question) && isRoleNoun(role);
  const personalAct = /^who (will |would |is to |is going to )?(chair|chairs|chaired|preside|presides|presided|head|heads|headed|lead|leads|led|mediate|mediates|mediated|negotiate|negotiates|negotiated)\b/i.test(question.trim());
  /** Whether a sentence holds the kind of fact asked for, outside quoted words. */
  const holdsEvidence = (sentence: SentenceRecord): boolean => {
    // A figure in someone's quoted words is their claim, not the story's fact.
    // A date a speaker announces ("The terminal will reopen on Monday") is news all the same.
    const unquoted = CLAIMED_FIGURES.includes(expectation) ? sentence.text.replace(/[“"‘][^”"’]*(?:[”"’]|$)/g, ' ') : sentence.text;
    const text = withoutQuestionWords(unquoted, question);
    if (evidence && !evidence.test(text)) return false;
    // What a sum is of is said beside it, not across the sentence (names may head another clause).
    const leadIn = expectation === 'amount' ? listLeadIn(knowledge, sentence) : '';
    if (expectation === 'amount' && !factInClauseWith(text, evidence!, aboutTerms, leadIn)) return false;
    // "What is the starting salary?": the sum must be one of a salary (or a word for it).
    if (moneyTerms.length > 0 && !factInClauseWith(text, evidence!, moneyTerms, leadIn)) return false;
    // The name stands right by the thing: "the trust, Harbour Care", not "a guesthouse on the outskirts of Doha".
    if (named && !nameNear(text, indexTerm(named) ?? named, 3)) return false;
    if (asksFuture && !FUTURE.test(sentence.text)) return false;
    if (shareOfDoers && !doerVerbs.some((verb) => holds(new Set(contentTerms(sentence.text)), verb))) return false;
    if (counted.length === 0) return true;
    const counting = isLedeSentence(knowledge, sentence) ? `${text} ${knowledge.articleById.get(sentence.article)?.title ?? ''}` : text;
    return counted.some((noun) => countsNoun(counting, noun));
  };
  // The story's own, commoner word for the thing is searched too ("talks" for "negotiations").
  const storyWords = (term: string) => synonyms.get(term)!.filter((other) => sentenceCount(knowledge, other) > sentenceCount(knowledge, term));
  // A word the articles use is searched as itself and the story's commoner words for it; all its
  // synonyms only when that finds no answer ("ceasefire" stands once in a quote, the "21-day
  // truce" in the lede).
  const searchedWords = (everySynonym: boolean) =>
    words.flatMap(({ word, term }) => [
      // "agreement" is also searched as "agree", so "14 governments agreed" is found.
      ...(/.{3}ment$/.test(word) ? [word, word.replace(/ment$/, '')] : [word]),
      ...(everySynonym || !holds(knowledge.vocabulary, term) ? synonyms.get(term)! : storyWords(term)),
    ]);
  /** The passages the search finds for the words, ranked, and those among them that can answer. */
  const rank = (searched: string[]): { scored: Scored[]; candidates: Scored[] } => {
    const results = searchSentences(knowledge.index, searched.join(' ')).slice(0, 60);
    if (results.length === 0) return { scored: [], candidates: [] };
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
      let plainHeld = 0;
      for (const [term, weight] of weights) {
        const alike = [term, ...synonyms.get(term)!];
        const held = (set: Set<string>) => (alike.some((one) => holds(set, one)) ? weight : broader.get(term)!.some((one) => holds(set, one)) ? weight / 2 : 0);
        inParagraph += held(terms);
        if (!names.has(term)) plainHeld += held(terms);
        inSentence += held(ownTerms) || held(contextTerms) / 2;
      }
      const hasEvidence = holdsEvidence(sentence);
      const coverage = inParagraph / total;
      // Without the names: a passage about Cobalt Foods does not tell where its headquarters will be.
      const plainCoverage = plainTotal > 0 ? plainHeld / plainTotal : coverage;
      const onlyQuote = /^[“"‘][^”"’]*[”"’]?[.,!?]?$/.test(sentence.text.trim());
      const mentions = knowledge.mentionsBySentence.get(sentence.id) ?? [];
      const namesPerson = expectation === 'person' && mentions.length > 0;
      // "Which judge …": the sentence names someone whose role is that.
      const namesRole = roleTerm !== null && mentions.some(({ personKey }) => knowledge.personByKey.get(personKey)?.roles.some(({ role }) => holds(new Set(contentTerms(role)), roleTerm)));
      const score =
        coverage * 2 +
        inSentence / total +
        (hasEvidence ? 0.6 : 0) +
        (0.5 * result.score) / topScore +
        evidenceStrength(expectation, sentence.text, question) +
        (namesPerson ? 0.4 : 0) +
        (namesRole ? 1 : 0) +
        (verbs.some((verb) => holds(ownTerms, verb)) ? 0.3 : 0) -
        (onlyQuote ? 0.5 : 0);
      // Each name the question gives stands in the passage, by one of its words ("Mr. Talbot" for Jasper
      // Talbot), unless the headline names it: the president of this summit is not the next one's.
      const headline = articleTitleTerms(knowledge, sentence.article);
      const holdsNames = nameRuns.every((run) => run.some((name) => holds(terms, name) || headline.has(name)));
      return { paragraphKey, sentence, coverage, plainCoverage, hasEvidence, namesRole, holdsNames, score };
    });
    scored.push(...antecedents(knowledge, scored, weights));
    scored.sort((a, b) => b.score - a.score);
    /** Whether a passage can answer: it holds the question's names, enough of its words, and the kind of fact asked. */
    const answers = (candidate: Scored): boolean => {
      if (!candidate.holdsNames) return false;
      // Someone named in the sentence must hold the post, or stand beside its word ("its lawyer, X").
      if (wantsNamed && !(candidate.namesRole || (knowledge.mentionsBySentence.get(candidate.sentence.id)?.length && nameNear(candidate.sentence.text, roleTerm!)))) return false;
      if (STRICT.includes(expectation) && !candidate.hasEvidence) return false;
      // "Who will run the clearinghouse?": an answer names someone, a body or a country.
      if (expectation === 'person' && !namesSomeone(knowledge, candidate.sentence)) return false;
      // "Who will chair the working group?": a body or a country does not chair; a person does.
      if (personalAct && !knowledge.mentionsBySentence.get(candidate.sentence.id)?.length) return false;
      if (unknown) return (candidate.plainCoverage ?? 0) >= STRONG_COVERAGE;
      // Naming a judge answers "which judge …" though the question's other words stand elsewhere.
      return candidate.coverage >= (candidate.namesRole ? MIN_COVERAGE / 2 : MIN_COVERAGE);
    };
    const candidates = scored.filter(answers);
    // The figure often stands in the paragraph after the one that names the subject
    // ("… the committee voted to back the deal." / "The motion passed 7 to 2.").
    if (candidates.length === 0 && FOLLOWING_FIGURES.includes(expectation)) {
      for (const anchor of scored.filter((candidate) => candidate.coverage >= MIN_COVERAGE).slice(0, 3)) {
        const follower = paragraphOf(knowledge.sentences, anchor.sentence.id, 1).find(holdsEvidence);
        if (follower) candidates.push({ ...anchor, paragraphKey: `${follower.article}#${follower.paragraph}`, sentence: follower });
      }
    }
    return { scored, candidates };
  };
  let { scored, candidates } = rank(searchedWords(false));
  if (candidates.length === 0 && [...synonyms.values()].some((alike) => alike.length > 0)) ({ scored, candidates } = rank(searchedWords(true)));
  // "How many people …" is answered by a count of members or officers when none is of "people".
  if (candidates.length === 0 && countedWord && /^(people|persons|individuals)$/.test(countedWord)) {
    counted = [];
    ({ scored, candidates } = rank(searchedWords(false)));
  }
  if (scored.length === 0) return notFound('Nothing in the articles matches this question.');
  if (candidates.length === 0 && unknown) return notFound(`The articles never mention "${unknown.word}", so they cannot answer this.`);
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
  return { command: 'ask', query, found: true, answer: composeAnswer(answerText(knowledge, candidates[0].sentence, expectation), expectation, terms), citations };
}

/**
 * The terms of a sentence's paragraph; the lede (the first story paragraph) also holds its
 * article's title, since a headline and its lede tell the same news.
 */
function termsOfParagraph(knowledge: Knowledge, sentence: SentenceRecord): Set<string> {
  const terms = new Set<string>();
  const paragraph = paragraphOf(knowledge.sentences, sentence.id);
  for (const member of paragraph) for (const term of contentTerms(member.text)) terms.add(term);
  const first = paragraph[0].id;
  const isLede = isLedeSentence(knowledge, sentence);
  if (isLede) for (const term of articleTitleTerms(knowledge, sentence.article)) terms.add(term);
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
    const best = paragraphOf(knowledge.sentences, candidate.sentence.id, -1)
      .map((sentence) => ({ sentence, shared: contentTerms(sentence.text).filter((word) => weights.has(word)).length }))
      .sort((a, b) => b.shared - a.shared)[0];
    if (best) found.push({ ...candidate, paragraphKey: `${best.sentence.article}#${best.sentence.paragraph}`, sentence: best.sentence, score: candidate.score + 0.6 });
  }
  return found;
}

const CALENDAR_WORD = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|I)$/;

/** Whether a sentence names a person, or a body or place by a capitalised name past its first word. */
function namesSomeone(knowledge: Knowledge, sentence: SentenceRecord): boolean {
  if (knowledge.mentionsBySentence.get(sentence.id)?.length) return true;
  const [first, ...rest] = sentence.text.split(/\s+/);
  // The first word is capitalised anyway: a name there only if the lexicon knows it as one ("Indonesia, which …").
  const firstWord = first.replace(/[^\p{L}-]/gu, '');
  if (/^\p{Lu}/u.test(firstWord) && (hasTag(firstWord, 'Place') || hasTag(firstWord, 'Person'))) return true;
  return rest.some((word) => /^[“"‘(]?\p{Lu}\p{Ll}/u.test(word) && !CALENDAR_WORD.test(word.replace(/[^\p{L}]/gu, '')));
}

/** The line a list item continues ("The pledges listed include:"), or nothing for other sentences. */
function listLeadIn(knowledge: Knowledge, sentence: SentenceRecord): string {
  if (!LIST_ITEM.test(sentence.text)) return '';
  for (let id = sentence.id - 1; id >= 0 && knowledge.sentences[id].article === sentence.article; id--) {
    const text = knowledge.sentences[id].text;
    if (!LIST_ITEM.test(text)) return text.trimEnd().endsWith(':') ? text : '';
  }
  return '';
}

/** The index terms of a word's synonyms that the articles use. */
function synonymTerms(knowledge: Knowledge, word: string, term: string): string[] {
  return usedTerms(knowledge, synonymsOf(word)).filter((other) => other !== term);
}

/** Each acronym the articles' capitalised phrases spell ("EU": "European Union"), gathered once per knowledge. */
const acronyms = perKnowledge((knowledge) => {
  const phrases = new Map<string, string>();
  const phrase = /\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:of|and|for|the)\s+)?\p{Lu}[\p{L}'’-]+)+/gu;
  for (const sentence of knowledge.sentences)
    for (const [found] of sentence.text.matchAll(phrase)) {
      // A sentence's opening "The" is no part of the name.
      const words = found.split(/\s+/);
      while (words.length > 2 && STOP_WORDS.has(words[0].toLowerCase())) words.shift();
      const initials = words.filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
      if (!phrases.has(initials)) phrases.set(initials, words.join(' '));
    }
  return phrases;
});

/** The question with each acronym the articles never write, but spell out, replaced by its phrase. */
function spellOutAcronyms(knowledge: Knowledge, question: string): string {
  return question.replace(/\b\p{Lu}{2,6}\b/gu, (acronym) => {
    const term = indexTerm(acronym.toLowerCase());
    if (term && holds(knowledge.vocabulary, term)) return acronym;
    return acronyms(knowledge).get(acronym) ?? acronym;
  });
}

/** The index terms of the words that the articles use. */
function usedTerms(knowledge: Knowledge, words: string[]): string[] {
  return words.map((word) => indexTerm(word)).filter((term): term is string => term !== null && holds(knowledge.vocabulary, term));
}

/**
 * Whether the articles speak of a noun: by the word, by the last part of a compound ("ex-mayor"),
 * or by a more specific word for it ("crimes": "fraud").
 */
function mentioned(knowledge: Knowledge, word: string, term: string): boolean {
  if (holds(knowledge.vocabulary, term) || titleHolds(knowledge, term)) return true;
  const head = word.includes('-') ? indexTerm(word.slice(word.lastIndexOf('-') + 1)) : null;
  if (head && holds(knowledge.vocabulary, head)) return true;
  return kindredTerms(knowledge, word).length > 0;
}

/** The index terms of the nouns kindred to a noun ("fraud" for "crimes") that the articles write as nouns. */
function kindredTerms(knowledge: Knowledge, noun: string): string[] {
  return usedTerms(knowledge, kindredOf(noun).filter((other) => writtenAsNoun(knowledge, other)));
}

/**
 * Whether the articles write the noun as such, singular or plural, and not only a form of a verb
 * or a contraction sharing its stem ("passed" is no "pass", "don't" no "don").
 */
function writtenAsNoun(knowledge: Knowledge, noun: string): boolean {
  const term = indexTerm(noun);
  if (term === null || !holds(knowledge.vocabulary, term)) return false;
  const written = new RegExp(`\\b${noun.replace(/[^\p{L}-]/gu, '')}(?:e?s)?\\b(?![’'])`, 'iu');
  return searchSentences(knowledge.index, noun, undefined, ['text'])
    .slice(0, 30)
    .some((result) => written.test(knowledge.sentences[Number(result.id)].text));
}

/** A name's index term, folded as the articles' terms are ("Sámi" is "sami"). */
const nameTerm = (word: string): string => indexTerm(normalizeForMatch(word)) ?? '';

/** The terms of each article's title, gathered once per knowledge. */
const titleTermsById = perKnowledge((knowledge) => new Map(knowledge.articles.map((article) => [article.id, new Set(contentTerms(article.title))])));

function articleTitleTerms(knowledge: Knowledge, article: string): Set<string> {
  return titleTermsById(knowledge).get(article) ?? new Set();
}

/** Whether the sentence stands in its article's first story paragraph. */
function isLedeSentence(knowledge: Knowledge, sentence: SentenceRecord): boolean {
  const first = paragraphOf(knowledge.sentences, sentence.id)[0].id;
  return first === 0 || knowledge.sentences[first - 1].article !== sentence.article;
}

const sameParagraph = (a: SentenceRecord, b: SentenceRecord) => a.article === b.article && a.paragraph === b.paragraph;

/** The terms of all titles, gathered once per knowledge. */
const titleTerms = perKnowledge((knowledge) => new Set(knowledge.articles.flatMap((article) => contentTerms(article.title))));

/** Whether any article's title holds the term. */
function titleHolds(knowledge: Knowledge, term: string): boolean {
  return holds(titleTerms(knowledge), term);
}

/** Each term's weight, worked out on first use per knowledge. */
const termWeights = perKnowledge(() => new Map<string, number>());

/** In how many sentences a term stands, counted on first use per knowledge. */
const sentenceCounts = perKnowledge(() => new Map<string, number>());

function sentenceCount(knowledge: Knowledge, term: string): number {
  const counts = sentenceCounts(knowledge);
  let count = counts.get(term);
  if (count === undefined) counts.set(term, (count = searchSentences(knowledge.index, term).length));
  return count;
}

/** Rare terms say more about where the answer is. */
function termWeight(knowledge: Knowledge, term: string): number {
  const weights = termWeights(knowledge);
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
