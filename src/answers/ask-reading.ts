import type { Knowledge } from '../knowledge.js';
import { isLedeSentence, type SentenceRecord } from '../passages.js';
import { contentTerms, indexTerm, LIST_ITEM, STOP_WORDS } from '../text.js';
import { isRoleNoun } from '../vocabulary.js';
import { hasTag } from '../lexicon.js';
import { perKnowledge } from '../derived.js';
import { broaderOf } from '../synonyms.js';
import {
  A_DAY,
  askedMoneyNoun,
  ASKS_DAY,
  askedRole,
  CLAIMED_FIGURES,
  countedNoun,
  countsNoun,
  ASKS_A_KIND_OF_PLACE,
  EVIDENCE,
  expectationOf,
  factInClauseWith,
  focusNouns,
  FUTURE,
  holds,
  nameNear,
  moneyModifier,
  MONTHS,
  namedNoun,
  properNounRuns,
  properNouns,
  questionVerbs,
  questionWords,
  sumVerbOf,
  withoutQuestionWords,
  type Expectation,
} from './question.js';
import { acronymTermsOf, demonymPlaces, headsAfter, kindredTerms, mentioned, namesOfKind, nameTerm, spellOutAcronyms, synonymTerms, termWeight, titleHolds, usedTerms } from './story-terms.js';

/** The index terms of a list of words written with spaces between. */
const indexTerms = (words: string): string[] => words.split(' ').flatMap((word) => indexTerm(word) ?? []);

/*
 * A question read against the articles: its terms and their weights, the words the story uses for
 * them, and what a sentence must hold to answer it.
 */

export interface Reading {
  question: string;
  expectation: Expectation;
  words: { word: string; term: string }[];
  /** The question's terms, each with the story's synonyms for it ("truce" for "ceasefire"). */
  synonyms: Map<string, string[]>;
  /** More general words the story uses for each term ("performers" for "actors"); they count for half. */
  broader: Map<string, string[]>;
  /** A noun of the question the articles never speak of, in any words. */
  unknown?: { word: string; term: string };
  /** "In which city …": the kind of place asked for, which the answer may name without the word. */
  placeKind?: string;
  /**
   * "Which single-use items …", "In which city …": the terms of the kind of thing asked for, when it is
   * the unknown noun; the answer names it by its members ("cutlery, cotton buds"), not by the word.
   */
  askedKind: string[];
  /** How an answer names the members of the kind asked for: a list for "which items", a name for "which service". */
  askedMembers?: 'list' | 'name';
  /** Each name of the question as the terms of its words ("Jasper Talbot"). */
  nameRuns: string[][];
  /** "Series C", "Grade A": a name whose letter tells it from its siblings, held only as written. */
  letteredNames: RegExp[];
  names: Set<string>;
  terms: string[];
  /** Each term's weight: rare words and names say most about where the answer is. */
  weights: Map<string, number>;
  total: number;
  /** The weight of the terms other than names. */
  plainTotal: number;
  /** "How many lorries …" → "lorries". */
  countedWord?: string;
  /** The question's own verbs ("offered", "signed"). */
  verbs: string[];
  /** "Which judge …", "Who is the mediator …": the term of the role asked for. */
  roleTerm: string | null;
  /** "Who will be president of …" wants a sentence that names someone, not one that names the post. */
  wantsNamed: boolean;
  /** "Who will chair the working group?": only a person chairs. */
  personalAct: boolean;
  /** "Who will chair the working group on …?" → "group": what the person chairs, to be named with them. */
  actObject?: string;
  /** The checks a sentence must pass to hold the kind of fact asked for. */
  fact: FactCheck;
}

/** What a sentence must hold, beyond the kind of fact, to answer. */
interface FactCheck {
  expectation: Expectation;
  question: string;
  aboutTerms: string[];
  moneyTerms: string[];
  /** The term that says which sum is asked for ("travel" allowance), when the articles use it. */
  moneyKind: string | null;
  named?: string;
  asksFuture: boolean;
  asksDay: boolean;
  doerVerbs: string[];
  shareOfDoers: boolean;
  /** "How many lorries": the nouns whose count answers ("lorries", "trucks"). */
  counted: string[];
  /** "How many more officers will it hire?" asks of a change; "How many officers work there?" of a total. */
  countsChange?: boolean;
  /** "How much … an hour", "How many trucks each day": the unit of time a rate is asked per. */
  rateUnit?: string;
  /** "… in 2015", "… last year", "… in April": the time the figure asked for is of. */
  period?: RegExp;
  /** "Where is the Le Riverain building?": the question's own names, which name no place that answers it. */
  ownNames?: RegExp;
  /** "When was X founded?", "When will X hold its first meeting?": the act the date must be of. */
  act?: RegExp;
  /** "What is the average salary?": a figure for one case is not an average. */
  averaged: boolean;
  /** "How many civilians were killed?": only a count of the dead or hurt answers. */
  casualties: boolean;
}

