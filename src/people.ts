import { bareSurname, COURTESY_TITLE, findNameSpans, innerNameWords, firstNameGender, isFullName, isKnownFirstName, isKnownPlaceOrOrganisation, looksLikeOrganisation, surnameOf, type NameSpan } from './names.js';
import type { SentenceRecord } from './passages.js';
import { affiliationBefore, aliasRole, bodyOfRole, appositiveAfter, appositiveBefore, bracketedTitleRole, bylinePostRole, copulaRole, creditRole, introducesAlias, isCredited, labelRole, ledByRole, relativeClauseRole, roleBefore, titleRole, whosePostRole, type RoleKind } from './roles.js';
import { normalizeForMatch } from './text.js';
import { groupBy } from './derived.js';
import { isRoleNoun, ORGANISATION_WORDS, SPEECH_VERB_ALTERNATIVES } from './vocabulary.js';
import { hasTag } from './lexicon.js';
import { isPluralNoun } from './synonyms.js';

/** A role a person holds, with the sentence that says so. */
export interface RoleEvidence {
  role: string;
  kind: RoleKind;
  sentenceId: number;
}

/** A person the articles name. */
export interface Person {
  /** Normalised full name: the key that merges mentions across articles. */
  key: string;
  /** The full name from the first full mention. */
  name: string;
  surname: string;
  firstName: string;
  roles: RoleEvidence[];
  /** 'female' or 'male' where a courtesy title or a kinship role says so ("Ms.", "her son, X"), for "she"/"he". */
  gender?: Gender;
  /** What the first name suggests in compromise's lexicon: a weaker hint, only to tell "Ms. X" from "Mr. X". */
  nameGender?: Gender;
  /** The title of the first full mention, without stops ("Dr", "Councilwoman"): "Dr. X" later is this person. */
  title?: string;
  /** "Dr." or "Prof", as the first full mention writes it, for a doctor or professor. */
  honorific?: string;
  /** Every sentence that names the person, in reading order. */
  sentenceIds: number[];
  articles: string[];
}

export type Gender = 'female' | 'male';

/** Where a person is named in a sentence (offsets within the sentence). */
export interface PersonMention {
  personKey: string;
  sentenceId: number;
  start: number;
  end: number;
}

/** People of a corpus, and their mentions sentence by sentence. */
export interface PeopleIndex {
  people: Person[];
  personByKey: Map<string, Person>;
  mentionsBySentence: Map<number, PersonMention[]>;
}

// "Ardley Row Investors, which holds 4 per cent, said": an aside opened by "which" is said of a thing.
const SPEECH_AFTER = new RegExp(
  `^(?:,(?!\\s+which\\b)[^,]{1,120},)?\\s+(?:\\p{Ll}+ly\\s+|also\\s+|then\\s+|has\\s+|had\\s+|will\\s+|would\\s+)?(?:${SPEECH_VERB_ALTERNATIVES})\\b`,
  'u',
);
const SPEECH_BEFORE = new RegExp(`(?:${SPEECH_VERB_ALTERNATIVES})\\s+$`, 'u');

interface Candidate {
  span: NameSpan;
  sentence: SentenceRecord;
  roles: { role: string; kind: RoleKind }[];
  /** A title, role, alias or speech verb marks the name as a person's. */
  strong: boolean;
  /** Enough to take a lone name for a person: a title, an age or an alias. */
  single: boolean;
}

/**
 * Finds the people in the sentences: capitalised names that news writing marks as people (a
 * title, a role in apposition, a speech verb, a known first name, an alias), with their roles;
 * then links later short mentions ("Okafor", "Ms. de Groot") to the full name within each article.
 */
