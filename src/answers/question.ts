import nlp from 'compromise';
import { isRoleNoun, ORGANISATION_WORDS } from '../vocabulary.js';
import { hasTag } from '../lexicon.js';
import { contentTerms, indexTerm, MONTH_WORDS, MONTHS, normalizeForMatch, STOP_WORDS, tokenize, tokenTerm } from '../text.js';

/*
 * What a question asks for, and how news writes each kind of fact: the reading of questions that
 * the ask answer is built on.
 */

/** What kind of fact a question asks for. */
export type Expectation =
  | 'duration'
  | 'age'
  | 'tally'
  | 'number'
  | 'amount'
  | 'size'
  | 'date'
  | 'place'
  | 'person'
  | 'name'
  | 'reason'
  | 'words'
  | 'yesno'
  | 'thing';

// "Forty-six inmates": tens and units joined by a hyphen, before the plain words the pattern tries next.
const NUMBER_WORDS =
  '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|dozens|hundreds|thousands|millions';
// Things measured end to end, whose "how long" asks a length, not a time.
const LINEAR_THINGS = 'line|lines|road|roads|bridge|pipeline|tunnel|border|river|wall|route|railway|rail line|track|canal|runway|cable|fence|coastline|corridor|highway|motorway|link|interconnector';
const UNITS = 'seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|generations?';
/**
 * The nouns a stretch of time is said of: "14 hours of talks", "a 40-day strike" give "talks" and
 * "strike", which then need no other word of the question.
 */
export function measuredNouns(text: string): string[] {
  return [...text.matchAll(TIME_OF), ...text.matchAll(TIMED_NOUN)].flatMap((match) => match.slice(1)).filter((word): word is string => !!word && !STOP_WORDS.has(word));
}

// The noun may come a word later ("three weeks of intense negotiations"): both words are kept.
const TIME_OF = new RegExp(`\\b(?:\\d[\\d,.]*|${NUMBER_WORDS})[\\s-]+(?:${UNITS})\\s+of\\s+([\\p{Ll}-]+)(?:\\s+([\\p{Ll}-]+))?`, 'giu');
const TIMED_NOUN = new RegExp(`\\b(?:\\d[\\d,.]*|${NUMBER_WORDS})-(?:${UNITS.replace(/s\?/g, '')})(?:-long)?\\s+([\\p{Ll}-]+)(?:\\s+([\\p{Ll}-]+))?`, 'giu');

export { MONTHS, MONTH_WORDS };
export const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';

/** "On what date …" asks for a day: "June 23", "23 June", "Monday", "6/23" — not "later this year". */
export const ASKS_DAY = /^(?:on )?(?:what|which) (?:date|day)\b/i;
export const A_DAY = new RegExp(
  `\\b(?:${MONTH_WORDS})\\.? \\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTHS})\\b|\\b(?:${WEEKDAYS})\\b|\\b\\d{1,2}/\\d{1,2}\\b|\\bno date\\b|\\bnot (?:yet )?(?:been )?(?:set|scheduled|announced)\\b`,
  'i',
);
const MEASURES = '(cubic |square )?(metres|meters|kilometres|kilometers|km|miles|feet|tonnes|tons|litres|liters|gallons|barrels|kilograms|kg|hectares|acres|megawatts|gigawatts|MW|GW|kilowatt-hours|GWh|MWh|TWh|degrees|gigalitres|megalitres|kilolitres|gigaliters|megaliters|GL|ML|bushels|bcm)';
const capitalised = (words: string) => words.replace(/\b\p{Ll}/gu, (letter) => letter.toUpperCase());

// Both sides of a vote: "258-to-170", "passed 7 to 2", "36-14"; not a span of days ("Oct. 13-15")
// or of years ("2024-25").
const FULL_TALLY = new RegExp(`(?<!\\b(?:${MONTH_WORDS})\\.?\\s+)\\b(?!(?:19|20)\\d\\d\\s*[-–]\\s*\\d)\\d[\\d,]*\\s*(-?to-?|-|–)\\s*\\d[\\d,]*\\b`, 'i');

