import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Article, Paragraph } from './types.js';
import type { Logger } from './logger.js';

/** Options for {@link loadCorpus}. */
export interface CorpusOptions {
  /** Largest article file read, in bytes. Default: 2 MiB (a long feature is under 100 KiB). */
  maxFileBytes?: number;
  /** File endings taken as articles. Default: `.md` and `.txt`. */
  extensions?: string[];
}

export const defaultCorpusOptions: Required<CorpusOptions> = {
  maxFileBytes: 2 * 1024 * 1024,
  extensions: ['.md', '.txt'],
};

/** A file the loader could not use, and why. */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** What a load found: how many articles and passages, and every file skipped with its reason. */
export interface LoadReport {
  articles: number;
  paragraphs: number;
  skipped: SkippedFile[];
}

/** Thrown when the corpus folder itself cannot be read (nothing to serve). */
export class CorpusError extends Error {
  override name = 'CorpusError';
}

const FRONT_MATTER_KEYS = new Set(['title', 'date', 'source', 'authors', 'author', 'url']);

/**
 * Reads every article in `dir`. A file that cannot be used is skipped with a one-line reason
 * (`corpus: skipped "x.md": …`) that is logged and listed in the report; the rest still load.
 * Throws {@link CorpusError} only when the folder itself is missing or unreadable.
 */
