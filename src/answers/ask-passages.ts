import type { Knowledge } from '../knowledge.js';
import { isLedeSentence, paragraphOf, sameParagraph, type SentenceRecord } from '../passages.js';
import { searchSentences } from '../search-index.js';
import { contentTerms, indexTerm, STOP_WORDS, tokenTerm } from '../text.js';
import { hasTag } from '../lexicon.js';
import { EVIDENCE, evidenceStrength, holds, lengthAskedOf, measuredNouns, MONTH_WORDS, nameNear, STRICT, WEEKDAYS, type Expectation } from './question.js';
import { holdsFact, type Reading } from './ask-reading.js';
import { articleTitleTerms, filedFrom, isHeadingLine, isHeadingQuestion, sectionNames, storySubjects } from './story-terms.js';

/*
 * The passages that may answer a question: found by search, scored by how much of the question
 * they hold and whether they hold the kind of fact asked, and sifted for those that can answer.
 */

/** Share of the question's weighted terms a passage must hold to answer it. */
const MIN_COVERAGE = 0.4;
/**
 * The share of the question's terms other than names that a passage must hold when a noun of the
 * question stands nowhere in the articles, in any words: that may be the reader's own word for
 * what the story says otherwise ("money" for a "$420 billion pledge"), or a thing the story never
 * tells of; only a passage holding most of the rest answers.
 */
const STRONG_COVERAGE = 0.75;
/** Figures that may stand in the paragraph after the one naming their subject; a date there is most often another event's. */
const FOLLOWING_FIGURES: Expectation[] = ['tally', 'number', 'amount'];

export interface Scored {
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

/** The passages the search finds for the words, best first, and those among them that can answer. */
export function rankPassages(knowledge: Knowledge, reading: Reading, searched: string[]): { scored: Scored[]; candidates: Scored[] } {
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
    return scorePassage(knowledge, reading, sentence, paragraphKey, terms, result.score / topScore);
  });
  scored.push(...antecedents(knowledge, scored, reading.weights));
  scored.push(...answersToHeadings(knowledge, reading, scored));
  scored.sort((a, b) => b.score - a.score);
  // "Aasgaard declined to say how much the deal would add to the wage bill": the passage that holds
  // the question best says the figure was withheld; another figure is no answer.
  const best = scored[0];
  if (best && STRICT.includes(reading.expectation) && !best.hasEvidence && WITHHELD.test(best.sentence.text) && (best.plainCoverage ?? 0) >= STRONG_COVERAGE)
    return { scored, candidates: [] };
  // "Which board members voted against?": "He would not say which board members voted no" withholds just that.
  if (best && (best.plainCoverage ?? 0) >= WITHHELD_COVERAGE && withholdsTheAsked(reading.question, best.sentence.text)) return { scored, candidates: [] };
  const candidates = scored.filter((candidate) => !isHeadingQuestion(knowledge, candidate.sentence) && !isSubheading(knowledge, candidate.sentence) && canAnswer(knowledge, reading, candidate));
  // "Where was the treaty signed?": a passage that names the place of the act asked about ("signed on
  // Tuesday in the capital, Chonbulak") answers before one that only holds the question's words
  // ("The treaty was signed by …"); then one that names a place at all ("The deal was closed … at the
  // AASP's offices in Sherman Oaks" for "Where were the talks wrapped up?").
  // The sorts are stable: among passages alike in what they are preferred for, the best scored stays first.
  const prefer = (rank: (candidate: Scored) => number) => candidates.sort((a, b) => rank(b) - rank(a));
  if (reading.expectation === 'place') prefer((candidate) => (placesTheAct(reading, candidate) ? 2 : candidate.hasEvidence ? 1 : 0));
  // "How long will the new contract last?": "a two-year deal" times the very thing asked about, where
  // "keep their retainer for up to 12 months" times something else the passage tells.
  const lengthOf = reading.expectation === 'duration' ? indexTerm(lengthAskedOf(reading.question)?.toLowerCase() ?? '') : null;
  if (lengthOf) {
    const asked = new Set([lengthOf, ...(reading.synonyms.get(lengthOf) ?? [])]);
    prefer((candidate) => Number(timesOneOf(asked, candidate)));
  }
  // "Who voted against the contract?": the one who "cast the lone no vote", not the board that passed it 6-1.
  if (reading.expectation === 'person' && VOTED_AGAINST.test(reading.question)) prefer((candidate) => Number(VOTE_AGAINST_TOLD.test(candidate.sentence.text)));
  // The figure often stands in the paragraph after the one that names the subject
  // ("… the committee voted to back the deal." / "The motion passed 7 to 2.").
  if (candidates.length === 0 && FOLLOWING_FIGURES.includes(reading.expectation)) {
    // A question with a word the articles lack needs an anchor that holds most of the rest, as any answer does.
    // "…, declining to say how much the deal would add": the figure is withheld, not told further on.
    const anchors = scored.filter((candidate) => candidate.coverage >= MIN_COVERAGE && holdsMostBesideUnknown(reading, candidate) && !WITHHELD.test(candidate.sentence.text));
    for (const anchor of anchors.slice(0, 3)) {
      // The figure there is the named one's, not that of another it opens on ("Kazakhstan will keep …").
      const follower = paragraphOf(knowledge.sentences, anchor.sentence.id, 1).find(
        // A heading ("A cost of €1.9 million a year") opens another topic, whatever figure it holds.
        (sentence) =>
          !isHeadingLine(knowledge, sentence) &&
          holdsFact(knowledge, reading.fact, sentence) &&
          (reading.nameRuns.length === 0 || !opensOnOtherName(reading, sentence)) &&
          !countsOtherThanAsked(reading.question, sentence.text),
      );
      if (follower) candidates.push({ ...anchor, paragraphKey: `${follower.article}#${follower.paragraph}`, sentence: follower });
    }
  }
  return { scored, candidates };
}

