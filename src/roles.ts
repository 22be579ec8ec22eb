import { isKnownFirstName, isPortfolioWord, WEEKDAY_OR_MONTH, type NameSpan } from './names.js';
import { isHonorific, isRoleNoun, ORGANISATION_WORDS, SPEECH_VERB_ALTERNATIVES, SPEECH_VERBS } from './vocabulary.js';
import { STOP_WORDS } from './text.js';
import { isDictionaryWord, isPersonNoun } from './synonyms.js';

/** How a role was written, strongest first. */
export type RoleKind = 'title' | 'appositive' | 'before' | 'relative' | 'alias';

export const ROLE_KIND_ORDER: RoleKind[] = ['title', 'appositive', 'before', 'alias', 'relative'];

// Courtesy titles say nothing of a person's role.
const COURTESY = /^(mr|mrs|ms|miss|mx|dr|prof|sir|dame|cde|comrade|datuk|dato|seri|sri|yb|shri|smt|shrimati|kumari|thiru|tmt|excellency|highness|eng|h\.?e)\.?$/i;

const words = (text: string): string[] => text.match(/[\p{L}\p{M}\p{N}’'\-.]+/gu) ?? [];

/** The title before a name without its courtesy words ("Dr", "Mr"), which say no role. */
const titleWithoutCourtesy = (span: NameSpan): string =>
  span.title
    // "Tan Sri", "Puan Sri": Malaysian honours of two words, the second a courtesy word on its own.
    .replace(/\b(?:Tan|Puan|Toh Puan)\s+(?=Sri\b)/g, '')
    .split(' ')
    .filter((word) => !COURTESY.test(word))
    .join(' ');

/** "Secretary of State" or "President … of Chile" → the role the title states, if any. */
export function titleRole(span: NameSpan, sentence: string): string | null {
  const title = titleWithoutCourtesy(span);
  if (!title) return null;
  const owned = isRoleNoun(title) ? [titleOwner(sentence.slice(0, span.start)), title].filter(Boolean).join(' ') : title;
  const held = ORGANISATION_WORDS.has(title.split(' ')[0].toLowerCase()) ? postAtBody(sentence.slice(0, span.start)) : '';
  return `${held}${portfolioBefore(sentence.slice(0, span.start), title)}${span.ofPlace ? `${owned} of ${span.ofPlace}` : owned}`;
}

// "Public Service, Labour and ": capitalised portfolio words, a list ended by "and".
const PORTFOLIO_LIST = /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}-]*,?\s+){1,6})and\s+$/u;

/**
 * "Water and Sanitation Minister X", "Public Service, Labour and Social Welfare Minister X": the
 * portfolios before "and" belong to the title that the run of capitals after it starts.
 */
function portfolioBefore(before: string, title: string): string {
  if (!isPortfolioWord(title.split(' ')[0])) return '';
  const words = PORTFOLIO_LIST.exec(before)?.[1].split(/\s+/).filter(Boolean) ?? [];
  // "According to Cde X, Finance, Economic Development and": the list starts after the name.
  let from = words.length;
  const portfolio = (word: string) => isPortfolioWord(word) && !WEEKDAY_OR_MONTH.test(word);
  while (from > 0 && portfolio(words[from - 1].replace(/,$/, ''))) from--;
  const list = words.slice(from);
  // "on Monday, and US District Judge X": one word and a comma end a clause, not a list.
  return list.length > 0 && !(list.length === 1 && list[0].endsWith(',')) ? `${list.join(' ')} and ` : '';
}

// "Minister of State at the Department of Transport X": a capitalised post, then the body it is held at.
const POST_AT_BODY = /(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}(?:\s+(?:of|for)\s+\p{Lu}[\p{L}-]*)?\s+(?:at|in)\s+the\s+)$/u;

/** The post written before a title that is a body's name ("Minister of State at the "), or nothing. */
function postAtBody(before: string): string {
  const post = POST_AT_BODY.exec(before)?.[1];
  const head = post?.split(' ')[0] ?? '';
  return post && (isHonorific(head) || isRoleNoun(head)) ? post : '';
}

