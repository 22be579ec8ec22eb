import nlp from 'compromise';
import type { Knowledge } from '../knowledge.js';
import { searchSentences } from '../search-index.js';
import { contentTerms, indexTerm, LIST_ITEM, normalizeForMatch, STOP_WORDS } from '../text.js';
import { sameParagraph, type SentenceRecord } from '../passages.js';
import { perKnowledge } from '../derived.js';
import { kindredOf, synonymsOf } from '../synonyms.js';
import { holds } from './question.js';
import { BYLINE_FILED_FROM } from '../corpus.js';
import { isRoleNoun, ORGANISATION_WORDS } from '../vocabulary.js';

/*
 * The articles' own words, as a question meets them: whether they use a word, in which of its
 * synonyms, how rare it is, what their titles hold.
 */

/** The index terms of the words that the articles use. */
export function usedTerms(knowledge: Knowledge, words: string[]): string[] {
  return words.map((word) => indexTerm(word)).filter((term): term is string => term !== null && holds(knowledge.vocabulary, term));
}

/** The index terms of a word's synonyms that the articles use. */
export function synonymTerms(knowledge: Knowledge, word: string, term: string): string[] {
  // A short synonym is taken only as written: "char" (a woman who cleans) is not the "charge" it begins.
  return usedTerms(knowledge, synonymsOf(word)).filter((other) => other !== term && (other.length >= 5 || knowledge.vocabulary.has(other)));
}

/**
 * The names a kind of body or person stands before in the articles, by the kind's word (singular):
 * "state-owned utility Jadran Energija" makes "the utility" Jadran, "exporter Pelican Sound LNG"
 * the exporter Pelican Sound. A question asks by the kind what the story tells by the name.
 */
const namesOfKinds = perKnowledge((knowledge) => {
  const named = new Map<string, Set<string>>();
  for (const sentence of knowledge.sentences) {
    for (const [, kind, name] of sentence.text.matchAll(KIND_BEFORE_NAME)) {
      if (STOP_WORDS.has(kind) || !(isRoleNoun(kind) || ORGANISATION_WORDS.has(kind) || KIND_NOUNS.has(kind))) continue;
      const nameTerms = name.split(/\s+/).map((word) => indexTerm(normalizeForMatch(word))).filter((other): other is string => other !== null);
      if (nameTerms.length === 0) continue;
      // Keyed by the word, not its stem: "operator Hinode Retail" says nothing of "operating profit".
      const key = singular(kind);
      if (!named.has(key)) named.set(key, new Set());
      for (const other of nameTerms) named.get(key)!.add(other);
    }
  }
  return named;
});
const KIND_BEFORE_NAME = /\b(\p{Ll}[\p{Ll}-]{3,})\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)/gu;
// Kinds of body that are neither role nouns nor in the organisation words.
const KIND_NOUNS = new Set('utility exporter importer carrier operator lender insurer retailer broker alliance trust fund board charity landowner buyer seller developer'.split(' '));

const singular = (word: string) => word.toLowerCase().replace(/(?<!s)s$/, '');

/** The terms of the names the articles write right after a kind ("utility Jadran Energija" for "utility"), by the reader's word. */
export function namesOfKind(knowledge: Knowledge, word: string): string[] {
  return [...(namesOfKinds(knowledge).get(singular(word)) ?? [])];
}

/** The index terms of the nouns kindred to a noun ("fraud" for "crimes") that the articles write as nouns. */
export function kindredTerms(knowledge: Knowledge, noun: string): string[] {
  return usedTerms(knowledge, kindredOf(noun).filter((other) => writtenAsNoun(knowledge, other)));
}

/**
 * Whether the articles speak of a noun: by the word, by the last part of a compound ("ex-mayor"),
 * or by a more specific word for it ("crimes": "fraud").
 */
export function mentioned(knowledge: Knowledge, word: string, term: string): boolean {
  if (holds(knowledge.vocabulary, term) || titleHolds(knowledge, term)) return true;
  const head = word.includes('-') ? indexTerm(word.slice(word.lastIndexOf('-') + 1)) : null;
  if (head && holds(knowledge.vocabulary, head)) return true;
  return kindredTerms(knowledge, word).length > 0;
}

