import { config as loadDotenv } from 'dotenv';
import { commands } from '../commands/index.js';
import { loadConfig } from '../src/config.js';
import { deployCommands } from '../src/discord/deploy.js';

/**
 * `npm run deploy-commands`: registers the registry's slash commands — in the dev guild
 * (DISCORD_GUILD_ID) when set, globally otherwise. Run it after adding or changing a command; the bot
 * itself never registers, as Discord limits command creations a day.
 */
async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const { names, scope } = await deployCommands(loadConfig(process.env), commands);
  const where = scope === 'global' ? 'globally (may take up to an hour to appear)' : `in ${scope}`;
  process.stdout.write(`Registered ${names.length} commands ${where}: ${names.map((name) => `/${name}`).join(', ')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`deploy-commands: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