/** Scores one sentence, in its paragraph, against the question; `searchScore` is its search score relative to the best. */
function scorePassage(knowledge: Knowledge, reading: Reading, sentence: SentenceRecord, paragraphKey: string, terms: Set<string>, searchScore: number): Scored {
  const { weights, synonyms, broader, names, total, plainTotal, expectation, question } = reading;
  // The sentence before, in the same paragraph, is context ("The two have met only once").
  const contextTerms = new Set(contentTerms(sentenceWithContext(knowledge, sentence)));
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
  const hasEvidence = holdsFact(knowledge, reading.fact, sentence);
  const coverage = inParagraph / total;
  // Without the names: a passage about Cobalt Foods does not tell where its headquarters will be.
  const plainCoverage = plainTotal > 0 ? plainHeld / plainTotal : coverage;
  const onlyQuote = /^[“"‘][^”"’]*[”"’]?[.,!?]?$/.test(sentence.text.trim());
  const mentions = knowledge.mentionsBySentence.get(sentence.id) ?? [];
  const namesPerson = expectation === 'person' && mentions.length > 0;
  // "Which judge …": the sentence names someone whose role is that.
  const { roleTerm } = reading;
  const namesRole = roleTerm !== null && mentions.some(({ personKey }) => knowledge.personByKey.get(personKey)?.roles.some(({ role }) => holds(new Set(contentTerms(role)), roleTerm)));
  const score =
    coverage * 2 +
    inSentence / total +
    (hasEvidence ? 0.6 : 0) +
    0.5 * searchScore +
    evidenceStrength(expectation, sentence.text, question) +
    (namesPerson ? 0.4 : 0) +
    (namesRole ? 1 : 0) +
    (reading.verbs.some((verb) => holds(ownTerms, verb)) ? 0.3 : 0) -
    (onlyQuote ? 0.5 : 0) -
    (tellsOfAnEarlierOne(reading, sentence.text) ? EARLIER_PENALTY : 0);
  // Each name the question gives stands in the passage, by one of its words ("Mr. Talbot" for Jasper
  // Talbot), unless the headline names it: the president of this summit is not the next one's.
  const headline = articleTitleTerms(knowledge, sentence.article);
  const subject = storySubjects(knowledge).get(sentence.article);
  const section = sectionNames(knowledge).get(paragraphKey);
  const holdsNames =
    reading.nameRuns.every((run) => run.some((name) => holds(terms, name) || headline.has(name) || !!subject?.has(name) || !!section?.has(name))) &&
    reading.letteredNames.every((name) => name.test(sentence.text));
  return { paragraphKey, sentence, coverage, plainCoverage, hasEvidence, namesRole, holdsNames, score };
}

/** What a passage about an earlier one of the thing asked about gives up ("A previous truce … collapsed after five weeks"). */
const EARLIER_PENALTY = 1;
const EARLIER = /\b(?:previous|earlier|prior|former|past)\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)/giu;

