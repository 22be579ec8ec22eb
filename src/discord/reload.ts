import type { Client } from 'discord.js';
import type { ReloadReport } from '../live-index.js';
import { neutralise } from './text.js';

/** One shard's answer to a reload. */
export type ShardReload =
  | { shard: number; ok: true; report: ReloadReport }
  | { shard: number; ok: false; reason: string };

// A registry symbol, because broadcastEval sends the function's source to each shard, where only globals
// (not this module's variables) can be reached.
const RELOADER = Symbol.for('parley.reload');

type ReloadingClient = Client & { [RELOADER]?: () => Promise<ShardReload> };

/** Lets this process's client reload its own index when any shard asks (see {@link reloadEverywhere}). */
export function installReloader(client: Client, reload: () => Promise<ReloadReport>): void {
  const shard = client.shard?.ids[0] ?? 0;
  (client as ReloadingClient)[RELOADER] = async () => {
    try {
      return { shard, ok: true, report: await reload() };
    } catch (error) {
      return { shard, ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
  };
}

/**
 * Reloads the index of every shard: through `broadcastEval` when sharded, so each shard process rebuilds
 * its own index and reports its figures, or locally otherwise. Never throws: a failure is a result.
 */
export async function reloadEverywhere(client: Client): Promise<ShardReload[]> {
  if (client.shard !== null) {
    try {
      const results = await client.shard.broadcastEval((shardClient) =>
        (shardClient as ReloadingClient)[Symbol.for('parley.reload') as typeof RELOADER]!(),
      );
      return (results as ShardReload[]).sort((a, b) => a.shard - b.shard);
    } catch (error) {
      return [{ shard: client.shard.ids[0] ?? 0, ok: false, reason: `a shard did not answer: ${(error as Error).message}` }];
    }
  }
  const reload = (client as ReloadingClient)[RELOADER];
  if (reload === undefined) return [{ shard: 0, ok: false, reason: 'reload is not available on this client' }];
  return [await reload()];
}

const count = (amount: number, noun: string): string => `${amount} ${noun}${amount === 1 ? '' : 's'}`;
const figures = ({ articles, passages }: { articles: number; passages: number }): string =>
  `${count(articles, 'article')}, ${count(passages, 'passage')}`;
const names = (ids: string[]): string => (ids.length === 0 ? 'none' : ids.map(neutralise).join(', '));

/**
 * The moderator's reload report: figures before and after, added and removed articles, every skipped
 * file with its reason; per shard when there are several; a failure says why and that the old index
 * keeps serving.
 */
export function describeReload(results: ShardReload[]): string {
  const lines: string[] = [];
  const sharded = results.length > 1;
  const failed = results.filter((result) => !result.ok);
  const first = results.find((result) => result.ok);
  if (failed.length === 0 && first?.ok) {
    const { before, after, added, removed, changed, skipped } = first.report;
    lines.push(`Reloaded${sharded ? ` on ${results.length} shards` : ''}.`);
    lines.push(`Before: ${figures(before)}.`);
    lines.push(`After: ${figures(after)}.`);
    lines.push(`Added: ${names(added)}.`, `Removed: ${names(removed)}.`, `Changed: ${names(changed)}.`);
    lines.push(skipped.length === 0 ? 'Skipped: none.' : `Skipped ${skipped.length}:`);
    for (const file of skipped) lines.push(`• ${neutralise(file.file)}: ${neutralise(file.reason)}`);
  } else {
    lines.push('Reload failed; the previous index keeps answering.');
    for (const result of failed) if (!result.ok) lines.push(`${sharded ? `Shard ${result.shard}: ` : ''}${neutralise(result.reason)}`);
  }
  if (sharded) {
    lines.push('', 'Per shard:');
    for (const result of results) {
      lines.push(
        result.ok
          ? `Shard ${result.shard}: ${figures(result.report.after)}`
          : `Shard ${result.shard}: failed (${neutralise(result.reason)})`,
      );
    }
  }
  return lines.join('\n');
}