/**
 * Whether the articles write the noun as such, singular or plural, and not only a form of a verb
 * or a contraction sharing its stem ("passed" is no "pass", "don't" no "don").
 */
function writtenAsNoun(knowledge: Knowledge, noun: string, found?: SentenceHit[]): boolean {
  const term = indexTerm(noun);
  if (term === null || !holds(knowledge.vocabulary, term)) return false;
  const written = new RegExp(`\\b${noun.replace(/[^\p{L}-]/gu, '')}(?:e?s)?\\b(?![’'])`, 'iu');
  return (found ?? sentencesWith(knowledge, noun)).some((result) => written.test(knowledge.sentences[Number(result.id)].text));
}

type SentenceHit = ReturnType<typeof searchSentences>[number];

/** The sentences that hold a word in their text, best first. */
const sentencesWith = (knowledge: Knowledge, word: string): SentenceHit[] => searchSentences(knowledge.index, word, undefined, ['text']).slice(0, 30);

/** A name's index term, folded as the articles' terms are ("Sámi" is "sami"). */
export const nameTerm = (word: string): string => indexTerm(normalizeForMatch(word)) ?? '';

/**
 * The place a people's name may stand for in the articles, as index terms they use: "Mongolians"
 * for Mongolia, "Chinese" for China, "Pakistani" for Pakistan, "Kenyans" for Kenya.
 */
export function demonymPlaces(knowledge: Knowledge, term: string): string[] {
  const roots = [term.replace(/n$/, ''), term.replace(/ian$/, ''), term.replace(/es$/, 'a'), term.replace(/es$/, ''), term.replace(/i$/, ''), `${term}i`];
  const named = [...new Set(roots)].filter((root) => root !== term && root.length >= 4 && holds(knowledge.vocabulary, root));
  // "Holland" is the story's "Netherlands": a country news calls by more than one name.
  const aliases = (COUNTRY_NAMES.find((group) => group.includes(term)) ?? []).filter((other) => other !== term && holds(knowledge.vocabulary, other));
  return [...named, ...aliases];
}

/** Countries news names in more than one way, as index terms; "US" and "UK" as written in capitals. */
const COUNTRY_NAMES = ['britain uk', 'america usa', 'holland netherlands', 'emirates uae', 'burma myanmar', 'czechia czech', 'türkiye turkey turkiye'].map((group) =>
  group.split(' ').flatMap((word) => indexTerm(word) ?? []),
);

/** The terms of each article's title, gathered once per knowledge. */
const titleTermsById = perKnowledge((knowledge) => new Map(knowledge.articles.map((article) => [article.id, new Set(contentTerms(article.title))])));

export function articleTitleTerms(knowledge: Knowledge, article: string): Set<string> {
  return titleTermsById(knowledge).get(article) ?? new Set();
}

/**
 * What each story is about: the names before the first verb of its opening sentence ("The
 * software company Nubelia and its unions signed …"), people aside. A later paragraph speaks of
 * "the company", or of "departing workers", without naming it again; a person is "he" or "she",
 * which the paragraph's own reading follows.
 */
export const storySubjects = perKnowledge((knowledge) => {
  const personTerms = new Set(knowledge.people.flatMap((person) => contentTerms(person.name)));
  const subjects = new Map<string, Set<string>>();
  for (const sentence of knowledge.sentences) {
    if (subjects.has(sentence.article)) continue;
    const terms = (nlp(sentence.text).terms().json() as { text: string; terms: { tags: string[] }[] }[]).map((term) => ({ text: term.text, tags: term.terms[0].tags }));
    const firstVerb = terms.findIndex((term) => term.tags.includes('Verb'));
    const names = terms.slice(0, firstVerb < 0 ? terms.length : firstVerb).filter((term) => /^\p{Lu}/u.test(term.text)).map((term) => nameTerm(term.text));
    subjects.set(sentence.article, new Set(names.filter((name) => name && !personTerms.has(name))));
  }
  return subjects;
});