// A count and the noun it counts: "1,250 doctors", "19,000 government doctors".
const COUNTED = /\b(\d[\d,]*)\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)/gu;

/**
 * "How much will it cost to recruit the 1,250 doctors?": a sentence that counts 19,000 doctors, and
 * not 1,250, is about other doctors.
 */
function countsOtherThanAsked(question: string, text: string): boolean {
  for (const [, number, noun] of question.matchAll(COUNTED)) {
    const term = indexTerm(noun);
    if (!term || /^(?:19|20)\d\d$/.test(number) || text.includes(number)) continue;
    for (const [, other, otherNoun] of text.matchAll(COUNTED)) if (other !== number && indexTerm(otherNoun) === term) return true;
  }
  return false;
}

/** Whether the sentence tells of an earlier one of a thing the question asks about, which the question does not. */
function tellsOfAnEarlierOne(reading: Reading, text: string): boolean {
  if (/\b(previous|earlier|prior|former|past|old|first)\b/i.test(reading.question)) return false;
  for (const match of text.matchAll(EARLIER)) {
    const term = indexTerm(match[1].toLowerCase());
    if (term && reading.terms.some((asked) => asked === term || reading.synonyms.get(asked)?.includes(term))) return true;
  }
  return false;
}

/** Whether a capitalised word is a name: one the lexicon knows as a name or a place, or does not know at all ("Under", "Workers" are words). */
function isNameWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (STOP_WORDS.has(lower) || /ly$/.test(lower)) return false;
  if (hasTag(lower, 'ProperNoun') || hasTag(lower, 'Place')) return true;
  return !['Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Adverb', 'Adjective', 'Verb', 'Noun'].some((tag) => hasTag(lower, tag));
}

