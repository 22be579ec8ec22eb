import type { Knowledge } from './knowledge.js';
import type { Person } from './people.js';
import { normalizeForMatch } from './text.js';
import { bareSurname, innerNameWords } from './names.js';
import { groupByEach, perKnowledge } from './derived.js';

/** People a query names, and what is left of the query once the name is taken out. */
export interface PersonMatch {
  people: Person[];
  rest: string;
}

const words = (text: string) => normalizeForMatch(text).replace(/[’']s\b/g, '').match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu) ?? [];

/**
 * Finds the people a query names: by full name, by family name ("Chen" gives every Chen), by
 * given name, or by any run of their name's words. Several words must match as a phrase; two
 * words that each occur in different names are no match.
 */
export function matchPeople(knowledge: Knowledge, query: string): PersonMatch {
  const queryWords = words(query);
  const byWord = nameIndex(knowledge);
  const candidates = new Set(queryWords.flatMap((word) => byWord.get(word) ?? []));
  let best: { people: Person[]; length: number; at: number } = { people: [], length: 0, at: 0 };
  for (const person of candidates) {
    const nameWords = words(person.name);
    // "Gurgen Mirzoyan" for Gurgen Nikolayevich Mirzoyan: the given name and surname, the middle left out.
    // Two such names answer together, as two people sharing a surname do.
    if (isOuterNameWords(nameWords, queryWords)) {
      if (best.length < queryWords.length) best = { people: [person], length: queryWords.length, at: 0 };
      else if (best.at === 0) best.people.push(person);
      continue;
    }
    // The longest run of the query's words that stands as a run in the name.
    for (let at = 0; at < queryWords.length; at++)
      for (let length = Math.min(queryWords.length - at, nameWords.length); length >= 1; length--) {
        const phrase = queryWords.slice(at, at + length).join(' ');
        if (!isNamePart(nameWords, phrase, person)) continue;
        if (length > best.length) best = { people: [person], length, at };
        else if (length === best.length && at === best.at && !best.people.includes(person)) best.people.push(person);
        break;
      }
  }
  // A full-name match wins over people who only share one of its words.
  const asked = queryWords.slice(best.at, best.at + best.length);
  const exact = best.people.filter((person) => words(person.name).join(' ') === asked.join(' ') || isOuterNameWords(words(person.name), asked));
  const people = exact.length ? exact : best.people;
  const rest = [...queryWords.slice(0, best.at), ...queryWords.slice(best.at + best.length)].join(' ');
  return { people, rest };
}

/** People by each word of their names, built once per knowledge, so a lookup reads only those it may match. */
const nameIndex = perKnowledge((knowledge) =>
  groupByEach(knowledge.people, (person) => new Set([...words(person.name), ...words(bareSurname(person.surname))])),
);

/** The query is the name's first and last words with some of its middle ones, in order. */
function isOuterNameWords(nameWords: string[], queryWords: string[]): boolean {
  if (queryWords.length < 2 || queryWords.length >= nameWords.length) return false;
  if (queryWords[0] !== nameWords[0] || queryWords.at(-1) !== nameWords.at(-1)) return false;
  let at = 0;
  for (const word of nameWords) if (word === queryWords[at]) at++;
  return at === queryWords.length;
}

function isNamePart(nameWords: string[], phrase: string, person: Person): boolean {
  if (phrase.length < 2) return false;
  const name = nameWords.join(' ');
  if (name === phrase || normalizeForMatch(person.surname) === phrase || normalizeForMatch(person.firstName) === phrase) return true;
  // "Mahdawi" for "al-Mahdawi": news drops the joined article in later mentions.
  if (normalizeForMatch(bareSurname(person.surname)) === phrase) return true;
  // "Arango" for Julián Esteban Arango Mejía.
  if (innerNameWords(person.name).includes(phrase)) return true;
  // A run of whole words inside the name ("van der meer" in "ruth van der meer").
  return phrase.includes(' ') && ` ${name} `.includes(` ${phrase} `);
}

/** Names close to a query that matched no one, for a "did you mean" reply. */
export function closeNames(knowledge: Knowledge, query: string, limit = 5): string[] {
  const target = words(query).join(' ');
  if (!target) return [];
  const scored = knowledge.people
    .map((person) => {
      const candidates = [person.name, person.surname, person.firstName].map((name) => words(name).join(' '));
      const distance = Math.min(...candidates.map((candidate) => editDistance(candidate, target)));
      return { name: person.name, distance };
    })
    .filter(({ distance }) => distance <= Math.max(1, Math.floor(target.length / 3)))
    .sort((a, b) => a.distance - b.distance);
  return scored.slice(0, limit).map(({ name }) => name);
}

/** Levenshtein distance between two short strings. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}
