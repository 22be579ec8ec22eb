import { Client, Events, GatewayIntentBits, type ClientOptions } from 'discord.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Command, CommandContext } from './command.js';
import { Cooldown } from './cooldown.js';
import { AnswerPages } from './pages.js';
import { installReloader } from './reload.js';
import { Router } from './router.js';

/** What {@link startBot} needs; the entry point builds each piece once and hands it down. */
export interface BotOptions {
  config: Config;
  live: CommandContext['live'];
  logger: Logger;
  commands: readonly Command[];
  /** Extra discord.js client options (tests raise the REST rate so bursts are not queued). */
  clientOptions?: Partial<ClientOptions>;
}

/** A logged-in bot. */
export interface Bot {
  client: Client;
  router: Router;
  /** Stops taking commands, waits for the replies in flight, and destroys the client. */
  stop(): Promise<void>;
}

/**
 * The discord.js client with the intents Parley needs: guilds for interactions, guild messages for
 * mentions, and Message Content when the config asks for it. Requests go to `DISCORD_API_URL` when set.
 */
export function createClient(config: Config, extra: Partial<ClientOptions> = {}): Client {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
  if (config.messageContentIntent) intents.push(GatewayIntentBits.MessageContent);
  return new Client({
    ...extra,
    intents,
    allowedMentions: { parse: [], repliedUser: false },
    rest: { ...extra.rest, ...(config.discordApiUrl === undefined ? {} : { api: config.discordApiUrl }) },
  });
}

/**
 * Creates the client, wires the router to it, and logs in. Resolves once the client is ready. Commands
 * are not registered here: `npm run deploy-commands` does that, as Discord limits registrations a day.
 */
export async function startBot(options: BotOptions): Promise<Bot> {
  const { config, live, logger, commands } = options;
  if (config.discordToken === undefined) throw new Error('discord: startBot needs DISCORD_TOKEN');
  const client = createClient(config, options.clientOptions);
  const context: CommandContext = { live, logger, config, commands, pages: new AnswerPages() };
  const router = new Router({ commands, context, cooldown: new Cooldown(config.cooldownSeconds) });
  installReloader(client, () => live.reload());

  client.on(Events.InteractionCreate, router.onInteraction);
  client.on(Events.MessageCreate, router.onMessage);
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ shard, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway resumed'));

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(config.discordToken);
  } catch (error) {
    await client.destroy();
    if (error instanceof Error && /disallowed intents/i.test(error.message)) {
      throw new Error(
        'discord: the Message Content intent is not enabled for this application; enable it in the Developer Portal (Bot → Privileged Gateway Intents) or set MESSAGE_CONTENT_INTENT=false',
      );
    }
    throw error;
  }
  await ready;
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size, shards: client.shard?.ids ?? [0] }, 'logged in');

  return {
    client,
    router,
    async stop() {
      await router.stop();
      await client.destroy();
      logger.info('discord client stopped');
    },
  };
}
