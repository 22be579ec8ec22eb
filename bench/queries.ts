import type { Knowledge } from '../src/knowledge.js';
import { STOP_WORDS } from '../src/text.js';
import type { CommandName } from '../src/types.js';
import { seededRandom } from './generate.js';

/** One question of the mix: a command and its query text. */
export interface BenchQuery {
  command: CommandName;
  query: string;
}

/**
 * A fixed mix of queries drawn from the generated text itself, `perCommand` of each command:
 * /who and /quote ask for people the articles name (full names, family names) and a few names
 * they do not; /outcome takes one or two topic words; /ask builds questions of the kinds users
 * type ("What did X say about Y?", "When was the Y?", "How many Y?") from the words of a sentence.
 * The same seed and corpus give the same mix.
 */
export function queryMix(knowledge: Knowledge, perCommand: number, seed = 11): BenchQuery[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const people = knowledge.people.filter((person) => person.name.includes(' '));
  const speakers = [...new Set(knowledge.quotes.map((quote) => quote.speakerKey))].map((key) => knowledge.personByKey.get(key)!);
  const word = () => {
    for (;;) {
      const words = pick(knowledge.sentences).text.match(/\p{Ll}{5,}/gu) ?? [];
      const candidate = words.length ? pick(words) : '';
      if (candidate && !STOP_WORDS.has(candidate)) return candidate;
    }
  };
  const name = () => (people.length ? pick(people) : pick(knowledge.people));
  const mix: BenchQuery[] = [];
  for (let n = 0; n < perCommand; n++) {
    const person = name();
    const unknown = n % 10 === 9; // one in ten asks for someone the articles never name
    mix.push({ command: 'who', query: unknown ? `Zelda ${word()}` : n % 2 ? person.surname : person.name });
    const speaker = speakers.length ? pick(speakers) : person;
    mix.push({ command: 'quote', query: n % 3 === 2 ? word() : n % 2 ? speaker.surname : `${speaker.name} ${word()}` });
    mix.push({ command: 'outcome', query: n % 2 ? word() : `${word()} ${word()}` });
    const templates = [
      () => `What did ${person.surname} say about ${word()}?`,
      () => `When was the ${word()} ${word()}?`,
      () => `How many ${word()} were there?`,
      () => `Why did the ${word()} ${word()}?`,
      () => `What was agreed about ${word()}?`,
      () => `Who ${word()} the ${word()}?`,
    ];
    mix.push({ command: 'ask', query: templates[n % templates.length]() });
  }
  return mix;
}
