import { loadCorpus, parseArticle } from '../../src/corpus.js';
import { buildKnowledge, type Knowledge } from '../../src/knowledge.js';
import type { Answer } from '../../src/types.js';

const cache = new Map<string, Promise<Knowledge>>();

/** The knowledge of a corpus folder, built once per test file. */
export function knowledgeOf(dir: string): Promise<Knowledge> {
  let knowledge = cache.get(dir);
  if (!knowledge) {
    knowledge = loadCorpus(dir).then(({ articles }) => buildKnowledge(articles));
    cache.set(dir, knowledge);
  }
  return knowledge;
}

/** The knowledge of one article written inline, its paragraphs separated by blank lines. */
export function knowledgeOfStory(paragraphs: string[], title = 'A story'): Knowledge {
  const article = parseArticle('story', new TextEncoder().encode(`---\ntitle: ${title}\n---\n\n${paragraphs.join('\n\n')}\n`));
  if (typeof article === 'string') throw new Error(article);
  return buildKnowledge([article]);
}

export const SHARED = process.env.PARLEY_SHARED ?? '../shared';
export const DEV_CORPUS = `${SHARED}/eval/dev`;

const fold = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

/** Every citation's snippet stands word for word in the paragraph it cites. */
export function expectVerbatim(knowledge: Knowledge, answer: Answer): void {
  for (const citation of answer.citations) {
    const paragraph = knowledge.articleById.get(citation.article)?.paragraphs[citation.paragraph - 1];
    if (!paragraph || !fold(paragraph.text).includes(fold(citation.snippet)))
      throw new Error(`not verbatim in ${citation.article} ¶${citation.paragraph}: ${citation.snippet}`);
  }
}