export async function loadCorpus(
  dir: string,
  logger?: Logger,
  options: CorpusOptions = {},
): Promise<{ articles: Article[]; report: LoadReport }> {
  const { maxFileBytes, extensions } = { ...defaultCorpusOptions, ...options };
  let entries: { raw: Buffer; name: string }[];
  try {
    // Names are read as bytes: a name that is not UTF-8 would otherwise be decoded into a path that
    // does not exist, and the file reported as missing.
    entries = (await readdir(dir, { encoding: 'buffer' }))
      .map((raw) => ({ raw, name: raw.toString('utf8') }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    throw new CorpusError(`corpus: cannot read folder "${dir}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const articles: Article[] = [];
  const skipped: SkippedFile[] = [];
  const skip = (file: string, reason: string) => {
    skipped.push({ file, reason });
    logger?.warn({ file, reason }, `corpus: skipped "${file}": ${reason}`);
  };
  const seen = new Map<string, string>();
  for (const { raw, name } of entries) {
    const extension = extname(name).toLowerCase();
    if (!extensions.includes(extension) || name.startsWith('.')) continue;
    if (!Buffer.from(name, 'utf8').equals(raw)) {
      skip(name, 'file name is not UTF-8 (rename the file)');
      continue;
    }
    const path = join(dir, name);
    try {
      const info = await stat(path);
      if (!info.isFile()) continue;
      if (info.size > maxFileBytes) {
        skip(name, `larger than ${maxFileBytes} bytes (${info.size})`);
        continue;
      }
      const bytes = await readFile(path);
      const id = basename(name, extname(name));
      const parsed = parseArticle(id, bytes);
      if (typeof parsed === 'string') {
        skip(name, parsed);
        continue;
      }
      const earlier = seen.get(id);
      if (earlier) {
        skip(name, `duplicate id "${id}" (already loaded from "${earlier}")`);
        continue;
      }
      seen.set(id, name);
      articles.push(parsed);
    } catch (error) {
      skip(name, `unreadable: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }
  const report = {
    articles: articles.length,
    paragraphs: articles.reduce((sum, article) => sum + article.paragraphs.length, 0),
    skipped,
  };
  logger?.info({ dir, articles: report.articles, paragraphs: report.paragraphs, skipped: skipped.length }, 'corpus loaded');
  return { articles, report };
}

/**
 * Turns a file's bytes into an article, or returns the reason it cannot be one.
 * Paragraphs are the non-empty blank-line-separated blocks of the body after the front matter,
 * numbered from 1 as they stand in the file, so a reader can find a cited paragraph.
 */
export function parseArticle(id: string, bytes: Uint8Array): Article | string {
  if (bytes.length === 0) return 'empty file';
  if (bytes.includes(0)) return 'binary file (contains NUL bytes)';
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'not UTF-8';
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let meta: Record<string, string> = {};
  if (/^---[ \t]*\n/.test(text)) {
    const close = /\n---[ \t]*(\n|$)/.exec(text.slice(3));
    if (!close) return 'front matter is not closed (no second "---" line)';
    const block = text.slice(text.indexOf('\n') + 1, 3 + close.index + 1);
    const parsed = parseFrontMatter(block);
    if (typeof parsed === 'string') return parsed;
    meta = parsed;
    text = text.slice(3 + close.index + close[0].length);
  }
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  if (blocks.length === 0) return 'no text after the front matter';
  // A raw article's headline is its title; it stays a paragraph too, since it often holds the news's figure.
  const headline = meta.title ? undefined : headlineOf(blocks[0]);
  const paragraphs: Paragraph[] = blocks.map((block, index) => ({
    number: index + 1,
    text: block,
    isStory: isStoryBlock(block, index, blocks.length),
  }));
  if (!paragraphs.some((paragraph) => paragraph.isStory)) return 'no story text (only captions, bylines or boilerplate)';
  return {
    id,
    title: meta.title || headline || titleFromId(id),
    date: meta.date,
    source: meta.source,
    authors: meta.authors ?? meta.author,
    url: meta.url,
    paragraphs,
    checksum: createHash('sha256').update(bytes).digest('hex').slice(0, 16),
  };
}

function parseFrontMatter(block: string): Record<string, string> | string {
  const meta: Record<string, string> = {};
  const lines = block.split('\n');
  for (const [index, line] of lines.entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const field = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!field) return `front matter line ${index + 2} is not "key: value"`;
    const key = field[1].toLowerCase();
    if (FRONT_MATTER_KEYS.has(key)) meta[key] = field[2].trim().replace(/^(["'])(.*)\1$/, '$2');
  }
  return meta;
}

/** A raw article's first block when it reads as a headline: one short line, not a sentence or a caption. */
function headlineOf(block: string): string | undefined {
  if (block.includes('\n') || block.length > 160 || /[.:]["”’]?$/.test(block) || hasPhotoCredit(block) || /^(by|date)\s/i.test(block)) return undefined;
  return block;
}

function titleFromId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').replace(/\b\d{4} \d{2} \d{2}\b/, '').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : id;
}

// A photographer's credit such as "(Jane Doe/Agency)" or "(AP Photo/Jane Doe)": a parenthesis, with none
// inside it, that holds a slash or an agency's word. Found in two steps, since one pattern that looks for
// the word inside the parenthesis backtracks quadratically on a long paragraph with an unclosed "(".
// Square brackets too: "[File: Jane Doe/Al Jazeera]".
const PARENTHESES = /[([]([^()[\]]*)[)\]]/g;
const CREDIT_WORD = /\/|\b(?:photo|photograph|getty images|reuters|afp|associated press)\b/i;

function hasPhotoCredit(text: string): boolean {
  for (const match of text.matchAll(PARENTHESES)) {
    if (!CREDIT_WORD.test(match[1]!)) continue;
    // "PORT-SOLEIL, March 13 (Reuters) - Seven aid workers…": the agency in a dateline, before the lede.
    if (DATELINE_DASH.test(text.slice(match.index! + match[0].length))) continue;
    return true;
  }
  return false;
}
const DATELINE_DASH = /^\s*[-–—]+\s/;
const PHOTO_POSITION = /\s\((?:left|right|centre|center|middle|front|back|L|R|C|(?:second|third|far) (?:from )?(?:left|right))\)/i;
const CAPTION_CREDIT = /[.!?”"]\s+(?:Photograph|Photo|Picture|Image)s?:\s+\p{Lu}[^.!?]{1,60}$/u;
const BOILERPLATE =
  /^(this (article|story|report) (originally )?(appeared|was (first )?published)|copyright|©|all rights reserved|sign up for|read more|related:|follow us|click here|editor['’]s note:|go deeper:|have your say:)/i;

/** "Hannah Everleigh, diplomatic editor, in Geneva": a byline that says where the story was filed; the place is its group. */
export const BYLINE_FILED_FROM =
  /^(?=.{0,120}$)\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:\s+and\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})?(?:,\s+\p{Ll}[\p{Ll}\s-]{2,40})?,?\s+in\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})$/u;

/**
 * "By Nadia Rahimi, Campus News Editor", "By Jaya Ramanathan, sports business reporter",
 * "By Thierry Audibert (Sévrac, correspondent)", "By Ana Ruiz | Staff Writer", "By Calum Mathers, Local
 * Democracy Reporting Service"; not "By A, B and C".
 */
const BYLINE_WITH_POST =
  /^[Bb]y\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:,\s+|\s*\(|\s+\|\s+)[^,|()]{0,40}(?:,\s*[^,|()]{0,40})?\b(?:editor|correspondent|reporter|writer|columnist|journalist|critic|analyst|contributor|chief|service|desk|bureau)\b/iu;

/**
 * "By Tomas Ruelle", "By AP": a capitalised name after "By". Not "By morning the ferries ran" nor
 * "By Monday the talks had ended", whose second word is lower case. Case-sensitive on purpose:
 * under the i flag \p{Lu} matches lower-case letters too.
 */
const BYLINE_START = /^[Bb]y\s+\p{Lu}[\p{L}'’.-]*(?:$|[\s,]+(?!\p{Ll})|\s+(?:and|de|van|von|da|del|bin|al)\s)/u;

/**
 * Whether a block is story text. The top of a raw article often holds a photo caption and a
 * byline, and its foot a syndication line: none of those answers a question.
 */
function isStoryBlock(block: string, index: number, count: number): boolean {
  const flat = block.replace(/\s+/g, ' ');
  if (BOILERPLATE.test(flat)) return false;
  // "… were affected by the boycott. Photograph: University of Caldermoor": a caption ends on its credit.
  if (CAPTION_CREDIT.test(flat)) return false;
  // A headline, a standfirst, a caption and a byline may all stand above the story.
  if (index < 5) {
    // A byline that gives the writer's post ("By Nadia Rahimi, Campus News Editor") says who someone is.
    const withPost = BYLINE_WITH_POST.test(flat);
    if (BYLINE_START.test(flat) && flat.length < 200 && !withPost && !/[.!?]["”]?\s+\p{Lu}/u.test(flat.replace(/^by\s+/i, ''))) return false;
    if (hasPhotoCredit(flat)) return false;
    // "Minister X (centre) with Y (left) after the meeting": where people stand is told of a photo.
    if (PHOTO_POSITION.test(flat) && !/[.!?]["”]?\s+\p{Lu}/u.test(flat)) return false;
    if (/^date\s+\d{4}-\d{2}-\d{2}\b/i.test(flat)) return false;
    if (BYLINE_FILED_FROM.test(flat)) return false;
  }
  if (index >= count - 2 && /^\(?[-–—]?\s*(reporting|additional reporting|editing|writing) by\b/i.test(flat)) return false;
  return true;
}
