import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { commands as registry } from '../../commands/index.js';
import { loadConfig } from '../../src/config.js';
import { startBot, type Bot } from '../../src/discord/client.js';
import type { Command } from '../../src/discord/command.js';
import { LiveIndex } from '../../src/live-index.js';
import { createLogger, registerSecret } from '../../src/logger.js';
import { APPLICATION_ID, FakeDiscord, MODERATOR_ROLE_ID } from './fake-discord.js';

/** A token-shaped secret; the suite checks it never reaches a log line. */
export const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake-secret.parley-test-token-value';

/** A small negotiation story: one speaker quoted seven times (enough for two pages), outcomes, a link. */
export const HARBOUR_ARTICLE = `---
title: Harbour workers and port authority agree pay deal after week of talks
date: 2026-03-02
source: Test Gazette
url: https://example.com/news/harbour-talks
---

PORT ELLIS – Dock workers and the Port Ellis Authority agreed on Friday to a two-year pay deal that ends a strike which had closed the container terminal for nine days.

“We have a deal that our members can vote for,” said Marta Kowalczyk, the union's chief negotiator.

“Nobody got everything they wanted,” Kowalczyk said. “That is what a fair deal looks like.”

“The night shifts were the hardest part of the talks,” Kowalczyk said.

“Our members will vote on the offer next Tuesday,” Kowalczyk said.

“The terminal will reopen on Monday morning,” Kowalczyk said.

“We did not agree on pensions, and we will come back to them in the autumn,” Kowalczyk said.

Samuel Okafor, the port director, said the authority had agreed to raise wages by 6 percent this year and 4 percent next year.

The two sides failed to agree on a new pension scheme, which will be discussed at a second round of talks in September.

“We are glad the cranes are moving again,” Okafor said.
`;

/** An article whose text tries to ping everyone and break the layout. */
export const HOSTILE_ARTICLE = `---
title: Tenants **storm** the council meeting @everyone
date: 2026-03-03
source: Test Gazette
---

RIVERTON – Tenants packed the council chamber on Thursday to demand a rent freeze.

“Tell @everyone and @here that <@123> and <@&456> voted for **the rent rise** and __nothing__ else,” said Rosa Delgado, the tenants' spokeswoman.

The council agreed to hold a vote on a rent freeze next month.
`;

/** One running bot against a fresh fake Discord, with its corpus in a temp folder and its log captured. */
export interface Harness {
  server: FakeDiscord;
  bot: Bot;
  live: LiveIndex;
  corpusDir: string;
  /** Every log line, parsed. */
  logs: Record<string, any>[];
  /** The log exactly as written. */
  rawLog: () => string;
  close(): Promise<void>;
}

/** Starts the bot as the entry point would, with extra commands appended to the registry when given. */
export async function startHarness(
  options: { articles?: Record<string, string>; env?: Record<string, string>; extraCommands?: Command[] } = {},
): Promise<Harness> {
  const server = await FakeDiscord.start();
  const corpusDir = await mkdtemp(join(tmpdir(), 'parley-discord-'));
  const articles = options.articles ?? { 'harbour-talks.md': HARBOUR_ARTICLE, 'tenants.md': HOSTILE_ARTICLE };
  for (const [name, text] of Object.entries(articles)) await writeFile(join(corpusDir, name), text);

  let raw = '';
  const logs: Record<string, any>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      const text = chunk.toString();
      raw += text;
      for (const line of text.split('\n')) if (line.trim() !== '') logs.push(JSON.parse(line));
      callback();
    },
  });
  registerSecret(TOKEN);
  const logger = createLogger({ level: 'debug', destination });
  const config = loadConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_CLIENT_ID: APPLICATION_ID,
    DISCORD_API_URL: server.apiUrl,
    CORPUS_DIR: corpusDir,
    MODERATOR_ROLE_ID,
    MESSAGE_CONTENT_INTENT: 'true',
    INDEX_CACHE_DIR: 'off',
    ...options.env,
  });
  // Reloads build on the main thread here: a worker thread re-loads tsx and costs a second a reload; the
  // sharded run in processes.test.ts keeps the default worker path.
  const live = await LiveIndex.open({ corpusDir, cacheDir: config.indexCacheDir, reloadIn: 'main', logger });
  const bot = await startBot({
    config,
    live,
    logger,
    commands: [...registry, ...(options.extraCommands ?? [])],
    // Tests fire bursts of requests; Discord's default of 50 a second would only slow them down.
    clientOptions: { rest: { globalRequestsPerSecond: 10_000 } },
  });
  return {
    server,
    bot,
    live,
    corpusDir,
    logs,
    rawLog: () => raw,
    async close() {
      await bot.stop();
      await server.close();
      await rm(corpusDir, { recursive: true, force: true });
    },
  };
}
