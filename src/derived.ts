import type { Knowledge } from './knowledge.js';

/**
 * Wraps a function of a knowledge so that it runs once per knowledge: indexes that answers read
 * (people by name word, quotes by sentence) are built on first use and dropped with the knowledge.
 */
export function perKnowledge<T>(build: (knowledge: Knowledge) => T): (knowledge: Knowledge) => T {
  const built = new WeakMap<Knowledge, T>();
  return (knowledge) => {
    if (!built.has(knowledge)) built.set(knowledge, build(knowledge));
    return built.get(knowledge)!;
  };
}

/** Groups items by a key, keeping their order within each group. */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  return groupByEach(items, (item) => [keyOf(item)]);
}

/** Groups items under each of their keys (an item with two keys stands in both groups). */
export function groupByEach<T, K>(items: Iterable<T>, keysOf: (item: T) => Iterable<K>): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items)
    for (const key of keysOf(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  return groups;
}