// How each kind of fact is written; a question that asks for one is answered only by a passage that has it.
export const EVIDENCE: Record<Expectation, RegExp | null> = {
  age: /\b\d+-year-old\b|\b(\d+|[a-z]+) years? old\b|\baged? \d+\b|\bbuilt in \d{4}\b|\p{Lu}[\p{L}'’-]+, \d{1,3},/iu,
  tally: new RegExp(
    FULL_TALLY.source +
      String.raw`|\bunanimous(ly)?\b|\b\d+ (votes? )?in favou?r\b|\bnone against\b|\b(\w+) votes? to (\w+)\b` +
      // "with five members voting in favour and one abstaining".
      `|(?<![\\d.,])\\b(\\d[\\d,]*|${NUMBER_WORDS})\\s+((?!per\\b|percent\\b)[\\w'’-]+\\s+){0,2}voting (in favou?r|for|against)\\b` +
      // A count of those who voted: "Seventy-eight Republicans voted no", "41 of the union's 54 branches voted".
      `|\\b(\\d[\\d,]*|${NUMBER_WORDS})\\s+(of\\s+(the\\s+)?([\\p{L}'’-]+\\s+){0,3}\\d[\\d,]*\\s+)?([\\p{L}-]+\\s+){0,2}voted\\b` +
      // Those who voted, of all who did: "2,873 of the 3,210 members who cast ballots".
      `|\\b\\d[\\d,]*\\s+of\\s+(the\\s+)?\\d[\\d,]*\\s+[a-z'’-]+\\s+who\\s+(voted|cast)\\b` +
      // A tally with a number in words: "had voted 11 to three to accept".
      `|\\bvoted\\s+(\\d[\\d,]*|${NUMBER_WORDS})\\s+to\\s+(\\d[\\d,]*|${NUMBER_WORDS})\\b`,
    'iu',
  ),
  duration: new RegExp(
    `\\b(\\d[\\d,.]*|an(?= hour)|${NUMBER_WORDS}|several|few)(\\s+and\\s+(a half|an?|\\d+|${NUMBER_WORDS}))?(\\s+more)?[\\s-]+(${UNITS})\\b|\\b(hour|minute|day|week|month|year)s? and \\d+|\\b(until|through|till) (\\d{4}|${MONTHS})|\\bfrom \\d{4} (to|until|through) \\d{4}\\b`,
    'i',
  ),
  // Not a date written with slashes ("11/25/2027"), as a byline gives it.
  number: new RegExp(`(?<![\\d/])\\d(?!\\d*/\\d)|\\b(${NUMBER_WORDS}|none|no one)\\b`, 'i'),
  // Sums and shares, and measured quantities: "35 cubic metres per second", "shrunk by a quarter";
  // pay counted in time: "40 days' wages per year worked", "24 monthly payments"; sums in pesos,
  // naira, shillings, rupees, ringgit or cedis ("P100,000", "N18.2bn", "Sh2 billion", "RM69mil", "GH¢52,800").
  amount: new RegExp(
    `[$€£¥₱₦₹₩₽₺₵¢]\\s?\\d|\\b(R\\$|Rs\\.?|KSh|Sh|Dh|AED|INR|PHP|NGN|KES|ZAR|RM|GHS)\\s?\\d|\\bR\\d|\\b\\d[\\d,.]*\\s?(crore|lakh)\\b|\\b[NP]\\d{1,3}(,\\d{3})+\\b|\\b\\d[\\d,.]*\\s?(bn|mil|m)\\b|\\b[NP]\\d[\\d,.]*[\\s-]?(million|billion|trillion)\\b|\\b\\d[\\d,.]*[\\s-]?(million|billion|trillion|percent|per cent|dollars|euros|pounds|pence|cents|yen|yuan|francs|pesos|rupees|naira|shillings|riyals|dirhams|baht|ringgit|guaraníes|${MEASURES})\\b|\\b\\d[\\d,.]*\\s?%|\\bby (a|one|two|three) (quarter|third|half|fifth|tenth)s?\\b|\\b(half|a third|a quarter|two-thirds|three-quarters) of\\b|\\b(\\d+|${NUMBER_WORDS}) (days?|weeks?|months?|years?)['’]? (wages|pay|salary)\\b|\\b(\\d+|${NUMBER_WORDS}) (monthly|weekly|annual) (payments|instalments|installments|salaries|wages)\\b`,
    'i',
  ),
  // "a 210-kilometre line", "145 metres tall", "12,000 hectares"; not "$5m", a sum.
  size: new RegExp(`\\b\\d[\\d,.]*[\\s-]?(?:nautical )?(?:km|kilomet(?:re|er)s?|metres?|meters?|feet|foot|ft|miles?|inches|storeys|stories|floors|hectares?|acres?|square (?:metres|meters|kilometres|kilometers|miles|feet))\\b|\\b(${NUMBER_WORDS})[\\s-](?:kilomet(?:re|er)s?|metres?|meters?|feet|miles?|storeys|stories|floors|hectares|acres)\\b`, 'i'),
  date: new RegExp(`\\b(${MONTHS}|${WEEKDAYS}|jan|feb|aug|sept?|oct|nov|dec|\\d{4}|yesterday|today|tomorrow|tonight|midnight|noon|dawn|dusk|spring|summer|autumn|fall|winter)\\b|\\b\\d{1,2}(:\\d{2})?\\s?(a\\.m\\.|p\\.m\\.|am|pm)|\\bno date\\b|\\bnot (yet )?(been )?(set|scheduled|announced)\\b|\\b(next|last|this|later this|earlier this)\\s+(week|month|year|spring|summer|autumn|fall|winter)\\b|\\bwithin\\s+\\d+\\s+(${UNITS})\\b|\\bin\\s+(a|\\d+|${NUMBER_WORDS})\\s+(${UNITS})\\b|\\bafter\\s+(a|\\d+|${NUMBER_WORDS})\\s+(${UNITS})\\b(?!\\s+of\\b)`, 'i'),
  // "in October" is no place.
  // "about 11 nautical miles west of Santa Brigida", "off the coast of Kharg".
  // "a San Francisco-based startup" says where it is, too.
  place: new RegExp(`\\b(in|at|to|from|near|outside|inside|on|overlooking|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)? of|off the coast of)\\s+(the\\s+)?(?!(?:${capitalised(`${MONTHS}|${WEEKDAYS}`)})\\b)\\p{Lu}|\\b\\p{Lu}[\\p{L}.]+(?:[ -]\\p{Lu}[\\p{L}.]+)*-based\\b`, 'u'),
  person: /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u,
  name: /\S\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u,
  // "refused to sign, arguing that the arbitration was weighted": the side's own reason.
  reason: /\b(because|after|since|due to|as a result|only after|in order to|so that|in exchange|amid|over|arguing that|on the grounds that|citing)\b/i,
  // "How did X describe Y?": the answer is X's own words, in quotation marks.
  words: /[“"‘][^”"’]{2,}[”"’]/,
  yesno: null,
  thing: null,
};
// Nouns that name a sum of money or a share: "What was Orrery's profit?", "What share of …" ask for an amount.
const MONEY_NOUNS = 'share|percentage|proportion|portion|fraction|percent|rate|discount|price|cost|costs|penalty|fine|amount|sum|value|profit|profits|revenue|revenues|salary|wage|wages|pay|budget|fee|fees|bail|ransom|income|earnings|loss|losses|deficit|debt|fare|rent|compensation|damages|bonus|subsidy|tariff|duty|valuation|worth|severance|payout|payment|payments|investment|levy|surcharge|pension|royalties|allowance|quota|quotas|cap|ceiling|turnout';

// "What was Orrery's profit?", "What bail was set?", "What pay increase did the union claim?"
const MONEY_QUESTION = new RegExp(
  `^(what|which) (is|was|were|are|will be|would be) (the |an? )?(([\\p{L}-]+ )?[\\p{L}'’-]+['’]s )?([\\p{L}-]+ ){0,2}(${MONEY_NOUNS})\\b|^what ([\\p{L}-]+ ){0,2}(${MONEY_NOUNS})( (?:increase|increases|rise|rises|raise|raises|hike|cut|cuts|reduction|increment))? (is|was|were|are|will|would|did|does|do|has|have|had|of)\\b|^how much ([\\p{L}-]+ )?(${MONEY_NOUNS}) (is|was|were|are|will|would|did|does|do|has|have|had|could|can)\\b` +
    // "What will the per-passenger charge be by 2029?": a charge that will be something is a sum.
    `|^what (will|would) (the |an? )?([\\p{L}'’-]+['’]s )?([\\p{L}-]+ )?(${MONEY_NOUNS}|charges?|levy|surcharge)\\b[^?]{0,60}\\bbe\\b`,
  'u',
);

const MONEY_NOUN = new RegExp(`\\b(?:${MONEY_NOUNS})\\b`, 'gu');

/**
 * The money noun a question names ("What was the starting salary …" → "salary"); not a share or
 * rate, which a percentage answers by itself.
 */
export function askedMoneyNoun(question: string): string | undefined {
  const match = MONEY_QUESTION.exec(question.trim().toLowerCase());
  // The question's money noun is the last one its opening holds ("the pay rate" → "rate").
  const noun = match ? [...match[0].matchAll(MONEY_NOUN)].pop()?.[0] : undefined;
  return noun && !/^(share|percentage|proportion|portion|fraction|percent|rate)$/.test(noun) ? noun : undefined;
}

// Words that say how a sum is measured, not which sum it is: "the total cost", "the starting salary".
const MEASURE_WORDS = new Set(
  'total overall final new current annual average starting maximum minimum base basic monthly weekly yearly hourly daily initial first latest original proposed agreed extra additional full combined net gross estimated expected real actual top lowest highest median typical exact same whole entire'.split(' '),
);

const MODIFIED_MONEY_NOUN = new RegExp(`\\b(?:the|a|an|its|their|his|her)\\s+([a-z][a-z-]+)\\s+(?:${MONEY_NOUNS})\\b`, 'i');

/**
 * The noun that says which sum a question asks for ("How much is the travel allowance?" →
 * "travel"): a rural-hardship allowance is not it.
 */
export function moneyModifier(question: string): string | undefined {
  const match = MODIFIED_MONEY_NOUN.exec(question);
  // "How much will the deal cost the county?": the word is the subject of a verb, not a kind of sum.
  if (match && /\b(did|does|do|will|would|could|can|might|should)\s+$/i.test(question.slice(0, match.index))) return undefined;
  const word = match?.[1].toLowerCase();
  // "the deal worth each year": "worth" and "cost" follow what has them; "smallest" measures.
  if (!word || /\s(worth|cost|costs)$/i.test(match![0])) return undefined;
  return !MEASURE_WORDS.has(word) && !STOP_WORDS.has(word) && !/(ly|ed|est)$/.test(word) ? word : undefined;
}

// Figures that, inside quotation marks, are a speaker's claim rather than the story's fact.
export const CLAIMED_FIGURES: Expectation[] = ['age', 'number', 'amount'];
// Strict kinds: without the evidence the passage cannot answer.
export const STRICT: Expectation[] = ['duration', 'age', 'tally', 'number', 'amount', 'size', 'date', 'name'];

/** Reads what a question asks for from its first words. */
export function expectationOf(question: string): Expectation {
  const q = question.trim().toLowerCase();
  // "How tall is the dam?", "How long is the new line?": a measure of length, height or area
  // ("How high" asks a sum as often: "How high will the minimum salary go?").
  // "How long will the new railway line between the two countries be?" too.
  if (
    /^how (tall|deep|wide)\b|^what (is|was|will be) the (height|length|width|depth|area) of\b/.test(q) ||
    new RegExp(`^how long (is|was|are|were|will be) the ([\\p{L}-]+ ){0,2}(${LINEAR_THINGS})\\W*$`, 'u').test(q) ||
    new RegExp(`^how long (will|would) the ([\\p{L}-]+ ){0,2}(${LINEAR_THINGS})\\b[^?]*\\bbe\\W*$`, 'u').test(q)
  )
    return 'size';
  // "How many years will the contract run?" asks how long.
  // "How much notice must a side give?" asks for "12 months' notice".
  if (/^how long\b|^how much (more |longer )?(time|notice|warning)\b|^(over|for|during|within) (what|which) (period|length of time|time ?frame|timeframe|span)\b/.test(q) || new RegExp(`^(by how many|how many|for how many) (more |additional |extra |further )?(${UNITS})\\b`).test(q)) return 'duration';
  if (/^how old\b/.test(q)) return 'age';
  if (/^by (what|which|how (large|big|wide|narrow) an?) (margin|vote|tally)\b/.test(q)) return 'tally';
  // "What share of pilots voted …" asks for the share, not the tally.
  if (/^what (share|percentage|proportion|fraction|percent)\b/.test(q)) return 'amount';
  if (/^what (was|is|were) the ([\p{L}-]+ )?(tally|vote count|final count|margin)\b/u.test(q)) return 'tally';
  if (/^(how|what)\b.*\b(vote(d|s)?|abstain(ed|s)?)\b/.test(q) && !/^what (did|does|do|will|would)\b.*\bvote (on|for)\b/.test(q)) return 'tally';
  if (/^(what|how much) did .*\bcost\b/.test(q)) return 'amount';
  // "What is the least the nation will receive a year?", "What was the most the ministry would pay?"
  if (/^what (is|was|will be|would be) the (least|most|minimum|maximum|lowest|highest) (?!number\b|share\b).*\b(receive[sd]?|get|gets|got|pay|pays|paid|earn|earns|earned|cost|costs|charge|charged|spend|spent|offer|offered|give|gave|make|made)\b/.test(q)) return 'amount';
  if (/^how (much|large|big|costly|expensive)\b/.test(q) || MONEY_QUESTION.test(q)) return 'amount';
  if (/^(what|which) (is|was|are|were) the names?\b|^what (is|was) .* called\b/.test(q)) return 'name';
  if (/^how many\b|^what (was|is) the (vote|tally|count|number|score|(death |casualty )?toll)\b/.test(q)) return 'number';
  if (/^when\b|^(at |on |by |until |from |since |after |before )?(what|which) (date|day|time|hour|year|month)\b|^(by|until|till) when\b/.test(q)) return 'date';
  // "What is the new deadline for consolidation?" asks for a date.
  if (/^(what|which) (is|was|were|are|will be|would be) (the |its |their )?([\p{L}-]+ ){0,2}(deadline|cut-?off date|start date|end date|expiry date|closing date)\b/u.test(q)) return 'date';
  // "In which city did they meet?", "Which venue …": a place answers.
  if (/^where\b|^(in|at|to|from|into|near|outside) (which|what) (city|town|village|capital|country|venue|location|place|hotel|building|region|province|state)\b|^(which|what) (city|town|village|capital|venue|location|hotel)\b/.test(q)) return 'place';
  // "Which union …", "Which countries …": a named body answers, as a named person does.
  if (/^who\b|^(which|what) (person|official|minister|leader|country|countries|government|governments|company|companies|chain|group|groups|party|parties|union|unions|firm|firms|bank|banks|team|teams|club|clubs|nation|nations|organi[sz]ations?|agency|agencies|network|broadcaster|airline|carrier|state|states|province|provinces)\b/.test(q)) return 'person';
  // "Which judge …", "What mediator …": a kind of person.
  // Not a modifier of another noun: "what nurse-to-patient ratio" asks for a ratio.
  const [, kind, next] = /^(?:which|what) ([\p{L}-]+)\b(?:\s+([\p{L}-]+))?/u.exec(q) ?? [];
  if (kind && isRoleNoun(kind) && (!next || AUXILIARY_VERBS.has(next) || /ed$/.test(next) || (hasTag(next, 'Verb') && !hasTag(next, 'Noun')))) return 'person';
  if (/^why\b/.test(q)) return 'reason';
  // "What did Norway's delegation say when it lodged its objection?" asks for its words, as "say about" does.
  if (/^how did .*\b(describe|characteri[sz]e|call|react|respond|put it)\b|^what did .*\b(call|say about|say when|say after|say in)\b/.test(q)) return 'words';
  if (/^(did|does|do|was|were|is|are|has|have|had|will|would|can|could|should)\b/.test(q)) return 'yesno';
  return 'thing';
}

// Words of a question that say what kind of answer it wants, not what it is about.
const QUESTION_WORDS = new Set(['how', 'long', 'many', 'much', 'large', 'big', 'when', 'where', 'why', 'which', 'what', 'who', 'whom', 'happen', 'happened', 'kind', 'get']);

// "How long did it last / take": the verb asks for the duration, it names nothing.
const DURATION_VERBS = new Set(['last', 'lasted', 'take', 'took', 'run', 'ran', 'go', 'went', 'continue', 'continued']);

// Nouns that frame a question and are never its subject ("what was the result", "at what time",
// "the nurse quoted in the story").
// "on behalf of" names no thing the story must hold.
const FRAME_NOUNS = new Set('result results time times name kind type way number amount thing things lot point part story behalf'.split(' '));

// "What was the vote count?": nouns that ask for a vote's figures. Not "tally", which a story
// writes of the count itself ("according to a tally released late Thursday").
const TALLY_FRAMES = new Set('count breakdown split'.split(' '));

// Nouns a question uses to ask, not to name its subject ("what was the result", "take place").
const ASKING_NOUNS = new Set(
  (
    'result results place time times name kind type way number amount share part role reason outcome vote decision date day deal agreement price size age level value worth status position response reaction view plan cost total thing things point lot end people persons individuals ' +
    // Figures of speech and frames: "how much money", "the government side", "at the centre of", "change their minds".
    'money deadline side sides centre center heart core mind minds sticking margin ' +
    // "voted in favour of" names a side of the vote, not a thing.
    'favour favor ' +
    // "By what percentage …", "What sum …": the kind of answer, which the story gives without the word.
    'percentage proportion sum figure ' +
    // "Did the deal do anything about …" names nothing.
    'anything something everything nothing'
  ).split(' '),
);

/** The question's nouns that name its subject: a word the articles lack there means no answer. */
export function focusNouns(question: string): Set<string> {
  // compromise may take a verb after an auxiliary for a noun ("will the hospital stay open").
  // So may one after a subject of two words ("could the health plan face").
  const afterAuxiliary = new Set(
    [...question.matchAll(/\b(?:will|would|does|did|do|to|can|could|should|must|might)\s+(?:the\s+\w+\s+)?(\w+)/gi), ...question.matchAll(/\b(?:will|would|does|did|do|can|could|should|must|might)\s+the\s+\w+\s+\w+\s+(\w+)/gi)].map((match) =>
      match[1].toLowerCase(),
    ),
  );
  // "When do the cut bus routes return?": after an auxiliary, the question's last word is its verb,
  // unless an article makes it a noun ("Where will they sign the agreement?"); so is the word before
  // a closing particle ("What cap did the proposal call for?").
  const closing = /^\w+(?:\s+\w+)?\s+(?:will|would|does|did|do|can|could|should|must|might)\s+.*?(?<!\b(?:the|a|an|its|their|his|her|our|this|that)\s+)\b(\w+)(?:\s+(?:for|on|off|out|up|down|over|back|with|about|against))?\s*\?*\s*$/i.exec(question.trim());
  if (closing) afterAuxiliary.add(closing[1].toLowerCase());
  const nouns = (nlp(question).match('#Noun').not('#Pronoun').terms().out('array') as string[]).filter((noun) => !afterAuxiliary.has(noun.toLowerCase().replace(/[^\p{L}'-]/gu, '')));
  return new Set(nouns.map((noun) => normalizeForMatch(noun).replace(/[^\p{L}\p{N}'-]/gu, '').replace(/'s$/, '')).filter((noun) => noun && !ASKING_NOUNS.has(noun)));
}

// Verbs that carry a question's grammar, not its event.
const AUXILIARY_VERBS = new Set('is are was were be been being do does did have has had will would can could should must may might'.split(' '));

/** The question's own verbs, as index terms. */
export function questionVerbs(question: string): string[] {
  return (nlp(question).match('#Verb').terms().out('array') as string[])
    .map((verb) => verb.toLowerCase().replace(/[^\p{L}'-]/gu, ''))
    .filter((verb) => verb && !AUXILIARY_VERBS.has(verb))
    .map((verb) => indexTerm(verb))
    .filter((term): term is string => term !== null);
}

/** "Which judge …", "Who is the mediator …" → "judge", "mediator": the kind of person asked for. */
export function askedRole(question: string): string | undefined {
  const which = /^(?:which|what) ([\p{L}-]+)\b/iu.exec(question.trim())?.[1];
  if (which) return which.toLowerCase();
  // "Who is Castellan's financial adviser", "Who were the other two arbitrators": the first role noun.
  // "Who will the regulator appoint as the independent monitor?" asks for the monitor.
  const after =
    /^who (?:is|was|are|were|will be|would be) (?:the |an? )?(?:[\p{L}-]+['’]s )?(.*)$/iu.exec(question.trim())?.[1] ??
    /^who (?:will|would|did|does|do|has|have|is|are) .{1,60}?\b(?:appoint(?:ed)?|name[ds]?|nominate[ds]?|choose|chose|pick(?:ed)?|select(?:ed)?|hire[ds]?|install(?:ed)?) as (?:the |an? |its |their )?(.*)$/iu.exec(question.trim())?.[1] ??
    // "Who will serve as the arbitrator?", "Who acted as mediator?": the post itself.
    /^who (?:will |would |did |does |has |have )?(?:serve[ds]?|act(?:s|ed)?|sit(?:s)?|sat) as (?:the |an? |its |their )?(.*)$/iu.exec(question.trim())?.[1];
  if (!after) return undefined;
  const words = after.split(/\s+/).slice(0, 4).map((word) => word.replace(/[^\p{L}-]/gu, '').toLowerCase());
  return words.find((word) => isRoleNoun(word)) ?? words[0];
}

// "How much ransom did the gang demand?": the sum is the object of the question's verb.
const SUM_AS_OBJECT = /^how much [\p{L}-]+ (did|does|do|will|would|has|have|had) (.+?)\s*\??$/iu;

/**
 * The verb whose object a "how much ransom did the gang demand" question asks for, as an index
 * term ("demand"), so that a sum the story says was "demanded" is the ransom. A tagger reads
 * "the gang demand" as one noun phrase, so the auxiliary is put back after the subject, wherever
 * that ends, until a verb follows it.
 */
export function sumVerbOf(question: string): string[] {
  const [, auxiliary, clause] = SUM_AS_OBJECT.exec(question.trim()) ?? [];
  if (!clause) return [];
  // "would the tax have raised": the perfect's auxiliary is no part of the verb asked for.
  const words = clause.split(/\s+/).filter((word) => !/^(have|has|had|be|been)$/i.test(word));
  for (let subject = 1; subject < Math.min(words.length, 5); subject++) {
    if (/^(the|a|an|its|their|his|her|this|that|these|those)$/i.test(words[subject - 1]!)) continue;
    const rest = words.slice(subject).join(' ');
    const read = nlp(`${words.slice(0, subject).join(' ')} ${auxiliary} ${rest}`);
    // "the fertiliser would tax raised": a verb right after it shows the word is the subject's noun.
    if (read.match(`${auxiliary} #Adverb? #Verb #Verb`).found) continue;
    const verb = (read.match(`${auxiliary} #Adverb? [#Verb]`, 0).out('array') as string[])[0];
    const term = verb && indexTerm(verb.toLowerCase().replace(/[^\p{L}-]/gu, ''));
    if (term) return [term];
  }
  return [];
}

/** "How many cargo ships …" → "ships": the count must be a count of that noun. */
const isNounOrAdjective = (term?: { tags: string[] }) => !!term && (term.tags.includes('Noun') || term.tags.includes('Adjective')) && !term.tags.includes('Pronoun');

export function countedNoun(question: string): string | undefined {
  if (!/^how many\s/i.test(question.trim())) return undefined;
  // "How many of the freed detainees were women?" counts the women.
  const ofWhom = /^how many of\s.+?\s(?:were|are|was|is)\s+([a-z-]+)\s*\?*$/i.exec(question.trim())?.[1];
  if (ofWhom && nlp(ofWhom).has('#Plural')) return ofWhom.toLowerCase();
  // The noun phrase runs until the question's verb or a function word: "how many passengers used …".
  const terms = (nlp(question.trim()).terms().json() as { terms: { normal: string; tags: string[] }[] }[]).map((term) => term.terms[0]);
  let noun: string | undefined;
  const window = terms.slice(2, 7);
  for (const [k, { normal, tags }] of window.entries()) {
    // "How many Senmarese firms": a name before the noun qualifies it.
    if (tags.includes('ProperNoun') && noun === undefined && k + 1 < window.length) continue;
    // "How many local government areas": an adjective before the noun qualifies it.
    if (tags.includes('Adjective') && !tags.includes('Noun') && noun === undefined && isNounOrAdjective(window[k + 1])) continue;
    // "How many fishing boats did …": a plural the tagger reads as a verb, before the question's own verb.
    const pluralBeforeVerb = /[^s]s$/.test(normal) && tags.includes('Verb') && AUXILIARY_VERBS.has(window[k + 1]?.normal ?? '');
    if (pluralBeforeVerb) return normal;
    // "How many train and tram services": nouns joined before the head qualify it too.
    const isNoun = (term?: { tags: string[] }) => !!term && term.tags.includes('Noun') && !term.tags.includes('Pronoun') && !term.tags.includes('ProperNoun');
    if ((normal === 'and' || normal === 'or') && noun !== undefined && isNoun(window[k + 1]) && isNoun(window[k + 2])) continue;
    if (!tags.includes('Noun') || tags.includes('Pronoun') || tags.includes('ProperNoun') || STOP_WORDS.has(normal)) break;
    noun = normal;
  }
  return noun;
}

const NUMBER = new RegExp(`^(\\d[\\d,.]*|${NUMBER_WORDS}|no|none|dozens|hundreds|thousands)$`, 'i');

// A date written with its day: "22 April", "April 22", "Sept. 15".
const DAY_OF_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_WORDS})\\b\\.?|\\b(?:${MONTH_WORDS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, 'gi');

/**
 * Whether the text puts a number next to the noun: "40 unarmed observers", "licences … there are
 * six". A number after the noun that heads a noun of its own ("arrived within four minutes")
 * counts that noun instead.
 */
export function countsNoun(text: string, noun: string): boolean {
  // "97% of goods traded" gives a share, not a count of trades.
  // Nor does "trade by £2.1 billion a year" count trades: a sum is no count.
  // "began on 22 April, when members …": a day of the month counts nothing.
  const tokens = normalizeForMatch(text.replace(DAY_OF_MONTH, ' date '))
    .replace(/'s\b/g, '')
    .replace(/(\d)\s*(?:%|per ?cent\b)/g, '$1pct')
    .replace(/[$€£¥₱₦₹₩₽₺]\s?\d[\d,.]*(?:[\s-]?(?:million|billion|trillion|bn|m)\b)?/gi, ' sum ').match(/[\p{L}\p{N}]+(?:[-',.][\p{L}\p{N}]+)*|[,;:.()]/gu) ?? [];
  const isWord = (token: string | undefined) => token !== undefined && /^[\p{L}\p{N}]/u.test(token);
  return tokens.some((token, at) => {
    const term = isWord(token) ? indexTerm(token) : null;
    if (!term || !holds(new Set([term]), noun)) return false;
    const before = tokens.slice(Math.max(0, at - 4), at).filter(isWord);
    // "voted by 38 to 9 to recommend the deal" counts votes, not deals: a count runs into its noun
    // through modifiers ("40 unarmed observers", "14 of its companies"), not through a verb.
    const runsInto = (from: number) => before.slice(from + 1).every((word, k, between) => word !== 'to' && (!/^(the|a|an)$/.test(word) || between[k - 1] === 'of'));
    // "one of the largest producers" names a member of a group, not a count.
    if (before.some((word, k) => NUMBER.test(word) && !(word === 'one' && before[k + 1] === 'of') && runsInto(k))) return true;
    // "64 Polish universities and research institutes": one number counts the kinds a list joins.
    const listed = tokens.slice(Math.max(0, at - 7), at);
    const joined = listed.map((word) => NUMBER.test(word)).lastIndexOf(true);
    const between = joined >= 0 ? listed.slice(joined + 1) : [];
    if (between.filter((word) => word === 'and' || word === 'or').length === 1 && between.every((word) => isWord(word) && (word === 'and' || word === 'or' || !STOP_WORDS.has(word)))) return true;
    // The word after a number is read from the whole text: "… and hit about 23,000 public schools"
    // counts schools, though "public" falls past the window.
    return tokens.slice(at + 1, at + 9).some((after, k) => {
      if (!NUMBER.test(after) || /^(no|some)$/.test(after)) return false;
      const next = tokens[at + k + 2];
      // "1:09 p.m." is a time, not a count.
      if (next === ':' || /^[ap]\.?m\b/.test(tokens[at + k + 3] ?? '') || /^[ap]\.m$/.test(next ?? '')) return false;
      return !isWord(next) || STOP_WORDS.has(next!);
    });
  });
}

/** Whether a capitalised name stands within `reach` words of the noun ("the trust, Harbour Care", "the Harbour Care trust"). */
export function nameNear(text: string, noun: string, reach = 5): boolean {
  const words = text.split(/\s+/);
  const capitalised = (word: string) => /^\p{Lu}\p{Ll}/u.test(word) && !STOP_WORDS.has(word.toLowerCase());
  return words.some((word, at) => {
    const term = tokenTerm(word);
    if (!term || !holds(new Set([noun]), term)) return false;
    // "wrote to the Health Secretary": capitalised words running into a capitalised noun are its title, not a name.
    let title = at;
    while (capitalised(word) && title > 0 && capitalised(words[title - 1]) && !/[,;:]$/.test(words[title - 1])) title--;
    const from = Math.max(1, at - reach);
    return words.slice(from, at + reach + 1).some((near, k) => (k + from < title || k + from > at) && capitalised(near));
  });
}

/**
 * "What is the name of the guesthouse where the talks were held?" → "guesthouse": the thing whose
 * name is asked, the last word before a clause or a phrase that says which one.
 */
export function namedNoun(question: string): string | undefined {
  const after = /\bnames? of (?:the |a |an |its |their |his |her )?(.+)$/i.exec(question.trim())?.[1];
  if (!after) return undefined;
  let noun: string | undefined;
  for (const raw of after.split(/\s+/).slice(0, 4)) {
    const word = raw.replace(/[^\p{L}'’-]/gu, '').toLowerCase();
    if (!word || STOP_WORDS.has(word) || /^(where|that|which|who|whom|whose|when)$/.test(word) || (noun && /ing$/.test(word))) break;
    noun = word;
    if (/[?,]$/.test(raw)) break;
  }
  return noun;
}

/** The question's words that say what it is about, each with its index term. */
/** "In which city …", "What venue …": a question that names the kind of place it asks for. */
export const ASKS_A_KIND_OF_PLACE = /\b(?:which|what) (city|town|village|capital|country|venue|location|place|hotel|building|region|province|state)\b/i;

export function questionWords(question: string, expectation: Expectation): { word: string; term: string }[] {
  const seen = new Set<string>();
  const words: { word: string; term: string }[] = [];
  // "take place" only asks that something happened: neither word names the event.
  // In "take effect" the noun carries the meaning: "take up the agreement" is no start.
  const plain = question.replace(/\b(take|takes|took|taken|taking) place\b/gi, 'happen').replace(/\b(take|takes|took|taken|taking) effect\b/gi, 'effect');
  for (const word of tokenize(plain)) {
    // Of a sum, "the most" is told as "a maximum" or "up to", which the answer check reads; "money"
    // and "in total" say only that a sum is asked ("pledges worth $1.37bn").
    const sumFrame = expectation === 'amount' && /^(most|least|money|total)$/i.test(word);
    if (QUESTION_WORDS.has(word) || FRAME_NOUNS.has(word) || sumFrame || (expectation === 'duration' && DURATION_VERBS.has(word)) || (expectation === 'tally' && TALLY_FRAMES.has(word))) continue;
    const term = indexTerm(word);
    if (term === null || seen.has(term)) continue;
    seen.add(term);
    words.push({ word, term });
  }
  return words;
}

// Where one clause of a sentence ends and the next begins.
// A comma inside a figure ("£95,000") is no break.
const CLAUSE_BREAK = /,(?!\d{3}\b)|[;:()\u2013\u2014]|\s-\s|\b(?:which|who|whose|while|whereas|but)\b/i;

/**
 * Whether a clause that holds the fact, or the clause before it, also holds one of the terms:
 * "Sakuraba, which reported revenue of ¥96 billion, … would pursue a damages claim" gives no sum
 * for the damages. `leadIn` is what a list item continues ("The pledges include:").
 */
const NAME_LIST_COMMA = /(\p{Lu}[\p{L}-]*),(?=(?:\s+\p{Lu}[\p{L}-]*,)*\s+\p{Lu}[\p{L}-]*\s+(?:and|&)\s+\p{Lu})/gu;

export function factInClauseWith(text: string, fact: RegExp, terms: string[], leadIn = ''): boolean {
  // "$150 million (Dh551 million) in humanitarian aid": a figure's gloss in brackets breaks no clause.
  // Nor does an acronym glossed in brackets: "Members of the Harbour Workers' Union (ODHWU) backed it by 71%".
  const clauses = text
    .replace(/\(([^()]{0,30}\d[^()]{0,30})\)/g, ' $1 ')
    .replace(/\s*\((\p{Lu}[\p{Lu}\p{N}&.-]{1,10})\)/gu, ' $1')
    // Nor does a list inside a name: "the Disturbance, Availability and Transport allowance".
    .replace(NAME_LIST_COMMA, '$1')
    .split(CLAUSE_BREAK).filter((clause): clause is string => !!clause);
  return clauses.some((clause, at) => {
    if (!fact.test(clause)) return false;
    const near = new Set([...contentTerms(clause), ...contentTerms(at > 0 ? clauses[at - 1] : leadIn)]);
    return terms.some((term) => holds(near, term));
  });
}

/** A sentence's text without the words the question itself uses, so a question's "2029" is no answer. */
export function withoutQuestionWords(text: string, question: string): string {
  const asked = new Set(tokenize(question).filter((word) => /\d/.test(word)));
  return asked.size ? text.replace(/[\d][\d,.:]*/g, (number) => (asked.has(number.replace(/[.,]$/, '')) ? ' ' : number)) : text;
}

/** Capitalised words after the first that name something ("NATO", "Lavrov", "Cobalt Foods"). */
export function properNouns(question: string): string[] {
  return properNounRuns(question).flat();
}

/** The question's names, each as its run of capitalised words ("Jasper Talbot", "Kestrel Bay"). */
export function properNounRuns(question: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  // "Commission on Ordination and Marriage": a body's name runs on across its small words.
  let linking: string[] = [];
  for (const raw of question.trim().split(/\s+/).slice(1)) {
    const word = raw.replace(/^[^\p{L}]+|[^\p{L}\p{N}]+$/gu, '').replace(/[’']s$/, '');
    const bodyName = run.some((part) => ORGANISATION_WORDS.has(part.toLowerCase()));
    // "the 7GHz band": a unit written onto its figure is no name.
    if (/^\p{Lu}/u.test(word) && word.length > 1 && !/^\d/.test(raw)) run.push(...linking, word), (linking = []);
    else if (bodyName && linking.length === 0 && raw === word && /^(?:of|on|for|and)$/.test(word) && (word !== 'and' || run.some((part) => /^(?:of|on|for)$/.test(part)))) linking.push(word);
    else if (run.length) runs.push(run), (run = []), (linking = []);
    // A comma or a possessive ends a name ("Talbot's", "Orrery, Sakuraba").
    if (run.length && /(?:[’']s|[,;:?])$/.test(raw)) runs.push(run), (run = []);
  }
  if (run.length) runs.push(run);
  return runs;
}

/** A term is held by a set of terms exactly, or as the start of a longer one ("russia" in "russian"). */
export function holds(terms: Set<string>, term: string): boolean {
  if (terms.has(term)) return true;
  if (term.length < 3) return false;
  // A noun made from a verb is found by the verb: "agreement" by "agreed" (stem "agre").
  const verbal = /^(.{3,}?)e?ment$/.exec(term)?.[1];
  if (verbal && (terms.has(verbal) || terms.has(`${verbal}e`))) return true;
  for (const other of terms)
    if (other.length > term.length && other.startsWith(term) && other.length - term.length <= 3) return true;
    // The other way ("russian" asked, "russia" written) only from a stem long enough to be a word
    // of its own: "pass" does not hold "passengers".
    else if (term.length > other.length && other.length >= 5 && term.startsWith(other) && term.length - other.length <= 3) return true;
  return false;
}

/**
 * Words that put a sentence's date ahead, or say none is set; a present tense that schedules
 * ("the board, which meets in Hobart on October 28", "the tender closes in February") too.
 */
export const FUTURE =
  /\b(will|would|shall|next|expected|due|scheduled|set to|set for|set \w+ for|plans?|later|upcoming|(?:is|are) to (?!blame\b)\w+|must|within|by \d{4}|(agreed|agree|decided|promised|pledged|vowed) to|no date|not (yet )?(been )?(set|scheduled|announced)|needs|meets|opens|begins|starts|closes|expires|resumes|reconvenes|convenes|(?:clears?|paves?|opens?) the way for)\b/i;

// A year or a named day says "when" more exactly than a weekday.
export function evidenceStrength(expectation: Expectation, text: string, question: string): number {
  if (expectation === 'duration') return durationOfSubject(text, question) ? 0.8 : 0;
  // "How many …?" is better answered by "more than 3,100" than by "hundreds".
  if (expectation === 'number') return !/\d/.test(text) && /\b(dozens|hundreds|thousands|millions)\b/i.test(text) ? -0.2 : 0;
  // "What was the final House vote?" is better answered by "a 258-to-170 vote" than by one side's count.
  if (expectation === 'tally') return FULL_TALLY.test(text) ? 0.8 : 0;
  if (expectation !== 'date') return 0;
  // "At what time …" wants a clock time above any date.
  if (/\b(time|hour)\b/i.test(question) && /\b\d{1,2}(:\d{2})?\s?(a\.m\.|p\.m\.|am|pm)|\b(midnight|noon|dawn|dusk)\b/i.test(text)) return 0.8;
  // "When does the season start?": "which runs from October 1" tells its start.
  if (/^when (?:does|do|will|is|are)\b.*\b((start|begin|open|commence|kick off|kick in)s?|take effect|go into effect|come into (force|effect)|become effective)\??$/i.test(question.trim()) && STARTS_ON.test(text)) return 0.8;
  // "By what date must Orsolen appeal?": "has until April 30" sets the limit asked for.
  if (ASKS_DEADLINE.test(question) && DEADLINE_DATE.test(text)) return 0.8;
  if (new RegExp(`\\b\\d{4}\\b|\\b(next|last) (week|month|year)\\b|\\bwithin \\d+|\\b(${MONTHS})\\b`, 'i').test(text)) return 0.4;
  return new RegExp(`\\b(${WEEKDAYS})\\b`, 'i').test(text) ? -0.2 : 0;
}

const ASKS_DEADLINE = /^(?:by|until|till) (?:what|which) (?:date|day|time)\b|^(?:by|until|till) when\b|\bdeadline\b/i;
const DEADLINE_DATE = new RegExp(`\\b(?:has|have|had|given|gets?|until|till|by|before|no later than|deadline (?:of|is|was))\\s+(?:until\\s+)?(?:the end of\\s+)?(?:${MONTH_WORDS})\\b`, 'i');

// "The truce is due to take effect at midnight on Monday" tells when it starts as "begins on Monday" does.
const STARTS_ON = new RegExp(
  `\\b(from|starting|beginning|begins|starts|opens|commences)\\s+(on\\s+)?(${MONTHS}|${WEEKDAYS}|\\d)|\\b(takes?|taking|took|comes?|came) (effect|into force)\\b[^.;]{0,25}?\\b(${MONTHS}|${WEEKDAYS}|\\d)`,
  'i',
);

// "How long was the strike?", "How long did the final session last?", "How long will the deal remain
// in force?": the thing whose length is asked.
const LENGTH_OF = /^how long (?:was|were|did|does|do|will|has|had|is|are) (?:the |a |an |their |its |this |that )?(?:[\p{L}'’-]+ ){0,3}?([\p{L}-]+)(?: (?:last|run|take|go on|drag on|continue|remain|stay|be in force)\b|\?|$| in | at | on | with | between | by )/iu;
const SPAN = `(?:\\d+|${NUMBER_WORDS}|several|a few)[ -](?:${UNITS})`;
// The span before the noun ("a seven-week strike", "13 hours of talks") or after it ("lasted six hours").
const SPAN_BEFORE = new RegExp(`${SPAN}s?(?: \\w+)?$|${SPAN}s? of(?: \\w+){0,2}$`, 'i');
const SPAN_AFTER = new RegExp(`^(?:\\w+ ){0,2}(?:lasted|took|ran|went on|dragged on|continued)(?: for)? (?:about |nearly |almost |more than |over |just )?${SPAN}`, 'i');

/** "How long will the new contract last?" → "contract": the thing whose length is asked. */
export const lengthAskedOf = (question: string): string | undefined => LENGTH_OF.exec(question.trim())?.[1];

/**
 * Whether the text gives the length of the thing the question asks about: "a seven-week strike",
 * "after 13 hours of talks", "the session lasted six hours"; not another span in the sentence.
 */
export function durationOfSubject(text: string, question: string): boolean {
  const noun = lengthAskedOf(question);
  const term = noun && indexTerm(noun.toLowerCase());
  if (!term) return false;
  const words = text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  return words.some((word, at) => {
    if (indexTerm(word) !== term) return false;
    return SPAN_BEFORE.test(words.slice(Math.max(0, at - 5), at).join(' ')) || SPAN_AFTER.test(words.slice(at + 1, at + 7).join(' '));
  });
}

