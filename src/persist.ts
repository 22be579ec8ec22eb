import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { Article, OutcomeGroup } from './types.js';
import type { Knowledge } from './knowledge.js';
import type { SentenceRecord } from './passages.js';
import type { Person, PersonMention } from './people.js';
import type { Quote } from './quotes.js';
import type { OutcomeFact } from './outcomes.js';
import { miniSearchOptions, type IndexedSentence } from './search-index.js';

/**
 * Version of the saved format. Raise it whenever the format or anything the extraction stores
 * changes, so that an older file is rebuilt instead of read wrongly.
 */
export const PERSIST_VERSION = 1;

const FORMAT = 'parley-knowledge';
/** A line holds about this many characters of items, so that no single parse blocks for long. */
const LINE_CHARS = 256 * 1024;

/** The corpus a saved index was built from: each article id with its checksum. */
export type CorpusChecksums = ReadonlyMap<string, string>;

/** Why a saved index cannot be used: none saved yet, an older format, a changed corpus, or a damaged file. */
export type PersistProblem = 'missing' | 'version' | 'changed' | 'corrupt';

/** A saved index that cannot be used; the message says why (`persist: …`). */
export class PersistError extends Error {
  override name = 'PersistError';

  constructor(
    message: string,
    readonly problem: PersistProblem = 'corrupt',
  ) {
    super(message);
  }
}

/** The checksums of a set of articles, as {@link loadKnowledge} expects them. */
export function corpusChecksums(articles: readonly Article[]): CorpusChecksums {
  return new Map(articles.map((article) => [article.id, article.checksum]));
}

interface Header {
  format: typeof FORMAT;
  version: number;
  /** Fingerprint of the code that extracted the knowledge (see {@link codeFingerprint}). */
  code: string;
  checksums: Record<string, string>;
}

let fingerprint: string | undefined;

/**
 * A digest of the source files beside this one (the loader, the extraction, the index): a saved
 * index holds what that code extracted, so a change to it makes the saved index stale even when
 * the articles are the same.
 */
export function codeFingerprint(): string {
  if (fingerprint) return fingerprint;
  const dir = dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).filter((file) => /\.[cm]?[jt]s$/.test(file)).sort()) hash.update(name).update(readFileSync(join(dir, name)));
  return (fingerprint = hash.digest('hex').slice(0, 16));
}

type IndexMeta = Omit<AsPlainObject, 'documentIds' | 'fieldLength' | 'storedFields' | 'index'>;

// A sentence is stored as its place in its paragraph's text, not as text: the paragraph is saved anyway.
type SentenceRow = [article: number, paragraph: number, index: number, start: number, length: number] | [article: number, paragraph: number, index: number, text: string];
type MentionRow = [sentenceId: number, mentions: [personKey: string, start: number, end: number][]];
type QuoteRow = [article: string, paragraph: number, text: string, speakerKey: string, sentenceId: number];
type OutcomeRow = [sentenceId: number, group: OutcomeGroup, weight: number];

/**
 * The saved form of a knowledge, one line at a time: a header line (`format`, `version`, the
 * corpus checksums), then one line per slice of each part (`["sentences", [...]]`), then an end
 * line with the line count, so that a file cut short is told from a whole one. Lines are small,
 * so that neither writing nor reading ever needs one huge string.
 */
export function* knowledgeLines(knowledge: Knowledge): Generator<string> {
  const header: Header = { format: FORMAT, version: PERSIST_VERSION, code: codeFingerprint(), checksums: Object.fromEntries(corpusChecksums(knowledge.articles)) };
  yield JSON.stringify(header);
  let lines = 1;
  const articleNumber = new Map(knowledge.articles.map((article, number) => [article.id, number]));
  const sections: [string, Iterable<unknown>][] = [
    ['articles', knowledge.articles],
    ['sentences', sentenceRows(knowledge, articleNumber)],
    ['people', knowledge.people],
    ['personByKey', personKeyRows(knowledge)],
    ['mentions', mentionRows(knowledge.mentionsBySentence)],
    ['quotes', knowledge.quotes.map((quote): QuoteRow => [quote.article, quote.paragraph, quote.text, quote.speakerKey, quote.sentenceId])],
    ['outcomes', knowledge.outcomes.map((fact): OutcomeRow => [fact.sentenceId, fact.group, fact.weight])],
    ['vocabulary', knowledge.vocabulary],
  ];
  const { documentIds, fieldLength, storedFields, index, ...meta } = knowledge.index.toJSON();
  sections.push(
    ['documentIds', Object.entries(documentIds)],
    ['fieldLength', Object.entries(fieldLength)],
    ['storedFields', Object.entries(storedFields)],
    ['terms', index],
  );
  for (const [name, items] of sections) {
    for (const line of sliced(name, items)) {
      lines++;
      yield line;
    }
  }
  yield JSON.stringify(['index', meta satisfies IndexMeta]);
  yield JSON.stringify(['end', lines + 2]);
}

