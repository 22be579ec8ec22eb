import type { Answer, Citation } from '../types.js';
import type { Knowledge } from '../knowledge.js';
import type { Person, RoleEvidence } from '../people.js';
import { closeNames, matchPeople } from '../person-lookup.js';
import { citeSentence, uniqueCitations } from '../citations.js';
import { ROLE_KIND_ORDER } from '../roles.js';
import { normalizeForMatch, contentTerms } from '../text.js';
import { isHonorific, isRoleNoun } from '../vocabulary.js';

/** Most people listed for one query ("Chen" may name several). */
const MAX_PEOPLE = 6;
/** An answer line stays short: a name and its roles, not a paragraph. */
const MAX_LINE = 280;

/** Answers "who is X": each person the query names, with their role and the sentence that says it. */
export function answerWho(knowledge: Knowledge, query: string): Answer {
  const name = query.replace(/^\s*(who\s+(is|was|are)\s+)/i, '').replace(/[?!.]+\s*$/, '').trim();
  if (!name) return { command: 'who', query, found: false, answer: 'Give a name to look up, for example `/who ' + (knowledge.people[0]?.surname ?? 'Smith') + '`.', citations: [] };
  const match = matchPeople(knowledge, name);
  let people = match.people;
  // "Edmund Talbot" is not Rosamund Talbot: a name word left over means someone else.
  if (people.length && /\p{Lu}/u.test(leftoverNameWords(name, match.rest))) {
    const suggestions = people.map((person) => person.name);
    return { command: 'who', query, found: false, answer: `No one called "${name}" appears in the articles. Did you mean ${suggestions.join(', ')}?`, citations: [], suggestions };
  }
  if (people.length === 0) people = peopleByRole(knowledge, name);
  if (people.length === 0) {
    const suggestions = closeNames(knowledge, name);
    const hint = suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : '';
    return { command: 'who', query, found: false, answer: `No one called "${name}" appears in the articles.${hint}`, citations: [], suggestions };
  }
  const shown = people.slice(0, MAX_PEOPLE);
  const lines = shown.map((person) => describePerson(person));
  const citations = uniqueCitations(shown.flatMap((person) => personCitations(knowledge, person)));
  const more = people.length > shown.length ? `\n…and ${people.length - shown.length} more.` : '';
  return { command: 'who', query, found: true, answer: lines.join('\n') + more, citations };
}

/** The words of the query, as typed, that the matched name did not take. */
function leftoverNameWords(query: string, rest: string): string {
  if (!rest) return '';
  const restWords = new Set(rest.split(' '));
  return query
    .split(/\s+/)
    .filter((word) => restWords.has(normalizeForMatch(word).replace(/[’']s$/, '')) && !/^(mr|mrs|ms|dr|the)\.?$/i.test(word))
    .join(' ');
}

/** The roles worth showing, strongest kind first, without one that repeats another. */
export function bestRoles(person: Person, limit = 2): RoleEvidence[] {
  // A bare courtesy or short title ("Cllr", "Sen.") says least, after any other role.
  const rank = (role: RoleEvidence) => ROLE_KIND_ORDER.indexOf(role.kind) + (role.kind === 'title' && isHonorific(role.role) ? ROLE_KIND_ORDER.length : 0);
  const ranked = [...person.roles].sort((a, b) => rank(a) - rank(b));
  const chosen: RoleEvidence[] = [];
  for (const role of ranked) {
    const text = normalizeForMatch(role.role);
    // A longer form of a one-word role already chosen takes its place ("Health" → "Member (CECM) for Health").
    const shorter = chosen.findIndex((known) => !/\s/.test(known.role.trim()) && text.includes(normalizeForMatch(known.role)));
    if (shorter >= 0) chosen[shorter] = role;
    if (shorter >= 0 || chosen.some((known) => normalizeForMatch(known.role).includes(text))) continue;
    chosen.push(role);
    if (chosen.length === limit) break;
  }
  // Shown in the order of their kinds, the title first.
  return chosen.sort((a, b) => ROLE_KIND_ORDER.indexOf(a.kind) - ROLE_KIND_ORDER.indexOf(b.kind));
}

/** One line: "Nadia Okafor — Chile's defense minister; led Chile's delegation". */
export function describePerson(person: Person): string {
  const roles = bestRoles(person).map((role) => role.role);
  const name = person.honorific ? `${person.honorific} ${person.name}` : person.name;
  const line = roles.length ? `${name} — ${roles.join('; ')}` : `${name} — named in the articles; no role is given`;
  return line.length <= MAX_LINE ? line : line.slice(0, line.lastIndexOf(' ', MAX_LINE - 1)) + '…';
}

function personCitations(knowledge: Knowledge, person: Person): Citation[] {
  const sentenceIds = [...bestRoles(person).map((role) => role.sentenceId)];
  // One citation per article the person appears in, starting from the first full mention.
  for (const article of person.articles) {
    const first = person.sentenceIds.find((id) => knowledge.sentences[id].article === article);
    if (first !== undefined && !sentenceIds.some((id) => knowledge.sentences[id].article === article)) sentenceIds.push(first);
  }
  if (sentenceIds.length === 0 && person.sentenceIds.length) sentenceIds.push(person.sentenceIds[0]);
  return sentenceIds.map((id) => citeSentence(knowledge, id));
}

/** "who defense minister": people whose role holds every word of the query, when it names a role. */
function peopleByRole(knowledge: Knowledge, query: string): Person[] {
  if (!query.split(/\s+/).some(isRoleNoun)) return [];
  const wanted = contentTerms(query);
  return knowledge.people.filter((person) =>
    person.roles.some((role) => {
      const terms = new Set(contentTerms(role.role));
      return wanted.every((term) => terms.has(term));
    }),
  );
}
