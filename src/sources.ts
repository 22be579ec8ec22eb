import type { Knowledge } from './knowledge.js';

/** One article as /sources lists it. */
export interface SourceEntry {
  id: string;
  title: string;
  date?: string;
  source?: string;
  authors?: string;
  url?: string;
  paragraphs: number;
}

/** The articles Parley answers from, newest first. */
export function listSources(knowledge: Knowledge): SourceEntry[] {
  return knowledge.articles
    .map((article) => ({
      id: article.id,
      title: article.title,
      date: article.date,
      source: article.source,
      authors: article.authors,
      url: article.url,
      paragraphs: article.paragraphs.filter((paragraph) => paragraph.isStory).length,
    }))
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title));
}
