import { stemmer } from 'stemmer';

/** A sentence of a paragraph, with its place in the paragraph's text. */
export interface Sentence {
  text: string;
  /** Offset of the sentence's first character in the paragraph. */
  start: number;
}

/** Folds typographic variants so that matching ignores them (the text itself is never changed). */
export function foldTypography(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-');
}

/** Lower-cased, accent-free, typography-folded text for comparing names and words. */
export function normalizeForMatch(text: string): string {
  // Plain ASCII has no typography to fold nor accents to strip.
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim();
  return foldTypography(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col capt sgt maj adm sen rep gov st jr sr rev fr hon pres supt coun cllr det insp cmdr amb atty ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no vs etc inc ltd co corp dept est approx mt ft smt usec asec sec eng'
  ).split(' '),
);

const CLOSERS = `"'”’)]`;
const SENTENCE_OPENER = /^[“"‘']?(The|A|An|It|He|She|They|We|I|But|And|In|On|At|This|That|These|Those|His|Her|Their|Its|Our|There|After|Before|When|While|If|As|For|So|Yet|Still|Some|Many|Most)\b/;

/**
 * Splits a paragraph into sentences. A sentence ends at `.`, `!` or `?` (with any closing quotes
 * or brackets that follow) when the next word starts a new sentence; abbreviations ("Dr.", "U.S."),
 * initials and decimals do not end one.
 */
export function splitSentences(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (const end of lineEnds(paragraph)) {
    splitLines(sentences, paragraph, from, end);
    from = end;
  }
  splitLines(sentences, paragraph, from, paragraph.length);
  return sentences;
}

/** A line this short, without a full stop, is a heading or a timestamp, not part of a sentence. */
const STANDALONE_LINE = 60;
/** A line or sentence that is an item of a list ("- A 7% raise", "• Consent before a replica"). */
export const LIST_ITEM = /^\s*[-–—•*]\s/;

/**
 * Where a line break inside a paragraph ends a sentence though no full stop does: after a short
 * line ("4:20 p.m. ET", "What's in the deal") and around list items ("- A 7% raise"). A line of
 * hard-wrapped prose runs on.
 */
function lineEnds(paragraph: string): number[] {
  const ends: number[] = [];
  const lines = paragraph.split('\n');
  let at = 0;
  for (let k = 0; k < lines.length - 1; k++) {
    const line = lines[k];
    at += line.length + 1;
    const ended = /[.!?]["'”’)\]]*\s*$/.test(line);
    if (!ended && line.trim() && (line.trim().length <= STANDALONE_LINE || LIST_ITEM.test(line) || LIST_ITEM.test(lines[k + 1]))) ends.push(at);
  }
  return ends;
}

/** Splits the text between two offsets at full stops, as sentences of the paragraph. */
function splitLines(sentences: Sentence[], paragraph: string, from: number, to: number): void {
  let start = from;
  const boundary = /[.!?]+/g;
  boundary.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = boundary.exec(paragraph)) && match.index < to) {
    let end = match.index + match[0].length;
    while (end < to && CLOSERS.includes(paragraph[end])) end++;
    const rest = paragraph.slice(end, to);
    const gap = /^\s+/.exec(rest);
    if (!gap) continue;
    const next = rest.slice(gap[0].length);
    if (!/^[“"‘'(\[]?[\p{Lu}\p{N}]/u.test(next)) continue;
    if (match[0] === '.' && !endsSentence(paragraph.slice(start, match.index), next)) continue;
    pushSentence(sentences, paragraph, start, end);
    start = end + gap[0].length;
  }
  pushSentence(sentences, paragraph, start, to);
}

function endsSentence(before: string, next: string): boolean {
  // "1. The union represents …": a numbered item's number is no sentence.
  if (/^\s*\d{1,2}$/.test(before)) return false;
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (!word) return true;
  const bare = word.replace(/\./g, '').toLowerCase();
  if (ABBREVIATIONS.has(bare) && /^[\p{Lu}\p{N}]/u.test(next)) return false;
  // An initial ("J. Smith") or an abbreviation ("U.S. officials") goes on, unless a word that
  // opens sentences follows ("… on the platform X. The …").
  if (/^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return SENTENCE_OPENER.test(next);
  return true;
}

function pushSentence(sentences: Sentence[], paragraph: string, start: number, end: number): void {
  const raw = paragraph.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text) sentences.push({ text, start: start + lead });
}

/** The months' names, lower-cased, as a pattern's alternatives. */
export const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const SHORT_MONTHS = 'jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';
/** The months as news writes them, in full or short ("Sept.", "Dec."). */
export const MONTH_WORDS = `${MONTHS}|${SHORT_MONTHS}`;
/** A month in full, or short with its stop ("Nov."), as a pattern: the short forms alone are common words. */
export const MONTH_NAME = `(?:(?:${MONTHS})\\b|(?:${SHORT_MONTHS})\\.)`;

// Function words that carry no topic; dropped from the index and from queries.
export const STOP_WORDS = new Set(
  (
    'a an and are as at be been being but by can could did do does doing for from had has have he her hers him his ' +
    'how i if in into is it its itself me my of on or our ours she so than that the their theirs them then there these ' +
    'they this those to too us was we were what when where which while who whom whose why will with would you your ' +
    'yours about also any each not no nor only own same some such just should very s t am shall may might must ' +
    'tell told say says said'
  ).split(' '),
);

/**
 * Splits text into lower-cased word tokens, folding curly apostrophes and dropping possessive 's.
 * A hyphenated word gives itself and its parts ("r-texas", "texas"), so either form finds it,
 * unless `parts` is false (word order matters: "a 19-day strike" counts no strikers).
 */
export function tokenize(text: string, { parts = true } = {}): string[] {
  const words = normalizeForMatch(text)
    .replace(/'s\b/g, '')
    .match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu) ?? [];
  if (!parts) return words;
  return words.flatMap((word) => (word.includes('-') ? [word, ...word.split('-').filter((part) => part.length > 1)] : [word]));
}

// Irregular past forms, so that "met" finds "meet" and "held" finds "hold".
const IRREGULAR_VERBS: Record<string, string> = Object.fromEntries(
  (
    'met:meet held:hold led:lead left:leave took:take made:make paid:pay sought:seek brought:bring won:win lost:lose ' +
    'fought:fight gave:give given:give went:go gone:go came:come saw:see seen:see began:begin begun:begin spoke:speak ' +
    'spoken:speak kept:keep sold:sell bought:buy thought:think ran:run knew:know known:know grew:grow rose:rise ' +
    'risen:rise fell:fall fallen:fall struck:strike wrote:write written:write chose:choose chosen:choose drew:draw ' +
    'drawn:draw froze:freeze frozen:freeze stood:stand broke:break broken:break sent:send spent:spend built:build ' +
    'felt:feel found:find heard:hear meant:mean swore:swear sworn:swear flew:fly flown:fly dealt:deal hung:hang ' +
    'laid:lay lent:lend shot:shoot sat:sit slept:sleep taught:teach understood:understand withdrew:withdraw ' +
    'withdrawn:withdraw undertook:undertake forgave:forgive overtook:overtake bore:bear borne:bear'
  )
    .split(' ')
    .map((pair) => pair.split(':')),
);

/** The index's term form of a word: no stop word, stemmed. Returns null to drop the word. */
export function indexTerm(word: string): string | null {
  let term = termCache.get(word);
  if (term === undefined) {
    const lower = word.toLowerCase();
    term = STOP_WORDS.has(lower) ? null : /^\d/.test(lower) ? lower.replace(/,/g, '') : stemmer(IRREGULAR_VERBS[lower] ?? lower);
    // A corpus has tens of thousands of distinct words and millions of occurrences: stem each once.
    if (termCache.size < MAX_CACHED_TERMS) termCache.set(word, term);
  }
  return term;
}

const termCache = new Map<string, string | null>();
const MAX_CACHED_TERMS = 500_000;

/** The index term of a word as it stands in running text, its punctuation stripped ("signed," → "sign"). */
export function tokenTerm(token: string): string | null {
  return indexTerm(token.replace(/[^\p{L}'’-]/gu, '').toLowerCase());
}

/** Content terms of a piece of text, as the index stores them. */
export function contentTerms(text: string): string[] {
  return tokenize(text)
    .map(indexTerm)
    .filter((term): term is string => term !== null);
}
