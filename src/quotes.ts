import type { Article } from './types.js';
import type { PeopleIndex, PersonMention } from './people.js';
import type { SentenceRecord } from './passages.js';
import { SPEECH_VERBS } from './vocabulary.js';
import { groupBy } from './derived.js';

/** A direct quote: the quoted words as they stand, and who said them. */
export interface Quote {
  article: string;
  paragraph: number;
  /** The words between the quotation marks, verbatim. */
  text: string;
  /** Key of the speaker in the people index. */
  speakerKey: string;
  /** The sentence that holds the quote (for topic search). */
  sentenceId: number;
}

interface QuoteSpan {
  /** Offsets of the quoted words (marks excluded) in the paragraph. */
  start: number;
  end: number;
  /** The quote runs on past the paragraph's end (a multi-paragraph quote). */
  open: boolean;
}

const SPEECH = [...SPEECH_VERBS].join('|');
const SPEECH_VERB = new RegExp(`\\b(?:${SPEECH})\\b`, 'u');
const PRONOUN_SUBJECT = /\b(he|she|they)\b/i;
/** Stands for a speaker the article does not name ("a senior official"): their quotes are left out. */
const UNNAMED = '\u0000unnamed';

/**
 * Finds the quoted stretches of a paragraph: double quotes, curly or straight, and, outside them,
 * single curly quotes (‘…’, as British papers write). A quote left open at the paragraph's end
 * runs on into the next paragraph.
 */
