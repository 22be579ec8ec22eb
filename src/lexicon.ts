import nlp from 'compromise';

/**
 * compromise's lexicon, read directly: a word's tags (with their parents) without running its
 * tagger, which costs a millisecond a call and dominated extraction. The lexicon names thousands
 * of first names, places, organisations and person nouns; it knows nothing of any article.
 */
const world = nlp.world() as unknown as {
  model: { one: { lexicon: Record<string, string | string[]>; tagSet: Record<string, { parents?: string[] }> } };
};
const { lexicon, tagSet } = world.model.one;

const tagCache = new Map<string, ReadonlySet<string>>();

/** The tags compromise's lexicon gives a word or phrase (any case), each with its parent tags. */
export function lexiconTags(phrase: string): ReadonlySet<string> {
  const key = phrase.toLowerCase();
  let tags = tagCache.get(key);
  if (!tags) {
    const entry = lexicon[key] ?? lexicon[key.normalize('NFD').replace(/[\u0300-\u036f]/g, '')];
    const own = entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
    tags = new Set(own.flatMap((tag) => [tag, ...(tagSet[tag]?.parents ?? [])]));
    tagCache.set(key, tags);
  }
  return tags;
}

/** Whether the lexicon gives the word or phrase this tag (or a tag under it). */
export const hasTag = (phrase: string, tag: string): boolean => lexiconTags(phrase).has(tag);
