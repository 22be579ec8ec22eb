import type { Article } from './types.js';
import type { PeopleIndex, PersonMention } from './people.js';
import type { SentenceRecord } from './passages.js';
import { isHonorific, isRoleNoun, roleWords, SPEECH_VERB_ALTERNATIVES as SPEECH } from './vocabulary.js';
import { groupBy } from './derived.js';
import { hasTag } from './lexicon.js';
import { normalizeForMatch, STOP_WORDS } from './text.js';

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

const SPEECH_VERB = new RegExp(`\\b(?:${SPEECH})\\b`, 'u');
// Every speech verb of a text, for matchAll (which copies the pattern, so sharing it is safe).
const SPEECH_VERB_GLOBAL = new RegExp(SPEECH_VERB.source, 'gu');
const PRONOUN_SUBJECT = /\b(he|she|they)\b/i;
const PRONOUN_REPORTS = new RegExp(`^(He|She|They)\\s+(?:\\p{Ll}+ly\\s+|also\\s+)?(?:${SPEECH})\\b`, 'u');
// "…, with the auction likely in March, Pendharkar said.": reported speech tagged at its end.
const TRAILING_TAG = new RegExp(`,\\s+(?:(?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,5}|(he|she|they)\\s+)(?:${SPEECH})(?:\\s+[^,;“”"]{1,40})?[.!]?$`, 'u');
const SPEECH_TAG = new RegExp(`^(?:(?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,5}|(?:[Hh]e|[Ss]he|[Tt]hey)\\s+)(?:\\p{Ll}+ly\\s+)?(?:${SPEECH})\\b`, 'u');
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
 * through a pronoun (she said) that points to the one who last spoke or was last named, through a
 * description ("the sergeant said") of someone named with that role, or, for a quote that stands
 * alone, the last speaker, quoted or reported ("X said the talks had failed"). A quote no one is
 * attributed to is left out.
 */