function* sliced(name: string, items: Iterable<unknown>): Generator<string> {
  let parts: string[] = [];
  let size = 0;
  const line = () => `[${JSON.stringify(name)},[${parts.join(',')}]]`;
  for (const item of items) {
    const part = JSON.stringify(item);
    parts.push(part);
    size += part.length;
    if (size >= LINE_CHARS) {
      yield line();
      parts = [];
      size = 0;
    }
  }
  if (parts.length > 0) yield line();
}

function* sentenceRows(knowledge: Knowledge, articleNumber: Map<string, number>): Generator<SentenceRow> {
  let paragraphKey = '';
  let from = 0;
  for (const [position, sentence] of knowledge.sentences.entries()) {
    if (sentence.id !== position) throw new PersistError(`persist: sentence ${sentence.id} stands at position ${position}`);
    const article = articleNumber.get(sentence.article)!;
    const key = `${article}#${sentence.paragraph}`;
    if (key !== paragraphKey) {
      paragraphKey = key;
      from = 0;
    }
    const text = paragraphText(knowledge.articles[article], sentence.paragraph);
    const start = text?.indexOf(sentence.text, from) ?? -1;
    if (start < 0) {
      yield [article, sentence.paragraph, sentence.index, sentence.text];
      continue;
    }
    from = start + sentence.text.length;
    yield [article, sentence.paragraph, sentence.index, start, sentence.text.length];
  }
}

function* personKeyRows(knowledge: Knowledge): Generator<[key: string, person: number]> {
  const number = new Map(knowledge.people.map((person, position) => [person, position]));
  for (const [key, person] of knowledge.personByKey) {
    const position = number.get(person);
    if (position === undefined) throw new PersistError(`persist: "${key}" names a person missing from the people list`);
    yield [key, position];
  }
}

function* mentionRows(mentionsBySentence: Map<number, PersonMention[]>): Generator<MentionRow> {
  for (const [sentenceId, mentions] of mentionsBySentence)
    yield [sentenceId, mentions.map((mention): [string, number, number] => [mention.personKey, mention.start, mention.end])];
}

function paragraphText(article: Article, number: number): string | undefined {
  const paragraph = article.paragraphs[number - 1]?.number === number ? article.paragraphs[number - 1] : article.paragraphs.find((p) => p.number === number);
  return paragraph?.text;
}

/**
 * Saves a knowledge to `file` (folders created as needed). The file is written beside its place
 * and renamed over it when complete, so a crash mid-write never leaves a half file to be read.
 */
export async function saveKnowledge(knowledge: Knowledge, file: string): Promise<void> {
  await writeKnowledgeLines(knowledgeLines(knowledge), file);
}