export function extractPeople(sentences: SentenceRecord[]): PeopleIndex {
  const people = new Map<string, Person>();
  const mentionsBySentence = new Map<number, PersonMention[]>();
  const byArticle = groupBy(sentences, (sentence) => sentence.article);
  for (const [article, articleSentences] of byArticle) {
    const candidates = articleSentences.flatMap((sentence, k) => candidatesOf(sentence, articleSentences[k - 1]));
    // A family name that a title, role or speech verb marks anywhere vouches for its full name.
    const vouched = new Set(candidates.filter((c) => c.strong).map((c) => normalizeForMatch(surnameOf(c.span.nameTokens))));
    const local = new Map<string, Person>(); // this article's people by key
    const register = (candidate: Candidate, person: Person) => {
      addMention(mentionsBySentence, person, candidate);
      for (const role of candidate.roles) addRole(person, role.role, role.kind, candidate.sentence.id);
    };
    // Family names written after a courtesy title ("Mr Gillies"): a person's, whatever else they mean.
    const addressed = new Set(candidates.filter((c) => COURTESY_TITLE.test(c.span.title)).map((c) => normalizeForMatch(surnameOf(c.span.nameTokens))));
    const named = new Set(candidates.filter((c) => isFullName(c.span.nameTokens) && isPersonName(c, vouched, addressed)));
    const fullNames = candidates.filter((c) => named.has(c) || (isFullName(c.span.nameTokens) && coordinatedWithPerson(c, named)));
    const fullKeys = new Set(fullNames.map((c) => normalizeForMatch(c.span.name)));
    // "his son, Kyle X": a relative named beside the story's X is the one a bare "X" does not mean.
    const kin = new Set(fullNames.filter((c) => c.roles.some((role) => isKinRole(role.role))).map((c) => normalizeForMatch(c.span.name)));
    // Full names first, so that short mentions can be linked to them wherever they stand.
    for (const candidate of fullNames) {
      const key = normalizeForMatch(candidate.span.name);
      // "Abu Khaled" after "Abu Khaled al-Wardi": the leading words of a longer name are that name;
      // so are its trailing words, the two family names of "Rafael Quintero Alves".
      if ([...fullKeys].some((other) => other.startsWith(key + ' ') || other.endsWith(' ' + key))) continue;
      let person = people.get(key);
      if (!person) {
        person = newPerson(key, candidate.span);
        people.set(key, person);
      }
      if (!person.articles.includes(article)) person.articles.push(article);
      local.set(key, person);
    }
    for (const candidate of candidates) {
      const alias = aliasOf(candidate, candidates, local);
      // "Edivaldo Siqueira, known as Dinho,": later, "Dinho" alone is Siqueira.
      if (alias) local.set(normalizeForMatch(candidate.span.name), alias);
      const person = alias ?? local.get(normalizeForMatch(candidate.span.name)) ?? linkShortMention(candidate.span, local, kin);
      if (person) {
        register(candidate, person);
        continue;
      }
      // A lone name with a title, an age or an alias ("Dr. Okoye", "Priya, 38,") is a person too;
      // a speech verb or an appositive alone is not, since companies and countries speak as well.
      if (
        !isFullName(candidate.span.nameTokens) &&
        candidate.single &&
        !sharedSurname(candidate.span, local) &&
        // "Mr. Park", "Dr. House": a courtesy title is said only of a person.
        (!looksLikeOrganisation(candidate.span.nameTokens) || COURTESY_TITLE.test(candidate.span.title)) &&
        !isKnownPlaceOrOrganisation(candidate.span.name)
      ) {
        const key = normalizeForMatch(candidate.span.name);
        const single = people.get(key) ?? newPerson(key, candidate.span);
        people.set(key, single);
        if (!single.articles.includes(article)) single.articles.push(article);
        local.set(key, single);
        register(candidate, single);
      }
    }
    // Roles shared by several names ("council members A and B") reach each of them.
    shareListedRoles(articleSentences, mentionsBySentence, local);
    describeByAge(articleSentences, mentionsBySentence, local);
  }
  for (const mentions of mentionsBySentence.values()) mentions.sort((a, b) => a.start - b.start);
  return { people: [...people.values()], personByKey: people, mentionsBySentence };
}

