import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager, type APIGatewayBotInfo } from 'discord.js';
import { config as loadDotenv } from 'dotenv';
import { loadConfig, type Config } from '../config.js';
import { createLogger, registerSecret } from '../logger.js';

/**
 * `npm run start:sharded`: runs the bot (`index.ts`) in one process per shard with discord.js's
 * ShardingManager. Each shard keeps its own index; `/reload` on any shard reloads them all.
 */

const botFile = fileURLToPath(new URL('../../index.ts', import.meta.url));

/** Discord's recommended shard count, asked from `DISCORD_API_URL` when set (discord.js's helper cannot). */
async function recommendedShards(config: Config): Promise<number> {
  const rest = new REST(config.discordApiUrl === undefined ? {} : { api: config.discordApiUrl }).setToken(config.discordToken!);
  const gateway = (await rest.get(Routes.gatewayBot())) as APIGatewayBotInfo;
  return Math.max(1, gateway.shards);
}

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const config = loadConfig(process.env);
  if (config.discordToken === undefined) throw new Error('config: start:sharded needs DISCORD_TOKEN');
  registerSecret(config.discordToken);
  const logger = createLogger({ level: config.logLevel });
  const totalShards = config.shardCount === 'auto' ? await recommendedShards(config) : config.shardCount;

  const manager = new ShardingManager(botFile, {
    token: config.discordToken,
    totalShards,
    mode: 'process',
    // Each shard runs the TypeScript entry through tsx, like `npm start`.
    execArgv: ['--import', 'tsx'],
  });
  manager.on('shardCreate', (shard) => {
    logger.info({ shard: shard.id, totalShards }, 'shard launched');
    shard.on('death', () => logger.warn({ shard: shard.id }, 'shard process exited'));
  });

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping every shard');
    // Each shard gets SIGTERM and finishes its replies in flight before exiting.
    const exits = [...manager.shards.values()].map(
      (shard) =>
        new Promise<void>((resolve) => {
          if (shard.process === null || shard.process.exitCode !== null) return resolve();
          shard.process.once('exit', () => resolve());
          shard.kill();
        }),
    );
    void Promise.all(exits).then(() => {
      logger.flush();
      process.exit(0);
    });
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  await manager.spawn({ delay: config.shardSpawnDelayMs });
  logger.info({ totalShards }, 'every shard is ready');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