/** Writes saved-knowledge lines (from {@link knowledgeLines}) to `file`, atomically. */
export async function writeKnowledgeLines(lines: Iterable<string>, file: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.${Date.now()}.partial`;
  const out = createWriteStream(partial);
  const closed = new Promise<void>((resolve, reject) => {
    out.on('close', resolve);
    out.on('error', reject);
  });
  closed.catch(() => undefined); // a write error is thrown from the loop below; this only waits
  try {
    for (const line of lines) {
      if (!out.write(line + '\n')) await once(out, 'drain');
    }
    out.end();
    await closed;
    await rename(partial, file);
  } catch (error) {
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

/** Options for {@link loadKnowledge} and {@link knowledgeFromLines}. */
export interface LoadKnowledgeOptions {
  /**
   * Give the event loop a turn at least this often, in milliseconds, while reading; `false` reads
   * in one go, which is fastest when nothing else is waiting (start-up). Default: `false`.
   */
  yieldEveryMs?: number | false;
}

/**
 * Reads a knowledge saved by {@link saveKnowledge}, if it was built from exactly the corpus
 * `expected` describes (the same article ids with the same checksums) by this version of the
 * format. Throws {@link PersistError} saying why otherwise: no file, an older version, a changed
 * corpus, or a corrupt file.
 */
export async function loadKnowledge(file: string, expected: CorpusChecksums, options: LoadKnowledgeOptions = {}): Promise<Knowledge> {
  const input = createReadStream(file, { encoding: 'utf8' });
  const opened = new Promise<void>((resolve, reject) => {
    input.once('open', () => resolve());
    input.once('error', reject);
  });
  try {
    await opened;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new PersistError(`persist: no saved index at "${file}"`, 'missing');
    throw new PersistError(`persist: cannot read "${file}": ${code ?? String(error)}`);
  }
  const lines = createInterface({ input, crlfDelay: Infinity });
  try {
    return await knowledgeFromLines(lines, expected, options);
  } finally {
    lines.close();
    input.destroy();
  }
}

/**
 * Rebuilds a knowledge from saved-knowledge lines (a file's, or a worker's messages), checking
 * its format version and, when `expected` is given (lines saved earlier), that it was built from
 * that corpus by the code running now. A worker's fresh lines pass `undefined`: the worker ran the
 * code on disk now, which may be newer than this process's. Throws {@link PersistError}.
 */
export async function knowledgeFromLines(
  lines: AsyncIterable<string> | Iterable<string>,
  expected: CorpusChecksums | undefined,
  options: LoadKnowledgeOptions = {},
): Promise<Knowledge> {
  const yieldEveryMs = options.yieldEveryMs ?? false;
  let lastYield = performance.now();
  let count = 0;
  let header: Header | undefined;
  let ended = false;
  const articles: Article[] = [];
  const sentences: SentenceRecord[] = [];
  const people: Person[] = [];
  const personKeys: [string, number][] = [];
  const mentionsBySentence = new Map<number, PersonMention[]>();
  const quotes: Quote[] = [];
  const outcomes: OutcomeFact[] = [];
  const vocabulary = new Set<string>();
  const documentIds: Record<string, number> = {};
  const fieldLength: Record<string, number[]> = {};
  const storedFields: Record<string, Record<string, unknown>> = {};
  const terms: AsPlainObject['index'] = [];
  let meta: IndexMeta | undefined;

  for await (const line of lines) {
    count++;
    if (ended) throw new PersistError(`persist: corrupt index file: text after the end line (line ${count})`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new PersistError(`persist: corrupt index file: line ${count} is not JSON`);
    }
    if (count === 1) {
      header = checkHeader(parsed, expected);
      continue;
    }
    if (!Array.isArray(parsed) || typeof parsed[0] !== 'string') throw new PersistError(`persist: corrupt index file: line ${count} is not a section`);
    const [section, items] = parsed as [string, unknown[]];
    switch (section) {
      case 'articles':
        articles.push(...(items as Article[]));
        break;
      case 'sentences':
        // Articles come first in the file, so each slice of sentences is rebuilt as it arrives.
        for (const row of items as SentenceRow[]) sentences.push(sentenceFromRow(row, sentences.length, articles));
        break;
      case 'people':
        people.push(...(items as Person[]));
        break;
      case 'personByKey':
        for (const row of items as [string, number][]) personKeys.push(row);
        break;
      case 'mentions':
        for (const [sentenceId, rows] of items as MentionRow[])
          mentionsBySentence.set(sentenceId, rows.map(([personKey, start, end]) => ({ personKey, sentenceId, start, end })));
        break;
      case 'quotes':
        for (const [article, paragraph, text, speakerKey, sentenceId] of items as QuoteRow[]) quotes.push({ article, paragraph, text, speakerKey, sentenceId });
        break;
      case 'outcomes':
        for (const [sentenceId, group, weight] of items as OutcomeRow[]) outcomes.push({ sentenceId, group, weight });
        break;
      case 'vocabulary':
        for (const term of items as string[]) vocabulary.add(term);
        break;
      case 'documentIds':
        for (const [key, value] of items as [string, number][]) documentIds[key] = value;
        break;
      case 'fieldLength':
        for (const [key, value] of items as [string, number[]][]) fieldLength[key] = value;
        break;
      case 'storedFields':
        for (const [key, value] of items as [string, Record<string, unknown>][]) storedFields[key] = value;
        break;
      case 'terms':
        for (const entry of items as AsPlainObject['index']) terms.push(entry);
        break;
      case 'index':
        meta = items as unknown as IndexMeta;
        break;
      case 'end':
        if (Number(items) !== count) throw new PersistError(`persist: corrupt index file: the end line counts ${String(items)} lines, the file has ${count}`);
        ended = true;
        break;
      default:
        throw new PersistError(`persist: corrupt index file: unknown section "${section}" on line ${count}`);
    }
    if (yieldEveryMs !== false && performance.now() - lastYield >= yieldEveryMs) {
      await yieldToEventLoop();
      lastYield = performance.now();
    }
  }
  if (!header) throw new PersistError('persist: corrupt index file: it is empty');
  if (!ended || !meta) throw new PersistError(`persist: corrupt index file: cut short after line ${count}`);
  if (articles.length !== Object.keys(header.checksums).length)
    throw new PersistError(`persist: corrupt index file: ${articles.length} articles saved, the header lists ${Object.keys(header.checksums).length}`);

  const js: AsPlainObject = { ...meta, documentIds, fieldLength, storedFields, index: terms };
  let index: MiniSearch<IndexedSentence>;
  try {
    index =
      yieldEveryMs === false
        ? MiniSearch.loadJS<IndexedSentence>(js, miniSearchOptions)
        : await MiniSearch.loadJSAsync<IndexedSentence>(js, miniSearchOptions);
  } catch (error) {
    throw new PersistError(`persist: corrupt index file: the search index cannot be read: ${(error as Error).message}`);
  }
  if (index.documentCount !== sentences.length)
    throw new PersistError(`persist: corrupt index file: the search index holds ${index.documentCount} sentences, the file ${sentences.length}`);
  return {
    articles,
    articleById: new Map(articles.map((article) => [article.id, article])),
    sentences,
    people,
    personByKey: new Map(personKeys.map(([key, position]) => [key, people[position]])),
    mentionsBySentence,
    quotes,
    outcomes,
    index,
    vocabulary,
  };
}

function checkHeader(parsed: unknown, expected: CorpusChecksums | undefined): Header {
  const header = parsed as Partial<Header> | null;
  if (!header || typeof header !== 'object' || header.format !== FORMAT || typeof header.checksums !== 'object' || header.checksums === null)
    throw new PersistError('persist: corrupt index file: the first line is not a Parley index header');
  if (header.version !== PERSIST_VERSION)
    throw new PersistError(`persist: the saved index is format version ${String(header.version)}, this build reads version ${PERSIST_VERSION}`, 'version');
  if (expected && header.code !== codeFingerprint())
    throw new PersistError(`persist: the saved index was extracted by other code (${String(header.code)}, now ${codeFingerprint()})`, 'version');
  if (expected) {
    const change = describeChange(new Map(Object.entries(header.checksums)), expected);
    if (change) throw new PersistError(`persist: the corpus changed since the index was saved (${change})`, 'changed');
  }
  return header as Header;
}

/** What differs between the saved corpus and the current one, or '' when nothing does. */
function describeChange(saved: Map<string, string>, current: CorpusChecksums): string {
  const added = [...current.keys()].filter((id) => !saved.has(id));
  const removed = [...saved.keys()].filter((id) => !current.has(id));
  const changed = [...current.keys()].filter((id) => saved.has(id) && saved.get(id) !== current.get(id));
  const parts = [
    added.length ? `${added.length} added: ${sample(added)}` : '',
    removed.length ? `${removed.length} removed: ${sample(removed)}` : '',
    changed.length ? `${changed.length} changed: ${sample(changed)}` : '',
  ].filter(Boolean);
  return parts.join('; ');
}

const sample = (ids: string[]) => ids.slice(0, 3).join(', ') + (ids.length > 3 ? ', …' : '');

function sentenceFromRow(row: SentenceRow, id: number, articles: Article[]): SentenceRecord {
  const article = articles[row[0]];
  if (!article) throw new PersistError(`persist: corrupt index file: sentence ${id} names article ${row[0]}, which is not saved`);
  let text: string;
  if (row.length === 4) text = row[3];
  else {
    const paragraph = paragraphText(article, row[1]);
    if (paragraph === undefined || row[3] + row[4] > paragraph.length)
      throw new PersistError(`persist: corrupt index file: sentence ${id} lies outside paragraph ${row[1]} of "${article.id}"`);
    text = paragraph.slice(row[3], row[3] + row[4]);
  }
  return { id, article: article.id, paragraph: row[1], index: row[2], text };
}