// What stands between a full name and the alias it is known by: ", known as", ", better known as".
const KNOWN_AS = /^,\s+(?:(?:also|better|widely|popularly)\s+)?known\s+(?:to\s+[\p{L}'’ ]{1,30}?\s+)?as\s+["“‘]?$/u;

/** "Edivaldo Siqueira, known as Dinho, …": the person whose name the alias follows. */
function aliasOf(candidate: Candidate, candidates: Candidate[], local: Map<string, Person>): Person | undefined {
  if (isFullName(candidate.span.nameTokens)) return undefined;
  const named = candidates.find((other) => other.sentence === candidate.sentence && other.span.end < candidate.span.start && KNOWN_AS.test(candidate.sentence.text.slice(other.span.end, candidate.span.start)));
  return named && local.get(normalizeForMatch(named.span.name));
}

const HEAD_OF = /\b(?:president|chairman|chairwoman|chair|head|leader|director|captain|founder|owner|governor|mayor|members?|coach|manager)\s+of\s+(?:the\s+)?$/i;
const JOINED = /\b(?:joined|joins|joining|(?:signed|plays|played|playing) for)\s+$/i;
const PERSON_DESCRIPTION = /^,\s+(?:the|a|an)\s[^,;.“”"]{0,80}?\s(?:who|whose real name)\s/;

// Titles said with the given name: "Sheikh Mansour" is Mansour bin Saqr Al Qamzi, "Sir Keir" Keir Starmer.
const GIVEN_NAME_TITLE = /\b(?:Sheikh|Sheikha|Prince|Princess|Emir|King|Queen|Sir|Dame|Sri|Datuk|Dato)\b/;

function newPerson(key: string, span: NameSpan): Person {
  const person: Person = { key, name: span.name, surname: surnameOf(span.nameTokens), firstName: span.nameTokens[0], roles: [], sentenceIds: [], articles: [] };
  person.gender = genderOfTitle(span.title);
  if (span.title) person.title = bareTitle(span.title);
  // "Dr. Sana Ghauri": a doctor or professor is known by the title, written as the article writes it.
  // Only the title's own word: "for Health Dr X" is "Dr X".
  if (ACADEMIC_TITLE.test(person.title ?? '')) person.honorific = span.title.trim().split(/\s+/).pop();
  person.nameGender = isFullName(span.nameTokens) ? firstNameGender(span.nameTokens[0]) : undefined;
  return person;
}

const bareTitle = (title: string) => title.replace(/\./g, '');
const ACADEMIC_TITLE = /\b(Dr|Prof)$/;

/** "Ms." and "Mrs." say female, "Mr." male. */
function genderOfTitle(title: string): Gender | undefined {
  if (/\b(Ms|Mrs|Miss|Dame|Lady|Queen|Princess|Sister|Sheikha|Duchess|Countess|Baroness)\b/.test(title)) return 'female';
  if (/\b(Mr|Sir|Lord|King|Prince|Father|Brother|Duke|Count|Baron)\b/.test(title)) return 'male';
  return undefined;
}

function candidatesOf(sentence: SentenceRecord, previous?: SentenceRecord): Candidate[] {
  const spans = withCoupleSurnames(sentence.text, findNameSpans(sentence.text).filter((span) => !namesNoOne(sentence.text, span)));
  return spans.map((span) => {
    const roles: { role: string; kind: RoleKind }[] = [];
    const add = (role: string | null, kind: RoleKind) => role && roles.push({ role: ownedByBodyBefore(role, previous), kind });
    add(titleRole(span, sentence.text), 'title');
    add(appositiveAfter(sentence.text, span), 'appositive');
    add(appositiveBefore(sentence.text, span), 'appositive');
    // Before the bare post a title reading takes from the same words ("whose leader X": "leader").
    add(whosePostRole(sentence.text, span), 'before');
    add(roleBefore(sentence.text, span), 'before');
    add(affiliationBefore(sentence.text, span), 'before');
    add(creditRole(sentence.text, span), 'before');
    add(labelRole(sentence.text, span), 'before');
    add(bylinePostRole(sentence.text, span), 'appositive');
    add(bracketedTitleRole(sentence.text, span), 'title');
    add(relativeClauseRole(sentence.text, span), 'relative');
    add(copulaRole(sentence.text, span), 'relative');
    add(ledByRole(sentence.text, span), 'relative');
    add(aliasRole(sentence.text, span), 'alias');
    // "Tadeusz Wachowiak of Wachowiak Sobczak LLP, co-lead counsel": the firm only when nothing else says who.
    if (roles.length === 0) add(bodyOfRole(span), 'appositive');
    const speaks = SPEECH_AFTER.test(sentence.text.slice(span.end)) || SPEECH_BEFORE.test(sentence.text.slice(0, span.start));
    // "Priya, 38, who asked that her last name not be used": an age is said of a person.
    // "Rosaria, a 62-year-old retired teacher": the age may be told in the appositive.
    const [, plainAge, toldAge] = /^,\s+(?:(\d{1,3}),|an?\s+(\d{1,3})-year-old\b)/.exec(sentence.text.slice(span.end)) ?? [];
    const age = plainAge ?? toldAge;
    if (plainAge && Number(plainAge) < 120) add(`aged ${plainAge}`, 'relative');
    // "Halina Zielinski, who argued the case for Ontario, declined": "who" is said of a person.
    // Not the body inside someone's appositive: "a reporter for the radio station Sawt Al-Jabal, who was arrested".
    const described = /^,\s+who\s/.test(sentence.text.slice(span.end)) && !/,\s+(?:a|an|the)\s[^,;]*$/i.test(sentence.text.slice(0, span.start));
    const strong = span.title !== '' || roles.length > 0 || introducesAlias(sentence.text, span) || speaks || described || isCredited(sentence.text, span);
    // "Dudinha, the Brazilian winger who joined …": "who" after the description is said of a person.
    const describedAsPerson = roles.length > 0 && PERSON_DESCRIPTION.test(sentence.text.slice(span.end));
    const single = span.title !== '' || age !== undefined || introducesAlias(sentence.text, span) || describedAsPerson;
    return { span, sentence, roles, strong, single };
  });
}

// A body's name: capitalised words ending in a kind of body ("the Sauzal Port Administration").
const BODY_NAME = /\b(?:the\s+)?((?:\p{Lu}[\p{L}'’&.-]*\s+){0,4}(\p{Lu}[\p{L}'’&.-]*))/gu;

/**
 * "… according to figures from the Sauzal Port Administration. Its president, Aníbal Bentancor,":
 * "its" is the body the sentence before named last.
 */
function ownedByBodyBefore(role: string, previous?: SentenceRecord): string {
  const owned = /^(?:Its|its|Their|their)\s+(.+)$/.exec(role);
  if (!owned || !previous) return role;
  const bodies = [...previous.text.matchAll(BODY_NAME)].filter((match) => ORGANISATION_WORDS.has(match[2].replace(/\.$/, '').toLowerCase()) && match[1].includes(' '));
  const body = bodies.pop()?.[1].replace(/\.$/, '');
  return body ? `${owned[1]} of the ${body}` : role;
}

/**
 * "Norman and Eileen Tuckwell": a first name joined to a full name by "and" shares its family name,
 * as a couple or siblings are written. The span keeps its place in the text; its name is completed.
 */
function withCoupleSurnames(text: string, spans: NameSpan[]): NameSpan[] {
  return spans.map((span, at) => {
    const next = spans[at + 1];
    if (!next || span.nameTokens.length !== 1 || span.title || !isFullName(next.nameTokens)) return span;
    if (!/^\s+(?:and|&)\s+$/.test(text.slice(span.end, next.start))) return span;
    // "Jordan and Ahmed Hassan" are a country and a man.
    if (!firstNameGender(span.nameTokens[0]) || !firstNameGender(next.nameTokens[0]) || isKnownPlaceOrOrganisation(span.name)) return span;
    const nameTokens = [span.nameTokens[0], ...next.nameTokens.slice(1)];
    return { ...span, name: nameTokens.join(' '), nameTokens };
  });
}

/**
 * "R-Cedar Falls" after a senator's name is a party and a home town, and the plural after a title
 * ("the General Workers' Federation") a body's name: neither is a person.
 */
function namesNoOne(sentence: string, span: NameSpan): boolean {
  if (/^[RDI]-\p{Lu}/u.test(span.name)) return true;
  // "Cacho, the captain whose real name is Ramón Giménez": the story's name for him is the other.
  if (/\breal name(?:\s+is)?\s+$/i.test(sentence.slice(0, span.start))) return true;
  // "the SRF's so-called Yunit Milisya": a coined name for a thing.
  if (/\bso-called\s+$/i.test(sentence.slice(0, span.start))) return true;
  // "from the firm Harcourt Reeve", "the conservation group Blue Current": a name in apposition to a kind of body.
  const kind = /\b(?:the|a|an|its|their)\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)\s+$/u.exec(sentence.slice(0, span.start))?.[1];
  // "the ministry Nalini Ragoonanan-Sealy, who headed …": "who" is said of a person.
  if (span.title === '' && kind && ORGANISATION_WORDS.has(kind) && !/^,\s+who\b/.test(sentence.slice(span.end))) return true;
  // "The Minister of Indigenous Peoples, Lucélia Nunes Cardoso,": a title's last word, with the holder's name in apposition.
  if (/\s(?:of|for)\b/.test(span.title) && span.nameTokens.length === 1 && /^,\s+(?:\p{Lu}\p{L}*\.?\s+)?\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(sentence.slice(span.end))) return true;
  const pluralPossessive = /s['’]$/.test(sentence.slice(span.start, span.end + 1).trim());
  return span.nameTokens.length === 1 && pluralPossessive && hasTag(span.name, 'Plural');
}

// What joins two names in a list: "A and B", "A of Naperville, Illinois, and B".
const NAMES_JOINED = /^(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)?,?\s+(?:and|or)\s+$/u;

/**
 * "Noriko Hasegawa and Rukayat Olaniyan", "Giselle Renwick of Naperville, Illinois, and Tuomas
 * Vallgren": a full name joined to a person's is a person's too, whatever the lexicon knows of it.
 */
function coordinatedWithPerson(candidate: Candidate, people: Set<Candidate>): boolean {
  const { span, sentence } = candidate;
  if (looksLikeOrganisation(span.nameTokens) || isKnownPlaceOrOrganisation(span.name) || namesAGroup(span.nameTokens) || /\bthe\s+$/i.test(sentence.text.slice(0, span.start)))
    return false;
  return [...people].some(
    (person) =>
      person.sentence === sentence &&
      (person.span.end <= span.start ? NAMES_JOINED.test(sentence.text.slice(person.span.end, span.start)) : span.end <= person.span.start && NAMES_JOINED.test(sentence.text.slice(span.end, person.span.start))),
  );
}

function isPersonName(candidate: Candidate, vouched: Set<string>, addressed: Set<string>): boolean {
  const { span, sentence } = candidate;
  const before = sentence.text.slice(0, span.start);
  // "president of the Punjab Kisan Mahila Sangh": "the" before a name without a title makes it a thing's.
  // Nor does "a": "Rep. X, a Pittsburgh Democrat who chairs …".
  if (span.title === '' && /\b(?:the|an?)\s+$/i.test(before)) return false;
  // "The Minister for Public Expenditure": the words after a capitalised title and "for" or "of" are its portfolio.
  const portfolio = /(\p{Lu}[\p{L}-]+)\s+(?:for|of)\s+$/u.exec(before);
  if (span.title === '' && portfolio && isRoleNoun(portfolio[1])) return false;
  // "Wilfrido Cañete, president of Atlético Tembetary,": what someone heads is a body, not a person.
  // So is what one joins or plays for: "the winger who joined Atlético Tembetary".
  if (span.title === '' && (HEAD_OF.test(before) || JOINED.test(before))) return false;
  if (span.title === '' && namesAGroup(span.nameTokens) && !addressed.has(normalizeForMatch(surnameOf(span.nameTokens)))) return false;
  // Organisations end in their kind ("Asian Institute"); a family name written first may be
  // such a word ("Park Ji-won, a hydrologist"), so a role in apposition outweighs it there.
  if (looksLikeOrganisation(span.nameTokens) && !(candidate.roles.length > 0 && !looksLikeOrganisation(span.nameTokens.slice(1))) && !surnameLikeOrganisationWord(candidate))
    return false;
  const placeLike = /\b(in|at|near|from|to|into|across|outside|inside)\s+$/i.test(before);
  // "come to Marsa Barqan" when "Barqan" spoke elsewhere: a country's name in a city's.
  if (vouched.has(normalizeForMatch(surnameOf(span.nameTokens))) && !isKnownPlaceOrOrganisation(span.name) && !(placeLike && candidate.roles.length === 0 && !candidate.strong))
    return true;
  // A role in apposition or a title outweighs a lexicon that takes the name for a place.
  if (candidate.roles.length > 0) return true;
  if (candidate.strong) return !isKnownPlaceOrOrganisation(span.name);
  // Without a cue, a known first name is the evidence, unless the phrase stands where a place would.
  return isKnownFirstName(span.nameTokens[0]) && !placeLike && !isKnownPlaceOrOrganisation(span.name);
}

/**
 * "Tarn Networks", "Suirvale Dairies", "Chicago Anvils": a name that ends on a plural noun is a
 * firm's or a team's, unless it opens on a given name ("Loretta Peters") or the story
 * writes the family name after a courtesy title ("Mr Gillies"), checked by the caller.
 */
function namesAGroup(nameTokens: string[]): boolean {
  return nameTokens.length >= 2 && isPluralNoun(nameTokens[nameTokens.length - 1]) && !isKnownFirstName(nameTokens[0]);
}

/**
 * "Lt. Gov. Ellen Park", "Ellen Park, a nurse,": a given name the lexicon knows, then a family
 * name that is also an organisation word ("Park", "House", "Bank"), with a title or a role beside
 * it, is a person; an organisation takes neither a given name nor a personal title.
 */
function surnameLikeOrganisationWord(candidate: Candidate): boolean {
  const { span } = candidate;
  return (
    span.nameTokens.length === 2 &&
    (span.title !== '' || candidate.roles.length > 0) &&
    isKnownFirstName(span.nameTokens[0]) &&
    !looksLikeOrganisation(span.nameTokens.slice(0, 1)) &&
    !isKnownPlaceOrOrganisation(span.name)
  );
}

function linkShortMention(span: NameSpan, local: Map<string, Person>, kin: Set<string>): Person | undefined {
  const name = normalizeForMatch(span.name);
  // Several words stand for the longer name they open or close ("Abu Khaled" for "Abu Khaled al-Wardi").
  if (isFullName(span.nameTokens)) {
    const longer = [...local.values()].filter((person) => person.key.startsWith(name + ' ') || person.key.endsWith(' ' + name));
    return longer.length === 1 ? longer[0] : undefined;
  }
  let matches = [...local.values()].filter(
    (person) => hasSurname(person, name) || ((span.title === '' || GIVEN_NAME_TITLE.test(span.title)) && normalizeForMatch(person.firstName) === name && person.name.includes(' ')),
  );
  // "Arango" for Julián Esteban Arango Mejía: Spanish names are followed by the first of two surnames.
  if (matches.length === 0) matches = [...local.values()].filter((person) => innerNameWords(person.name).includes(name));
  // "Ms Quek" for Quek Hui Ling, "Mr Rajendran" for Rajendran Subbiah: where a family name comes
  // first, or a given name is what one is called by, the courtesy title goes with the first word.
  if (matches.length === 0 && COURTESY_TITLE.test(span.title))
    matches = [...local.values()].filter((person) => normalizeForMatch(person.firstName) === name && person.name.includes(' '));
  if (matches.length === 1) return matches[0];
  if (span.title) {
    // "Dr. Varghese" is the one introduced as "Dr. Anita Varghese"; "Ms. Varghese" is not her, since
    // a story that gives a doctor her title keeps it.
    const same = matches.filter((person) => person.title === bareTitle(span.title));
    if (same.length === 1) return same[0];
    if (genderOfTitle(span.title)) matches = matches.filter((person) => !ACADEMIC_TITLE.test(person.title ?? ''));
    if (matches.length === 1) return matches[0];
  }
  // A bare surname two people share means the one not introduced as the other's relative.
  const principal = matches.filter((person) => !kin.has(person.key));
  if (matches.length > 1 && principal.length === 1 && !span.title) return principal[0];
  // Two people sharing a surname: "Ms. Talbot" and "Mr. Talbot" tell them apart; a bare surname cannot.
  const gender = genderOfTitle(span.title);
  if (!gender) return undefined;
  const fitting = matches.filter((person) => (person.gender ?? person.nameGender) === gender);
  const open = matches.filter((person) => (person.gender ?? person.nameGender) === undefined);
  if (fitting.length === 1) return fitting[0];
  if (fitting.length === 0 && open.length === 1) {
    open[0].gender = gender;
    return open[0];
  }
  return undefined;
}

/** Whether a short mention stands for a surname more than one person of the article bears. */
function sharedSurname(span: NameSpan, local: Map<string, Person>): boolean {
  const name = normalizeForMatch(span.name);
  return [...local.values()].filter((person) => hasSurname(person, name)).length > 1;
}

/** Whether a normalised word is the person's family name, with or without a joined article. */
function hasSurname(person: Person, name: string): boolean {
  return normalizeForMatch(person.surname) === name || normalizeForMatch(bareSurname(person.surname)) === name;
}

/** "his son", "her daughter": a role that names a person by kinship to another. */
function isKinRole(role: string): boolean {
  return KIN_OF.test(role);
}

const KIN_OF = /\b(?:his|her|their)\s+(?:\w+\s+)?(?:son|daughter|wife|husband|father|mother|brother|sister|grandson|granddaughter|nephew|niece|uncle|aunt|cousin)$/i;

function addMention(mentionsBySentence: Map<number, PersonMention[]>, person: Person, candidate: Candidate): void {
  const { sentence, span } = candidate;
  const list = mentionsBySentence.get(sentence.id) ?? [];
  if (!list.some((mention) => mention.start === span.nameStart)) list.push({ personKey: person.key, sentenceId: sentence.id, start: span.nameStart, end: span.end });
  mentionsBySentence.set(sentence.id, list);
  if (!person.sentenceIds.includes(sentence.id)) person.sentenceIds.push(sentence.id);
}

const MALE_KIN = /^(?:(?:her|his|their|the|a|an)\s+)?(?:\w+\s+)?(son|husband|father|brother|grandson|grandfather|nephew|uncle|widower|boyfriend)\b/i;
const FEMALE_KIN = /^(?:(?:her|his|their|the|a|an)\s+)?(?:\w+\s+)?(daughter|wife|mother|sister|granddaughter|grandmother|niece|aunt|widow|girlfriend)\b/i;

function addRole(person: Person, role: string, kind: RoleKind, sentenceId: number): void {
  // "Her son, Jesse X": a kinship role says whom "he" or "she" can mean.
  if (kind === 'appositive' || kind === 'before') person.gender ??= MALE_KIN.test(role) ? 'male' : FEMALE_KIN.test(role) ? 'female' : undefined;
  const normalized = normalizeForMatch(role);
  if (person.roles.some((known) => normalizeForMatch(known.role) === normalized)) return;
  person.roles.push({ role, kind, sentenceId });
}

// "The 67-year-old retired school bus driver from Derby is …": features call a person by age and trade.
const AGE_DESCRIPTION = /^\W*The (\d{1,3})-year-old ((?:[\p{Ll}-]+ ){0,4}?([\p{Ll}-]+))(?=,| (?:from|of|in|at|who|is|was|has|had|said|says|told|and)\b)/u;

/** The person a sentence that opens on "The 67-year-old <trade>" describes: the one the sentence before names alone. */
function describeByAge(sentences: SentenceRecord[], mentionsBySentence: Map<number, PersonMention[]>, local: Map<string, Person>): void {
  sentences.forEach((sentence, at) => {
    const description = AGE_DESCRIPTION.exec(sentence.text);
    const before = sentences[at - 1];
    if (!description || !isRoleNoun(description[3]) || !before || before.paragraph !== sentence.paragraph) return;
    const named = new Set((mentionsBySentence.get(before.id) ?? []).map((mention) => mention.personKey));
    if (named.size !== 1 || (mentionsBySentence.get(sentence.id) ?? []).length > 0) return;
    const person = local.get([...named][0]);
    if (person) addRole(person, `${description[2]}, ${description[1]}`, 'appositive', sentence.id);
  });
}

function shareListedRoles(
  sentences: SentenceRecord[],
  mentionsBySentence: Map<number, PersonMention[]>,
  local: Map<string, Person>,
): void {
  for (const sentence of sentences) {
    const mentions = mentionsBySentence.get(sentence.id) ?? [];
    for (let k = 1; k < mentions.length; k++) {
      const between = sentence.text.slice(mentions[k - 1].end, mentions[k].start);
      if (!/^,\s+$/.test(between) && !NAMES_JOINED.test(between)) continue;
      const first = local.get(mentions[k - 1].personKey);
      const next = local.get(mentions[k].personKey);
      const shared = first?.roles.find((role) => role.kind === 'before' && role.sentenceId === sentence.id && /s$/.test(role.role));
      if (shared && next) addRole(next, shared.role, 'before', sentence.id);
    }
  }
}
