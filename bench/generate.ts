import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrownText } from './brown.js';

/** Paragraphs per generated article, as in a long news story. */
export const PARAGRAPHS_PER_ARTICLE = 25;

/** A small seeded PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generated article: its file name and the file's text (front matter and paragraphs). */
export interface GeneratedArticle {
  file: string;
  text: string;
}

const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];

/**
 * Samples `count` articles from the Brown texts: each takes {@link PARAGRAPHS_PER_ARTICLE}
 * consecutive paragraphs from a random place in a random text (running on into the next text
 * when one ends), so that names and quotes keep their context, as in a real story. The title is
 * the first words of the first paragraph.
 */
export function sampleArticles(texts: BrownText[], count: number, seed = 7): GeneratedArticle[] {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const articles: GeneratedArticle[] = [];
  for (let n = 0; n < count; n++) {
    let text = pick(texts.length);
    const source = texts[text].file;
    let paragraph = pick(texts[text].paragraphs.length);
    const paragraphs: string[] = [];
    while (paragraphs.length < PARAGRAPHS_PER_ARTICLE) {
      if (paragraph >= texts[text].paragraphs.length) {
        text = (text + 1) % texts.length;
        paragraph = 0;
      }
      paragraphs.push(texts[text].paragraphs[paragraph++]);
    }
    const title = paragraphs[0].split(/\s+/).slice(0, 8).join(' ').replace(/[,;:“”"]/g, '');
    const date = `19${61 + pick(4)}-${MONTHS[pick(12)]}-${String(1 + pick(28)).padStart(2, '0')}`;
    const id = `brown-${String(n + 1).padStart(5, '0')}`;
    const front = ['---', `title: "${title}"`, `date: ${date}`, `source: Brown corpus ${source}`, '---', ''];
    articles.push({ file: `${id}.md`, text: front.join('\n') + '\n' + paragraphs.join('\n\n') + '\n' });
  }
  return articles;
}

/** Writes the articles into `dir`, emptied first. */
export async function writeArticles(dir: string, articles: GeneratedArticle[]): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const article of articles) await writeFile(join(dir, article.file), article.text);
}