/** Why a question cannot be answered before any search. */
export interface Refusal {
  refusal: string;
}

/** Reads a question against the articles, or says why they cannot answer it at all. */
export function readQuestion(knowledge: Knowledge, query: string): Reading | Refusal {
  // "EU" asks about what the articles call the "European Union".
  const question = askedPlainly(spellOutAcronyms(knowledge, query.trim()));
  if (!question) return { refusal: 'Ask a question about the articles, for example `/ask What was agreed?`.' };
  const expectation = expectationOf(question);
  const words = questionWords(question, expectation);
  if (words.length === 0) return { refusal: 'The question has no words to look for. Try naming a person, a place or a subject.' };
  // A word the articles never use (a name, a thing, an act) means they cannot answer the question.
  // A name that is also a small word ("May", "Will") has no index term to look for, so it proves nothing.
  const abbreviated = (word: string) => monthAbbreviations(word).some((short) => holds(knowledge.vocabulary, short));
  const missingName = properNouns(question).find((word) => {
    const term = nameTerm(word);
    // "How many MPs abstained?": the members of a body are counted, not named ("with four abstentions").
    const namedOtherwise = demonymPlaces(knowledge, term).length > 0 || abbreviated(word) || (expectation === 'tally' && PEOPLE_NOUNS.includes(term));
    return term !== '' && !holds(knowledge.vocabulary, term) && !titleHolds(knowledge, term) && !namedOtherwise;
  });
  if (missingName) return { refusal: `The articles never mention "${missingName}", so they cannot answer this.` };
  // A word the articles lack may stand in them as another of its meaning ("ceasefire", "truce").
  // "the utility" may be told by its name: "state-owned utility Jadran Energija".
  const synonyms = new Map(words.map(({ word, term }) => [term, [...synonymTerms(knowledge, word, term), ...namesOfKind(knowledge, word).filter((other) => other !== term)]]));
  // "go back to class": a verb and its particle say what one word says in the story ("return").
  for (const [particle, meaning] of phrasalVerbs(question)) {
    const term = indexTerm(particle);
    if (term && synonyms.has(term)) synonyms.get(term)!.push(...usedTerms(knowledge, [meaning]));
  }
  const broader = new Map(words.map(({ word, term }) => [term, usedTerms(knowledge, broaderOf(word)).filter((other) => other !== term)]));
  const nouns = focusNouns(question);
  const nameRuns = properNounRuns(question)
    // "How many MPs abstained?" counts members; the vote's tally need not name them.
    .map((run) => (expectation === 'tally' ? run.filter((word) => !PEOPLE_NOUNS.includes(nameTerm(word))) : run))
    // "Mongolians" is named where the story says "Mongolia", "December" where it says "Dec. 7",
    // the "Sovereignty Army" where it says "the TSA"; each word of such a name is then found where
    // the story writes the acronym.
    .map((run) => {
      const acronyms = acronymTermsOf(knowledge, run);
      for (const word of run) synonyms.get(nameTerm(word))?.push(...acronyms);
      return [...run.map(nameTerm).filter(Boolean).flatMap((term) => [term, ...demonymPlaces(knowledge, term)]), ...run.flatMap(monthAbbreviations), ...acronyms];
    })
    .filter((run) => run.length > 0);
  const names = new Set(nameRuns.flat());
  const terms = words.map(({ term }) => term);
  const weights = new Map(words.map(({ term }) => [term, termWeight(knowledge, term) * (names.has(term) ? 2 : 1)]));
  const total = [...weights.values()].reduce((sum, weight) => sum + weight, 0);
  const plainTotal = [...weights].reduce((sum, [term, weight]) => sum + (names.has(term) ? 0 : weight), 0);
  const countedWord = expectation === 'number' ? countedNoun(question) : undefined;
  const countedTerm = countedWord && indexTerm(countedWord);
  // "How many lorries": a count of "trucks" answers it too; of the kind a lorry is only when the
  // articles never say "lorries" (a story that counts "members" does not answer "how many subscribers").
  const countedBroader = countedTerm && !holds(knowledge.vocabulary, countedTerm) ? usedTerms(knowledge, broaderOf(countedWord)) : [];
  // "How many fishing boats": the kinds of a fishing boat ("trawlers") count too.
  const modifier = countedWord && new RegExp(`\\b([a-z]+) ${countedWord}\\b`, 'i').exec(question)?.[1];
  const compoundKinds = modifier && !/^(many|much)$/i.test(modifier) ? kindredTerms(knowledge, `${modifier}${countedWord}`) : [];
  // "How many longliners": the story may count "longline boats".
  const heads = countedTerm && holds(knowledge.vocabulary, countedTerm) ? headsAfter(knowledge, countedWord!, countedTerm) : [];
  const counted = countedTerm ? [countedTerm, ...synonymTerms(knowledge, countedWord, countedTerm), ...kindredTerms(knowledge, countedWord), ...compoundKinds, ...countedBroader, ...heads] : [];
  const placeKind = expectation === 'place' ? ASKS_A_KIND_OF_PLACE.exec(question)?.[1].toLowerCase() : undefined;
  const unknown = words.find(
    ({ word, term }) =>
      nouns.has(word) &&
      !mentioned(knowledge, word, term) &&
      synonyms.get(term)!.length === 0 &&
      !abbreviated(word) &&
      !(term === countedTerm && counted.length > 1) &&
      word.toLowerCase() !== placeKind &&
      // "How many House members voted no?" is told by "the House approved it 117-86", members unsaid.
      !(expectation === 'tally' && PEOPLE_NOUNS.includes(term)) &&
      // "What is the death toll?" is told by "has killed at least 3,100 people", death unsaid.
      !(expectation === 'number' && CASUALTY_QUESTION.test(question) && CASUALTY_QUESTION.test(word)),
  );
  const verbs = questionVerbs(question);
  // "What share of members voted to authorize …" asks for a vote's share: the sentence tells of the vote.
  const doerVerbs = verbs.filter((verb) => /^(vote|vot|back|support|approv|oppos|reject|favou?r|endors|ratifi|accept|authori)/.test(verb));
  const moneyNoun = expectation === 'amount' ? askedMoneyNoun(question) : undefined;
  const moneyTerm = moneyNoun ? indexTerm(moneyNoun) : null;
  const role = expectation === 'person' ? askedRole(question) : undefined;
  const moneyKind = expectation === 'amount' ? moneyModifier(question) : undefined;
  return {
    question,
    expectation,
    words,
    synonyms,
    broader,
    unknown,
    placeKind,
    ...askedKindOf(question, unknown?.word),
    nameRuns,
    letteredNames: [...question.matchAll(/(?<=\s)(\p{Lu}\p{Ll}+) (\p{Lu})(?![\p{L}.'’])/gu)].map(([, word, letter]) => new RegExp(`\\b${word} ${letter}\\b`, 'u')),
    names,
    terms,
    weights,
    total,
    plainTotal,
    countedWord,
    verbs,
    roleTerm: role ? indexTerm(role) : null,
    // "Who was the first hostage to step off the plane?" asks who did an act, not who holds a post;
    // "Who was the mediator that oversaw the talks?" asks for the mediator.
    wantsNamed: role !== undefined && /^who\b/i.test(question) && isRoleNoun(role) && !new RegExp(`\\b${role}\\s+to\\s`, 'i').test(question),
    personalAct: PERSONAL_ACT.test(question.trim()),
    actObject: actObjectOf(question.trim()),
    fact: {
      expectation,
      question,
      aboutTerms: terms.filter((term) => !names.has(term)),
      // Its words as nouns only: "pay" for a salary, but not the verb in "paid an agency $7.4 million".
      // "How much ransom did the gang demand?": the sum the gang "had demanded" is the ransom, named or not.
      // "How much will the deal cost the county?": the figure must be a cost, not any sum the deal holds.
      // "What share of members backed it?": a percentage is the share, whatever word stands by it.
      // A noun for any sum ("How much compensation …") that the articles never write cannot stand by
      // the sum, which the story gives in other words; a salary or a fee is a sum of its own kind.
      moneyTerms:
        moneyTerm && !SHARE_NOUN.test(moneyNoun!) && !PAYMENT_NOUN.test(moneyNoun!) && (!ANY_SUM.test(moneyNoun!) || holds(knowledge.vocabulary, moneyTerm) || kindredTerms(knowledge, moneyNoun!).length > 0)
          ? [moneyTerm, ...kindredTerms(knowledge, moneyNoun!), ...sumVerbOf(question), ...(RISE_ASKED.test(question) ? RISE_TERMS : [])]
          : !moneyTerm && COST_QUESTION.test(question.trim())
            ? COST_TERMS
            : measuredTerms(knowledge, question),
      moneyKind: moneyKind ? (usedTerms(knowledge, [moneyKind])[0] ?? null) : null,
      // "What is the name of the new trust?": a name must stand by the trust, not anywhere in the sentence.
      named: expectation === 'name' ? namedNoun(question) : undefined,
      // "When will the pilots be released?" is not answered by what happened "last week".
      asksFuture: expectation === 'date' && /^when (will|would|shall|must|should|is .*\b(expected|due|scheduled|set)\b|are .*\b(expected|due|scheduled|set)\b)/i.test(question.trim()),
      // "On what date …" wants a day, not "later this year".
      asksDay: expectation === 'date' && ASKS_DAY.test(question.trim()),
      doerVerbs,
      shareOfDoers: expectation === 'amount' && doerVerbs.length > 0 && /^what (share|percentage|proportion|fraction|percent) of\b/i.test(question.trim()),
      counted,
      countsChange: CHANGE_QUESTION.test(question),
      rateUnit: expectation === 'amount' || expectation === 'number' ? rateUnitOf(question) : undefined,
      period: expectation === 'amount' || expectation === 'number' || expectation === 'tally' ? periodOf(question) : undefined,
      ownNames: expectation === 'place' ? namesPattern(question) : undefined,
      act: expectation === 'date' ? datedAct(question.trim()) : undefined,
      averaged: (expectation === 'amount' || expectation === 'number' || expectation === 'thing') && /\b(?:average|median)\b/i.test(question),
      casualties: expectation === 'number' && CASUALTY_QUESTION.test(question),
    },
  };
}

/**
 * The terms of "single-use items" in "Which single-use items …", when the noun is the one given, and
 * how the answer names what is asked: a list for a plural, a name for one.
 */
function askedKindOf(question: string, noun: string | undefined): Pick<Reading, 'askedKind' | 'askedMembers'> {
  const match = noun && new RegExp(`^(?:(?:in|at|to|from|for|on|of|by|with) )?(?:which|what) ((?:[\\p{L}-]+ )?${noun})\\b(?:\\s+([\\p{L}-]+))?`, 'iu').exec(question.trim());
  if (!match) return { askedKind: [] };
  const [, kind, next] = match;
  // "Which intelligence service …": a word that qualifies the kind asked for is a fact of its own to find.
  if (next && hasTag(next.toLowerCase(), 'Noun') && !hasTag(next.toLowerCase(), 'Verb')) return { askedKind: [] };
  return { askedKind: contentTerms(kind), askedMembers: /s$/i.test(noun!) ? 'list' : 'name' };
}

// A beginning the story may tell as backstory, or not at all: the date must be said of that act.
const ORIGIN_ACTS: Record<string, string> = {
  founded: 'found(ed|ing|er|ers)|co-found',
  built: 'buil(t|d|ding)|construct',
  established: 'establish',
  born: 'born|birth',
  appointed: 'appoint',
  elected: 'elect',
  created: 'creat',
  formed: 'form(ed|ation)',
  launched: 'launch',
  hired: 'hir(ed|ing)',
  incorporated: 'incorporat',
};
const ORIGIN_QUESTION = new RegExp(`^when (?:was|were) .+ (${Object.keys(ORIGIN_ACTS).join('|')})\\b`, 'i');
const FIRST_MEETING = /^when (?:will|is|are|does|do) .+ (?:hold (?:its|their) first (?:meeting|session)|meet for the first time|first meet)\b/i;
const EXPIRY_QUESTION = /^when (?:did|does|do|will|would|is|was) .+ (?:expire|run out|lapse|due to expire)\b/i;

/** The act a "when" question dates, as a pattern a sentence must match, if it asks of a beginning or a first meeting. */
function datedAct(question: string): RegExp | undefined {
  // "When does the contract expire?": a date the contract "runs out on" or "runs until", not any date the story holds.
  // "The contract runs from July 1, 2024, through June 30, 2027" tells its end after its start.
  if (EXPIRY_QUESTION.test(question)) return /\b(?:expir\w*|(?:runs?|ran)(?: from [^.;]{1,40}?)? (?:out|until|through|to)|lapse[sd]?|valid (?:until|through)|end(?:s|ed)? (?:on|in))\b/i;
  if (FIRST_MEETING.test(question)) return /\bfirst ([\w-]+ )?(meeting|session|sitting)|\b(meets?|meeting|convenes?)\b[^.;]{0,20}\bfirst\b|\binaugural\b/i;
  const origin = ORIGIN_QUESTION.exec(question)?.[1].toLowerCase();
  return origin ? new RegExp(`\\b(${ORIGIN_ACTS[origin]})`, 'i') : undefined;
}

// "What upfront payment …": any sum paid answers, a fee or a grant as well.
const PAYMENT_NOUN = /^payments?$/i;
const ANY_SUM = /^(money|amount|sum|compensation|value|worth|payout|funding|damages|costs?)$/i;
const SHARE_NOUN = /^(share|percentage|proportion|fraction|percent)$/i;
// "What pay increase …": the sum is of the increase, which a story calls a raise, a rise or a hike.
const RISE_ASKED = /\b(?:increase|increases|rise|rises|raise|raises|hike|increment)\b/i;
const RISE_TERMS = indexTerms('increase increases rise rises raise raises hike hikes increment');
const COST_QUESTION = /^how much (?:did|does|do|will|would|could|has|have|had) .+\bcost\b/i;
// The words a cost is told in: "cost", "a fee of $20", "to sell for Rs 18 lakh" (not "pay", a noun as often: "a pay rise").
const COST_TERMS = indexTerms('cost price expense spend spent bill worth fee charge sell sold');

/**
 * The year, month or "last year" a question dates its figure by, as a pattern for the passage;
 * "this season" is the story's own time, which it dates otherwise ("the 2026-27 season").
 */
function periodOf(question: string): RegExp | undefined {
  const period = new RegExp(`\\b(?:in|of|during|for|since) ((?:19|20)\\d\\d|${MONTHS})\\b|\\b(last|next) (year|month|week|season)\\b`, 'i').exec(question);
  if (!period) return undefined;
  // A sports or farming "last season" is the "last year" a story may write.
  if (period[3]?.toLowerCase() === 'season') return new RegExp(`\\b${period[2]} (?:season|year)\\b`, 'i');
  // "last year's resolution" may be the one the story dates "last April".
  if (period[2]?.toLowerCase() === 'last' && period[3]?.toLowerCase() === 'year') return new RegExp(`\\blast (?:year|${MONTHS})\\b`, 'i');
  return new RegExp(`\\b${period[1] ?? `${period[2]} ${period[3]}`}\\b`, 'i');
}

// Not "a month's supply": a possessive measures a quantity, not a rate. A price may be per share
// ("742 pence a share"), though "a share of the revenue" is a part.
const RATE = /\b(?:an?|per|each|every) (hour|day|week|month|year|share(?! of\b))\b(?!['’]s)|\b(hourly|daily|weekly|monthly|yearly|annual|annually|per annum)\b/i;
const RATE_ADVERB_UNITS: Record<string, string> = { hourly: 'hour', daily: 'day', weekly: 'week', monthly: 'month', yearly: 'year', annual: 'year', annually: 'year', 'per annum': 'year' };

/** The unit a rate is given per: "an hour", "each day", "weekly", "a share" → "hour", "day", "week", "share". */
function rateUnitOf(text: string): string | undefined {
  const match = RATE.exec(text);
  if (!match) return undefined;
  return match[1]?.toLowerCase() ?? RATE_ADVERB_UNITS[match[2].toLowerCase()];
}

const PERSONAL_ACT =
  /^who (will |would |is to |is going to )?(chair|chairs|chaired|preside|presides|presided|head|heads|headed|lead|leads|led|mediate|mediates|mediated|negotiate|negotiates|negotiated)\b/i;

const TALK_WORDS = new Set('talks negotiations negotiation negotiators team round rounds session sessions deal agreement side sides meeting meetings process effort bargaining discussions'.split(' '));

/** The head noun of what the person chairs or leads: the last word before a preposition or the end. */
function actObjectOf(question: string): string | undefined {
  const object = new RegExp(`${PERSONAL_ACT.source}\\s+(?:over\\s+|for\\s+)?(?:the\\s+|a\\s+|an\\s+)?([^?]+)`, 'i').exec(question)?.[3];
  // "Who mediated between the players and the federation?": an act with no object, only its sides.
  if (object && /^(between|among|with|in|at|on|during|after|before|from|to)\s/i.test(object)) return undefined;
  // "the neighborhood group pushing for local jobs", "the group that wants …": the head stands before the clause.
  const head = object
    ?.split(/\s+(?:on|of|for|in|at|with|between|to|from|during|after|before|that|which|who)\s+|\s+\p{Ll}+ing\s+(?=(?:for|to|on|against|with|at|in|the|a|an)\b)/iu)[0]
    .split(/\s+/)
    .pop();
  const word = head?.replace(/[^\p{L}'-]/gu, '').toLowerCase();
  // The talks themselves are named in many ways ("the final round", "the deal", "the government side").
  if (!word || TALK_WORDS.has(word)) return undefined;
  return indexTerm(word) ?? undefined;
}

// Words news counts people by, when it does not say "people": "1,240 members", "11 foreign nationals".
const PEOPLE_NOUNS = indexTerms(
  'members workers employees staff residents inhabitants population officers soldiers troops nurses teachers doctors pilots drivers farmers ' +
  'civilians prisoners detainees hostages refugees families households voters students patients children adults citizens ' +
  'villagers miners fishermen players athletes delegates lawmakers legislators councillors officials volunteers inmates ' +
  'guards passengers victims survivors nationals protesters demonstrators fighters combatants mps meps mlas senators ' +
  'operators mechanics technicians engineers clerks cleaners dispatchers cashiers conductors'
);

/** "What is the population of X?" asks how many people live there, and is read so. */
function askedPlainly(question: string): string {
  return question
    // "the raise they get right away" is what the story calls "an immediate increase".
    .replace(/\b(?:right away|straight away|straightaway|at once)\b/gi, 'immediately')
    .replace(/^(?:what|how large|how big) (is|was|will be) the population of (.+?)\s*\?*$/i, (_, verb: string, place: string) => `How many inhabitants ${verb === 'was' ? 'did' : 'does'} ${place} have?`);
}

/**
 * "How much coal does the mine produce?": what the figure must be of, when the question asks an
 * amount of a thing rather than of money ("a year's coal", not "$920,000 a year").
 */
function measuredTerms(knowledge: Knowledge, question: string): string[] {
  const noun = /^how much ([a-z]+) (?:is|was|are|were|will|would|did|does|do|has|have|had|could|can|must|should)\b/i.exec(question.trim())?.[1].toLowerCase();
  if (!noun || !COMMODITIES.has(noun)) return [];
  const term = indexTerm(noun);
  return term && holds(knowledge.vocabulary, term) ? [term, ...synonymTerms(knowledge, noun, term), ...MEASURE_UNITS] : [];
}
// Goods a story measures in units of their own, not in money.
const COMMODITIES = new Set('coal water gas oil milk electricity power grain rice wheat maize corn sugar cane fish timber cargo steel copper gold lithium cocoa coffee cotton fuel diesel petrol crude ore'.split(' '));
// The units such goods are measured in: a figure in one of them is of the goods, whatever stands by it.
const MEASURE_UNITS = indexTerms(
  'tonne tonnes ton tons litre litres liter liters barrel barrels metre metres meter meters megawatt megawatts gigawatt kilowatt mw gw kw mwh gwh kwh twh kilogram kilograms kg cubic gallon gallons bushel bushels quintal quintals',
);

/** The plural nouns for people at work the story writes ("custodians", "deckhands"), as index terms. */
const storyPeopleNouns = perKnowledge((knowledge) => {
  const words = new Set(knowledge.sentences.flatMap((sentence) => sentence.text.match(/\b\p{Ll}[\p{Ll}-]{3,}s\b/gu) ?? []));
  return [...words].filter((word) => isRoleNoun(word.slice(0, -1))).flatMap((word) => indexTerm(word) ?? []);
});

/**
 * The reading for a count of people by another word, when none is of "people" itself ("how many
 * people": members; "how many workers": the 640 custodians the story counts).
 */
export function countingPeople(knowledge: Knowledge, reading: Reading): Reading {
  return { ...reading, fact: { ...reading.fact, counted: [...PEOPLE_NOUNS, ...storyPeopleNouns(knowledge)] } };
}

/** Whether a sentence holds the kind of fact asked for, outside quoted words. */
export function holdsFact(knowledge: Knowledge, fact: FactCheck, sentence: SentenceRecord): boolean {
  const { expectation, question } = fact;
  const evidence = EVIDENCE[expectation];
  // A figure in someone's quoted words is their claim, not the story's fact.
  // A date a speaker announces ("The terminal will reopen on Monday") is news all the same.
  const unquoted = CLAIMED_FIGURES.includes(expectation) ? sentence.text.replace(/[“"‘][^”"’]*(?:[”"’]|$)/g, ' ') : sentence.text;
  // "Where is the Le Riverain building?": "units at Le Riverain" names no place but the one asked about.
  const plain = withoutQuestionWords(unquoted, question);
  const text = fact.ownNames ? plain.replace(fact.ownNames, ' ') : plain;
  // "When will the assembly sit?": a date "since 2016" is past, whatever else the sentence looks ahead to.
  if (evidence && !evidence.test(fact.asksFuture ? text.replace(SINCE_DATE, ' ') : text)) return false;
  // What a sum is of is said beside it, not across the sentence (names may head another clause).
  const leadIn = expectation === 'amount' ? listLeadIn(knowledge, sentence) : '';
  // "How much will he be paid in 2028?": the year asked of may be the word that stands by the sum ("a $7.9 million contract for 2028").
  // "… with 2,873 of the 3,210 members who cast ballots, or 89.5 per cent, voting in favour": a share
  // told beside the vote is the share asked for, whatever clause it stands in.
  const voteShare = fact.shareOfDoers && VOTE_SHARE.test(text);
  // A figure in a unit of the goods asked about is of them: "about 720 MW at present" is power bought.
  const about = [...fact.aboutTerms, ...fact.moneyTerms.filter((term) => MEASURE_UNITS.includes(term))];
  if (expectation === 'amount' && !voteShare && !factInClauseWith(text, evidence!, about, leadIn) && !(fact.period && factInClauseWith(unquoted, evidence!, about, leadIn))) return false;
  // "What is the starting salary?": the sum must be one of a salary (or a word for it).
  // "How much did the dam cost?": "the $4.8bn dam" gives the sum the thing is worth, cost unsaid.
  if (fact.moneyTerms.length > 0 && !factInClauseWith(text, evidence!, fact.moneyTerms, leadIn) && !sumBefore(text, fact.aboutTerms)) return false;
  if (fact.moneyKind && !factInClauseWith(text, evidence!, [fact.moneyKind], leadIn)) return false;
  // The name stands right by the thing: "the trust, Harbour Care", not "a guesthouse on the outskirts of Doha".
  if (fact.named && !nameNear(text, indexTerm(fact.named) ?? fact.named, 3)) return false;
  if (fact.asksFuture && !FUTURE.test(sentence.text)) return false;
  if (fact.asksDay && !A_DAY.test(text)) return false;
  // "How much will drivers make an hour?": a figure a year or in all is not the rate asked.
  if (fact.rateUnit && rateUnitOf(text) !== fact.rateUnit) return false;
  // "What was the total catch in 2015?": a figure of another year is no answer.
  if (fact.period && !fact.period.test(sentence.text)) return false;
  if (fact.act && !fact.act.test(sentence.text)) return false;
  if (fact.averaged && !AVERAGE.test(sentence.text)) return false;
  // "What is the maximum salary?" is answered by a figure said to be one, not by the minimum.
  if (otherExtreme(question, sentence.text)) return false;
  if (fact.casualties && !CASUALTY.test(sentence.text)) return false;
  // "What share of members voted for the deal?" is answered by the share that "backed it" too.
  if (fact.shareOfDoers && !fact.doerVerbs.some((verb) => holds(new Set(contentTerms(sentence.text)), verb)) && !DOERS.test(sentence.text)) return false;
  if (fact.counted.length === 0) return true;
  const counting = isLedeSentence(knowledge.sentences, sentence) ? `${text} ${knowledge.articleById.get(sentence.article)?.title ?? ''}` : text;
  // "How many people live in the valley?" is not answered by the 11 people clashes "killed" there.
  const counts = fact.casualties ? counting : counting.replace(CASUALTY_COUNT, ' ');
  // "hire 85 additional detention officers" tells how many more, not how many work there.
  const countable = fact.countsChange ? counts : counts.replace(ADDED_COUNT, ' ');
  return fact.counted.some((noun) => countsNoun(countable, noun));
}

// A sum written as a modifier: "$4.8bn", "€120 million", "Rs 18 lakh", then the words it is the sum of.
const SUM_MODIFIER = /(?:[$€£¥₹]|\b(?:Rs\.?|Dh|R|N|KSh|Sh)\s?)\d[\d,.]*(?:\s?(?:bn|m|mn|million|billion|trillion|crore|lakh)\b)?[\s-]+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/gu;

/**
 * Whether a sum stands right before one of the terms as the head its modifies ("the $4.8bn dam",
 * "a $14.75 million deal to …"); not a time ("€87 million last year").
 */
function sumBefore(text: string, terms: string[]): boolean {
  return [...text.matchAll(SUM_MODIFIER)].some((match) => {
    const phrase = match[1].split(/\s+/);
    const stop = phrase.findIndex((word) => STOP_WORDS.has(word.toLowerCase()));
    const head = phrase[(stop < 0 ? phrase.length : stop) - 1];
    return head !== undefined && !TIME_NOUN.test(head) && terms.includes(indexTerm(head) ?? '');
  });
}
const TIME_NOUN = /^(?:years?|months?|weeks?|days?|quarters?|seasons?|annually|today|yesterday)$/i;

// A count of the dead or hurt: "killed 11 people", "left three sailors injured", "19 people were killed".
// "left 12 dead" counts casualties; "left about 61,000 members out of network" does not.
const CASUALTY_COUNT =
  /\bkill(?:ed|ing|s)?\s+(?:(?:more than|at least|about|some|nearly|almost|over|up to|an estimated)\s+)?\d[\d,]*(?:\s+[\p{L}-]+){0,2}|\bleft\s+(?:(?:more than|at least|about|some|nearly|almost|over|up to|an estimated)\s+)?\d[\d,]*(?:\s+[\p{L}-]+){0,2}?\s+(?:dead|injured|wounded|hurt)\b|\b\d[\d,]*(?:\s+[\p{L}-]+){0,2}\s+(?:(?:were|have been|had been|was|are|being)\s+)?(?:killed|dead|died|injured|wounded)\b/giu;

/** The phrasal verbs of a question, each as its particle and the one word it means ("back", "return"). */
function phrasalVerbs(question: string): [string, string][] {
  return [...question.matchAll(PHRASAL_VERB)].map((match) => {
    const phrase = match[0].toLowerCase().split(/\s+/);
    // The word that carries the meaning is the last: the particle, or "force" in "come into force".
    return [phrase[phrase.length - 1], PHRASAL_MEANINGS[phrase.join(' ')]];
  });
}

// Phrasal verbs whose particle carries the meaning a story may give in one word.
const PHRASAL_MEANINGS: Record<string, string> = {
  'go back': 'return', 'goes back': 'return', 'went back': 'return', 'come back': 'return', 'comes back': 'return', 'came back': 'return', 'get back': 'return',
  'call off': 'cancel', 'called off': 'cancel', 'set up': 'establish', 'step down': 'resign', 'stepped down': 'resign', 'pay back': 'repay', 'give up': 'surrender', 'gave up': 'surrender',
  'run out': 'expire', 'runs out': 'expire', 'ran out': 'expire', 'pull out': 'withdraw', 'pulls out': 'withdraw', 'pulled out': 'withdraw',
  'sign off': 'approve', 'signs off': 'approve', 'signed off': 'approve', 'put forward': 'propose', 'puts forward': 'propose',
  'come into force': 'effect', 'comes into force': 'effect', 'came into force': 'effect', 'enter into force': 'effect', 'enters into force': 'effect',
  'turn down': 'reject', 'turned down': 'reject', 'lay off': 'dismiss', 'laid off': 'dismiss', 'hand over': 'transfer', 'handed over': 'transfer',
};
const PHRASAL_VERB = new RegExp(`\\b(?:${Object.keys(PHRASAL_MEANINGS).map((phrase) => phrase.replaceAll(' ', '\\s+')).join('|')})\\b`, 'gi');

// A count of what is added: "85 additional officers", "40 more buses", "two extra posts".
const ADDED_COUNT = /\b(?:\d[\d,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\s+(?:additional|more|extra|further)\s+/gi;
// A question that asks of a change in number, which a count of what is added answers.
const CHANGE_QUESTION = /\b(?:more|additional|extra|further|new|another|hire[ds]?|hiring|add(?:s|ed)?|create[ds]?|recruit(?:s|ed)?|build|built|open(?:s|ed)?|increase[ds]?|rais(?:e|es|ed)|cut(?:s)?|reduce[ds]?)\b/i;
const VOTE_SHARE = /\d[\d.]*\s?(?:%|per ?cent\b|percent\b)[^.;]{0,30}?\b(?:vot|back|support|approv|endors|ratif|in favou?r)|\b(?:vot|back|support|approv|endors|ratif)\w*[^.;]{0,40}?\d[\d.]*\s?(?:%|per ?cent\b|percent\b)/i;
const DOERS = /\b(?:vot(?:e|ed|es|ing)|back(?:ed|ing)|support(?:ed|ing)|approv(?:ed|ing)|endors(?:ed|ing)|ratif(?:ied|ying)|in favou?r)\b/i;
// Extremes a question asks a figure of ("What is the maximum salary?"), each with the words a
// story gives it in ("up to $10,000" is a maximum); the opposite's answer nothing of it.
const EXTREMES: [RegExp, RegExp, RegExp][] = [
  [/^(?:what|how much) (?:is|was|are|were|will be|would be) (?:the|its|their) (?:new )?(?:maximum|highest|most)\b/i, /\b(?:maximum|max|highest|ceiling|cap|capped|up to|at most)\b/i, /\b(?:minimum|lowest)\b/i],
  [/^(?:what|how much) (?:is|was|are|were|will be|would be) (?:the|its|their) (?:new )?(?:minimum|lowest|least)\b/i, /\b(?:minimum|min|lowest|floor|at least)\b/i, /\b(?:maximum|highest)\b/i],
];

/** Whether the question asks one extreme ("maximum") of a figure and the sentence says none of that side. */
function otherExtreme(question: string, text: string): boolean {
  return EXTREMES.some(([asked, told]) => asked.test(question.trim()) && !told.test(text));
}

const AVERAGE = /\b(?:averag\w*|median|mean)\b/i;
const CASUALTY_QUESTION = /\b(?:killed|died|dead|deaths?|injured|wounded|hurt|casualties|toll)\b/i;
const CASUALTY = /\b(?:kill\w*|die[sd]?|dying|dead|deadl(?:y|ier|iest)|deaths?|injur\w*|wound\w*|hurt|casualt\w*|fatalit\w*|perish\w*|lives)\b/i;

const MONTH = new RegExp(`^(?:${MONTHS})$`);

/** The abbreviations news style writes a month as ("Dec.", "Sept."), as index terms. */
function monthAbbreviations(word: string): string[] {
  const month = word.toLowerCase();
  // The short months ("March", "June") are written out in full.
  if (!MONTH.test(month) || month.length <= 5) return [];
  return month === 'september' ? ['sept', 'sep'] : [month.slice(0, 3)];
}

/** The question's names, each run of capitalised words as written, as one pattern; none when it names nothing. */
function namesPattern(question: string): RegExp | undefined {
  const runs = properNounRuns(question).map((run) => run.map(escapeRegExp).join('\\s+'));
  return runs.length ? new RegExp(`\\b(?:${runs.join('|')})\\b`, 'gu') : undefined;
}

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const SINCE_DATE = /\bsince\s+(?:the\s+)?(?:\d{4}|\p{Lu}\p{Ll}+(?:\s+\d{1,2})?(?:,?\s+\d{4})?)/gu;

/** The line a list item continues ("The pledges listed include:"), or nothing for other sentences. */
function listLeadIn(knowledge: Knowledge, sentence: SentenceRecord): string {
  if (!LIST_ITEM.test(sentence.text)) return '';
  for (let id = sentence.id - 1; id >= 0 && knowledge.sentences[id].article === sentence.article; id--) {
    const text = knowledge.sentences[id].text;
    if (!LIST_ITEM.test(text)) return text.trimEnd().endsWith(':') ? text : '';
  }
  return '';
}
