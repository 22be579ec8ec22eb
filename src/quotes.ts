import type { Article } from './types.js';
import type { PeopleIndex, PersonMention } from './people.js';
import type { SentenceRecord } from './passages.js';
import { SPEECH_VERBS } from './vocabulary.js';

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

/** Finds the quoted stretches of a paragraph, curly or straight, including one left open at its end. */
export function findQuoteSpans(paragraph: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  for (let i = 0; i < paragraph.length; i++) {
    const mark = paragraph[i];
    if (mark !== '“' && mark !== '”' && mark !== '"') continue;
    const before = paragraph[i - 1] ?? ' ';
    const opens = mark === '“' || (mark === '"' && openAt < 0 && /[\s(\[—–-]/.test(before));
    if (opens && openAt < 0) openAt = i + 1;
    else if (!opens && openAt >= 0) {
      if (i > openAt) spans.push({ start: openAt, end: i, open: false });
      openAt = -1;
    }
  }
  if (openAt >= 0 && paragraph.length > openAt) spans.push({ start: openAt, end: paragraph.length, open: true });
  return spans;
}

/**
 * Extracts every direct quote with its speaker. The speaker is found as news attributes speech:
 * after the quote ("…," Umerov said / said Karen Doyle), before it (X said the plan was a "…"),
 * through a pronoun (she said) that points to the last person named, or, for a quote that stands
 * alone, the speaker of the quote before it. A quote no one is attributed to is left out.
 */
export function extractQuotes(articles: Article[], sentences: SentenceRecord[], people: PeopleIndex): Quote[] {
  const quotes: Quote[] = [];
  const sentencesByParagraph = new Map<string, SentenceRecord[]>();
  for (const sentence of sentences) {
    const key = `${sentence.article}#${sentence.paragraph}`;
    sentencesByParagraph.set(key, [...(sentencesByParagraph.get(key) ?? []), sentence]);
  }
  for (const article of articles) {
    let lastSpeaker: string | undefined; // the last person quoted
    let lastNamed: string | undefined; // the last person named, for pronouns
    let runsOn = false; // the previous paragraph ended inside a quote
    for (const paragraph of article.paragraphs) {
      if (!paragraph.isStory) continue;
      const paragraphSentences = sentencesByParagraph.get(`${article.id}#${paragraph.number}`) ?? [];
      const offsets = sentenceOffsets(paragraph.text, paragraphSentences);
      const spans = findQuoteSpans(paragraph.text);
      const continuesQuote = runsOn && /^[“"]/.test(paragraph.text);
      runsOn = false;
      for (const [k, sentence] of paragraphSentences.entries()) {
        const sentenceStart = offsets[k];
        const sentenceEnd = sentenceStart + sentence.text.length;
        const inSentence = spans.filter((span) => span.start >= sentenceStart && span.start < sentenceEnd);
        const mentions = people.mentionsBySentence.get(sentence.id) ?? [];
        const outside = (mention: PersonMention) =>
          !spans.some((span) => sentenceStart + mention.start >= span.start && sentenceStart + mention.start < span.end);
        for (const span of inSentence) {
          const local = { start: span.start - sentenceStart, end: Math.min(span.end, sentenceEnd) - sentenceStart };
          const speaker =
            speakerAfter(sentence.text, local.end, mentions.filter(outside), lastNamed) ??
            speakerBefore(sentence.text, local.start, mentions.filter(outside), lastNamed) ??
            (standsAlone(sentence.text, local, continuesQuote && k === 0) ? lastSpeaker : undefined);
          const text = paragraph.text.slice(span.start, span.end).trim();
          if (speaker && text.replace(/[^\p{L}\p{N}]/gu, '').length >= 2) {
            quotes.push({ article: article.id, paragraph: paragraph.number, text, speakerKey: speaker, sentenceId: sentence.id });
            lastSpeaker = speaker;
          }
          if (span.open) runsOn = true;
        }
        const named = mentions.filter(outside);
        if (named.length) lastNamed = named[named.length - 1].personKey;
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

/** "…,” Umerov said" / "…," said Interior Minister Leila Haddad / "…,” she said". */
function speakerAfter(sentence: string, quoteEnd: number, mentions: PersonMention[], lastNamed?: string): string | undefined {
  const after = sentence.slice(quoteEnd + 1);
  const verb = SPEECH_VERB.exec(after);
  if (!verb || verb.index > 160 || /[“"]/.test(after.slice(0, verb.index))) return undefined;
  const from = quoteEnd + 1;
  // Inversion: the name stands right after the verb.
  const inverted = mentions.find((mention) => mention.start >= from + verb.index + verb[0].length && mention.start <= from + verb.index + verb[0].length + 40);
  const subject = mentions.find((mention) => mention.start >= from && mention.start < from + verb.index);
  if (subject) return subject.personKey;
  if (PRONOUN_SUBJECT.test(after.slice(0, verb.index))) return lastNamed;
  if (inverted && /^\s*(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}$/u.test(after.slice(verb.index + verb[0].length, inverted.start - from)))
    return inverted.personKey;
  return undefined;
}

/** X said the talks were a “staged, empty process” / He said, as …, “…”. */
function speakerBefore(sentence: string, quoteStart: number, mentions: PersonMention[], lastNamed?: string): string | undefined {
  const before = sentence.slice(0, quoteStart - 1);
  const verbs = [...before.matchAll(new RegExp(SPEECH_VERB.source, 'gu'))];
  if (verbs.length === 0) return undefined;
  const verb = verbs[0];
  const subject = mentions.filter((mention) => mention.start < verb.index!).pop();
  const clause = before.slice(subject ? subject.end : 0, verb.index);
  if (subject && !/[“”"]/.test(clause)) return subject.personKey;
  if (PRONOUN_SUBJECT.test(before.slice(0, verb.index))) return lastNamed;
  return undefined;
}

/** A quote that is its own sentence ("“That door is closed.”") continues the previous speaker. */
function standsAlone(sentence: string, quote: { start: number; end: number }, continuesParagraphQuote: boolean): boolean {
  if (continuesParagraphQuote) return true;
  const outside = (sentence.slice(0, Math.max(0, quote.start - 1)) + sentence.slice(quote.end + 1)).replace(/[\s.,!?;:“”"’']/g, '');
  return outside.length === 0;
}
