import { REST, Routes } from 'discord.js';
import type { Config } from '../config.js';
import type { Command } from './command.js';

/** What a registration did: how many commands, and where. */
export interface DeployReport {
  names: string[];
  /** `guild <id>` or `global`. */
  scope: string;
}

/**
 * Registers the commands' JSON with Discord in one bulk overwrite (REST PUT): in the dev guild when
 * `discordGuildId` is set (visible at once), globally otherwise (may take up to an hour to appear).
 * Throws when the token or the client id is missing.
 */
export async function deployCommands(config: Config, commands: readonly Command[]): Promise<DeployReport> {
  if (config.discordToken === undefined || config.discordClientId === undefined) {
    throw new Error('config: deploy-commands needs DISCORD_TOKEN and DISCORD_CLIENT_ID');
  }
  const rest = new REST(config.discordApiUrl === undefined ? {} : { api: config.discordApiUrl }).setToken(config.discordToken);
  const body = commands.map((command) => command.data.toJSON());
  const route =
    config.discordGuildId === undefined
      ? Routes.applicationCommands(config.discordClientId)
      : Routes.applicationGuildCommands(config.discordClientId, config.discordGuildId);
  const registered = (await rest.put(route, { body })) as { name: string }[];
  return {
    names: registered.map((command) => command.name),
    scope: config.discordGuildId === undefined ? 'global' : `guild ${config.discordGuildId}`,
  };
}