/**
 * The names each paragraph stands under: a subheading ("Kelbrio left in limbo") names what the
 * paragraphs below it speak of, up to the next subheading, as a headline does for the story.
 * Keyed by "article#paragraph".
 */
export const sectionNames = perKnowledge((knowledge) => {
  const names = new Map<string, Set<string>>();
  let article = '';
  let current = new Set<string>();
  for (const sentence of knowledge.sentences) {
    if (sentence.article !== article) [article, current] = [sentence.article, new Set()];
    // A short heading, a line ("Kelbrio left in limbo") or a question ("What's in the deal?").
    const heading = sentence.text.length <= 60 && sentence.text.split(/\s+/).length <= 8 && (isHeadingLine(knowledge, sentence) || isHeadingQuestion(knowledge, sentence));
    if (heading) current = new Set(sentence.text.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).map(nameTerm).filter(Boolean));
    else names.set(`${sentence.article}#${sentence.paragraph}`, current);
  }
  return names;
});

/** "What was left out?" standing as a paragraph of its own: an explainer's heading, which the next paragraph answers. */
export function isHeadingQuestion(knowledge: Knowledge, sentence: SentenceRecord): boolean {
  return /\?\s*$/.test(sentence.text) && standsAlone(knowledge, sentence);
}

/** A short line standing alone without a closing stop, a figure or not: a heading over what follows. */
export function isHeadingLine(knowledge: Knowledge, sentence: SentenceRecord): boolean {
  const { text } = sentence;
  return !/[.!?:;,"”’)]\s*$/.test(text) && !LIST_ITEM.test(text) && text.split(/\s+/).length <= 8 && standsAlone(knowledge, sentence);
}

/** Whether a sentence is its paragraph's only one, as a heading is. */
function standsAlone(knowledge: Knowledge, sentence: SentenceRecord): boolean {
  if (sentence.index !== 0) return false;
  const next = knowledge.sentences[sentence.id + 1];
  return !next || !sameParagraph(next, sentence);
}

const DATELINE = /^\s*(\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2})(?:,\s+[^()–—-]{0,40})?\s*(?:\([^()]{1,40}\)\s*)?[-–—]{1,2}\s/u;

/**
 * Where each story was filed, by its byline ("…, diplomatic editor, in Geneva"), as name terms: a
 * story filed there is about what happens there, though a paragraph does not say so.
 */
export const filedFrom = perKnowledge((knowledge) => {
  const places = new Map<string, Set<string>>();
  for (const article of knowledge.articles) {
    // "DARSAN, March 11 (Orbis Wire) - …", "VIENNA (Reuters) —": a dateline says it too.
    const place =
      article.paragraphs.slice(0, 5).map((paragraph) => BYLINE_FILED_FROM.exec(paragraph.text.replace(/\s+/g, ' ').trim())?.[1]).find(Boolean) ??
      DATELINE.exec(article.paragraphs.find((paragraph) => paragraph.isStory)?.text ?? '')?.[1];
    if (place) places.set(article.id, new Set(place.split(/\s+/).map(nameTerm).filter(Boolean)));
  }
  return places;
});

/** The terms of all titles, gathered once per knowledge. */
const titleTerms = perKnowledge((knowledge) => new Set(knowledge.articles.flatMap((article) => contentTerms(article.title))));

/** Whether any article's title, or the place it was filed from, holds the term. */
export function titleHolds(knowledge: Knowledge, term: string): boolean {
  return holds(titleTerms(knowledge), term) || [...filedFrom(knowledge).values()].some((place) => place.has(term));
}

/** Each term's weight, worked out on first use per knowledge. */
const termWeights = perKnowledge(() => new Map<string, number>());

/** In how many sentences a term stands, counted on first use per knowledge. */
const sentenceCounts = perKnowledge(() => new Map<string, number>());