// A body's name may hold a number or a lower-case kind of body, which end a run of capitals.
const OWNER_WORD = /^(?:\p{Lu}[\p{L}'’&.-]*|\d{1,5}|board|council|union|district|committee|local|league|club|party)$/u;

/**
 * "Local 417 President Dorcas Mwangangi", "School board President Casimir Szymborska": the body a
 * one-word title belongs to, written just before it, whose number, lower-case word or brackets
 * kept it out of the title's run of capitals.
 */
function titleOwner(before: string): string {
  if (!/\S\s+$/.test(before)) return '';
  // "… Regulatory Board (LTFRB) Chair X": the body's initials, in brackets after its name.
  const initials = /\((\p{Lu}[\p{Lu}\d&]{1,9})\)\s+$/u.exec(before);
  if (initials) return initials[1];
  const run: string[] = [];
  for (const word of before.trimEnd().split(/\s+/).reverse()) {
    if (!OWNER_WORD.test(word) || STOP_WORDS.has(word.toLowerCase()) || WEEKDAY_OR_MONTH.test(word)) break;
    run.unshift(word);
  }
  // It opens on a capital, holds a number or a lower-case word, and is no more than a short name.
  if (run.length === 0 || run.length > 4 || !/^\p{Lu}/u.test(run[0])) return '';
  return run.some((word) => /^(?:\d|\p{Ll})/u.test(word)) ? run.join(' ') : '';
}

// Words that open a noun phrase used as an appositive ("the", "a", "Ghana's", "chief").
const opensNounPhrase = (word: string) =>
  /^(the|a|an|one|its|his|her|their|our|former|acting|interim|longtime|veteran|senior|top|lead|principal|special|regional|national|foreign|interior|defen[cs]e|finance|trade|health|longtime|outgoing|incoming|newly|retired|then)$/i.test(word) ||
  /[’']s$/.test(word) ||
  /^\p{Lu}/u.test(word) ||
  isRoleNoun(word);

// After "a" or "an" a capitalised word is still a common noun, a post written with capitals as some
// house styles do: "a Senior Lecturer at the University of Cape Coast".
// "a pivot for the Houston Flares", "a PSA at Balmurie Primary": a noun for a person, or a post's
// initials, tied to the body the person serves, is the role.
const hasRoleNounEarly = (phrase: string[]) =>
  phrase.slice(0, 8).some(
    (word, k) =>
      isRoleNoun(word) ||
      (k <= 3 && /^an?$/i.test(phrase[0]) && (isRoleNoun(word.toLowerCase()) || (/^(?:for|with|at)$/.test(phrase[k + 1] ?? '') && (/^\p{Lu}{2,5}$/u.test(word) || (/^\p{Ll}+$/u.test(word) && isPersonNoun(word)))))),
  );

// "X, a Columbus, Ohio, dental patient": a town and its state, their commas held out of the way while the phrase is read.
const PLACE_AND_STATE = /^(,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}\p{Lu}[\p{L}.-]*),(\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?),/u;
const HELD_COMMA = '\uE000';

/** "X, the union aide leading the delegation," → "the union aide leading the delegation". */
export function appositiveAfter(sentence: string, span: NameSpan): string | null {
  // An age or a party may stand first: "X, 54, a former diplomat," / "X (R-Texas), the ranking member".
  // "X, a Columbus, Ohio, dental patient": the commas of a place and its state close no phrase.
  const afterName = withoutPartyLabel(sentence.slice(span.end)).replace(PLACE_AND_STATE, (_, place: string, state: string) => `${place}${HELD_COMMA}${state}${HELD_COMMA}`);
  const after = afterName.replace(/^,\s+\d{1,3}(?=,)/, '');
  const aged = after !== afterName;
  // "a fifth-year Ph.D. candidate": the stop of an abbreviation ends no phrase.
  // A dash closes the aside too: "Hamma Intallou, a Tuareg notable—persuaded …".
  const match = /^,\s+([^,;:“”"()—–]+?)(?=,|;|:|—|–|(?<!\.\p{Lu})\.\s|\.?["”]?$|\s[“"(])/u.exec(after);
  if (!match) return null;
  let phrase = match[1].trim().replaceAll(HELD_COMMA, ',');
  // A long appositive keeps its head: "a tuna fisher from the atoll of X (who has …)".
  if (words(phrase).length > 12) phrase = phrase.replace(/\s+(who|which|that|whose)\s.*$/, '');
  const phraseWords = words(phrase);
  if (phraseWords.length === 0 || phraseWords.length > 24) return null;
  // "X, from the patient group Patients' Voice, said": the body a person speaks for is who they are.
  if (/^(?:from|of)\s+the\s/i.test(phrase) && phraseWords.slice(2, 6).some((word) => ORGANISATION_WORDS.has(word.toLowerCase()))) return phrase;
  // "Helena Szczepanska SC, for Mirrabool Water, told the court": counsel are known by whom they act for.
  if (/^for\s+(?:the\s+)?\p{Lu}/u.test(phrase)) return phrase;
  if (/^(who|whose|which|where|when|according|said|says|told|and|but|or|as|in|on|at|for|during|after|before|speaking|saying)\b/i.test(phrase)) return null;
  // "X, officials said." attributes the sentence; it does not describe X.
  if (/^(?:[\p{L}’'-]+\s+){0,2}(?:said|say|says|told|added|reported|confirmed)$/u.test(phrase)) return null;
  // "Speaking on RTÉ's Morning Ireland, NPTU General Secretary X said …": the clause after the comma has its own speaker.
  if (/^(?:\p{Lu}[\p{L}’'.-]*\s+){2,}(?:said|says|told|added)\b/u.test(phrase)) return null;
  // After an age ("X, 67, a retired mail carrier") the phrase describes a person whatever its noun.
  const describesAgedPerson = aged && /^(a|an|the)$/i.test(phraseWords[0]);
  // "X, country director of Y", "X, oceans campaigner at Y": a bare noun may modify the role noun after it.
  // "X, managing director of Y": a participle qualifies the role noun only when right before it.
  const modifiedRole =
    /^\p{Ll}[\p{Ll}-]*$/u.test(phraseWords[0]) &&
    !STOP_WORDS.has(phraseWords[0]) &&
    (/(ing|ed|ly)$/.test(phraseWords[0]) ? isRoleNoun(phraseWords[1] ?? '') : phraseWords.slice(1, 3).some(isRoleNoun));
  if (!describesAgedPerson && !modifiedRole && (!opensNounPhrase(phraseWords[0]) || !hasRoleNounEarly(phraseWords))) return null;
  // "For the union's leader, X, the deal also recognised …": a clause, not a description of X.
  if (/^(the|a|an|this|that)\s+[\p{L}-]+\s+(also|still|then|now|has|had|have|will|would|is|was|were|are)\b/iu.test(phrase)) return null;
  return phrase;
}

/**
 * "Hester Quarmby is a Guardian columnist and a former Middle East correspondent.": a sentence that
 * opens on the name and says what the person is, as a writer's line at the foot of a column does;
 * or what the writer covers ("Dorotea Zielke covers courts and public safety for the Ledger.").
 */
export function copulaRole(sentence: string, span: NameSpan): string | null {
  if (!/^\W*$/.test(sentence.slice(0, span.start))) return null;
  const beat = /^\s+((?:covers|reports on|writes about)\s[^.;:“”"]{2,100}?)(?=[.;:]|$)/u.exec(sentence.slice(span.end));
  if (beat) return beat[1].trim();
  // "Aonghas Munro, 71, has crofted at Kinlochbrae all his life.", "Ms. X, 51, has driven city buses
  // for 23 years.": a lifetime's work says who someone is.
  const career = /^(?:,\s+\d{1,3},)?\s+(?:has|had)\s+((?:\p{Ll}+ed|run|taught|led|built|grown|driven|flown|written|drawn)\s+(?:(?:at|in|on|as|with|from|for|near|out of)\s)?[^.;:“”"]{2,80}?(?:\ball (?:his|her|their) (?:life|lives|working life)|\bfor (?:\d+|\p{Ll}+(?:-\p{Ll}+)?) (?:years|decades)|\bsince (?:\d{4}|the \d{4}s)))(?=[,.;:]|$)/u.exec(sentence.slice(span.end));
  if (career) return `has ${career[1].trim()}`;
  // "X is Horizon Aviation Review’s Europe editor": the body may own the post.
  const match = /^\s+(?:is|was)\s+((?:a|an|the|(?:\p{Lu}[\p{L}&.-]*\s+){0,4}\p{Lu}[\p{L}&.-]*['’]s)\s[^.;:“”"]{2,100}?)(?=\s+(?:who|which|whose)\b|[.;:]|$)/u.exec(sentence.slice(span.end));
  if (!match) return null;
  const phrase = match[1].trim().replace(/[,\s]+$/, '');
  return hasRoleNounEarly(words(phrase)) ? phrase : null;
}

/**
 * "The Banco Central de Veracosta, headed by Rodolfo Cibils," → "head of the Banco Central de
 * Veracosta": a body said to be led by the person.
 */
export function ledByRole(sentence: string, span: NameSpan): string | null {
  const before = sentence.slice(0, span.start);
  const tail = LED_BY.exec(before);
  // "A committee, chaired by Barqan": a country or a body chairs as well, and a lone name without a title may be one.
  if (!tail || (span.nameTokens.length === 1 && span.title === '')) return null;
  // The body is the phrase before the participle: past any clause that leads to it ("referred to a committee").
  // "The National Association of Toll Road Operators (ANOP), chaired by X": the body's initials are its name again.
  const segments = before
    .slice(0, tail.index)
    .replace(/\s*\(\p{Lu}[\p{Lu}\p{N}&.-]{1,10}\)\s*$/u, '')
    .split(/[,;:“”"()]/);
  const lastSegment = segments.pop()!.trim();
  // "Hydralis, whose Africa division is headed by X": the division is the body, and it is Hydralis's.
  const whose = /^whose\s+(.+)$/.exec(lastSegment);
  if (tail[2] && !whose && !tail[1]) return null;
  const owner = whose && segments.pop()?.trim().match(/(?:\p{Lu}[\p{L}&.-]*\s+){0,3}\p{Lu}[\p{L}&.-]*$/u)?.[0];
  if (whose && !owner) return null;
  const body = (whose ? `${owner}'s ${whose[1]}` : lastSegment)
    .replace(/^.*\b(?:by|to|with|from|and|of|for|at|in|on|into)\s+(?=(?:the|a|an|its|their)\s)/i, '');
  // "The talks were led by X" tells what X did, not a body X heads.
  if (!/^(?:the|a|an|its|their)\s|^\p{Lu}/iu.test(body) || words(body).length > 8 || /\b(is|are|was|were|be|been|being|has|have|had|will|would)\b/i.test(body)) return null;
  return `${LEADER_OF[tail[3]]} of ${body.replace(/^(The|A|An|Its|Their)\b/, (word) => word.toLowerCase())}`;
}

/** "The Agrarian League, whose leader Outi Kallunki …" → "leader of the Agrarian League": a post the body's possessive gives. */
export function whosePostRole(sentence: string, span: NameSpan): string | null {
  const match = /(?:^|[,;(]\s*|\s)((?:The\s+|the\s+)?(?:\p{Lu}[\p{L}&.'’-]*\s+){0,4}\p{Lu}[\p{L}&.'’-]*),\s+whose\s+((?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+))\s+$/u.exec(sentence.slice(0, span.start));
  if (!match || !isRoleNoun(match[3]) || STOP_WORDS.has(match[1].toLowerCase())) return null;
  return `${match[2]} of ${match[1].replace(/^The\b/, 'the')}`;
}

const LEADER_OF: Record<string, string> = { headed: 'head', led: 'leader', chaired: 'chair', run: 'head', founded: 'founder', 'co-founded': 'co-founder', directed: 'director', managed: 'manager' };
// The participle, and the same after "is" or "was" ("whose division is headed by").
// "The board, which is chaired by Mr X": a relative clause says the same.
const LED_BY = /,?\s+(?:(which)\s+(?=(?:is|was)\s))?((?:is|was)\s+)?(headed|led|chaired|run|founded|co-founded|directed|managed)\s+by\s+$/u;

/** The text after a name without a party label: "(R-Texas)", or ", R-Dunmore," as "Sen. X, R-Dunmore, the majority leader". */
function withoutPartyLabel(afterName: string): string {
  return afterName.replace(/^\s*\([^()]{1,40}\)/, '').replace(/^,\s+[RDI]-\p{Lu}[\p{L}.’' -]{1,30}(?=,)/u, '');
}

/** "Chile's foreign minister, Nadia Okafor," → "Chile's foreign minister". */
export function appositiveBefore(sentence: string, span: NameSpan): string | null {
  // "The club's owner, shipping executive X,": look past a role written right before the name.
  // "the commander of the Armed Front, or AF, X" / "… Front (AF), X": an acronym glossed after
  // the organisation is an aside; the role runs on across it.
  const before = sentence
    .slice(0, span.start - (roleBefore(sentence, span)?.length ?? -1) - 1)
    .replace(/(?:,\s+or\s+\p{Lu}[\p{Lu}\p{N}&.-]+|\s*\([^()]{1,80}\))(?=,\s+$)/u, '')
    // "the bloc's commissioner for political affairs, retired General X": the rank's adjective is no break.
    .replace(/(,\s+)(?:retired|former|acting|interim)\s+$/i, '$1');
  if (!/,\s+$/.test(before)) return null;
  // "The opposition's health spokesperson, Hēmi Tautahi of the Progressive Party, said".
  if (!/^(,|\.|;|$|\s+(who|said|says|told)|\s+of\s+(the\s+)?\p{Lu})/u.test(sentence.slice(span.end))) return null;
  // "…, said Lowe's deputy, Aaron Fisk": the speech verb that opens the segment is not the role.
  const clause = before
    .replace(/,\s+$/, '')
    .split(/[,;:(“”"]/)
    .pop()!
    .trim()
    // "- A spokesman for the coalition, X,": a list item's mark is no part of the role.
    .replace(/^[-–—•*]\s+/, '')
    .replace(LEADING_SPEECH_VERB, '')
    // "…, which its leader, X, had described": the relative pronoun is no part of the role.
    .replace(/^(?:which|who|whom|that|whose)\s+(?=(?:its|his|her|their|the)\s)/i, '')
    // "…, when Comhar's vice-president, X, will be nominated": the conjunction opens a clause, not the role.
    .replace(/^(?:when|as|while|where|after|before|since|because|until|once)\s+(?=\p{Lu}|(?:the|his|her|their|its)\s)/u, '')
    // "The last hostage was the pharmacist on duty, X": the role is what the clause says X was.
    .replace(/^.*?\s(?:is|was|are|were|became|becomes|remains|remained)\s+(?=(?:the|a|an|his|her|their|its)\s)/iu, '');
  // "… will go first to the board's regional director in Indianapolis, X": the role is what follows
  // "to"; but in "A spokesman for Ostrevia's defence ministry, X" the whole phrase is the role.
  const segment = phraseAsRole(clause, false, true)
    ? clause
    : clause.replace(/^(?:.*\s)?(?:to|for|with|by|from|before)\s+(?=(?:(?:the|his|her|their|its)\s+)?[\p{L}-]+['’]s\s)/iu, '');
  // "President X and the commander of Y, Z": when the whole phrase is no role ("minister for
  // nature and the environment" is one), the role is the phrase after the conjunction.
  // "… and Turkmara's president, X": a possessive name opens the role as an article does.
  const afterConjunction = segment.replace(/^(?:.*\s)?(?:[Aa]nd|[Bb]ut|[Ww]hile)\s+(?=(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s|\p{Lu}[\p{L}-]*['’]s\s)/u, '');
  // "… signed by its President, Dr. X", "after the departure of its founder, X", "said that his
  // deputy, X", "told the programme's host, X": past a long clause, the role is the phrase after
  // its last link word.
  const afterLink = segment.replace(LINK_BEFORE_ROLE, '');
  const aged = /^,\s+\d{1,3},/.test(sentence.slice(span.end));
  return (
    phraseAsRole(segment, aged) ??
    (afterConjunction !== segment ? phraseAsRole(afterConjunction, aged) : null) ??
    // Past a link word the phrase must name a post ("his deputy"), not any thing ("with his new club").
    (afterLink !== segment && afterLink !== afterConjunction ? phraseAsRole(afterLink, false, true) : null)
  );
}

const LEADING_SPEECH_VERB = new RegExp(`^(?:${SPEECH_VERB_ALTERNATIVES}|according to)\\s+`);
const CLAUSE_VERB = /^(is|was|are|were|has|had|have|will|would)$/;
const LINK_BEFORE_ROLE = new RegExp(`^(?:.*\\s)?(?:of|to|for|with|by|from|through|via|before|after|that|which|whom|where|when|while|${SPEECH_VERB_ALTERNATIVES})\\s+(?=(?:the|his|her|their|its)\\s)`, 'iu');

/**
 * The phrase before a name, when it states a role (`aged`: an age follows the name; `strict`:
 * only a role noun will do, not any noun after a possessive).
 */
function phraseAsRole(segment: string, agedPerson: boolean, strict = false): string | null {
  const segmentWords = words(segment);
  // "The National President of the National Association of Federal University Students": a body's long name may follow "of".
  if (segmentWords.length === 0 || segmentWords.length > (/\sof\s+(?:the\s+)?\p{Lu}/u.test(segment) ? 14 : 9)) return null;
  // "Vasilescu said that his deputy", "The communiqué was signed by its President": a clause is no role.
  if (segmentWords.some((word) => SPEECH_VERBS.has(word) || CLAUSE_VERB.test(word))) return null;
  if (!/^(the|its|his|her|their|a|an|whose)$/i.test(segmentWords[0]) && !/^\p{Lu}/u.test(segmentWords[0])) return null;
  // "Under a deal with prosecutors, X, 61, will pay": a phrase that opens with a preposition
  // sets the scene; it does not describe the person.
  if (OPENING_PREPOSITION.test(segmentWords[0])) return null;
  // The phrase must end in its role noun, or in "role of X" ("secretary of state"); after a
  // possessive ("The committee's vice-convener", "Its leader") any noun will do.
  const last = segmentWords[segmentWords.length - 1];
  // "secretary of state", "Minister for Sport": a role noun and what it is of or for.
  // The first "of" after a role noun: "President of the National Association of Students".
  const roleOf = segmentWords.findIndex((word, k) => k > 0 && (word === 'of' || word === 'for') && isRoleNoun(segmentWords[k - 1]));
  const ofAt = roleOf > 0 ? roleOf : Math.max(segmentWords.lastIndexOf('of'), segmentWords.lastIndexOf('for'));
  const possessive = segmentWords.slice(0, -1).some((word) => /[’']s$|^(its|his|her|their)$/i.test(word));
  // "The suspect, X, 41,": a short noun phrase before a name and an age describes the person.
  const aged = agedPerson && /^(the|a|an|his|her|their|its)$/i.test(segmentWords[0]) && segmentWords.length <= 6;
  const endsInRole =
    aged ||
    isRoleNoun(last) ||
    // "The Coordinating Minister of Health and Social Welfare": a capitalised title may run long.
    (ofAt > 0 && isRoleNoun(segmentWords[ofAt - 1]) && (segmentWords.length - ofAt <= 4 || segmentWords.slice(ofAt + 1).every((word) => /^\p{Lu}|^(and|of|for|the|in)$/u.test(word)))) ||
    roleWithComplement(segmentWords) ||
    // "Whitfield's firm, Whitfield Sayegh,": after a possessive, a noun for an organisation names none of its people.
    (!strict && possessive && /^\p{Ll}[\p{Ll}-]+$/u.test(last) && !STOP_WORDS.has(last) && !ORGANISATION_WORDS.has(last));
  if (!endsInRole) return null;
  return segment.replace(/^(and|but|while|whose)\s+/i, '');
}

/**
 * "A spokesman for the alliance", "a lawyer at the firm": a role noun near the head of the phrase
 * with a short complement after it ("for", "at", "with" …) still names the role.
 */
function roleWithComplement(phrase: string[]): boolean {
  // "the UN resident and humanitarian coordinator in Kalundra": the role noun may come late.
  for (let k = 1; k <= Math.min(5, phrase.length - 2); k++) {
    // A capitalised role noun only after a possessive's run: "his Special Adviser on Media".
    const capitalisedTitle = /^(the|his|her|their|its)$/i.test(phrase[0]) && phrase.slice(1, k + 1).every((word) => /^\p{Lu}/u.test(word));
    if (!(/^\p{Ll}/u.test(phrase[k]) || capitalisedTitle) || !isRoleNoun(phrase[k])) continue;
    // "A spokesman for the Oregon attorney general's office": the complement may run to six words.
    if (COMPLEMENT_PREPOSITION.test(phrase[k + 1]) && phrase.length - k - 1 <= 6) return true;
  }
  return false;
}

const COMPLEMENT_PREPOSITION = /^(for|at|with|to|of|in|from|on)$/;

const OPENING_PREPOSITION =
  /^(under|after|before|in|on|at|with|for|from|by|during|despite|since|according|to|of|over|among|amid|without|through|following|unlike|like|as|into|upon|within)$/i;

/** "Union spokesperson Tom Reyes", "Swiss envoy Anna Berg" → the words before the name. */
export function roleBefore(sentence: string, span: NameSpan): string | null {
  // Up to four words, each followed by one space, right before the name (read from the end).
  const before = sentence.slice(Math.max(0, span.start - 100), span.start);
  if (!before.endsWith(' ')) return null;
  const tailWords: string[] = [];
  for (const word of before.slice(0, -1).split(' ').reverse()) {
    if (tailWords.length === 4 || !/^[\p{L}\p{M}’'\-.]+$/u.test(word)) break;
    tailWords.unshift(word);
  }
  if (tailWords.length === 0) return null;
  // "Deputy minister of science Marek Chmielarz": a portfolio in lower case may follow the role noun.
  const portfolio = /\s(\p{Ll}+)\s+(?:of|for)\s+(?:\p{Ll}+\s+)?\p{Ll}+\s$/u.exec(before);
  const last = portfolio && isRoleNoun(portfolio[1]) ? tailWords.lastIndexOf(portfolio[1]) : tailWords.length - 1;
  if (last < 0 || !isRoleNoun(tailWords[last]) || /^\p{Lu}/u.test(tailWords[last])) return null;
  const role: string[] = tailWords.slice(last + 1);
  for (let k = last; k >= 0; k--) {
    const word = tailWords[k];
    if (STOP_WORDS.has(word.toLowerCase()) || SPEECH_VERBS.has(word)) break;
    role.unshift(word);
  }
  return role.length ? role.join(' ') : null;
}

// A wire story's credits: "(Reporting by X and Y; Editing by Z)", "--Editing by Z.", "Additional reporting by X".
const CREDIT = /(?:^|[(;–—-]\s*)((?:Additional |Further )?(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled|[Ff]act-checking|[Pp]hotographs|[Pp]hotos|[Gg]raphics)) by\s+(?:(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:and|,)\s+)?$/u;

/** "X contributed to this report", "X in Chicago contributed reporting": only a person is credited so. */
export const isCredited = (sentence: string, span: NameSpan) =>
  /^(?:\s+in\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)?\s+(?:also\s+)?contributed\s+(?:to\s+this\s+(?:report|story|article)|reporting)\b/u.test(sentence.slice(span.end));

/** "Principal Secretary (Cane) Anupama Kalyanaraman": a title whose brackets kept it from the name's run. */
export function bracketedTitleRole(sentence: string, span: NameSpan): string | null {
  // "County Executive Committee Member (CECM) for Health Dr X": the portfolio, and any courtesy title, follow the brackets.
  const portfolio = titleWithoutCourtesy(span);
  const match = /((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(\p{Lu}[\p{L}'’.-]*))\s+\(([^()]{1,30})\)\s+((?:for|of|on)\s+)?$/u.exec(sentence.slice(0, span.start));
  if (!match || !isRoleNoun(match[2]) || STOP_WORDS.has(match[1].split(/\s+/)[0].toLowerCase()) || !match[4] !== !portfolio) return null;
  return `${match[1].trim()} (${match[3]})${portfolio ? ` ${match[4]}${portfolio}` : ''}`;
}

/** "By Thierry Audibert (Sévrac, correspondent)", "By Ana Ruiz | Staff Writer", "By X, Local Democracy Reporting Service" → the post a byline gives beside the name. */
export function bylinePostRole(sentence: string, span: NameSpan): string | null {
  // "Published on 09/18/2025 - 21:07 By X - Agência Brasil reporter - Brasília": a site's byline line.
  // "ANALYSIS | By X, Capitol Bureau": a label may stand before it.
  if (!/^\W*(?:Published\s+(?:on\s+)?[\d/.:,\s-]+|\p{Lu}+\s*\|\s*)?[Bb]y\s+$/u.test(sentence.slice(0, span.start))) return null;
  const post = /^\s*(?:\(([^()]{2,60})\)|\|\s+([^|]{2,60}?)\s*(?:\||$)|,\s+([^,;|()]{2,60}?)\s*$|\s[-–—]\s+([^-–—|]{2,60}?)\s*(?:\s[-–—]\s|$))/.exec(sentence.slice(span.end));
  const phrase = post?.[1] ?? post?.[2] ?? post?.[3] ?? post?.[4];
  // "By Calum Mathers, Local Democracy Reporting Service": after a comma, the desk or the body by name.
  const bodyName = post?.[3] !== undefined && /^(?:\p{Lu}[\p{L}'’&.-]*\s*)+$/u.test(post[3]);
  return phrase && (bodyName || words(phrase).some((word) => isRoleNoun(word.toLowerCase()))) ? phrase.trim() : null;
}

/** "Rukayat Olaniyan of Fennessy Gatti LLP" → "of Fennessy Gatti LLP": the body a person is of, named after the name. */
export function bodyOfRole(span: NameSpan): string | null {
  return !span.title && span.ofPlace && span.ofPlace.split(' ').some((word) => ORGANISATION_WORDS.has(word.toLowerCase())) ? `of ${span.ofPlace}` : null;
}

/**
 * "MEDIA RELATIONS | PRESS OFFICER: Sabine Grüter", "Media contact: Jo Lin": a contact block labels
 * a person with the post, ended by a role noun, and a colon.
 */
export function labelRole(sentence: string, span: NameSpan): string | null {
  // Only in a contact block, where the name ends the line or a field: "MODERATOR: Jo Lin, go ahead" is a transcript.
  if (!/^\s*(?:$|[|•]|[,;]?\s*(?:\+?\d|\S+@))/.test(sentence.slice(span.end))) return null;
  const label = /(?:^|[|•]\s*)(\p{L}[\p{L} -]{1,40}):\s*$/u.exec(sentence.slice(0, span.start))?.[1].trim();
  return label && isRoleNoun(label.split(/\s+/).pop()!.toLowerCase()) ? label : null;
}

/** "(Reporting by Noor Aziz; Editing by Kim Hale)" → "Reporting", "Editing": the part the person had in the story. */
export function creditRole(sentence: string, span: NameSpan): string | null {
  return CREDIT.exec(sentence.slice(0, span.start))?.[1] ?? null;
}

/**
 * "Al Jazeera's Yusuf Adewale", "the BBC's Lyse Doucet" → "of Al Jazeera": the body a person
 * works for, written as its possessive right before the name. Not a person's ("Lena Ross's son").
 */
export function affiliationBefore(sentence: string, span: NameSpan): string | null {
  const match = /(?:^|\s)((?:\p{Lu}[\p{L}&.-]*\s+){0,3}\p{Lu}[\p{L}&.-]*)['’]s\s+$/u.exec(sentence.slice(0, span.start));
  if (!match || STOP_WORDS.has(match[1].toLowerCase()) || isKnownFirstName(match[1].split(/\s+/)[0])) return null;
  // "RTÉ's Morning Ireland": a programme or a product, whose first word is a common word and no given name;
  // but a programme contributes to no report.
  if (isDictionaryWord(span.nameTokens[0]) && !isKnownFirstName(span.nameTokens[0]) && !isCredited(sentence, span)) return null;
  return `of ${match[1]}`;
}

// Past-tense verbs of holding or doing a job; present-tense verbs ("who chairs", "who grows")
// describe what a person does in any case.
const PAST_ROLE_VERBS =
  /^(is (?:a|an|the)\b|was (?:a|an|the)\b|(?:is|was) ranked\b|led|headed|chaired|ran|represented|oversaw|commanded|drafted|founded|co-founded|served|became|negotiated|brokered|managed|coordinated|directed|hosted|mediated|appeared for|argued (?:the|a|an|this|that) (?:[\w-]+ )?(?:case|appeal|motion|application)\b|has (?!said|told|not|never)\w+(ed|en|t)\b|(?:has|have|had) (?:run|held|built|responsibility|charge|oversight)\b|have (?!said|told|not|never)\w+(ed|en|t)\b|has been|had been|will (lead|become|head|chair|take over|run)\b|fought|worked|joined|taught|played|organi[sz]ed|spearheaded|championed|campaigned|started|launched|set up)/;
const PRESENT_ROLE_VERB = /^(?!says|tells|adds|does|is|was|has|had|did)\p{Ll}+[^s]s\b/u;

/** "X, who led Chile's delegation," → "led Chile's delegation". */
export function relativeClauseRole(sentence: string, span: NameSpan): string | null {
  const after = withoutPartyLabel(sentence.slice(span.end)).replace(/^,\s+\d{1,3}(?=,)/, '');
  // "X, whose son Tomas was among those freed": a family tie is who the person is here.
  const kin = /^,\s+(whose (?:(?:two|three|four|five|six|\d+|only|eldest|youngest) )?(?:son|sons|daughter|daughters|husband|wife|father|mother|brother|sister|child|children|kids|grandson|granddaughter|grandchildren|parents|family)\b[^,;:“”"]*)/u.exec(after);
  if (kin) return kin[1].trim();
  // "X, the world No. 6 from Japan, who is president of the player council": past a short appositive.
  // "X, 41, of Corona, who drives for both firms": past an age and a home town too.
  // "X of Brantley Obiorah & Finch LLP, who leads the team": past a firm the person is of.
  // "X, a 19-year veteran of the department who became president of the guild": the clause may close the appositive without a comma.
  const match = /^(?:,\s+(?:the|a|an)\s[^,;:“”"]{1,60}?(?=\s+who\s)|,\s+(?:the|a|an)\s[^,;:“”"]{1,50}|,\s+\d{1,3}(?=,)|,?\s+of\s+\p{Lu}[^,;:“”"]{0,60}|\s*&\s*\p{Lu}[^,;:“”"]{0,40})*,?\s+who\s+([^,;:“”"]+?)(?=,|;|:|\.\s|\.?["”’]?$)/u.exec(after);
  if (!match) return null;
  // "who keeps sheep on a croft at Baile Mòr and missed two sales …": a long clause keeps its first acts.
  const clause = match[1]
    .trim()
    .replace(/^(.*)\s+and\s+\p{Ll}+(?:ed|s)\s.*$/u, (whole, head: string) => (words(whole).length > 20 ? head : whole))
    // "who runs Kestrun Capital … and who, according to people familiar, controls …": the second clause is cut at its aside.
    .replace(/\s+and\s+who$/, '');
  if (words(clause).length > 20) return null;
  const [verb, next] = clause.split(' ');
  // "who is president of …" holds a post as surely as "who is the president of …".
  // "who as chief executive of the union led the talks": the post is held in passing.
  const holdsPost = (/^(is|was)$/.test(verb) && next !== undefined && isRoleNoun(next)) || (verb === 'as' && words(clause).slice(1, 4).some(isRoleNoun));
  // "who argued that …" reports speech; "who argued the case for Ontario" is a lawyer's part.
  const pleaded = verb === 'argued' && PAST_ROLE_VERBS.test(clause);
  if ((SPEECH_VERBS.has(verb) && !pleaded) || !(holdsPost || PAST_ROLE_VERBS.test(clause) || PRESENT_ROLE_VERB.test(clause))) return null;
  return clause;
}

// "… who goes by the nom de guerre X": a chosen name, said of the person the phrase describes.
// "… who uses the nom de guerre X" too.
const GOES_BY = String.raw`(?:[^,]{0,60}?\s+)?(?:who\s+)?(?:(?:goes|went|is\s+known|was\s+known)\s+by\s+(?:the\s+)?(?:nom\s+de\s+guerre|name|alias|pseudonym|moniker)?|(?:uses|used)\s+(?:the\s+)?(?:nom\s+de\s+guerre|name|alias|pseudonym|moniker))\s*$`;
const LED_BY_ALIAS = new RegExp(String.raw`(?:^|,\s+)([^,]{3,60}?),\s+(?:led|run|headed|commanded)\s+by\s+(?:a\s+)?(?:man|woman|person|figure|commander)\s+` + GOES_BY, 'u');
const ALIAS = new RegExp(
  String.raw`(?:^|,\s+)([^,]{3,80}?),\s+who\s+(?:gave|give|gives)\s+(?:his|her|their)\s+name\s+(?:only\s+)?as\s+$|(?:^|,\s+)([^,]{3,80}?),\s+(?:identified|known)\s+only\s+as\s+$|(?:^|,["”]?\s+)([^,]{3,80}?),\s+` +
    GOES_BY,
  'u',
);

/** "The armed group's negotiator, who gave his name only as Abu Karim" → "The armed group's negotiator". */
export function aliasRole(sentence: string, span: NameSpan): string | null {
  const before = beforeAlias(sentence, span);
  // Only words that introduce an alias can end the text before it; checking them first is cheap.
  if (!/\b(?:as|by|guerre|name|alias|pseudonym|moniker)\s+$/.test(before)) return null;
  // "The gang, led by a man who goes by the name X": X leads the gang.
  const leader = LED_BY_ALIAS.exec(before);
  if (leader) return `leader of ${leader[1].trim().replace(/^The\b/, 'the')}`;
  const match = ALIAS.exec(before);
  // '"…," said the alliance's spokesman, who uses the nom de guerre X': the speech verb is no part of the role.
  return match ? (match[1] ?? match[2] ?? match[3]).trim().replace(LEADING_SPEECH_VERB, '') : null;
}

/** The text before a name, without the quotation mark an alias is often given in ('known as "Ti Mapou"'). */
const beforeAlias = (sentence: string, span: NameSpan) => sentence.slice(0, span.start).replace(/["“‘']$/, '');

/** Whether the words before the name introduce an alias ("gave his name only as"). */
export function introducesAlias(sentence: string, span: NameSpan): boolean {
  return /\b(?:name\s+(?:only\s+)?as|identified\s+(?:only\s+)?as|known\s+(?:only\s+)?as|(?:goes|went|known)\s+by(?:\s+the)?(?:\s+(?:nom de guerre|name|alias|pseudonym|moniker))?|(?:uses|used)\s+the\s+(?:nom de guerre|name|alias|pseudonym|moniker))\s+$/i.test(
    beforeAlias(sentence, span),
  );
}