export function findQuoteSpans(paragraph: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  let openMark = '';
  for (let i = 0; i < paragraph.length; i++) {
    const mark = paragraph[i];
    const before = paragraph[i - 1] ?? ' ';
    const after = paragraph[i + 1] ?? ' ';
    let opens = false;
    let closes = false;
    if (mark === '“' || mark === '”' || mark === '"') {
      if (openMark === '‘') continue; // a double quote inside single quotes
      opens = mark === '“' || (mark === '"' && openAt < 0 && /[\s(\[—–-]/.test(before));
      closes = !opens && openAt >= 0;
      if (opens && openAt >= 0) continue;
    } else if (mark === '‘' && openAt < 0) {
      opens = /[\s(\[—–-]/.test(before);
    } else if (mark === '’' && openMark === '‘') {
      // An apostrophe stands between letters ("isn’t"); a closing quote does not.
      closes = !/[\p{L}\p{N}]/u.test(after);
    }
    if (opens) {
      openAt = i + 1;
      openMark = mark === '‘' ? '‘' : '“';
    } else if (closes) {
      if (i > openAt) spans.push({ start: openAt, end: i, open: false });
      openAt = -1;
      openMark = '';
    }
  }
  if (openAt >= 0 && paragraph.length > openAt) spans.push({ start: openAt, end: paragraph.length, open: true });
  return spans;
}

/**
 * Extracts every direct quote with its speaker. The speaker is found as news attributes speech:
 * after the quote ("…," Okafor said / said Mara Lindqvist), before it (X said the plan was a "…"),
 * through a pronoun (she said) that points to the last person named, or, for a quote that stands
 * alone, the speaker of the quote before it. A quote no one is attributed to is left out.
 */
export function extractQuotes(articles: Article[], sentences: SentenceRecord[], people: PeopleIndex): Quote[] {
  const quotes: Quote[] = [];
  const sentencesByParagraph = groupBy(sentences, (sentence) => `${sentence.article}#${sentence.paragraph}`);
  for (const article of articles) {
    let lastSpeaker: string | undefined; // the last person quoted
    const named: string[] = []; // people named so far, latest last, for pronouns
    let runsOn = false; // the previous paragraph ended inside a quote
    for (const paragraph of article.paragraphs) {
      if (!paragraph.isStory) continue;
      const paragraphSentences = sentencesByParagraph.get(`${article.id}#${paragraph.number}`) ?? [];
      const offsets = sentenceOffsets(paragraph.text, paragraphSentences);
      const spans = findQuoteSpans(paragraph.text);
      const continuesQuote = runsOn && /^[“"‘]/.test(paragraph.text);
      runsOn = false;
      const mentionsAt = paragraphSentences.map((sentence, k) =>
        (people.mentionsBySentence.get(sentence.id) ?? [])
          .map((mention) => ({ ...mention, start: mention.start + offsets[k], end: mention.end + offsets[k] }))
          .filter((mention) => !spans.some((span) => mention.start >= span.start && mention.start < span.end)),
      );
      const sentenceAt = (position: number) => {
        let k = 0;
        while (k + 1 < offsets.length && offsets[k + 1] <= position) k++;
        return k;
      };
      for (const [k, sentence] of paragraphSentences.entries()) {
        const sentenceEnd = offsets[k] + sentence.text.length;
        for (const span of spans.filter((span) => span.start >= offsets[k] && span.start < sentenceEnd)) {
          // A quote of several sentences is attributed from the sentence where it ends.
          const last = sentenceAt(Math.max(span.start, span.end - 1));
          const windowStart = offsets[k];
          const window = paragraph.text.slice(windowStart, offsets[last] + paragraphSentences[last].text.length);
          const mentions = mentionsAt
            .slice(k, last + 1)
            .flat()
            .map((mention) => ({ ...mention, start: mention.start - windowStart, end: mention.end - windowStart }));
          const local = { start: span.start - windowStart, end: span.end - windowStart };
          const pronoun = (word: string) => resolvePronoun(word, named, people);
          const speaker =
            speakerAfter(window, local.end, mentions, pronoun) ??
            speakerBefore(window, local.start, mentions, pronoun) ??
            (standsAlone(window, local, continuesQuote && k === 0) ? lastSpeaker : undefined);
          const text = paragraph.text.slice(span.start, span.end).trim();
          if (speaker && speaker !== UNNAMED && text.replace(/[^\p{L}\p{N}]/gu, '').length >= 2)
            quotes.push({ article: article.id, paragraph: paragraph.number, text, speakerKey: speaker, sentenceId: sentence.id });
          if (speaker) lastSpeaker = speaker;
          if (span.open) runsOn = true;
        }
        for (const mention of mentionsAt[k]) named.push(mention.personKey);
        // "X said in a statement:" introduces the quote that follows, in this paragraph or the next.
        const introduces = /\b(?:said|says|added|wrote|told [\w\s]{1,30}|declared|stated)\b[^“”"]*:\s*$/.exec(sentence.text);
        if (introduces) {
          const windowMentions = mentionsAt[k].map((mention) => ({ ...mention, start: mention.start - offsets[k], end: mention.end - offsets[k] }));
          const introducer =
            subjectBefore(sentence.text, introduces.index, windowMentions) ??
            (PRONOUN_SUBJECT.test(sentence.text.slice(0, introduces.index)) ? resolvePronoun(PRONOUN_SUBJECT.exec(sentence.text)![1], named, people) : undefined);
          if (introducer) lastSpeaker = introducer;
        }
      }
    }
  }
  return quotes;
}

function sentenceOffsets(paragraph: string, sentences: SentenceRecord[]): number[] {
  let from = 0;
  return sentences.map((sentence) => {
    const at = paragraph.indexOf(sentence.text, from);
    from = at + sentence.text.length;
    return at;
  });
}

type PronounResolver = (pronoun: string) => string | undefined;

/** The latest person named whom the pronoun can stand for ("she" skips a man, "he" a woman). */
function resolvePronoun(pronoun: string, named: string[], people: PeopleIndex): string | undefined {
  const wanted = /^she$/i.test(pronoun) ? 'female' : /^he$/i.test(pronoun) ? 'male' : undefined;
  for (let k = named.length - 1; k >= Math.max(0, named.length - 8); k--) {
    const gender = people.personByKey.get(named[k])?.gender;
    if (!wanted || !gender || gender === wanted) return named[k];
  }
  return undefined;
}

/** "…,” Okafor said" / "…," said Interior Minister Mara Lindqvist / "…,” she said". */
function speakerAfter(sentence: string, quoteEnd: number, mentions: PersonMention[], pronoun: PronounResolver): string | undefined {
  const from = quoteEnd + 1;
  const after = sentence.slice(from);
  const verb = SPEECH_VERB.exec(after);
  if (!verb || verb.index > 160 || /[“"‘]/.test(after.slice(0, verb.index))) return undefined;
  const verbAt = from + verb.index;
  const subject = subjectBefore(sentence, verbAt, mentions.filter((mention) => mention.start >= from));
  if (subject) return subject;
  const pronounWord = PRONOUN_SUBJECT.exec(after.slice(0, verb.index));
  if (pronounWord) return pronoun(pronounWord[1]);
  return invertedSpeaker(sentence, verbAt + verb[0].length, mentions) ?? unnamedSpeaker(after.slice(0, verb.index), sentence.slice(verbAt + verb[0].length));
}

/**
 * "…,” the official said" / "…," said a senior official: someone unnamed has the floor, so the
 * quotes that follow are not the last named speaker's.
 */
function unnamedSpeaker(beforeVerb: string, afterVerb: string): string | undefined {
  const unnamed = /^\s*,?\s*(the|a|an|one|another|two|three|several|some)\s+[\p{Ll}\s'’-]{1,60}$/u;
  return unnamed.test(beforeVerb) || (/^\s*$/.test(beforeVerb) && /^\s+(the|a|an|one|another)\s+\p{Ll}/u.test(afterVerb)) ? UNNAMED : undefined;
}

/** X said the talks were a “staged, empty process” / He said, as …, “…” / said X, “…”. */
function speakerBefore(sentence: string, quoteStart: number, mentions: PersonMention[], pronoun: PronounResolver): string | undefined {
  const before = sentence.slice(0, Math.max(0, quoteStart - 1));
  const verbs = [...before.matchAll(new RegExp(SPEECH_VERB.source, 'gu'))];
  if (verbs.length === 0) return undefined;
  const verbAt = verbs[0].index!;
  const subject = subjectBefore(sentence, verbAt, mentions);
  if (subject) return subject;
  const pronounWord = PRONOUN_SUBJECT.exec(before.slice(0, verbAt));
  if (pronounWord) return pronoun(pronounWord[1]);
  return invertedSpeaker(sentence, verbAt + verbs[0][0].length, mentions);
}

/**
 * The person named as the subject of the verb at `verbAt`: the last name before it, once any
 * comma-enclosed insertion right before the verb is set aside ("X, joined by Y, wrote"); the name
 * inside the insertion when nothing stands before it ("The Holy See's secretary, Cardinal X, said").
 */
function subjectBefore(sentence: string, verbAt: number, mentions: PersonMention[]): string | undefined {
  let end = verbAt;
  let insertion: PersonMention | undefined;
  for (let guard = 0; guard < 4; guard++) {
    const head = sentence.slice(0, end).replace(/\s+(?:\p{Ll}+ly|also|then|has|had|will|would|later|again|once|on \p{Lu}\p{Ll}+day)\s*$/u, '');
    const trimmed = head.trimEnd();
    if (!trimmed.endsWith(',')) {
      // The last name before the verb, across any appositive that follows it ("X, the chair of Y").
      const last = mentions.filter((mention) => mention.end <= trimmed.length).pop();
      const between = last ? sentence.slice(last.end, trimmed.length) : '';
      if (last && between.length <= 200 && !/[“”"‘’;:]/.test(between) && (between.length <= 40 || between.startsWith(','))) return last.personKey;
      return insertion?.personKey;
    }
    const open = trimmed.lastIndexOf(',', trimmed.length - 2);
    if (open < 0) return insertion?.personKey;
    insertion = mentions.filter((mention) => mention.start > open && mention.end < trimmed.length).pop() ?? insertion;
    end = open;
  }
  return insertion?.personKey;
}

/** "said Karen Doyle, chief executive of …": the name right after the verb, titles allowed. */
function invertedSpeaker(sentence: string, afterVerb: number, mentions: PersonMention[]): string | undefined {
  const next = mentions.find((mention) => mention.start >= afterVerb && mention.start <= afterVerb + 60);
  if (!next) return undefined;
  const between = sentence.slice(afterVerb, next.start);
  return /^\s*(?:[\p{Lu}][\p{L}.’'-]*\s+){0,5}$/u.test(between) ? next.personKey : undefined;
}

/** A quote that is its own sentence ("“That door is closed.”") continues the previous speaker. */
function standsAlone(sentence: string, quote: { start: number; end: number }, continuesParagraphQuote: boolean): boolean {
  if (continuesParagraphQuote) return true;
  const outside = (sentence.slice(0, Math.max(0, quote.start - 1)) + sentence.slice(quote.end + 1)).replace(/[\s.,!?;:“”"’']/g, '');
  return outside.length === 0;
}