/** Whether a sentence opens on a name the question does not give ("Kazakhstan will keep …" for "Azmara's quota"). */
function opensOnOtherName(reading: Reading, sentence: SentenceRecord): boolean {
  const opener = /^\W*(\p{Lu}[\p{L}'’-]+)/u.exec(sentence.text)?.[1];
  if (!opener || !isNameWord(opener)) return false;
  const term = indexTerm(opener.toLowerCase());
  return !!term && !reading.nameRuns.some((run) => run.some((name) => holds(new Set([term]), name)));
}

// "He would not say which board members voted no", "declined to say how much": what was not told, and its wh-word.
// "declined to comment on the figures or on which studios had pushed back": the asked-for part may end a list.
const WITHHELD_ASKED = /\b(?:(?:declin(?:ed|es|ing)|refus(?:ed|es|ing)) to|(?:would|did|will) not) (?:say|disclose|reveal|specify|name|comment on|discuss) (?:[^.;]{0,60}? (?:or|and) (?:on )?)??(how|what|when|who|which|whether)\b/i;
const WITHHELD = new RegExp(
  String.raw`\b(?:declin(?:ed|es|ing)|refus(?:ed|es|ing)) to (?:say|disclose|reveal|give|specify|put a figure on)\b|${WITHHELD_ASKED.source}|\bwas not disclosed\b|\bwere not disclosed\b`,
  'i',
);

/** The share of the question a sentence that withholds what it asks must hold: most of it, the wh-word matching besides. */
const WITHHELD_COVERAGE = 0.6;

/** Whether the sentence says the very thing asked was not told: the question opens on the word that follows "would not say". */
function withholdsTheAsked(question: string, text: string): boolean {
  const asked = WITHHELD_ASKED.exec(text)?.[1].toLowerCase();
  if (!asked) return false;
  const opening = question.trim().toLowerCase();
  return asked === 'whether' ? /^(did|does|do|was|were|is|are|has|have|had|will|would)\b/.test(opening) : opening.startsWith(asked + ' ');
}

/** Whether a passage holds enough of a question that has a word the articles lack (any passage, when it has none). */
const holdsMostBesideUnknown = (reading: Reading, candidate: Scored) => !reading.unknown || besideUnknown(reading, candidate) >= STRONG_COVERAGE;

/**
 * The share of the question's plain terms a passage holds; when the unknown noun is the kind asked
 * for ("Which single-use items must countries phase out?"), of the terms beside it, since the answer
 * names the items ("cutlery, cotton buds and sachets"), not the word.
 */
function besideUnknown(reading: Reading, candidate: Scored): number {
  const coverage = candidate.plainCoverage ?? 0;
  if (reading.askedKind.length === 0) return coverage;
  // The weight held, over that of the terms beside the kind (seldom held itself: its noun never is).
  const kind = reading.askedKind.reduce((sum, term) => sum + (reading.weights.get(term) ?? 0), 0);
  const rest = reading.plainTotal - kind;
  return rest > 0 ? (coverage * reading.plainTotal) / rest : coverage;
}

/** Whether a passage can answer: it holds the question's names, enough of its words, and the kind of fact asked. */
function canAnswer(knowledge: Knowledge, reading: Reading, candidate: Scored): boolean {
  const { expectation } = reading;
  if (!candidate.holdsNames) return false;
  const mentions = knowledge.mentionsBySentence.get(candidate.sentence.id) ?? [];
  // Someone named in the sentence must hold the post, or stand beside its word ("its lawyer, X").
  // So does "X, a retired judge, acted as mediator".
  const servesAs = mentions.length > 0 && reading.wantsNamed && new RegExp(`\\b(?:act|serv|sat|sit)\\w*\\s+as\\s+(?:the\\s+|an?\\s+)?(?:[\\p{L}-]+\\s+)?${reading.roleTerm}`, 'iu').test(candidate.sentence.text);
  if (reading.wantsNamed && !(candidate.namesRole || servesAs || (mentions.length && nameNear(candidate.sentence.text, reading.roleTerm!)))) return false;
  if (STRICT.includes(expectation) && !candidate.hasEvidence) return false;
  // "Which city will host …" is answered by a sentence that places something or names the kind ("the
  // rebel-held city"), not by the event alone.
  if (reading.placeKind && !candidate.hasEvidence && !new RegExp(`\\b${reading.placeKind}`, 'i').test(candidate.sentence.text)) return false;
  // "What is the average salary?" asks for an average, however it is worded.
  if (reading.fact.averaged && !candidate.hasEvidence) return false;
  // "What did the delegation say about …?" is answered by its words, quoted.
  // The words may follow in the next sentence: "The judge said she would rule on fees later. In her order, she said she was "not yet persuaded" …".
  if (expectation === 'words' && SAY_QUESTION.test(reading.question) && !candidate.hasEvidence && !quotedNext(knowledge, candidate.sentence)) return false;
  // "Who will run the clearinghouse?": an answer names someone, a body or a country.
  if (expectation === 'person' && !namesSomeone(knowledge, candidate.sentence)) return false;
  // "Who will chair the working group?": a body or a country does not chair; a person does.
  if (reading.personalAct && !mentions.length) return false;
  const context = reading.personalAct || reading.actObject ? sentenceWithContext(knowledge, candidate.sentence) : '';
  // "Who will chair the commission?": the sentence says someone chairs, heads or leads it.
  // "Who leads NASTO?" is answered by "NASTO national president X" too: a post that heads a body.
  const leading = /^who (?:\w+ )?(?:head|heads|headed|lead|leads|led)\b/i.test(reading.question.trim()) ? LEADS_OR_HEADS : LEADS;
  if (reading.personalAct && !leading.test(context)) return false;
  // "Who chairs the working group?": the sentence that names the chair names the group, not other talks,
  // in the same clause as the word for leading: "X, who co-chairs the coalition, told the room that the
  // expert group …" does not say who chairs the group.
  if (reading.actObject && !leadsTheObject(context, reading.actObject, leading, modifierOf(reading.question, reading.actObject))) return false;
  // "Which single-use items …" is answered by the items listed, "Which intelligence service …" by one named.
  if (reading.askedMembers && !MEMBERS[reading.askedMembers].test(candidate.sentence.text)) return false;
  if (countsOtherThanAsked(reading.question, candidate.sentence.text)) return false;
  if (reading.unknown) return holdsMostBesideUnknown(reading, candidate);
  // Naming a judge answers "which judge …" though the question's other words stand elsewhere; so does
  // naming who "stepped in as mediator" answer "Who mediated between the players and the federation?".
  // "How long did the final round of talks go on?": "14 hours of talks" times the very thing asked about.
  // "How many train and tram services were cancelled during the dispute?": "has cancelled more than
  // 3,100 services" counts the noun asked about, done by the verb asked about.
  return candidate.coverage >= (candidate.namesRole || reading.personalAct || timesTheAsked(reading, candidate) || countsTheAsked(reading, candidate) ? MIN_COVERAGE / 2 : MIN_COVERAGE);
}

/**
 * Whether a "how many" question's noun is counted in the passage, a few words from one of the
 * question's verbs: "signed an agreement … that will affect 850 employees" does not count those who signed up.
 */
function countsTheAsked(reading: Reading, candidate: Scored): boolean {
  const { counted } = reading.fact;
  if (reading.expectation !== 'number' || counted.length === 0 || !candidate.hasEvidence || reading.verbs.length === 0) return false;
  const terms = candidate.sentence.text.split(/\s+/).map(tokenTerm);
  const at = (wanted: string[]) => terms.flatMap((term, k) => (term && wanted.some((one) => holds(new Set([term]), one)) ? [k] : []));
  const nouns = at(counted);
  return at(reading.verbs).some((verb) => nouns.some((noun) => Math.abs(noun - verb) <= 5));
}

/** Whether a duration question's noun is the one a stretch of time in the passage is said of. */
function timesTheAsked(reading: Reading, candidate: Scored): boolean {
  if (reading.expectation !== 'duration') return false;
  // "How long did the talks go on?": "nine months of negotiation" times them in the story's word.
  return timesOneOf(new Set(reading.words.flatMap((word) => [word.term, ...(reading.synonyms.get(word.term) ?? [])])), candidate);
}

/** Whether a passage that holds a span of time says it of one of these terms ("a two-year deal"). */
function timesOneOf(terms: Set<string>, candidate: Scored): boolean {
  return candidate.hasEvidence && measuredNouns(candidate.sentence.text).some((noun) => holds(terms, indexTerm(noun) ?? noun));
}


// "is chaired by", "will head", "to lead", "presiding", "led by": a word for leading, not any post ("president").
const LEADS = /\b(chair\w*|presid(e|es|ed|ing)|head(s|ed|ing)?|lead(s|ing|er)?|led|mediat\w*|negotiat\w*|broker\w*|conven\w*|facilitat\w*|run(s|ning)?|ran)\b/i;
// Who heads or leads a body is named by its post as well: its president, chief or director.
const LEADS_OR_HEADS = new RegExp(`${LEADS.source}|\\b(president|chief|director|secretary-general|director-general)\\b`, 'i');

/** Whether a place is named within a few words after one of the question's verbs ("signed on Tuesday in Chonbulak"). */
function placesTheAct(reading: Reading, candidate: Scored): boolean {
  // "Where did the handover take place?": a noun may name the act ("the handover was conducted at …").
  const acts = reading.verbs.filter((verb) => !PLACE_FRAME_VERBS.has(verb)).length ? reading.verbs : [...reading.verbs, ...reading.terms.filter((term) => !reading.names.has(term))];
  if (!candidate.hasEvidence || acts.length === 0) return false;
  // "Where was the meeting held?" is not answered by where the next one is "to be held".
  const past = /^where (?:was|were|did|had)\b/i.test(reading.question.trim());
  const tokens = candidate.sentence.text.split(/\s+/);
  return tokens.some((token, at) => {
    const term = tokenTerm(token);
    if (!term || !acts.includes(term) || (past && /^(be|will|would)$/i.test(tokens[at - 1] ?? ''))) return false;
    return EVIDENCE.place!.test(tokens.slice(at + 1, at + 9).join(' '));
  });
}

// "take place", "happen": verbs that ask where, not what was done.
const PLACE_FRAME_VERBS = new Set(['take', 'happen', 'occur', 'held', 'hold']);

const VOTED_AGAINST = /\bvot\w* (?:against|no)\b|\b(?:opposed|dissented)\b/i;
const VOTE_AGAINST_TOLD = /\bvot\w* (?:against|no)\b|\bno votes?\b|\b(?:opposed|dissent\w*|abstained)\b/i;

const SAY_QUESTION = /^what (?:did|does|do|has|have) .+\bsay\b/i;

/** Whether the sentence after this one, in its paragraph, quotes someone's words. */
function quotedNext(knowledge: Knowledge, sentence: SentenceRecord): boolean {
  const next = knowledge.sentences[sentence.id + 1];
  return !!next && sameParagraph(next, sentence) && /[“"‘][^”"’]{2,}[”"’]/.test(next.text);
}

const MEMBERS = {
  // "cutlery, cotton buds and sachets", "travel bans and asset freezes".
  list: /[\p{L}-]+(?:,| and| or) [\p{L}-]+/u,
  // A capitalised word past the sentence's first, or a first that is no common opener ("Indonesia, which …").
  name: /\S\s+(?:the\s+)?\p{Lu}[\p{L}-]+|^\W*(?!(?:The|A|An|It|Its|This|That|These|Those|They|Their|He|She|His|Her|We|Our|In|On|At|By|For|But|And|Or|Under|After|Before|When|While|If|As)\b)\p{Lu}/u,
};

/**
 * Whether a word for leading and the thing led stand near each other, not across reported speech:
 * "X, who co-chairs the coalition, told the room that the expert group …" leads the coalition.
 */
function leadsTheObject(context: string, object: string, leading: RegExp, modifier?: string): boolean {
  const tokens = context.split(/\s+/);
  const words = tokens.map(bareWord);
  const terms = words.map(indexTerm);
  const leads: number[] = [];
  const objects: number[] = [];
  words.forEach((word, at) => {
    if (leading.test(word)) leads.push(at);
    const term = terms[at];
    // "the patients' group" is the "Patients' Coalition" a story names: a body of people by any name,
    // its kind said just before it ("the working group" is no commission).
    const renamed = term && modifier && GROUP_TERMS.has(object) && GROUP_TERMS.has(term) && [1, 2, 3].some((back) => terms[at - back] === modifier);
    if (term === object || renamed) objects.push(at);
  });
  return leads.some((lead) =>
    objects.some((at) => {
      const between = tokens.slice(Math.min(lead, at) + 1, Math.max(lead, at));
      const reported = between.findIndex((token) => REPORTING.test(token));
      return between.length <= 25 && !(reported >= 0 && between.slice(reported + 1).includes('that'));
    }),
  );
}

/** A token as a lower-case word, without punctuation or a possessive ("Patients’" → "patients"). */
const bareWord = (token: string) =>
  token
    .replace(/[^\p{L}'’-]/gu, '')
    .replace(/['’]s?$/, '')
    .toLowerCase();

/** The word a question puts right before the thing it asks about ("patients'" in "the patients' group"), as an index term. */
function modifierOf(question: string, object: string): string | undefined {
  const words = question.split(/\s+/).map(bareWord);
  const at = words.findIndex((word) => indexTerm(word) === object);
  return at > 0 ? (indexTerm(words[at - 1]) ?? undefined) : undefined;
}

// Words for a body of people, one of which a question may use for another.
const GROUP_TERMS = new Set(
  'group body organisation organization coalition association alliance federation union council network league society collective forum caucus campaign'
    .split(' ')
    .flatMap((word) => indexTerm(word) ?? []),
);

const REPORTING = /^(said|says|told|tells|added|adds|announced|argued|insisted|warned|noted)\b/i;

/** A sentence with the one before it in its paragraph, which it may go on from. */
function sentenceWithContext(knowledge: Knowledge, sentence: SentenceRecord): string {
  const previous = knowledge.sentences[sentence.id - 1];
  return previous && sameParagraph(previous, sentence) ? `${previous.text} ${sentence.text}` : sentence.text;
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
  const isLede = isLedeSentence(knowledge.sentences, sentence);
  if (isLede) for (const term of articleTitleTerms(knowledge, sentence.article)) terms.add(term);
  for (const term of filedFrom(knowledge).get(sentence.article) ?? []) terms.add(term);
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

/**
 * "Overnight testing still in dispute": a subheading, a paragraph of a few words with no stop, only
 * names what follows; not a list's item ("— €900 million in loan guarantees"), which holds a term.
 */
function isSubheading(knowledge: Knowledge, sentence: SentenceRecord): boolean {
  return !/\d/.test(sentence.text) && isHeadingLine(knowledge, sentence);
}

/**
 * An explainer asks its own questions: the paragraph after a heading that matches the reader's
 * question answers it, in the heading's words ("What was left out?" / "The biggest omission is …").
 */
function answersToHeadings(knowledge: Knowledge, reading: Reading, scored: Scored[]): Scored[] {
  const found: Scored[] = [];
  for (const heading of scored.slice(0, 5).filter((candidate) => isHeadingQuestion(knowledge, candidate.sentence))) {
    const answer = knowledge.sentences[heading.sentence.id + 1];
    if (!answer || answer.article !== heading.sentence.article) continue;
    found.push({ ...heading, paragraphKey: `${answer.article}#${answer.paragraph}`, sentence: answer, hasEvidence: holdsFact(knowledge, reading.fact, answer) });
  }
  return found;
}

// Capitalised words that name no one: a month, as written or cut short ("Jan."), a weekday, "I".
const CALENDAR_WORD = new RegExp(`^(?:${MONTH_WORDS}|${WEEKDAYS}|i)$`, 'i');

/** Whether a sentence names a person, or a body or place by a capitalised name past its first word. */
function namesSomeone(knowledge: Knowledge, sentence: SentenceRecord): boolean {
  if (knowledge.mentionsBySentence.get(sentence.id)?.length) return true;
  const [first, ...rest] = sentence.text.split(/\s+/);
  // The first word is capitalised anyway: a name there only if the lexicon knows it as one ("Indonesia, which …").
  const firstWord = first.replace(/[^\p{L}-]/gu, '');
  if (/^\p{Lu}/u.test(firstWord) && (hasTag(firstWord, 'Place') || hasTag(firstWord, 'Person'))) return true;
  return rest.some((word) => /^[“"‘(]?\p{Lu}\p{Ll}/u.test(word) && !CALENDAR_WORD.test(word.replace(/[^\p{L}]/gu, '')));
}
