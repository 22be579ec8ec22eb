import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Config } from '../config.js';
import type { LiveIndex } from '../live-index.js';
import type { Logger } from '../logger.js';
import type { AnswerPages } from './pages.js';

/** What every command receives: the wiring built once by the entry point. */
export interface CommandContext {
  /** The live index; read `live.knowledge` at each call so a reload is seen at once. */
  live: Pick<LiveIndex, 'knowledge' | 'reload'>;
  logger: Logger;
  config: Config;
  /** The registry itself, for `/help` to describe. */
  commands: readonly Command[];
  /** Pages of long answers, for the "More" buttons. */
  pages: AnswerPages;
}

/** What a command reports back to the router for the one log line per command. */
export interface CommandOutcome {
  /** Whether the articles held an answer (absent for commands that do not search). */
  found?: boolean;
}

/** One slash command: its registration data, its handler and, where it has one, its autocomplete. */
export interface Command {
  data: { name: string; description: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<CommandOutcome | void>;
  autocomplete?(interaction: AutocompleteInteraction, context: CommandContext): Promise<void>;
}

/**
 * A mistake the member can fix (unknown name, empty query, no permission, cooldown): the router shows
 * its message ephemerally and logs it at info, without a stack.
 */
export class UserError extends Error {
  override name = 'UserError';
}
