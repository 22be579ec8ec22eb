import { REST, Routes } from 'discord.js';
import { config as loadDotenv } from 'dotenv';
import { commands } from '../commands/index.js';
import { loadConfig } from '../src/config.js';

/**
 * `npm run deploy-commands`: registers the registry's slash commands with Discord — in the dev guild
 * (DISCORD_GUILD_ID, visible at once) when set, globally otherwise. Run it after adding or changing a
 * command; the bot itself never registers, as Discord limits command creations a day.
 */
async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const config = loadConfig(process.env);
  if (config.discordToken === undefined || config.discordClientId === undefined) {
    throw new Error('config: deploy-commands needs DISCORD_TOKEN and DISCORD_CLIENT_ID');
  }
  const rest = new REST(config.discordApiUrl === undefined ? {} : { api: config.discordApiUrl }).setToken(config.discordToken);
  const body = commands.map((command) => command.data.toJSON());
  const route =
    config.discordGuildId === undefined
      ? Routes.applicationCommands(config.discordClientId)
      : Routes.applicationGuildCommands(config.discordClientId, config.discordGuildId);
  const registered = (await rest.put(route, { body })) as unknown[];
  const where = config.discordGuildId === undefined ? 'globally (may take up to an hour to appear)' : `in guild ${config.discordGuildId}`;
  process.stdout.write(`Registered ${registered.length} commands ${where}: ${body.map((command) => `/${command.name}`).join(', ')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`deploy-commands: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
