import { config as loadDotenv } from 'dotenv';
import { commands } from './commands/index.js';
import { loadConfig, type Config } from './src/config.js';
import { runConsole } from './src/console.js';
import { startBot } from './src/discord/client.js';
import { LiveIndex } from './src/live-index.js';
import { loadSynonyms } from './src/synonyms.js';
import { createLogger, registerSecret } from './src/logger.js';

/**
 * Parley's entry point: reads `.env` and validates the config once, opens the live index, then runs
 * the offline console when no DISCORD_TOKEN is set, or logs in to Discord. Also the file each shard
 * runs under `npm run start:sharded`.
 */
async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
  registerSecret(config.discordToken);
  const logger = createLogger({ level: config.logLevel });
  const live = await LiveIndex.open({ corpusDir: config.corpusDir, cacheDir: config.indexCacheDir, logger });
  // About 300 ms of reading, better spent now than on someone's first question.
  if (!loadSynonyms()) logger.warn('synonyms: the WordNet files were not found; /ask reads questions word for word');

  if (config.discordToken === undefined) {
    await runConsole({ live, input: process.stdin, output: process.stdout, logger });
    return;
  }

  const bot = await startBot({ config, live, logger, commands });
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing replies in flight');
    bot
      .stop()
      .then(() => {
        logger.flush();
        process.exit(0);
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        logger.flush();
        process.exit(1);
      });
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