export function sentenceCount(knowledge: Knowledge, term: string): number {
  const counts = sentenceCounts(knowledge);
  let count = counts.get(term);
  if (count === undefined) counts.set(term, (count = searchSentences(knowledge.index, term).length));
  return count;
}

/** Rare terms say more about where the answer is. */
export function termWeight(knowledge: Knowledge, term: string): number {
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

/**
 * The acronyms the articles write for a name the question gives, as index terms: a story that
 * glosses the "Tamran Sovereignty Army (TSA)" goes on to write "the TSA released 214 detainees".
 */
export function acronymTermsOf(knowledge: Knowledge, name: string[]): string[] {
  const words = name.map((word) => word.toLowerCase());
  return writtenAcronyms(knowledge)
    .filter((acronym) => words.every((word) => acronym.spelled.includes(word)))
    .map((acronym) => acronym.term);
}

/** The acronyms the articles write ("TSA", "UN") and spell out, as index terms with the words they spell, gathered once per knowledge. */
const writtenAcronyms = perKnowledge((knowledge) => {
  const written = new Set(knowledge.sentences.flatMap((sentence) => sentence.text.match(/\b\p{Lu}{2,6}\b/gu) ?? []));
  return [...acronyms(knowledge)].flatMap(([initials, phrase]) => {
    const term = initials.length >= 2 && written.has(initials) ? indexTerm(initials.toLowerCase()) : null;
    return term ? [{ term, spelled: phrase.toLowerCase().split(/\s+/) }] : [];
  });
});

/** The question with each acronym the articles never write, but spell out, replaced by its phrase. */
export function spellOutAcronyms(knowledge: Knowledge, question: string): string {
  return question.replace(/\b\p{Lu}{2,6}\b/gu, (acronym) => {
    const term = indexTerm(acronym.toLowerCase());
    if (term && holds(knowledge.vocabulary, term)) return acronym;
    return acronyms(knowledge).get(acronym) ?? lowerCasePhrase(knowledge, acronym) ?? acronym;
  });
}

/** Phrases found for acronyms in lower case, per knowledge (undefined: none). */
const lowerCasePhrases = perKnowledge(() => new Map<string, string | undefined>());

/**
 * The lower-case phrase whose words' initials spell the acronym: "MOU" is the "memorandum of
 * understanding", "EEZ" an "exclusive economic zone". A linking word may go uncounted ("of").
 */
function lowerCasePhrase(knowledge: Knowledge, acronym: string): string | undefined {
  const found = lowerCasePhrases(knowledge);
  if (found.has(acronym)) return found.get(acronym);
  const letters = [...acronym.toLowerCase()];
  const phrase = new RegExp(`\\b${letters.map((letter) => `${letter}[\\p{Ll}-]*`).join('\\s+(?:(?:of|and|for|the|on)\\s+)?')}\\b`, 'u');
  let spelled: string | undefined;
  for (const sentence of knowledge.sentences) {
    const match = phrase.exec(sentence.text);
    // Each word is a word, not a letter: "a m u" spells nothing.
    if (match && match[0].split(/\s+/).every((word) => word.length > 1)) {
      spelled = match[0];
      break;
    }
  }
  found.set(acronym, spelled);
  return spelled;
}

/**
 * The words the articles write right after a word they use only as a modifier ("longline boats"
 * for "longliners"): what a count of the thing the question names is a count of in the story.
 */
export function headsAfter(knowledge: Knowledge, word: string, term: string): string[] {
  // A story that writes the noun itself counts it by that word; one search serves both readings.
  const found = sentencesWith(knowledge, word);
  if (writtenAsNoun(knowledge, word, found)) return [];
  const heads = new Set<string>();
  for (const result of found.slice(0, 20))
    for (const match of knowledge.sentences[Number(result.id)].text.matchAll(/([\p{L}-]+)\s+(?=([\p{L}-]+))/gu)) {
      const next = indexTerm(match[2]);
      if (indexTerm(match[1]) === term && next && next !== term && /^\p{Ll}/u.test(match[2])) heads.add(next);
    }
  return [...heads];
}
