import type { Citation, OutcomeGroup } from './types.js';
import type { Knowledge } from './knowledge.js';

/** Cites one sentence: its article, paragraph and the sentence itself as the verbatim snippet. */
export function citeSentence(knowledge: Knowledge, sentenceId: number, extra: { speaker?: string; group?: OutcomeGroup } = {}): Citation {
  const sentence = knowledge.sentences[sentenceId];
  return citePassage(knowledge, sentence.article, sentence.paragraph, sentence.text, extra);
}

/** Cites a verbatim piece of a paragraph. */
export function citePassage(
  knowledge: Knowledge,
  articleId: string,
  paragraph: number,
  snippet: string,
  extra: { speaker?: string; group?: OutcomeGroup } = {},
): Citation {
  const article = knowledge.articleById.get(articleId)!;
  const citation: Citation = { article: articleId, title: article.title, paragraph, snippet, ...extra };
  if (article.url) citation.url = article.url;
  return citation;
}

/** Keeps the first citation of each article paragraph and snippet. */
export function uniqueCitations(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((citation) => {
    const key = `${citation.article}#${citation.paragraph}#${citation.snippet}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
