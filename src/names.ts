import { hasTag } from './lexicon.js';
import { NAME_PARTICLES, isHonorific, isRoleNoun, ORGANISATION_WORDS } from './vocabulary.js';
import { normalizeForMatch, STOP_WORDS } from './text.js';
import { isDictionaryWord } from './synonyms.js';

/** A word of a sentence with its place. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** A run of capitalised words that may name a person, split into its title and its name. */
export interface NameSpan {
  /** Offsets of the whole run (title included) in the sentence. */
  start: number;
  end: number;
  /** Title words before the name ("Secretary of State", "Interior Minister", "Dr."). */
  title: string;
  /** The name itself ("Nadia Okafor", "Omar bin Khalid al-Rashid"). */
  name: string;
  nameTokens: string[];
  /** Offset where the name itself starts. */
  nameStart: number;
  /** "of Y" after the name ("President X of Chile" gives "Chile"). */
  ofPlace: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[’'\-.][\p{L}\p{M}\p{N}]+)*\.?/gu;

/** Splits a sentence into words with their offsets. */
export function wordTokens(sentence: string): Token[] {
  return [...sentence.matchAll(WORD)].map((match) => ({
    text: match[0],
    start: match.index!,
    end: match.index! + match[0].length,
  }));
}

// Capitalised words that begin sentences or name days and months, never people.
const NOT_NAME_WORDS = new Set(
  (
    'after despite during among asked speaking according such from while although though since until before under ' +
    'over without meanwhile however still yet now today yesterday earlier later last next both many most several few ' +
    'every another other one two three four five six seven eight nine ten its whose where when ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december instead even once here there like unlike as amid the by'
  ).split(' '),
);

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
// An initial keeps its stop ("H.K.", "J."); a word's own trailing stop goes.
const bareWord = (word: string) => word.replace(/[’']s$/u, '').replace(/(?<!(?:^|\.)\p{Lu})\.$/u, '');
// Lower-case particles always; capitalised ones ("Van der Meer") only where they can be.
// Irish ones too: "Fiachra Ó Duibhir", "Síle Ní Bhriain".
const CAPITALISED_PARTICLES = new Set(['Van', 'Von', 'De', 'Der', 'Den', 'Del', 'Della', 'La', 'Le', 'Du', 'Da', 'Di', 'Dos', 'Das', 'Ter', 'Ten', 'Ó', 'Ní', 'Nic', 'Uí']);
const isParticle = (word: string) => NAME_PARTICLES.has(word) || CAPITALISED_PARTICLES.has(word);
// "al-Thani", "el-Sisi", "bin-Salman": a lower-case particle joined to a capitalised name.
const isJoinedParticleName = (word: string) => /^(al|el|ad|ar|as|at|az|bin|ibn|abu|ben)-\p{Lu}/u.test(word);
const isNameWord = (word: string) =>
  (isCapitalised(word) || isJoinedParticleName(word)) && !NOT_NAME_WORDS.has(bareWord(word).toLowerCase()) && !isParticle(word);
const hasPossessive = (word: string) => /[’']s$/u.test(word) || /s[’']$/u.test(word);

/** Whether compromise's lexicon knows the word as a first name. */
export function isKnownFirstName(word: string): boolean {
  return hasTag(word, 'FirstName');
}

/** The gender compromise's lexicon gives a first name, if any. */
export function firstNameGender(word: string): 'female' | 'male' | undefined {
  if (hasTag(word, 'FemaleName')) return 'female';
  if (hasTag(word, 'MaleName')) return 'male';
  return undefined;
}

/**
 * Whether compromise's lexicon knows the phrase, or its one word, as a place (country, city,
 * region) or an organisation.
 */
export function isKnownPlaceOrOrganisation(phrase: string): boolean {
  const placeLike = (text: string) => (hasTag(text, 'Place') || hasTag(text, 'Organization')) && !hasTag(text, 'Person');
  return placeLike(phrase) || (!phrase.includes(' ') && placeLike(bareWord(phrase)));
}

/**
 * Finds the runs of capitalised words in a sentence that could name a person, with any title
 * that leads them ("Secretary of State Nadia Okafor") and any "of Y" that follows the name.
 */
export function findNameSpans(sentence: string): NameSpan[] {
  const tokens = wordTokens(sentence);
  const spans: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const startsRun = isNameWord(tokens[i].text) || (isParticle(tokens[i].text) && particlesLeadToName(sentence, tokens, i));
    if (!startsRun || (i === 0 && isSentenceStarter(tokens[0].text, tokens[1]?.text))) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && adjacent(sentence, tokens[j], tokens[j + 1]) && !hasPossessive(tokens[j].text)) {
      const next = tokens[j + 1].text;
      if (isNameWord(next)) {
        j++;
        continue;
      }
      // Particles, one or more, lead on to a name word: "de la Cruz", "van den Berg".
      let k = j + 1;
      // "Minister for Finance Michael McGrath", "Spokesman on Education Fitzroy Henriques": "for" or
      // "on" after a title joins its portfolio, as "of" does ("Spokesman on Monday" is a time).
      // "Minister of State for Works and Transport X": "for" goes on a title already "of" something.
      // "… Mutheu Nzioki and Uganda's Minister": "and" before a possessive joins two people, not two portfolios.
      const joins = (word: string) =>
        word === 'of' ||
        (word === 'to' && POSTED_TO.test(tokens[j].text)) ||
        ((word === 'for' || (word === 'on' && !WEEKDAY_OR_MONTH.test(tokens[j + 2]?.text ?? ''))) && (isHonorific(tokens[j].text) || isRoleNoun(tokens[j].text) || (word === 'for' && titleWithOf(tokens, i, j)))) ||
        (word === 'and' && titleWithOf(tokens, i, j) && !hasPossessive(tokens[j + 2]?.text ?? ''));
      while (k < tokens.length && (isParticle(tokens[k].text) || (k === j + 1 && joins(tokens[k].text))) && adjacent(sentence, tokens[k - 1], tokens[k])) k++;
      if (k > j + 1 && k < tokens.length && isNameWord(tokens[k].text) && adjacent(sentence, tokens[k - 1], tokens[k])) j = k;
      else break;
    }
    const span = isDateline(sentence, tokens.slice(i, j + 1)) ? null : splitTitle(sentence, tokens.slice(i, j + 1));
    // "Sri Lanka" is a country, not a man called Lanka with a courtesy title.
    if (span && !(span.title && span.nameTokens.length === 1 && isKnownPlaceOrOrganisation(`${span.title} ${span.name}`))) spans.push(span);
    i = j + 1;
  }
  return spans;
}

/**
 * What may follow a body's initials as a person's name: words in mixed case, no body's word, and
 * no common word at the end (not "the 24,000 TEU Corvanta Halcyon"), after no ship's prefix ("MV").
 */
function isPersonAfterInitials(initials: string, rest: string[]): boolean {
  return !SHIP_PREFIX.test(initials) && rest.every((word) => /\p{Ll}/u.test(word) && !isPortfolioWord(word)) && !looksLikeOrganisation(rest);
}

const SHIP_PREFIX = /^(?:MV|MS|SS|RV|HMS|USS|HMCS|HMAS|HMNZS|INS)$/;

/** "UN", "MEA", "ICRC": a body's initials. */
const isAcronym = (word: string) => /^\p{Lu}{2,5}$/u.test(word);

/**
 * "UAE", "Kenyan": a body or a place before a title ("UAE Minister of State X"), which leaves the
 * "of" inside the title rather than making what follows it a place.
 */
const isTitleQualifier = (word: string) => !isKnownFirstName(word) && (isAcronym(word) || isKnownPlaceOrOrganisation(word) || isPortfolioWord(word));

/** "MARSA BARQAN: More than 400 …": a place in capitals opening the story, not a person. */
function isDateline(sentence: string, run: Token[]): boolean {
  return run[0].start === 0 && run.every((token) => !/\p{Ll}/u.test(token.text)) && /^\s*(?::|[-–—]\s)/u.test(sentence.slice(run[run.length - 1].end));
}

/** A capitalised common noun or adjective of a portfolio ("Affairs", "Transport", "European"), not a name. */
export const isPortfolioWord = (word: string) => !isKnownFirstName(word) && !hasTag(word, 'Person') && isDictionaryWord(word);

/** "of", "for" and "on" tie a title to what it is of: "Minister of Agriculture", "Spokesman on Education". */
const linksPortfolio = (word: string) => word === 'of' || word === 'for' || word === 'on' || word === 'to';
// "Ambassador to China X", "Envoy to the region": the posts "to" ties to a country.
const POSTED_TO = /^(?:Ambassador|Envoy|Representative|Emissary|Delegate|High Commissioner|Commissioner)$/i;

export const WEEKDAY_OR_MONTH = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * Whether the run so far is a title ending in "of X" ("Minister of Agriculture"), which "and"
 * may go on ("Minister of Agriculture and Environment Pham Duc Thang").
 */
function titleWithOf(tokens: Token[], from: number, to: number): boolean {
  for (let m = from + 1; m <= to; m++) if (linksPortfolio(tokens[m].text) && (isHonorific(tokens[m - 1].text) || isRoleNoun(tokens[m - 1].text))) return true;
  return false;
}

function particlesLeadToName(sentence: string, tokens: Token[], from: number): boolean {
  let k = from;
  while (k < tokens.length && isParticle(tokens[k].text) && (k === from || adjacent(sentence, tokens[k - 1], tokens[k]))) k++;
  return k > from && k < tokens.length && isNameWord(tokens[k].text) && adjacent(sentence, tokens[k - 1], tokens[k]);
}

function adjacent(sentence: string, a: Token, b: Token): boolean {
  return /^ $/.test(sentence.slice(a.end, b.start));
}

function isSentenceStarter(word: string, next: string | undefined): boolean {
  const lower = word.toLowerCase();
  if (STOP_WORDS.has(lower) || NOT_NAME_WORDS.has(lower)) return true;
  // A lone capitalised common word opening a sentence ("Asked whether …") is not a name.
  return !next || !isCapitalised(next) ? !isKnownFirstName(word) && hasTag(lower, 'Verb') : false;
}

/** "Mr.", "Dr": a courtesy title, said only of a person. */
export const COURTESY_TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?$/;
const POSTNOMINAL = /^(?:MLA|MP|TD|MEP|MSP|MHK|MHA|MPP|MNA|QC|KC|SC|OBE|MBE|CBE|KBE|DBE)$/;
const OFFICE = /^(?:Minister|Secretary|President|Premier|Commissioner|Ambassador|Chairman|Chairwoman|Chairperson|Spokesman|Spokeswoman|Spokesperson|Member|Officer)$/;
const PATRONYMIC = /^(?:bin|bint|binti|ibn)$/;

/**
 * "(Minister of State at the) Department of Transport Fiachra Ó Duibhir": a body, its portfolio in
 * common words, then two words or more that are neither, is the body's person, not a place after "of".
 */
function bodyPortfolioThenName(words: string[], ofIndex: number): boolean {
  if (ofIndex <= 0 || !words.slice(0, ofIndex).some((word) => ORGANISATION_WORDS.has(word.toLowerCase()))) return false;
  let from = ofIndex + 1;
  while (from < words.length && isPortfolioWord(words[from])) from++;
  const rest = words.slice(from).map(bareWord);
  return from > ofIndex + 1 && rest.filter((word) => !isParticle(word)).length >= 2 && !isKnownPlaceOrOrganisation(rest[0]) && !isKnownPlaceOrOrganisation(rest.join(' '));
}

function splitTitle(sentence: string, run: Token[]): NameSpan | null {
  let words = run.map((token) => token.text);
  let ofPlace = '';
  let end = run[run.length - 1].end;
  // "President Elena Varga of Chile": the part after "of" is a place, not the name.
  const ofIndex = words.lastIndexOf('of');
  // "Bank of Tavaria Governor Ines Mwangaza": a title after the "of" makes it part of the title.
  const titleAfterOf = words.slice(ofIndex + 1, -1).some((word) => isHonorific(word) || isRoleNoun(word)) || bodyPortfolioThenName(words, ofIndex);
  if (ofIndex > 0 && !titleAfterOf) {
    const before = words.slice(0, ofIndex);
    if (!before.every((word, k) => isHonorific(word) || isRoleNoun(word) || (k < ofIndex - 1 && isTitleQualifier(word)))) {
      ofPlace = words.slice(ofIndex + 1).map(bareWord).join(' ');
      words = before;
      end = run[ofIndex - 1].end;
    }
  }
  // The title is every word up to the last honorific or role noun before the final word.
  let nameFrom = 0;
  for (let k = 0; k < words.length - 1; k++) {
    // "Sheikh Sultan bin Mubarak": a title word before "bin" is the given name it also is.
    if (PATRONYMIC.test(words[k + 1])) break;
    if (isHonorific(words[k]) || isRoleNoun(words[k])) nameFrom = k + 1;
    else if (linksPortfolio(words[k]) || words[k] === 'and') nameFrom = Math.max(nameFrom, k + 2);
  }
  // "Secretary of State Nadia Okafor": a title ending in "of X" leaves the last words as the name.
  if (words.slice(0, nameFrom).some(linksPortfolio) && nameFrom < words.length - 2) {
    const firstName = words.findIndex((word, k) => k >= nameFrom - 1 && isKnownFirstName(word));
    if (firstName > 0) nameFrom = firstName;
    // "Deputy Minister for European Affairs Stavroula Petridou": a portfolio's common nouns go on
    // until the name, when the lexicon knows no given name in it.
    else while (nameFrom < words.length - 2 && isPortfolioWord(words[nameFrom])) nameFrom++;
  }
  // "Health Employers Wessex", "United Auto Workers Local 12": a title names one person, so a
  // plural role noun before the last word makes the run a body's name.
  const lastTitleWord = nameFrom > 0 ? words[nameFrom - 1] : '';
  if (/[^s]s$/.test(lastTitleWord) && !isHonorific(lastTitleWord) && isRoleNoun(lastTitleWord.slice(0, -1))) return null;
  // "in the MEA Tanushree Thirumalai": a body's initials before a full name are where the person works.
  while (words.length - nameFrom > 2 && isAcronym(words[nameFrom]) && isPersonAfterInitials(words[nameFrom], words.slice(nameFrom + 1))) nameFrom++;
  const nameTokens = words.slice(nameFrom).map(bareWord);
  // "Bríd Nic Amhlaoibh MLA": letters after the name say the seat, and are no part of the name.
  let postnominal = '';
  while (nameTokens.length > 2 && POSTNOMINAL.test(nameTokens[nameTokens.length - 1])) postnominal = nameTokens.pop()!;
  // "deputy First Minister": a run that ends on an office names none who holds it.
  if (OFFICE.test(nameTokens[nameTokens.length - 1])) return null;
  if (nameTokens.length === 0 || !nameTokens.some((word) => isCapitalised(word) || isJoinedParticleName(word))) return null;
  while (nameTokens.length > 1 && isParticle(nameTokens[nameTokens.length - 1])) nameTokens.pop();
  // "Deputy Prime Minister" is a title with no name after it.
  // "Sheikh Sultan", though, is a man called Sultan.
  // Nor is "the Resident Coordinator said" anyone called Coordinator.
  if (nameFrom > 0 && nameTokens.length === 1 && (isHonorific(nameTokens[0]) || (isRoleNoun(nameTokens[0]) && !COURTESY_TITLE.test(words[nameFrom - 1]))) && !/^Sheikha?$/.test(words[nameFrom - 1]))
    return null;
  const title = words.slice(0, nameFrom).join(' ') || postnominal;
  return {
    start: run[0].start,
    end: ofPlace ? run[run.length - 1].end : end,
    title,
    name: nameTokens.join(' '),
    nameTokens,
    nameStart: run[nameFrom]?.start ?? run[0].start,
    ofPlace,
  };
}

/** Whether a name's words look like an organisation or place rather than a person. */
export function looksLikeOrganisation(nameTokens: string[]): boolean {
  return nameTokens.some((word) => ORGANISATION_WORDS.has(word.toLowerCase()));
}

/** Whether a name has a given name and a family name, not a surname alone ("de Vries"). */
export function isFullName(nameTokens: string[]): boolean {
  return nameTokens.filter((word) => !isParticle(word)).length >= 2;
}

/** The family-name part of a full name: its last word with any particles before it ("van der Meer"). */
export function surnameOf(nameTokens: string[]): string {
  let from = nameTokens.length - 1;
  // Regnal numbers ("Leo XIV") are not a family name.
  if (from > 0 && /^[IVXLC]+$/.test(nameTokens[from])) from--;
  while (from > 0 && isParticle(nameTokens[from - 1])) from--;
  return nameTokens.slice(from).join(' ');
}

/**
 * The middle words of a name of three words or more, normalised: a Spanish name is followed by
 * the first of its two surnames ("Arango" for Julián Esteban Arango Mejía).
 */
export function innerNameWords(name: string): string[] {
  const words = normalizeForMatch(name).split(' ');
  return words.length >= 3 ? words.slice(1, -1) : [];
}

/**
 * The family name without a joined Arabic article ("al-Mahdawi" gives "Mahdawi") or a patronymic
 * particle ("ag Assalat", "ould Cheikh" give "Assalat", "Cheikh"): news writes a later mention either way.
 */
export function bareSurname(surname: string): string {
  return surname.replace(/^(?:al|el|ad|ar|as|at|az|an)-(?=\p{Lu})/u, '').replace(/^(?:ag|ould|ap)\s+(?=\p{Lu})/u, '');
}
