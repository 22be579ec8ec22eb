import { PermissionFlagsBits, type ChatInputCommandInteraction, type GuildMember } from 'discord.js';
import type { Config } from '../config.js';

/**
 * Whether the member who ran a command may moderate Parley (run `/reload`): they hold Manage Server in
 * this channel, or the configured moderator role. Checked at run time even though the command is
 * registered with Manage Server as its default permission, because a server can override that default.
 */
export function isModerator(interaction: ChatInputCommandInteraction, config: Pick<Config, 'moderatorRoleId'>): boolean {
  if (!interaction.inGuild()) return false;
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) === true) return true;
  if (config.moderatorRoleId === undefined) return false;
  const roles = (interaction.member as GuildMember | { roles: string[] }).roles;
  return Array.isArray(roles) ? roles.includes(config.moderatorRoleId) : roles.cache.has(config.moderatorRoleId);
}
