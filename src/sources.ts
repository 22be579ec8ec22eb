import type { Article } from './types.js';
import type { Knowledge } from './knowledge.js';

/** One article as /sources lists it: its front matter and how many story paragraphs it has. */
export type SourceEntry = Pick<Article, 'id' | 'title' | 'date' | 'source' | 'authors' | 'url'> & { paragraphs: number };

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