export function extractQuotes(articles: Article[], sentences: SentenceRecord[], people: PeopleIndex): Quote[] {
  const quotes: Quote[] = [];
  const sentencesByParagraph = groupBy(sentences, (sentence) => `${sentence.article}#${sentence.paragraph}`);
  const sentencesByArticle = groupBy(sentences, (sentence) => sentence.article);
  for (const article of articles) {
    let lastSpeaker: string | undefined; // the last person quoted
    const named: string[] = []; // people named so far, latest last, for pronouns
    let runsOn = false; // the previous paragraph ended inside a quote
    const authors = new Map<string, string>(); // "statement" → who issued the statement the story quotes
    let answerer: string | undefined; // in an interview, the one the questions are put to
    const cast = articlePeople(sentencesByArticle.get(article.id) ?? [], people); // everyone the story names, for a lede that names no one yet
    for (const paragraph of article.paragraphs) {
      if (!paragraph.isStory || isQuotedHeading(paragraph.text)) continue;
      const paragraphSentences = sentencesByParagraph.get(`${article.id}#${paragraph.number}`) ?? [];
      const offsets = sentenceOffsets(paragraph.text, paragraphSentences);
      const spans = findQuoteSpans(paragraph.text);
      const continuesQuote = runsOn && /^[“"‘]/.test(paragraph.text);
      const voice = transcriptVoice(paragraph.text, cast, people);
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
        const speakersHere: string[] = []; // who speaks in this sentence, in order
        for (const span of spans.filter((span) => span.start >= offsets[k] && span.start < sentenceEnd)) {
          const next = spans[spans.indexOf(span) + 1];
          // A quote of several sentences is attributed from the sentence where it ends.
          let last = sentenceAt(Math.max(span.start, span.end - 1));
          // "“…?” Castellanos asked.": after "?" or "!" the tag stands as a sentence of its own.
          if (last + 1 < paragraphSentences.length && endsSentenceAt(paragraph.text, span, offsets[last] + paragraphSentences[last].text.length) && isSpeechTag(paragraphSentences[last + 1].text))
            last++;
          const windowStart = offsets[k];
          const window = paragraph.text.slice(windowStart, offsets[last] + paragraphSentences[last].text.length);
          const mentions = mentionsAt
            .slice(k, last + 1)
            .flat()
            .map((mention) => ({ ...mention, start: mention.start - windowStart, end: mention.end - windowStart }));
          const local = { start: span.start - windowStart, end: span.end - windowStart };
          // "X said the plan was “…”, and welcomed what he called “…”": a pronoun may stand for the one
          // this sentence already quoted (not for anyone else it names: "X said Y had signed, and he …" is X).
          // The sentence's own subject counts too: "Its legal adviser, X, put it with feeling: the holdouts, he said, were “…”".
          const opener = mentionsAt[k][0];
          const subjectHere = opener && OPENS_ON_SUBJECT.test(paragraph.text.slice(offsets[k], opener.start)) ? [opener.personKey] : [];
          const namedHere = [...named, ...subjectHere, ...speakersHere];
          const pronoun = (word: string) => resolvePronoun(word, namedHere, people);
          const described = (noun: string) => (DOCUMENT_NOUN.test(noun) ? authors.get(noun) : describedPerson(noun, named, people, cast));
          const text = paragraph.text.slice(span.start, span.end).trim();
          const explicit = speakerAfter(window, local.end, mentions, pronoun, described) ?? speakerBefore(window, local.start, mentions, pronoun, described);
          let speaker = explicit ?? (voice && FIRST_PERSON_SPEECH.test(window.slice(0, local.start)) ? voice : undefined);
          if (speaker) answerer = undefined;
          else if (standsAlone(window, local, continuesQuote && k === 0)) {
            // An interview: a question standing alone and answered by the next quote ("“Will you
            // run?” “No,” she said.") or put after "asked her" is the interviewer's; the quotes
            // standing alone between the questions are the answers of the one asked.
            const answered = !!next && /^[”"’]?\s*[“"‘]?$/.test(paragraph.text.slice(span.end, next.start));
            if (/\?$/.test(text) && (answered || answerer) && !(continuesQuote && k === 0)) {
              answerer ??= lastSpeaker;
              speaker = undefined;
            } else speaker = answerer ?? lastSpeaker;
          } else if (lastSpeaker && ownsTheView(window.slice(0, local.start), pronoun) === lastSpeaker) speaker = lastSpeaker;
          else speaker = viewHolder(window.slice(0, local.start), mentions) ?? heldView(window.slice(0, local.start), pronoun);
          if (speaker && speaker !== UNNAMED && text.replace(/[^\p{L}\p{N}]/gu, '').length >= 2)
            quotes.push({ article: article.id, paragraph: paragraph.number, text, speakerKey: speaker, sentenceId: sentence.id });
          if (speaker) lastSpeaker = speaker;
          if (speaker && speaker !== UNNAMED) speakersHere.push(speaker);
          if (span.open) runsOn = true;
        }
        const sentenceMentions = mentionsAt[k].map((mention) => ({ ...mention, start: mention.start - offsets[k], end: mention.end - offsets[k] }));
        // "A second negotiator … was blunter. “…,” he said": someone unnamed is now the one spoken of.
        // Words inside a quote ("A tired doctor … is not a safe doctor," he said) describe no one in the story.
        const opensInQuote = spans.some((span) => span.start <= offsets[k] && span.end > offsets[k]);
        if (sentenceMentions.length === 0 && !opensInQuote && opensWithUnnamedPerson(sentence.text)) named.push(UNNAMED);
        // "…, the deputy minister was asked whether …. “…,” he said": a title names the one spoken of.
        const titled = sentenceMentions.length === 0 ? describedSubject(sentence.text) : undefined;
        const titledPerson = titled && describedPerson(titled, named, people, cast);
        if (titledPerson) named.push(titledPerson);
        // "X said the talks had failed": reported speech gives X the floor, as a quote would.
        if (!spans.some((span) => span.start < offsets[k] + sentence.text.length && span.end > offsets[k])) {
          const reporter = reportedSpeaker(
            sentence.text,
            sentenceMentions,
            (word) => resolvePronoun(word, named, people),
            (noun) => (DOCUMENT_NOUN.test(noun) ? authors.get(noun) : describedPerson(noun, named, people, cast)),
          );
          if (reporter) lastSpeaker = reporter;
          if (reporter) answerer = undefined;
          // "The Ledger asked her about the vote.": someone unnamed now puts questions to the last speaker.
          else if (lastSpeaker && lastSpeaker !== UNNAMED && PUT_QUESTION.test(sentence.text)) answerer = lastSpeaker;
          if (reporter) speakersHere.push(reporter);
        }
        for (const mention of mentionsAt[k]) named.push(mention.personKey);
        // "In a statement, X said …": "the statement said" later in the story is X speaking.
        for (const [noun, author] of documentAuthors(sentence.text, speakersHere, sentenceMentions)) authors.set(noun, author);
        // The one who speaks is whom a pronoun next means ("“…,” X said of Y. He added …" is X).
        if (speakersHere.length) named.push(speakersHere[speakersHere.length - 1]);
        // "X said in a statement:" introduces the quote that follows, in this paragraph or the next;
        // so does "X issued the following statement:", as a press release puts it.
        const introduces = /\b(?:said|says|added|wrote|told [\w\s]{1,30}|declared|stated|(?:issued|released|made|read|delivered) (?:the following|this|a|the) (?:[\w-]+ )?(?:statement|remarks))\b[^“”"]*:\s*$/.exec(sentence.text);
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
type DescriptionResolver = (noun: string) => string | undefined;

/** What may stand before a sentence's subject: nothing, or its role ("Its legal adviser, "). */
const OPENS_ON_SUBJECT = /^\W*(?:(?:The|Its|Their|His|Her|A|An)\s+[^,;“”"]{0,60},\s+)?$/;

/**
 * "the sergeant said", "The judge called …": a definite description names someone already in
 * the story, the latest person named whose role has that noun ("Sgt. X" is a sergeant).
 */
function describedPerson(noun: string, named: string[], people: PeopleIndex, cast: string[]): string | undefined {
  // "said the Dane": a nationality stands for the person last named.
  // "added the 31-year-old" too.
  if (isDemonym(noun) || AGE_NOUN.test(noun)) return [...named].reverse().find((key) => key !== UNNAMED);
  const lower = noun.toLowerCase();
  const kind = KIND_OF_ROLE[lower];
  const hasRole = (key: string, plainly = false) =>
    !!people.personByKey.get(key)?.roles.some((role) => {
      const words = roleWords(role.role);
      const at = kind ? words.findIndex((word, k) => kind.test(`${word} ${words[k + 1] ?? ''}`)) : words.indexOf(lower);
      return at >= 0 && !(plainly && SECOND_IN_RANK.test(words[at - 1] ?? ''));
    });
  // "the mayor replied" means the mayor, however long ago named, not the deputy mayor named since;
  // the deputy only when no one else is.
  const latest = [...named].reverse();
  const recent = latest.slice(0, 12);
  const holder = recent.find((key) => hasRole(key, true)) ?? latest.find((key) => hasRole(key, true)) ?? recent.find((key) => hasRole(key));
  if (holder) return holder;
  // A lede tells who before it names them ("The envoy … said on Tuesday"; "The envoy, Radu
  // Vasile, …" follows): before anyone is named, the one person in the story with that role.
  if (named.some((key) => key !== UNNAMED)) return undefined;
  const holders = cast.filter((key) => hasRole(key));
  return holders.length === 1 ? holders[0] : undefined;
}

/**
 * "the diplomat said" of a foreign minister, "the lawmaker said" of a senator: a noun for a kind of
 * post, which news uses for someone named with the post itself. Each tests a role word and the next.
 */
const KIND_OF_ROLE: Record<string, RegExp> = {
  diplomat: /^(?:diplomat|ambassador|envoy|consul|foreign minister|foreign secretary|chargé)\b/,
  lawmaker: /^(?:lawmaker|legislator|senator|congressman|congresswoman|representative|assemblyman|assemblywoman|assemblymember|mp|mla|mep)\b/,
};
KIND_OF_ROLE.legislator = KIND_OF_ROLE.lawmaker;

const SECOND_IN_RANK = /^(?:deputy|vice|assistant|associate|former|ex|acting|interim)$/;

// "I told him on Monday, “…”": in a transcript, the one whose name labels the paragraph.
const FIRST_PERSON_SPEECH = new RegExp(`\\b(?:I|we)\\s+(?:\\p{Ll}+ly\\s+)?(?:${SPEECH})\\b`, 'u');

/** "PROVINCIAL MINISTER KHUMALO: …": the person a transcript's label in capitals names, by family name. */
function transcriptVoice(paragraph: string, cast: string[], people: PeopleIndex): string | undefined {
  const label = /^(?:\p{Lu}[\p{Lu}.'’-]*\s+){0,4}(\p{Lu}[\p{Lu}'’-]+):\s/u.exec(paragraph);
  if (!label) return undefined;
  const surname = normalizeForMatch(label[1]);
  const matches = cast.filter((key) => normalizeForMatch(people.personByKey.get(key)?.surname ?? '') === surname);
  return matches.length === 1 ? matches[0] : undefined;
}

/** The people an article's sentences name, by first mention. */
function articlePeople(sentences: SentenceRecord[], people: PeopleIndex): string[] {
  const keys = new Set<string>();
  for (const sentence of sentences) for (const mention of people.mentionsBySentence.get(sentence.id) ?? []) keys.add(mention.personKey);
  return [...keys];
}

/** The subject "the <role noun>" (one or two words before it allowed) right before a speech verb. */
function definiteSpeaker(subject: string, described: DescriptionResolver): string | undefined {
  // "the association's President added": a possessive may stand before the noun, and a title's
  // other words before its last ("the Resident Coordinator said"); "the Secretary-General said".
  // A dateline may lead ("GENEVA – The envoy …"), and a participle phrase follow the noun ("The envoy mediating between …").
  const match = /^\s*,?\s*(?:\p{Lu}[\p{Lu} ]+\s*[–—-]+\s*)?[Tt]he\s+(?:[\p{Ll}-]+\s+|\p{Lu}[\p{Ll}-]+\s+(?=\p{Lu})|\p{L}[\p{L}-]*['’]s\s+){0,2}?([\p{Ll}-]+|\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)*|\d{1,3}-year-old)(?:\s+\p{Ll}+ing\s[^,;]*)?\s*$/u.exec(subject);
  return match && (isRoleNoun(match[1]) || DOCUMENT_NOUN.test(match[1]) || isDemonym(match[1]) || AGE_NOUN.test(match[1])) ? described(match[1]) : undefined;
}

/** "the Dane", "the Brazilian": tabloids call a person by nationality once the name is given. */
const isDemonym = (word: string) => /^\p{Lu}\p{Ll}+$/u.test(word) && hasTag(word, 'Demonym');
/** "the 31-year-old": sports and tabloid pages call a person by age once the name is given. */
const AGE_NOUN = /^\d{1,3}-year-old$/;

/** "…," said the Dane: the described person right after the verb. */
function describedAfter(afterVerb: string, described: DescriptionResolver): string | undefined {
  const noun = /^\s+the\s+(\p{Lu}\p{Ll}+|\d{1,3}-year-old)\s*[.,!?]?\s*$/u.exec(afterVerb)?.[1];
  return noun && (isDemonym(noun) || AGE_NOUN.test(noun)) ? described(noun) : undefined;
}

const PUT_QUESTION = /\b(?:asked|pressed|questioned)\s+(?:her|him|them)\b/;

/** What a person issues in writing and news then quotes as the speaker ("the statement said"). */
const DOCUMENT_NOUN = /^(?:statement|letter|release|email|e-mail|memo|memorandum|message|post|filing|affidavit|announcement|notice)$/;
const DOCUMENT_MENTION = /\b(?:[Ii]n|[Vv]ia|[Tt]hrough|issued|released|posted|sent|[Aa]ccording to)\s+(?:a|an|the|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(statement|letter|release|email|e-mail|memo|memorandum|message|post|filing|affidavit|announcement|notice)\b(?:\s+(?:from|by|issued by|signed by)\s+)?/gu;

/**
 * The documents a sentence says someone issued: "In a statement, X said" / "X wrote in a letter" /
 * "X issued a statement" (the sentence's speaker) or "according to a statement from X" (the name right after "from").
 */
function documentAuthors(sentence: string, speakers: string[], mentions: PersonMention[]): [string, string][] {
  const found: [string, string][] = [];
  for (const match of sentence.matchAll(DOCUMENT_MENTION)) {
    const end = match.index! + match[0].length;
    const after = /\s(?:from|by)\s+$/.test(match[0]) ? mentions.find((mention) => mention.start >= end && /^(?:[\p{Lu}][\p{L}.’'-]*\s+){0,5}$/u.test(sentence.slice(end, mention.start))) : undefined;
    const author = after?.personKey ?? speakers[speakers.length - 1];
    if (author) found.push([match[1], author]);
  }
  return found;
}

/** "On the steps, the deputy minister was asked …": the role noun of a definite subject, opening the sentence or its main clause. */
function describedSubject(sentence: string): string | undefined {
  const subject = /(?:^|,\s+)[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s+(?:was|is|were|has|had|would|will|\p{Ll}+ed)\b/u.exec(sentence)?.[1];
  return subject && isRoleNoun(subject) ? subject : undefined;
}

/** "A second negotiator who …": a sentence that opens on someone it does not name. */
function opensWithUnnamedPerson(sentence: string): boolean {
  const opening = /^(?:A|An|Another|One)\s+((?:[\p{L}-]+\s+){0,3}[\p{Ll}-]+)/u.exec(sentence);
  // "A soft-spoken man with a taste for poetry, he gave no ground": the phrase describes the one a pronoun then names.
  if (/^[^,]{0,120},\s+(?:he|she)\s/u.test(sentence)) return false;
  return !!opening && opening[1].split(/\s+/).some((word) => /^\p{Ll}/u.test(word) && isRoleNoun(word));
}

/**
 * "X said …" / "X, the union's leader, told …" / "She added …" / "The governor said …": who reports,
 * when the sentence opens on them; a definite description ("the governor") names the latest
 * person named with that role.
 */
function reportedSpeaker(sentence: string, mentions: PersonMention[], pronoun: PronounResolver, described: DescriptionResolver): string | undefined {
  // "Speaking at a press conference this morning, the minister said:": the subject follows the participle's clause.
  const lead = LEADING_PARTICIPLE.exec(sentence)?.[0].length;
  if (lead) {
    const shifted = mentions.filter((mention) => mention.start >= lead).map((mention) => ({ ...mention, start: mention.start - lead, end: mention.end - lead }));
    return reportedSpeaker(sentence.slice(lead), shifted, pronoun, described);
  }
  const trailing = TRAILING_TAG.exec(sentence);
  if (trailing) return trailing[1] ? pronoun(trailing[1]) : mentions.find((mention) => mention.start > trailing.index && mention.start <= trailing.index + 40)?.personKey;
  const first = mentions[0];
  const opensOnName = !!first && /^(?:\p{Lu}[\p{L}.’'-]*\s+){0,5}$/u.test(sentence.slice(0, first.start));
  const opensOnDescription = !opensOnName && /^The\s/.test(sentence);
  // Most sentences open on neither a name, a pronoun nor "The": they need no search for a verb.
  if (!opensOnName && !opensOnDescription && !/^(?:He|She|They)\s/.test(sentence)) return undefined;
  const verb = SPEECH_VERB.exec(sentence);
  if (!verb) return undefined;
  if (opensOnDescription) return definiteSpeaker(sentence.slice(0, verb.index).replace(/\s(?:\p{Ll}+ly|also|then)\s+$/u, ' '), described);
  if (opensOnName && first.start < verb.index)
    return subjectBefore(sentence, verb.index, mentions) === first.personKey ? first.personKey : undefined;
  const pronounWord = PRONOUN_REPORTS.exec(sentence);
  return pronounWord ? pronoun(pronounWord[1]) : undefined;
}

const LEADING_PARTICIPLE = /^(?:Speaking|Addressing|Writing|Responding|Answering|Asked|Pressed|Interviewed|Questioned)\b[^,;“”"]*,\s+/;

/** Whether the quote closes its sentence with "?" or "!" ("“…?” X asked" splits there). */
function endsSentenceAt(paragraph: string, span: QuoteSpan, sentenceEnd: number): boolean {
  return /[?!]$/.test(paragraph.slice(span.start, span.end).trim()) && /^[”"’'\s]*$/.test(paragraph.slice(span.end, sentenceEnd));
}

/** "Castellanos asked from the bench." / "She asked.": a sentence that is only a speech tag. */
function isSpeechTag(sentence: string): boolean {
  return SPEECH_TAG.test(sentence);
}

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
function speakerAfter(sentence: string, quoteEnd: number, mentions: PersonMention[], pronoun: PronounResolver, described: DescriptionResolver): string | undefined {
  const from = quoteEnd + 1;
  const after = sentence.slice(from);
  // "“…,” according to X, a parent." reads as "X said".
  const according = /^[\s,]*according to\s+/i.exec(after);
  if (according) return accordingTo(sentence, from + according[0].length, mentions);
  const verb = SPEECH_VERB.exec(after);
  if (!verb || verb.index > 160 || /[“"‘]/.test(after.slice(0, verb.index))) return undefined;
  // "… said the plan was “flawed”, and welcomed what he called “…”": a verb in a new clause
  // that leads into the next quote is that quote's, not this one's.
  if (/\b(?:and|but|while|whereas|then)\b/.test(after.slice(0, verb.index)) && /^[^“"‘.;]{0,40}[“"‘]/.test(after.slice(verb.index + verb[0].length))) return undefined;
  // "X said that a “dedicated cell” … was following each case, but she declined to say …": a verb
  // past a new clause is said of something else.
  if (/,\s+(?:but|while|whereas|though|although)\s/.test(after.slice(0, verb.index))) return undefined;
  const verbAt = from + verb.index;
  const subject = subjectBefore(sentence, verbAt, mentions.filter((mention) => mention.start >= from));
  if (subject) return subject;
  const pronounWord = PRONOUN_SUBJECT.exec(after.slice(0, verb.index));
  if (pronounWord) return pronoun(pronounWord[1]);
  return (
    invertedSpeaker(sentence, verbAt + verb[0].length, mentions) ??
    definiteSpeaker(after.slice(0, verb.index), described) ??
    describedAfter(sentence.slice(verbAt + verb[0].length), described) ??
    unnamedSpeaker(after.slice(0, verb.index), sentence.slice(verbAt + verb[0].length))
  );
}

/**
 * "…,” the official said" / "…," said a senior official: someone unnamed has the floor, so the
 * quotes that follow are not the last named speaker's.
 */
function unnamedSpeaker(beforeVerb: string, afterVerb: string): string | undefined {
  const unnamed = /^\s*,?\s*(the|a|an|one|another|two|three|several|some)\s+[\p{Ll}\s'’-]{1,60}$/u;
  // "said a Red Crescent official": capitalised words may stand in the description, whose noun
  // names a person ("said the final agreement guarantees …" is reported speech, not a speaker).
  const described = /^\s+(?:the|a|an|one|another)\s+((?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+)/u.exec(afterVerb);
  const describesPerson = !!described && described[1].split(/\s+/).some((word) => /^\p{Ll}/u.test(word) && isRoleNoun(word));
  return unnamed.test(beforeVerb) || (/^\s*$/.test(beforeVerb) && describesPerson) ? UNNAMED : undefined;
}

/** X said the talks were a “staged, empty process” / He said, as …, “…” / said X, “…”. */
function speakerBefore(sentence: string, quoteStart: number, mentions: PersonMention[], pronoun: PronounResolver, described: DescriptionResolver): string | undefined {
  const before = sentence.slice(0, Math.max(0, quoteStart - 1));
  // "The elder, who said he had received nothing, described the talks as “…”": a verb inside a
  // relative clause does not introduce the quote when another verb follows it.
  const found = [...before.matchAll(SPEECH_VERB_GLOBAL)];
  const inRelative = (verb: RegExpMatchArray) => /,\s*who\s+(?:[^,]*\s)?$/.test(before.slice(0, verb.index));
  const verbs = found.length > 1 && inRelative(found[0]) ? found.slice(1) : found;
  // "X said the town would wait, and Y said the firm was “prepared to wait”": the clause the quote
  // stands in has its own speaker, tried before those of the clauses ahead of it.
  const clauseStart = Math.max(-1, ...[...before.matchAll(/[,;]\s+(?:and|but|while|whereas)\s+|;\s+/g)].map((match) => match.index!));
  if (clauseStart >= 0) verbs.sort((a, b) => Number(b.index! > clauseStart) - Number(a.index! > clauseStart));
  const according = /\b[Aa]ccording to\s+/.exec(before);
  if (according && (verbs.length === 0 || verbs[0].index! > according.index)) {
    const source = accordingTo(sentence, according.index + according[0].length, mentions);
    // "according to its president, X, who called the plan “…”": the speech verb after it still tells.
    if (source || verbs.length === 0) return source;
  }
  // "In a video posted on Tuesday, he had a message for members: “…”": the clause the colon ends has
  // the speaker, before any speech verb elsewhere in the sentence.
  const colon = colonSpeaker(before, mentions, pronoun);
  if (verbs.length === 0) return accountHolder(sentence, before.length, mentions) ?? colon ?? judgesFinding(sentence, before, mentions);
  if (colon) return colon;
  // "…, which consumer groups had demanded, and Ms X conceded that …": a verb with no speaker
  // (in a relative clause) gives way to the next.
  for (const verb of verbs) {
    const verbAt = verb.index!;
    // "the DLM said through its spokesperson, X, that it would “…”": the one it speaks through speaks.
    const through = /^\s+(?:through|via)\s+(?:its|their|his|her|a|an|the)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?,\s+/u.exec(before.slice(verbAt + verb[0].length));
    const voice = through && mentions.find((mention) => mention.start === verbAt + verb[0].length + through[0].length);
    if (voice) return voice.personKey;
    const subject = subjectBefore(sentence, verbAt, mentions) ?? coordinatedSubject(before, verbAt, mentions);
    if (subject) return subject;
    // "Asked whether …, the spokesman said": the subject is the clause right before the verb, though
    // a pronoun stands in the clause before it ("Pressed on whether he had set a deadline, the envoy said").
    // "…, whom the deputy minister has in the past dismissed as “…”": the relative's subject speaks.
    const clause = before
      .slice(0, verbAt)
      .split(/[,;]/)
      .pop()!
      .replace(/^(?:.*\s)?(?:whom|which|that|what)\s+(?=[Tt]he\s)/, '')
      .replace(/(?:\s+(?:has|had|have|once|also|previously|repeatedly|in the past|\p{Ll}+ly))+\s*$/u, ' ');
    const definite = definiteSpeaker(clause, described);
    if (definite) return definite;
    const pronounWord = PRONOUN_SUBJECT.exec(before.slice(0, verbAt));
    if (pronounWord) return pronoun(pronounWord[1]);
    const inverted = invertedSpeaker(sentence, verbAt + verb[0].length, mentions);
    if (inverted) return inverted;
  }
  return undefined;
}

/**
 * "X, president of the union, welcomed the deal but said students had been “…”": a second verb
 * joined by "and" or "but" has the subject the sentence opened on, when no one else is named between.
 */
function coordinatedSubject(before: string, verbAt: number, mentions: PersonMention[]): string | undefined {
  if (!/\s(?:and|but)\s+(?:\p{Ll}+ly\s+)?$/u.test(before.slice(0, verbAt))) return undefined;
  const opener = mentions.find((mention) => mention.start <= 3);
  if (!opener || mentions.some((mention) => mention.start > opener.end && mention.start < verbAt)) return undefined;
  return /^\W*$/.test(before.slice(0, opener.start)) ? opener.personKey : undefined;
}

// A judge's finding is written in the court's words: "Judge X found that the deal falls “within the range of possible approval”".
const FINDING = /\b(?:found|finding|concluded|held|determined)\b/g;
const ON_THE_BENCH = /\b(?:[Jj]udge|[Jj]ustice|[Mm]agistrate|[Aa]rbitrator|[Aa]rbiter|[Tt]ribunal|[Cc]oroner)\b/;

/** The judge or arbitrator whose finding the quoted words are, when the sentence has no speech verb. */
function judgesFinding(sentence: string, before: string, mentions: PersonMention[]): string | undefined {
  for (const finding of before.matchAll(FINDING)) {
    const subject = mentions.filter((mention) => mention.end <= finding.index!).pop();
    if (!subject || subjectBefore(sentence, finding.index!, mentions) !== subject.personKey) continue;
    if (ON_THE_BENCH.test(sentence.slice(Math.max(0, subject.start - 40), subject.end))) return subject.personKey;
  }
  return undefined;
}

/** "Raastad's account is that the release was won through “…”": the view is the named person's. */
function accountHolder(sentence: string, quoteStart: number, mentions: PersonMention[]): string | undefined {
  const owner = mentions.filter((mention) => mention.end <= quoteStart).pop();
  return owner && ACCOUNT.test(sentence.slice(owner.end, quoteStart)) ? owner.personKey : undefined;
}

const ACCOUNT = /^(?:['’]s)? ?(?:account|view|argument|case|claim|position|explanation|version|answer|reply|verdict|assessment|reading|diagnosis|theory)\b/;

/** "Speaking to a rally, she was blunter still: “…”": the subject of the clause a colon ends speaks. */
function colonSpeaker(before: string, mentions: PersonMention[], pronoun: PronounResolver): string | undefined {
  if (!/:\s*$/.test(before)) return undefined;
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
  const clause = before.slice(clauseStart);
  // "She put it bluntly: “…”", "he summed it up: “…”".
  const subject = /^\s*(he|she|they)\s+(?:was|were|is|are|had|has|put (?:it|things)|summed (?:it )?up)\b/i.exec(clause);
  if (subject) return pronoun(subject[1]);
  // "When I briefed Premier X, her instruction to me was short: “…”": the words are the one the
  // sentence named before, or else the one the pronoun stands for.
  const owner = /^\s*(his|her|their)\s+(?:[\p{L}-]+\s+){1,4}?(?:was|were|is|are)\b/iu.exec(clause);
  const named = owner && mentions.filter((mention) => mention.end <= clauseStart).pop();
  if (owner) return named ? named.personKey : pronoun(/^her$/i.test(owner[1]) ? 'she' : /^his$/i.test(owner[1]) ? 'he' : 'they');
  const opening = mentions.find((mention) => mention.start >= clauseStart && mention.start <= clauseStart + 3);
  if (opening && /^\s*[^,]*\s(?:was|were|is|are|had|has)\b/.test(before.slice(opening.end))) return opening.personKey;
  // "Goossenaerts, for her part, sounded relaxed as she headed for a taxi: “…”": the one the
  // sentence opens on, with no other person named before the colon, has the floor.
  const opener = mentions.find((mention) => mention.start <= 3);
  const others = mentions.some((mention) => mention.start > (opener?.end ?? 0) && mention.start < before.length && mention.personKey !== opener?.personKey);
  return opener && !others && !/^['’]s?\b/.test(before.slice(opener.end)) && /^\W*$/.test(before.slice(0, opener.start).replace(/\b(?:Mr|Mrs|Ms|Dr)\.?/g, '')) ? opener.personKey : undefined;
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
    // "X, whose son, Daniel, 24, died in the jail, said": the names in the relative clause are not its subject.
    // The clause may quote someone whole: "Szalai, who had warned that Democrats would not accept “…,” called".
    const relative = /,\s+(?:whose|who|which)\b(?:[^“”"]|“[^“”]*”|"[^"]*")*?(?:,|“[^“”]*,”|"[^"]*,")\s*$/u.exec(head);
    if (relative) {
      end = relative.index;
      continue;
    }
    const trimmed = head.trimEnd();
    if (!trimmed.endsWith(',')) {
      // The last name before the verb, across any appositive that follows it ("X, the chair of Y",
      // "Reeve X of the Rural Municipality of Y said").
      const last = mentions.filter((mention) => mention.end <= trimmed.length).pop();
      const between = last ? sentence.slice(last.end, trimmed.length) : '';
      // "In the entourage of Mr X, one admits": a pronoun after the name is the verb's subject.
      const pronounSubject = /^,\s*(?:one|someone|no one|nobody|everyone|he|she|they|we|it|I)\s*$/.test(between);
      // "Mr X, a farmer and District Chief Farmer for Sefwi Bekwai, said": a name in the appositive of
      // the name the clause opens on is not the subject.
      const owner = last && mentions.filter((mention) => mention.end <= last.start).pop();
      if (owner && owner.personKey !== last.personKey && /^,\s+(?:an?\s|the\s|\p{Ll})[^,;:“”"()]*$/u.test(sentence.slice(owner.end, last.start)) && clauseSubject(sentence, mentions, owner.end + 1) === owner.personKey)
        return owner.personKey;
      if (last && !pronounSubject && between.length <= 200 && !/[“”"‘’;:]/.test(between) && (between.length <= 40 || between.startsWith(',') || (/^\s+of\s/.test(between) && between.length <= 90))) return last.personKey;
      return insertion?.personKey;
    }
    const open = lastClauseComma(trimmed, trimmed.length - 2);
    // "Minister X welcomed the deal, saying …": the verb after the clause's comma is its subject's.
    if (open < 0) return insertion?.personKey ?? clauseSubject(sentence, mentions, trimmed.length);
    const inside = mentions.filter((mention) => mention.start > open && mention.end < trimmed.length).pop();
    // "…, the court's president, Judge X of Japan, said": an insertion that is a name alone names
    // the subject the phrase before it describes.
    if (inside && /^\s*(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u.test(sentence.slice(open + 1, inside.start)) && sentence.slice(inside.end, trimmed.length - 1).trim() === '' && insertion === undefined) return inside.personKey;
    insertion = inside ?? insertion;
    end = open;
  }
  return insertion?.personKey;
}

/** The last comma at or before `at` that ends a clause: not the one inside a figure ("$7,500"). */
function lastClauseComma(text: string, at: number): number {
  for (let k = at; k >= 0; k--) if (text[k] === ',' && !(/\d/.test(text[k - 1] ?? '') && /\d/.test(text[k + 1] ?? ''))) return k;
  return -1;
}

/** The person a clause opens with, after any title ("Employment and Labour Minister X welcomed …"). */
function clauseSubject(sentence: string, mentions: PersonMention[], clauseEnd: number): string | undefined {
  const first = mentions.find((mention) => mention.end < clauseEnd);
  return first && /^(?:(?:\p{Lu}[\p{L}.’'-]*|and|of|for|the)\s+){0,6}$/u.test(sentence.slice(0, first.start)) ? first.personKey : undefined;
}

/**
 * The person named right after "according to": "according to X", "according to Gov. X", "according
 * to a statement from X". Anything else ("according to the report") names no speaker.
 */
function accordingTo(sentence: string, from: number, mentions: PersonMention[]): string | undefined {
  const next = mentions.find((mention) => mention.start >= from && mention.start <= from + 80);
  if (!next) return undefined;
  const between = sentence.slice(from, next.start);
  return /^(?:[\p{Lu}][\p{L}.’'-]*\s+){0,5}$/u.test(between) || FROM_DOCUMENT.test(between.replace(/(?:[\p{Lu}][\p{L}.’'-]*\s+){0,5}$/u, '')) ? next.personKey : undefined;
}

const FROM_DOCUMENT = new RegExp(`^(?:a|an|the|his|her|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${DOCUMENT_NOUN.source.replace(/^\^|\$$/g, '')})\\s+(?:from|by|issued by)\\s+`, 'u');

/** "said Karen Doyle, chief executive of …": the name right after the verb, titles allowed. */
function invertedSpeaker(sentence: string, afterVerb: number, mentions: PersonMention[]): string | undefined {
  // "said the vice president of corporate affairs of Minera Huaraccasa, Carmen Ugarte": a role may run long.
  const next = mentions.find((mention) => mention.start >= afterVerb && mention.start <= afterVerb + 100);
  if (!next) return undefined;
  const between = sentence.slice(afterVerb, next.start);
  // "said the Rev. Evert Vandermolen": a title written with its article; "said Local 417 President X": a body's number in it.
  if (/^\s*(?:the\s+(?=\p{Lu}))?(?:\p{Lu}[\p{L}.’'-]*\s+(?:[\p{Lu}\d][\p{L}\d.’'-]*\s+){0,4})?$/u.test(between)) return next.personKey;
  // "said Veldmark's Minister for Trade and Industry Gerrit Hoogeveen": a title with its portfolio.
  const portfolioTitle = /^\s*(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+(?:(?:of|for|and|on|the)\s+)*){1,8}$/u.test(between);
  if (portfolioTitle && between.split(/\s+/).some((word) => isHonorific(word) || isRoleNoun(word))) return next.personKey;
  // "said captain Lucía Ferrandiz", "said union leader X": a bare title, lower case in news style.
  const title = /^\s*((?:[\p{L}.’'-]+\s+){1,3})$/u.exec(between)?.[1].trim().split(/\s+/);
  if (title && !STOP_WORDS.has(title[0].toLowerCase()) && isRoleNoun(title[title.length - 1])) return next.personKey;
  // "said a spokesman for RideCo, Kyle Matuszak", "said the alliance's spokesman, who uses the nom de guerre X".
  const role = ROLE_THEN_NAME.exec(between)?.[1];
  // "said the Vice Minister of Territorial Governance, X": a title's capitals count as well.
  return role && role.split(/\s+/).some((word) => (/^\p{Ll}/u.test(word) || isHonorific(word)) && isRoleNoun(word)) ? next.personKey : undefined;
}

const ROLE_THEN_NAME =
  /^\s*(?:the|a|an|its|his|her|their)\s+([^,;“”"]{1,80}),\s+(?:who\s+[^,;“”"]{0,60}?\b(?:as|by|guerre|name|alias|pseudonym|moniker)\s+)?["“‘]?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u;

/**
 * "By her calculation, the budget will be worth 30% more — “significant, but …”": with no speech
 * verb, a view the sentence gives to "her" or "his" is the one last reported speaking.
 */
function ownsTheView(before: string, pronoun: PronounResolver): string | undefined {
  if (SPEECH_VERB.test(before)) return undefined;
  const owner = /^\W*(?:by|in|to) (her|his) (?:calculations?|reckoning|estimates?|count|view|mind|eyes|telling|account)\b/i.exec(before);
  return owner ? pronoun(/her/i.test(owner[1]) ? 'she' : 'he') : undefined;
}

// "She expects prices to return to normal “in two to three weeks”": a view the pronoun holds.
const PRONOUN_VIEW = /^\W*(he|she|they)\s+(?:also\s+|still\s+|\p{Ll}+ly\s+)?(?:expects?|expected|believes?|believed|thinks?|thought|hopes?|hoped|fears?|feared|predicts?|predicted|reckons?|doubts?|doubted)\b/iu;

/** The one a pronoun stands for, when it opens the sentence with a verb of holding a view. */
function heldView(before: string, pronoun: PronounResolver): string | undefined {
  const holder = PRONOUN_VIEW.exec(before);
  return holder ? pronoun(holder[1]) : undefined;
}

/** "For Dimaculangan, the signing was “the most concrete step”": the view, and its words, are the one named first. */
function viewHolder(before: string, mentions: PersonMention[]): string | undefined {
  const lead = /^\W*For\s+/.exec(before);
  if (!lead || SPEECH_VERB.test(before)) return undefined;
  const holder = mentions.find((mention) => mention.start >= lead[0].length && mention.start <= lead[0].length + 20);
  return holder && /^,\s/.test(before.slice(holder.end)) ? holder.personKey : undefined;
}

/** "‘Narrow by design’": a subheading in quotation marks, a few words with no stop, is no one's words. */
function isQuotedHeading(paragraph: string): boolean {
  const text = paragraph.trim();
  return /^[“"‘'][^“”"‘’.!?]{1,60}[”"’']$/u.test(text) && text.split(/\s+/).length <= 8;
}

/** A quote that is its own sentence ("“That door is closed.”") continues the previous speaker. */
function standsAlone(sentence: string, quote: { start: number; end: number }, continuesParagraphQuote: boolean): boolean {
  if (continuesParagraphQuote) return true;
  const outside = (sentence.slice(0, Math.max(0, quote.start - 1)) + sentence.slice(quote.end + 1)).replace(/[\s.,!?;:“”"’']/g, '');
  return outside.length === 0;
}
